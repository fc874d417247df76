import { newId } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { DEFAULT_COMMITMENT_CHECK_DAYS, trackCommitmentCheck } from './deadlines-port.js';
import type { LicenceDeps } from './licences-port.js';
import * as caseStore from './store/cases.js';
import type { ApplicationRow, CaseRow } from './store/rows.js';

/**
 * 告知承诺: an approval on commitment opens the department's follow-up check, due within the configured number of
 * working days (default 20) on the case region's calendar, watched with yellow and red cards like a case.
 */
export async function openCommitmentCheck(tx: Queryable, deps: LicenceDeps, app: ApplicationRow, c: CaseRow, at: Date): Promise<void> {
  const id = newId();
  if (!(await caseStore.insertCommitmentCheck(tx, { id, caseId: c.id, departmentId: c.department_id, at }))) return;
  const d = await trackCommitmentCheck(tx, {
    checkId: id,
    title: `${app.number} 告知承诺核查：${c.item_name}`,
    departmentId: c.department_id,
    regionCode: c.region_code.trim(),
    at,
    workingDays: deps.config.commitmentCheckWorkingDays ?? DEFAULT_COMMITMENT_CHECK_DAYS,
  });
  await caseStore.setCommitmentCheckDue(tx, id, d.dueOn);
}
