/**
 * Licences issued by approved cases, and licences the applicant already holds (免提交). Until the licences
 * module offers its API these are inert; the calls are made at the right points.
 */
import type { Queryable } from '../db/index.js';
import type { ApplicationRow, CaseRow } from './store/rows.js';

export async function issueLicenceFor(_tx: Queryable, _app: ApplicationRow, _c: CaseRow, _at: Date): Promise<{ licenceId: string } | null> {
  return null;
}

/** Licence types the applicant holds now (for auto-approval rules). */
export async function heldLicenceTypes(_q: Queryable, _app: ApplicationRow, _at: Date): Promise<string[]> {
  return [];
}
