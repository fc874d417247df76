import type { Queryable } from '../db/index.js';
import { isWithinRegion } from '../identity/index.js';
import { applicationStatusNames, caseStatusNames, type ApplicationStatus, type CaseStatus } from './state.js';
import { applicationsOfBusiness as rows } from './store/by-business.js';

/**
 * Who is reading: the business (everything), a supervisor (the applications of their region's tree), or a department
 * (only applications of its region with its cases, only its cases).
 */
export type BusinessApplicationsViewer = { scope: 'self' } | { scope: 'all'; regionCode: string } | { scope: 'department'; departmentId: string; regionCode: string };

export interface BusinessApplication {
  id: string;
  number: string;
  title: string;
  status: string;
  statusName: string;
  channel: string;
  /** The business's name as the application gave it. */
  applicantName: string | null;
  submittedAt: string | null;
  concludedAt: string | null;
  deliveredAt: string | null;
  /** who filed it, and in what capacity: 法定代表人, 经办人, 综合窗口, 帮代办员 */
  filedBy: { name: string | null; role: string };
  cases: Array<{ itemCode: string; itemName: string; departmentId: string; status: string; statusName: string; decidedAt: string | null }>;
}

/**
 * 一企一档: the applications of a business. Drafts are the applicant's own business; a department sees an application
 * only through its own cases (the other departments' items stay out of its view).
 */
export async function applicationsOfBusiness(q: Queryable, uscc: string, viewer: BusinessApplicationsViewer, limit = 200): Promise<{ items: BusinessApplication[]; total: number }> {
  const all = (await rows(q, uscc, limit)).filter((a) => viewer.scope === 'self' || (a.status !== 'draft' &&
    (isWithinRegion(a.authority_region, viewer.regionCode) || isWithinRegion(a.window_region, viewer.regionCode))));
  const items: BusinessApplication[] = [];
  for (const a of all) {
    const cases = viewer.scope === 'department' ? a.cases.filter((c) => c.department_id === viewer.departmentId) : a.cases;
    if (viewer.scope === 'department' && cases.length === 0) continue;
    items.push({
      id: a.id,
      number: a.number,
      title: a.title,
      status: a.status,
      statusName: applicationStatusNames[a.status as ApplicationStatus] ?? a.status,
      channel: a.channel,
      applicantName: a.org_name,
      submittedAt: a.submitted_at?.toISOString() ?? null,
      concludedAt: a.concluded_at?.toISOString() ?? null,
      deliveredAt: a.delivered_at?.toISOString() ?? null,
      filedBy: { name: a.filed_by_name, role: filerRole(a) },
      cases: cases.map((c) => ({
        itemCode: c.item_code,
        itemName: c.item_name,
        departmentId: c.department_id,
        status: c.status,
        statusName: caseStatusNames[c.status as CaseStatus] ?? c.status,
        decidedAt: c.decided_at ? new Date(c.decided_at).toISOString() : null,
      })),
    });
  }
  return { items, total: all.length };
}

function filerRole(a: { channel: string; filed_by_self: boolean; filed_by_kind: string | null; handler_id: string | null }): string {
  if (a.handler_id) return '经办人';
  if (a.channel === 'window') return '综合窗口';
  if (a.channel === 'agent') return '帮代办员';
  if (a.filed_by_self && a.filed_by_kind === 'business') return '法定代表人';
  return '申请人';
}
