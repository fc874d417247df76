import { AppError, maskIdNumber, newId, shanghaiDateOf, validateIdNumber, validateUscc } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { appendAudit } from '../audit/index.js';
import { departmentByCode, departmentById } from '../identity/index.js';
import { scheduleExpiry } from './expire-licence.js';
import { notifyHolder } from './holder-notice.js';
import { activeSigningKey, type SigningDeps, type SigningKey } from './keys.js';
import { validUntilOf } from './rules.js';
import { signedVersion, signVersion } from './sign-version.js';
import * as store from './store.js';
import { checkLicenceData } from './licence-face.js';
import { KEPT_ON_NEW_VERSION, licenceTypeOf, scopeOf, type CaseFacts, type IssueContext, type LicenceData, type LicenceType } from './types.js';

/**
 * Why a licence exists. `decision`: a case of an item whose catalog entry produces this type was approved by its
 * department (the caller, which owns cases, has checked the approval). `registration`: a licence issued outside the
 * platform, registered by an administrator of the issuing department, with the reason.
 */
export type LicenceOrigin =
  | { kind: 'decision'; applicationId: string; caseId: string; departmentId: string; producesType: string; facts: CaseFacts }
  | { kind: 'registration'; reason: string; data: Record<string, unknown>; departmentId?: string };

export interface IssueLicenceInput {
  /** Licence type code, e.g. `food-business-permit`. */
  type: string;
  /** USCC for a business, citizen ID number for a person; `userId` is the applicant's account when known. */
  holder: { id: string; name: string; userId?: string | null };
  origin: LicenceOrigin;
  actorId?: string | null;
  /** YYYY-MM-DD; default: today (Asia/Shanghai). */
  validFrom?: string;
  /** YYYY-MM-DD or null for long-term; default: from the type's validity. */
  validUntil?: string | null;
  /** Tell the holder (default). Demo seeding does not: nobody asked for those licences just now. */
  notify?: boolean;
}

export interface IssuedLicence {
  id: string;
  identifier: string;
  type: string;
  typeName: string;
  version: number;
  holderId: string;
  holderName: string;
  issuerName: string;
  validFrom: string;
  validUntil: string | null;
  payload: string;
}

export function holderKindOf(type: LicenceType, holderId: string): { kind: 'business' | 'citizen'; id: string } {
  const id = holderId.trim().toUpperCase();
  const uscc = validateUscc(id);
  const person = validateIdNumber(id);
  if (type.holderKind !== 'citizen' && uscc.valid) return { kind: 'business', id: uscc.normalized };
  if (type.holderKind !== 'business' && person.valid) return { kind: 'citizen', id: person.normalized };
  const expected = type.holderKind === 'business' ? '统一社会信用代码' : type.holderKind === 'citizen' ? '公民身份号码' : '统一社会信用代码或公民身份号码';
  throw new AppError('LICENCE_HOLDER_INVALID', { holder: holderId, expected });
}

/**
 * Issues a signed licence inside the caller's transaction (an approved case calls this as it concludes; a
 * registration as it is recorded): allocates the serial, fills the type's fields (from the case, or as registered),
 * signs version 001 with the authority's key, records the issue in the licence's audit chain, tells the holder, and
 * schedules the expiry notice. Every refusal (an AppError) comes before the first write (the signing key, made on first
 * use, is made atomically on its own), so a caller may carry on with its transaction after one: an approved case whose
 * licence cannot be issued records why without a savepoint.
 */
export async function issueLicence(tx: Queryable, deps: SigningDeps, input: IssueLicenceInput): Promise<IssuedLicence> {
  const type = licenceTypeOf(input.type);
  if (!type) throw new AppError('LICENCE_TYPE_UNKNOWN', { type: input.type });
  const origin = input.origin;
  if (origin.kind === 'decision' && origin.producesType !== type.code) throw new AppError('LICENCE_NOT_PRODUCED_BY_CASE', { type: type.name });
  if (origin.kind === 'registration') {
    if (!origin.reason.trim()) throw new AppError('VALIDATION_FAILED', { field: 'reason' });
    checkLicenceData(type, origin.data);
  }
  const holder = holderKindOf(type, input.holder.id);
  const holderName = input.holder.name.trim();
  if (!holderName) throw new AppError('VALIDATION_FAILED', { field: 'holder.name' });
  const department = origin.departmentId ? await departmentById(tx, origin.departmentId) : await departmentByCode(tx, type.department);
  if (!department?.uscc) throw new AppError('LICENCE_ISSUER_UNKNOWN', { department: origin.departmentId ?? type.department });

  const now = deps.clock.now();
  const validFrom = input.validFrom ?? shanghaiDateOf(now);
  const validUntil = input.validUntil !== undefined ? input.validUntil : type.validityMonths ? validUntilOf(validFrom, type.validityMonths) : null;
  if (validUntil !== null && validUntil < validFrom) throw new AppError('LICENCE_DATES_INVALID');

  // One licence per holder, type and scope: a new approval is a new version of the one held; a registration of a
  // licence the holder already holds is refused, naming it.
  const context = (year: number, seq: number): IssueContext => ({
    holderKind: holder.kind, holderId: holder.id, holderName, year, seq, validFrom, validUntil, issuerName: department.name, issuerRegion: department.region_code,
  });
  const wanted = origin.kind === 'decision' ? type.fromCase(origin.facts, context(Number(validFrom.slice(0, 4)), 0)) : origin.data;
  const held = (await store.standingLicencesOf(tx, holder.id, type.code)).find((l) => scopeOf(type, l.data) === scopeOf(type, wanted));
  if (held && origin.kind === 'registration') throw new AppError('LICENCE_ALREADY_HELD', { type: type.name, identifier: held.identifier });
  // the last check: the authority's key (made on first use, atomically on its own); nothing is refused after this
  const key = await activeSigningKey(tx, deps, held ? held.department_id : department.id);
  if (held && origin.kind === 'decision') {
    const seqOfHeld = Number(held.serial.slice(4));
    const data = type.fromCase(origin.facts, context(Number(held.serial.slice(0, 4)), seqOfHeld));
    for (const key of KEPT_ON_NEW_VERSION) if (held.data[key] !== undefined && data[key] !== undefined) data[key] = held.data[key] as string | number;
    return newVersionOnDecision(tx, deps, key, { type, held, data, holderName, validFrom, validUntil, origin, actorId: input.actorId ?? null, notify: input.notify !== false });
  }

  const year = Number(validFrom.slice(0, 4));
  const seq = await store.nextSerial(tx, type.typeCode, department.uscc, year);
  const serial = `${year}${String(seq).padStart(7, '0')}`;
  const id = newId();
  const data: LicenceData = origin.kind === 'decision' ? type.fromCase(origin.facts, context(year, seq)) : (origin.data as LicenceData);
  const row: store.NewLicence = {
    id,
    type: type.code,
    type_code: type.typeCode,
    serial,
    department_id: department.id,
    issuer_uscc: department.uscc,
    issuer_name: department.name,
    holder_kind: holder.kind,
    holder_id: holder.id,
    holder_name: holderName,
    holder_user_id: input.holder.userId ?? null,
    version: 1,
    status: 'valid',
    status_reason: null,
    status_at: now,
    valid_from: validFrom,
    valid_until: validUntil,
    application_id: origin.kind === 'decision' ? origin.applicationId : null,
    case_id: origin.kind === 'decision' ? origin.caseId : null,
    origin: origin.kind,
    registration_reason: origin.kind === 'registration' ? origin.reason.trim() : null,
    issued_at: now,
    updated_at: now,
  };
  const version = await signedVersion(tx, deps, {
    licenceId: id,
    type: type.code,
    typeCode: type.typeCode,
    serial,
    version: 1,
    departmentId: department.id,
    issuerUscc: department.uscc,
    holderKind: holder.kind,
    holderId: holder.id,
    holderName,
    validFrom,
    validUntil,
    data,
    change: 'issue',
    reason: null,
    actorId: input.actorId ?? null,
  }, key);
  const accounts = await store.insertLicenceWithVersion(tx, row, version);
  await appendAudit(
    tx,
    {
      chain: `licence:${id}`,
      actorId: input.actorId ?? null,
      action: origin.kind === 'decision' ? 'issue' : 'register',
      data: {
        identifier: version.identifier, type: type.code, holderId: holder.kind === 'citizen' ? maskIdNumber(holder.id) : holder.id, validFrom, validUntil, keyId: version.key_id,
        ...(origin.kind === 'decision' ? { applicationId: origin.applicationId, caseId: origin.caseId } : { reason: origin.reason.trim() }),
      },
      at: now,
    },
    null,
  );
  if (input.notify !== false) await notifyHolder(tx, row, { key: 'v1', title: '{type}已签发', body: `您的电子证照“{type}”已签发，证照标识 ${version.identifier}，可在“我的证照”中查看、下载和出示。` }, accounts);
  if (validUntil) await scheduleExpiry(tx, id, validUntil);
  return {
    id,
    identifier: version.identifier,
    type: type.code,
    typeName: type.name,
    version: 1,
    holderId: holder.id,
    holderName,
    issuerName: department.name,
    validFrom,
    validUntil,
    payload: version.payload,
  };
}

/**
 * An approval for a licence the holder already holds (a change of registration, a renewal of a permit): the next
 * version of that licence, same identifier but for the version, with the case's content and, for a licence with a
 * term, a new term from the day of the decision. The licence now names the case that produced it.
 */
async function newVersionOnDecision(
  tx: Queryable,
  deps: SigningDeps,
  key: SigningKey,
  v: {
    type: LicenceType; held: store.LicenceRow; data: LicenceData; holderName: string; validFrom: string; validUntil: string | null;
    origin: Extract<LicenceOrigin, { kind: 'decision' }>; actorId: string | null; notify: boolean;
  },
): Promise<IssuedLicence> {
  const { held: l, type } = v;
  const now = deps.clock.now();
  const version = l.version + 1;
  const validFrom = type.validityMonths ? v.validFrom : l.valid_from;
  const validUntil = type.validityMonths ? v.validUntil : l.valid_until;
  const reason = `依据办件准予许可，换发新版本（${v.origin.facts.itemName}）`;
  const signed = await signedVersion(tx, deps, {
    licenceId: l.id, type: l.type, typeCode: l.type_code, serial: l.serial, version, departmentId: l.department_id, issuerUscc: l.issuer_uscc,
    holderKind: l.holder_kind, holderId: l.holder_id, holderName: v.holderName, validFrom, validUntil, data: v.data, change: 'change', reason, actorId: v.actorId,
  }, key);
  const accounts = await store.updateLicenceWithVersion(
    tx, l.id, l.updated_at, { version, holder_name: v.holderName, valid_from: validFrom, valid_until: validUntil, updated_at: now },
    { applicationId: v.origin.applicationId, caseId: v.origin.caseId }, signed, l,
  );
  await appendAudit(tx, {
    chain: `licence:${l.id}`, actorId: v.actorId, action: 'change',
    data: { identifier: signed.identifier, version, reason, validUntil, applicationId: v.origin.applicationId, caseId: v.origin.caseId },
    at: now,
  });
  if (v.notify) await notifyHolder(tx, l, { key: `v${version}`, title: '{type}已换发', body: `您已持有的电子证照“{type}”已依据新的审批决定换发新版本，证照标识 ${signed.identifier}，旧版本二维码将提示已变更。` }, accounts);
  if (validUntil) await scheduleExpiry(tx, l.id, validUntil);
  return {
    id: l.id, identifier: signed.identifier, type: type.code, typeName: type.name, version, holderId: l.holder_id, holderName: v.holderName,
    issuerName: l.issuer_name, validFrom, validUntil, payload: signed.payload,
  };
}
