/**
 * Licences issued by approved cases, licences the applicant already holds (for auto-approval rules), and licences
 * that stand in for a material (免提交), each use logged by the licences module.
 */
import { AppError, isAppError, makeUscc, type AppDeps } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { findReusableLicences, issueLicence, LICENCE_TYPES, licenceTypeOf, recordLicenceUse, revokeLicence, suspendLicence, type LicenceSummary } from '../licences/index.js';
import { fieldsOfItem } from './form-port.js';
import type { ApplicationRow, CaseRow } from './store/rows.js';

export type LicenceDeps = Pick<AppDeps, 'config' | 'clock'>;

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

/**
 * A registration assigns the new business its code (GB 32100): category 91 (enterprise) or 92 (个体工商户), region,
 * a fresh organisation code.
 */
function newUscc(regionCode: string, category: '91' | '92'): string {
  const base = Array.from({ length: 8 }, () => '0123456789ABCDEFGHJKLMNPQRTUWXY'[Math.floor(Math.random() * 31)]).join('');
  return makeUscc(category, regionCode, base);
}
const individualBusiness = (c: CaseRow, form: Record<string, unknown>) => form.enterpriseType === '个体工商户' || (!text(form.enterpriseType) && c.item_name.includes('个体工商户'));

/**
 * Issues the licence an approved case produces. Registering a business (the business licence) creates its USCC;
 * the later cases of the same application issue to that USCC. A licence that cannot be issued (e.g. no valid holder
 * number) does not undo the decision: the failure is recorded on the case for the department to resolve.
 */
export async function issueLicenceFor(
  tx: Queryable,
  deps: LicenceDeps,
  app: ApplicationRow,
  c: CaseRow,
  actorId: string | null,
): Promise<{ licenceId: string; identifier: string; holderId: string } | { error: string }> {
  const type = licenceTypeOf(c.produces_licence_type!);
  if (!type) return { error: `unknown licence type ${c.produces_licence_type}` };
  const form = fieldsOfItem(app.form, c.item_code);
  const business = type.holderKind !== 'citizen';
  const registers = type.code === 'business-licence' && !text(form.uscc);
  const holderId = business
    ? registers
      ? newUscc(app.authority_region.trim(), individualBusiness(c, form) ? '92' : '91')
      : text(app.outputs?.uscc) ?? text(form.uscc) ?? app.applicant.uscc
    : text(form.applicantIdNumber) ?? app.applicant.idNumber;
  const holderName = (business ? text(form.enterpriseName) ?? app.applicant.orgName : null) ?? text(form.applicantName) ?? app.applicant.name;
  if (!holderId) return { error: '缺少证照持有人的统一社会信用代码或公民身份号码' };
  // issueLicence refuses (AppError) before it writes anything: no savepoint is needed to carry on after a refusal
  try {
    const issued = await issueLicence(tx, deps, {
      type: type.code,
      holder: { id: holderId, name: holderName, userId: app.applicant_user_id },
      // The licences module maps the case onto the type's printed fields; the case's department issues it.
      origin: {
        kind: 'decision',
        applicationId: app.id,
        caseId: c.id,
        departmentId: c.department_id,
        producesType: c.produces_licence_type!,
        facts: { itemCode: c.item_code, itemName: c.item_name, form, applicant: app.applicant },
      },
      actorId,
    });
    return { licenceId: issued.id, identifier: issued.identifier, holderId: issued.holderId };
  } catch (e) {
    if (!isAppError(e)) throw e;
    return { error: `${e.code} ${JSON.stringify(e.details)}` };
  }
}

const holderOf = (app: Pick<ApplicationRow, 'applicant' | 'outputs'>) => [app.applicant.uscc, app.applicant.idNumber, typeof app.outputs?.uscc === 'string' ? app.outputs.uscc : null];

/** Licence types the applicant holds now (for auto-approval rules such as "holds a business licence"). */
export async function heldLicenceTypes(q: Queryable, app: ApplicationRow, at: Date): Promise<string[]> {
  const held = await findReusableLicences(q, { holder: holderOf(app), typeCodes: LICENCE_TYPES.map((t) => t.code), at });
  return [...new Set(held.map((l) => l.type))];
}

/** Licence types a holder (USCC or ID number) holds now: what a bundle's conditions such as "already licensed" read. */
export async function heldLicenceTypesOf(q: Queryable, holder: Array<string | null>, at: Date): Promise<string[]> {
  if (!holder.some(Boolean)) return [];
  const held = await findReusableLicences(q, { holder, typeCodes: LICENCE_TYPES.map((t) => t.code), at });
  return [...new Set(held.map((l) => l.type))];
}

/** The applicant's valid licence with this id, if it may stand in for a material accepting `acceptedType`. */
export async function reusableLicence(q: Queryable, applicant: ApplicationRow['applicant'], licenceId: string, acceptedType: string, at: Date): Promise<LicenceSummary> {
  const held = await findReusableLicences(q, { holder: [applicant.uscc, applicant.idNumber], typeCodes: [acceptedType], at });
  const l = held.find((x) => x.id === licenceId);
  if (!l) throw new AppError('LICENCE_NOT_REUSABLE', { licenceId, type: acceptedType });
  return l;
}

/** Logs each use (who, which application, which material) in the licences module's use log. */
export async function logLicenceUse(tx: Queryable, input: { licenceId: string; usedBy: string; applicationId: string; materialName: string; purpose: string; at: Date; acceptedTypes: string[] }) {
  return recordLicenceUse(tx, input);
}

/**
 * 告知承诺核查不实: the licence issued on the commitment is suspended (责令限期整改) or revoked (撤销准予许可决定,
 * 《行政许可法》第六十九条); the licences module tells the holder and its online verification says so, with the reason.
 */
export async function withdrawCommitmentLicence(tx: Queryable, deps: LicenceDeps, input: { licenceId: string; action: 'suspend' | 'revoke'; reason: string; actorId: string }): Promise<void> {
  const change = { licenceId: input.licenceId, reason: input.reason, actorId: input.actorId };
  if (input.action === 'suspend') await suspendLicence(tx, deps, change);
  else await revokeLicence(tx, deps, change);
}
