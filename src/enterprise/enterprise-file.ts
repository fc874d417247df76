import { applicationsOfBusiness, type BusinessApplication } from '../applications/index.js';
import type { Clock } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { listDepartments } from '../identity/index.js';
import { activeCreditFlag, inspectionResultsOf } from '../inspections/index.js';
import { ratingsOf } from '../ratings/index.js';
import { COMBINED_LICENCE_TYPE, licencesOfHolder, type LicenceSummary } from '../licences/index.js';
import { concerns, type EnterpriseViewer } from './policy.js';

export interface EnterpriseFile {
  uscc: string;
  name: string | null;
  /** What the viewer may see: everything, or what concerns their department. */
  scope: EnterpriseViewer['scope'];
  licences: LicenceSummary[];
  /** Applications filed by the business (newest first); a department sees those with its cases, and only its cases. */
  applications: BusinessApplication[];
  /** Recorded results of inspections (双随机), newest first. */
  inspections: Awaited<ReturnType<typeof inspectionResultsOf>>;
  /** Ratings (好差评) the business gave on its handlings, with the department's response. */
  ratings: Awaited<ReturnType<typeof ratingsOf>>;
  creditFlag: null | { reason: string; sourceName: string; startsAt: string; endsOn: string };
  /** Counts that a department-scoped viewer may know without seeing the records. */
  totals: { licences: number; validLicences: number; inspections: number; ratings: number; applications: number };
  generatedAt: string;
}

/**
 * 一企一档: everything the platform holds about one business, by USCC, cut to what the viewer may see.
 * Read live from each module, never copied.
 */
export async function enterpriseFile(q: Queryable, deps: { clock: Clock }, uscc: string, viewer: EnterpriseViewer): Promise<EnterpriseFile | null> {
  const now = deps.clock.now();
  const licences = await licencesOfHolder(q, uscc, now);
  const flag = await activeCreditFlag(q, { uscc, at: now });
  const inspections = await inspectionResultsOf(q, uscc);
  const ratings = await ratingsOf(q, { uscc });
  const applications = await applicationsOfBusiness(q, uscc, viewer);
  const departments = await listDepartments(q);
  const byId = new Map(departments.map((d) => [d.id, d]));
  const byCode = new Map(departments.map((d) => [d.code, d]));
  const seen = {
    licences: licences.filter((l) => concerns(viewer, byId.get(l.departmentId))),
    inspections: inspections.filter((r) => concerns(viewer, byCode.get(r.department.code))),
    ratings: ratings.filter((r) => concerns(viewer, byId.get(r.departmentId))),
  };
  // staff of another region learn nothing about a business the departments of their region have not dealt with
  const inView = viewer.scope === 'self' || viewer.scope === 'department' || seen.licences.length || seen.inspections.length || seen.ratings.length || applications.items.length;
  if (!inView || (!licences.length && !flag && !inspections.length && !ratings.length && !applications.total)) return null;
  const businessLicence = licences.find((l) => l.type === COMBINED_LICENCE_TYPE);
  return {
    uscc,
    name: businessLicence?.holderName ?? licences[0]?.holderName ?? flag?.subjectName ?? inspections[0]?.subjectName ?? applications.items[0]?.applicantName ?? null,
    scope: viewer.scope,
    licences: seen.licences.map(({ data: _data, ...summary }) => summary),
    applications: applications.items,
    inspections: seen.inspections,
    ratings: seen.ratings,
    creditFlag: flag ? { reason: flag.reason, sourceName: flag.sourceName, startsAt: flag.startsAt.toISOString(), endsOn: flag.endsOn } : null,
    totals: { licences: licences.length, validLicences: licences.filter((l) => l.status === 'valid').length, inspections: inspections.length, ratings: ratings.length, applications: applications.total },
    generatedAt: now.toISOString(),
  };
}
