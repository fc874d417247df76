import type { Clock } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { activeCreditFlag } from '../inspections/index.js';
import { COMBINED_LICENCE_TYPE, licencesOfHolder, type LicenceSummary } from '../licences/index.js';
import { concerns, type EnterpriseViewer } from './policy.js';

export interface EnterpriseFile {
  uscc: string;
  name: string | null;
  /** What the viewer may see: everything, or what concerns their department. */
  scope: EnterpriseViewer['scope'];
  licences: LicenceSummary[];
  creditFlag: null | { reason: string; sourceName: string; startsAt: string; endsOn: string };
  /** Counts that a department-scoped viewer may know without seeing the records. */
  totals: { licences: number; validLicences: number };
  generatedAt: string;
}

/**
 * 一企一档: everything the platform holds about one business, by USCC, cut to what the viewer may see.
 * Read live from each module, never copied.
 */
export async function enterpriseFile(q: Queryable, deps: { clock: Clock }, uscc: string, viewer: EnterpriseViewer): Promise<EnterpriseFile | null> {
  const now = deps.clock.now();
  const [licences, flag] = await Promise.all([licencesOfHolder(q, uscc, now), activeCreditFlag(q, { uscc, at: now })]);
  if (!licences.length && !flag) return null;
  const businessLicence = licences.find((l) => l.type === COMBINED_LICENCE_TYPE);
  return {
    uscc,
    name: businessLicence?.holderName ?? licences[0]?.holderName ?? flag?.subjectName ?? null,
    scope: viewer.scope,
    licences: licences.filter((l) => concerns(viewer, l.departmentId)).map(({ data: _data, ...summary }) => summary),
    creditFlag: flag ? { reason: flag.reason, sourceName: flag.sourceName, startsAt: flag.startsAt.toISOString(), endsOn: flag.endsOn } : null,
    totals: { licences: licences.length, validLicences: licences.filter((l) => l.status === 'valid').length },
    generatedAt: now.toISOString(),
  };
}
