import { dueDate, loadCalendar } from '../calendar/index.js';
import { AppError, shanghaiDateOf, type AppDeps } from '../core/index.js';
import { DEFAULT_CORRECTION_DAYS, scheduleCorrectionLapse } from './lapse-correction.js';
import type { Actor } from '../identity/index.js';
import { citeGuide, describeCitations } from './cite-guide.js';
import type { CitationInput } from './guide-rules.js';
import { notifyApplicant } from './notify-applicant.js';
import { issueCorrectionNotice } from './statutory-documents.js';
import * as store from './store/applications.js';
import * as caseStore from './store/cases.js';
import type { CorrectionItem } from './store/rows.js';
import { changeApplication, type WindowChecks } from './window-action.js';

/** 一次性补正告知: every problem in one list, each citing the guide filed against; asked once only. */
export async function requestCorrection(deps: AppDeps, actor: Actor, id: string, input: { version?: number; items: CitationInput[]; checks?: WindowChecks | null }) {
  let resolved: { items: CorrectionItem[]; exceptionIds: string[] } = { items: [], exceptionIds: [] };
  let dueOn = '';
  const { app } = await changeApplication(deps, actor, {
    id,
    action: 'requestCorrection',
    policy: 'window',
    expectedVersion: input.version,
    windowChecks: input.checks,
    check: async (a) => {
      if (a.correction_count > 0) throw new AppError('CORRECTION_ALREADY_REQUESTED');
      resolved = await citeGuide(deps.db, a.id, await store.casesOf(deps.db, a.id), 'correction', input.items);
      const calendar = await loadCalendar(deps.db, a.authority_region.trim());
      dueOn = dueDate(calendar, shanghaiDateOf(deps.clock.now()), deps.config.correctionWorkingDays ?? DEFAULT_CORRECTION_DAYS).dueOn;
    },
    patch: (a, at) => ({
      correction: { items: resolved.items, requestedAt: at.toISOString(), requestedBy: actor.userId, dueOn },
      correction_count: a.correction_count + 1,
    }),
    reason: () => describeCitations(resolved.items),
    data: () => ({ items: resolved.items }),
    then: async (tx, updated, _before, at) => {
      await caseStore.markExceptionsUsed(tx, resolved.exceptionIds, at);
      await notifyApplicant(tx, updated, `correction:${updated.id}`, '请一次性补正材料', `请补正以下全部内容：${describeCitations(resolved.items)}。请于 ${dueOn} 前一次补齐，逾期未补正的，视为撤回申请`, at);
      await scheduleCorrectionLapse(tx, updated, dueOn);
      const department = actor.departmentId ?? updated.accepting_department_id;
      if (department) await issueCorrectionNotice(tx, updated, await store.casesOf(tx, updated.id), department, resolved.items, dueOn, at);
    },
  });
  return app;
}
