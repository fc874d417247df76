import { chainEntries } from '../audit/index.js';
import { AppError, maskData, type AppDeps } from '../core/index.js';
import { userById } from '../identity/index.js';
import { caseDeadlines } from './deadlines-port.js';
import { applicationChain } from './events.js';
import { departmentMap } from './load-application.js';
import { applicantCaseStatusNames, applicantSteps, matchesHolder } from './progress.js';
import { applicationStatusNames } from './state.js';
import * as store from './store/applications.js';
import type { ApplicationRow, CaseRow } from './store/rows.js';

/** The progress of one application in the applicant's words: items, their state and due date, and the steps so far. */
export async function progressOf(deps: Pick<AppDeps, 'db' | 'clock'>, app: ApplicationRow, cases: CaseRow[]) {
  const [entries, depts, deadlines] = await Promise.all([
    chainEntries(deps.db, applicationChain(app.id)),
    departmentMap(deps.db),
    caseDeadlines(deps.db, cases.filter((c) => c.started_at).map((c) => c.id), deps.clock.now()),
  ]);
  const names = new Map(cases.map((c) => [c.id, c.item_name]));
  return {
    number: app.number,
    title: app.title,
    status: app.status,
    statusName: applicationStatusNames[app.status],
    // the applicant by the masked rule: the person asking may not be the applicant
    applicantName: maskData({ name: app.applicant.orgName ?? app.applicant.name }, 'masked', () => 'name').name,
    submittedAt: app.submitted_at?.toISOString() ?? null,
    acceptedAt: app.accepted_at?.toISOString() ?? null,
    items: cases.map((c) => ({
      itemName: c.item_name,
      departmentName: depts.get(c.department_id)?.name ?? '',
      statusName: applicantCaseStatusNames[c.status],
      dueOn: deadlines.get(c.id)?.dueOn ?? null,
      done: c.status === 'approved' || c.status === 'denied' || c.status === 'cancelled',
    })),
    steps: applicantSteps(entries.map((e) => ({ at: e.at, action: e.action, data: e.data })), names),
  };
}

/**
 * 办件进度查询 without signing in: the number and the last four characters of the applicant's ID number, credit code
 * or phone. A wrong number and a wrong check answer alike, so that the lookup confirms nothing to a guesser.
 */
export async function lookupProgress(deps: Pick<AppDeps, 'db' | 'clock'>, input: { number: string; check: string }) {
  const app = await store.applicationByNumber(deps.db, input.number.trim());
  // an online application keeps no phone of its own: the applicant's account holds it
  const phone = app?.applicant.phone ?? (app?.applicant_user_id ? ((await userById(deps.db, app.applicant_user_id))?.phone ?? null) : null);
  if (!app || app.status === 'draft' || !matchesHolder({ ...app.applicant, phone }, input.check)) throw new AppError('PROGRESS_NOT_FOUND');
  return progressOf(deps, app, await store.casesOf(deps.db, app.id));
}
