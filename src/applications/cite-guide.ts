import { AppError } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { filedItemsOf } from './filed-items.js';
import { resolveCitations, type CitationInput } from './guide-rules.js';
import * as caseStore from './store/cases.js';
import type { CaseRow, CorrectionItem, GuideExceptionRow } from './store/rows.js';

/**
 * 清单之外无材料: resolves what a correction, a refusal or a reviewer's request cites against the guide versions
 * filed against; anything else must be an exception a supervisor approved for this application and context.
 */
export async function citeGuide(
  q: Queryable,
  applicationId: string,
  cases: readonly CaseRow[],
  context: GuideExceptionRow['context'],
  cited: readonly CitationInput[],
): Promise<{ items: CorrectionItem[]; exceptionIds: string[] }> {
  const items = await filedItemsOf(q, cases);
  const exceptions = (await caseStore.guideExceptionsOf(q, applicationId)).filter((e) => e.status === 'approved' && e.context === context && !e.used_at);
  const itemOfException = (e: GuideExceptionRow) => cases.find((c) => c.department_id === e.department_id && (!e.case_id || c.id === e.case_id))?.item_code ?? '';
  const verdict = resolveCitations(
    items,
    cited,
    exceptions.map((e) => ({ id: e.id, itemCode: cases.find((c) => c.id === e.case_id)?.item_code ?? itemOfException(e), cited: e.cited })),
  );
  if (!verdict.ok) throw new AppError(verdict.code, verdict.details);
  return { items: verdict.items, exceptionIds: verdict.items.filter((i) => i.kind === 'exception').map((i) => i.ref) };
}

export const describeCitations = (items: readonly CorrectionItem[]) =>
  items.map((i, n) => `${n + 1}. ${i.title}：${i.problem}${i.legalBasis ? `（依据：${i.legalBasis}）` : ''}`).join('；');
