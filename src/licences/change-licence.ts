import { AppError } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { appendAudit, canonicalJson } from '../audit/index.js';
import { notifyHolder } from './holder-notice.js';
import type { SigningDeps } from './keys.js';
import { loadForChange } from './load-for-change.js';
import { signVersion } from './sign-version.js';
import { checkLicenceData } from './licence-face.js';
import * as store from './store.js';
import { licenceTypeOf } from './types.js';

export interface ChangeLicenceInput {
  licenceId: string;
  /** Fields of the type to change (merged over the current data); null removes a field. */
  data?: Record<string, unknown>;
  holderName?: string;
  reason: string;
  actorId: string | null;
}

/** 变更: a new version under the same identifier (same type, issuer and serial; version + 1), signed anew. */
export async function changeLicence(tx: Queryable, deps: SigningDeps, input: ChangeLicenceInput): Promise<store.LicenceRow> {
  const l = await loadForChange(tx, input.licenceId);
  const type = licenceTypeOf(l.type);
  if (!type) throw new AppError('LICENCE_TYPE_UNKNOWN', { type: l.type });
  checkLicenceData(type, input.data ?? {}, { allowNull: true });
  const data: Record<string, unknown> = { ...l.data };
  for (const [k, v] of Object.entries(input.data ?? {})) {
    if (v === null) delete data[k];
    else data[k] = v;
  }
  const holderName = input.holderName?.trim() || l.holder_name;
  if (canonicalJson(data) === canonicalJson(l.data) && holderName === l.holder_name) throw new AppError('LICENCE_NO_CHANGE');
  const now = deps.clock.now();
  const version = l.version + 1;
  const v = await signVersion(tx, deps, {
    licenceId: l.id, type: l.type, typeCode: l.type_code, serial: l.serial, version, departmentId: l.department_id, issuerUscc: l.issuer_uscc,
    holderKind: l.holder_kind, holderId: l.holder_id, holderName, validFrom: l.valid_from, validUntil: l.valid_until, data, change: 'change', reason: input.reason, actorId: input.actorId,
  });
  await store.updateLicence(tx, l.id, l.updated_at, { ...l, version, holder_name: holderName, updated_at: now });
  const changed = Object.keys({ ...l.data, ...data }).filter((k) => canonicalJson(l.data[k]) !== canonicalJson(data[k]));
  await appendAudit(tx, { chain: `licence:${l.id}`, actorId: input.actorId, action: 'change', data: { identifier: v.identifier, version, reason: input.reason, fields: changed, holderName }, at: now });
  await notifyHolder(tx, l, { key: `v${version}`, title: '{type}已变更', body: `您的电子证照“{type}”已变更（${input.reason}），新版本标识 ${v.identifier}，旧版本二维码将提示已变更。` });
  return (await store.licenceById(tx, l.id))!;
}
