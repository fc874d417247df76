import { AppError, shanghaiDateOf } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { appendAudit } from '../audit/index.js';
import { scheduleExpiry } from './expire-licence.js';
import { notifyHolder } from './holder-notice.js';
import type { SigningDeps } from './keys.js';
import { loadForChange } from './load-for-change.js';
import { addDays, validUntilOf } from './rules.js';
import { signVersion } from './sign-version.js';
import * as store from './store.js';
import { licenceTypeOf } from './types.js';

export interface RenewLicenceInput {
  licenceId: string;
  /** YYYY-MM-DD; default: the type's validity counted from the day after the current end (or today, if lapsed). */
  validUntil?: string;
  reason?: string;
  actorId: string | null;
}

/** 延续: a new version with a later end of validity. */
export async function renewLicence(tx: Queryable, deps: SigningDeps, input: RenewLicenceInput): Promise<store.LicenceRow> {
  const l = await loadForChange(tx, input.licenceId);
  const type = licenceTypeOf(l.type);
  if (l.valid_until === null || !type) throw new AppError('LICENCE_NOT_RENEWABLE');
  const now = deps.clock.now();
  const today = shanghaiDateOf(now);
  const from = l.valid_until >= today ? addDays(l.valid_until, 1) : today;
  const validUntil = input.validUntil ?? (type.validityMonths ? validUntilOf(from, type.validityMonths) : null);
  if (!validUntil) throw new AppError('LICENCE_NOT_RENEWABLE');
  if (validUntil <= l.valid_until || validUntil < today) throw new AppError('LICENCE_DATES_INVALID');
  const version = l.version + 1;
  const reason = input.reason?.trim() || '有效期延续';
  const v = await signVersion(tx, deps, {
    licenceId: l.id, type: l.type, typeCode: l.type_code, serial: l.serial, version, departmentId: l.department_id, issuerUscc: l.issuer_uscc,
    holderKind: l.holder_kind, holderId: l.holder_id, holderName: l.holder_name, validFrom: l.valid_from, validUntil, data: l.data, change: 'renew', reason, actorId: input.actorId,
  });
  await store.updateLicence(tx, l.id, l.updated_at, { ...l, version, valid_until: validUntil, updated_at: now });
  await appendAudit(tx, { chain: `licence:${l.id}`, actorId: input.actorId, action: 'renew', data: { identifier: v.identifier, version, validUntil, previousValidUntil: l.valid_until, reason }, at: now });
  await notifyHolder(tx, l, { key: `v${version}`, title: '{type}已延续', body: `您的电子证照“{type}”有效期已延续至 ${validUntil}，新版本标识 ${v.identifier}。` });
  await scheduleExpiry(tx, l.id, validUntil);
  return (await store.licenceById(tx, l.id))!;
}
