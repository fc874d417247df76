/**
 * The applicant's final answers: a question bound to a data element (经营面积 → businessArea) is answered by the
 * value the merged form ends with, so that the items selected follow what the applicant finally stated (they may
 * have taken the figure of an old licence instead of their first answer, or corrected it on the form).
 */
import type { AnswerValue, Answers, QuestionView } from './model.js';

function asAnswer(q: QuestionView, v: unknown): AnswerValue | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  switch (q.kind) {
    case 'number': {
      const n = typeof v === 'number' ? v : Number(String(v).trim());
      return Number.isFinite(n) ? n : undefined;
    }
    case 'yesno':
      return typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined;
    case 'choice':
      return typeof v === 'string' ? v : undefined;
  }
}

export function finalAnswers(questions: readonly QuestionView[], answers: Record<string, unknown>, form: Record<string, unknown>): Answers {
  const out = { ...answers } as Answers;
  for (const q of questions) {
    if (!q.dataElement || !(q.key in out)) continue;
    const v = asAnswer(q, form[q.dataElement]);
    if (v !== undefined) out[q.key] = v;
  }
  return out;
}
