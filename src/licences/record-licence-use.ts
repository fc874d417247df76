import { AppError, newId, shanghaiDateOf } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { userById } from '../identity/index.js';
import { summaryOf, type LicenceSummary } from './present.js';
import { statusNames } from './rules.js';
import * as store from './store.js';

export interface LicenceUseInput {
  licenceId: string;
  /** The account that used it (the applicant, an agent or a clerk). */
  usedBy: string | null;
  applicationId: string | null;
  /** The material it stands in for (申请材料名称). */
  materialName: string;
  /** Why (e.g. the item's name). */
  purpose: string;
  at: Date;
  /** When given, the licence must be of one of these types. */
  acceptedTypes?: readonly string[];
}

/** A verified reference to a licence, to attach to an application instead of a file. */
export interface LicenceUseReceipt {
  useId: string;
  licence: LicenceSummary;
  /** The exact version used: its identifier carries the version. */
  identifier: string;
  version: number;
  verifiedAt: string;
}

/**
 * Checks the licence is valid now (live status, not a copy) and records who used it, for which application and why,
 * in the caller's transaction. The holder reads these records in their use log.
 */
export async function recordLicenceUse(tx: Queryable, input: LicenceUseInput): Promise<LicenceUseReceipt> {
  const l = await store.licenceById(tx, input.licenceId);
  if (!l) throw new AppError('NOT_FOUND', { licenceId: input.licenceId });
  const today = shanghaiDateOf(input.at);
  const summary = summaryOf(l, today);
  if (summary.status !== 'valid') throw new AppError('LICENCE_NOT_USABLE', { status: statusNames[summary.status].zh, licenceId: l.id });
  if (input.acceptedTypes && !input.acceptedTypes.includes(l.type)) throw new AppError('LICENCE_TYPE_MISMATCH', { type: l.type });
  const user = input.usedBy ? await userById(tx, input.usedBy) : undefined;
  const useId = newId();
  await store.insertUse(tx, {
    id: useId,
    licence_id: l.id,
    version: l.version,
    used_by: input.usedBy,
    used_by_name: user?.org_name && user.kind === 'business' ? `${user.name}（${user.org_name}）` : user?.name ?? null,
    application_id: input.applicationId,
    material_name: input.materialName,
    purpose: input.purpose,
    at: input.at,
  });
  return { useId, licence: summary, identifier: l.identifier, version: l.version, verifiedAt: input.at.toISOString() };
}
