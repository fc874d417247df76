import { maskShapes, type AppDeps } from '../core/index.js';
import { departmentById, userById } from '../identity/index.js';
import * as caseStore from './store/cases.js';
import type { CaseRow } from './store/rows.js';

const resultNames = { pass: '符合', fail: '不符合' } as const;

/**
 * 现场核查 of an application as staff read them on a case or at the window: when and where, who asked, and each
 * department's finding in words (符合 / 不符合, what was found, by whom, when); a case not yet recorded says so.
 */
export async function siteChecksOf(deps: Pick<AppDeps, 'db'>, applicationId: string, cases: CaseRow[]) {
  const checks = await caseStore.siteChecksOf(deps.db, applicationId);
  const names = new Map<string, string | null>();
  const nameOf = async (id: string) => {
    if (!names.has(id)) names.set(id, (await userById(deps.db, id))?.name ?? null);
    return names.get(id)!;
  };
  const departments = new Map<string, string | null>();
  const departmentOf = async (id: string) => {
    if (!departments.has(id)) departments.set(id, (await departmentById(deps.db, id))?.name ?? null);
    return departments.get(id)!;
  };
  const out = [];
  for (const s of checks) {
    const items = [];
    for (const caseId of s.case_ids) {
      const c = cases.find((x) => x.id === caseId);
      const r = s.results[caseId];
      items.push({
        caseId,
        itemName: c?.item_name ?? '',
        departmentName: c ? await departmentOf(c.department_id) : null,
        result: r?.result ?? null,
        resultName: r ? resultNames[r.result] : '待登记',
        // findings are free text: a number written into them is masked by shape
        note: r ? maskShapes(r.note) : null,
        recordedBy: r ? await nameOf(r.by) : null,
        recordedAt: r?.at ?? null,
      });
    }
    out.push({
      id: s.id,
      scheduledFor: s.scheduled_for.toISOString(),
      address: maskShapes(s.address),
      requestedBy: await nameOf(s.requested_by),
      requestedAt: s.requested_at.toISOString(),
      joint: s.case_ids.length > 1,
      cases: items,
    });
  }
  return { items: out };
}
