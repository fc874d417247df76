/**
 * 智能导办: walks a bundle's questionnaire in order. A question is asked only when its visibility condition
 * holds on the earlier answers; answers to questions no longer visible are dropped (the applicant changed an
 * earlier answer), unknown keys and ill-typed values are errors with zh-CN and English messages.
 */
import { evaluateCondition } from './conditions.js';
import type { AnswerValue, Answers, Bilingual, QuestionView } from './model.js';

export type AnswerErrorCode = 'REQUIRED' | 'NOT_YES_NO' | 'NOT_AN_OPTION' | 'NOT_A_NUMBER' | 'NOT_AN_INTEGER' | 'TOO_SMALL' | 'TOO_LARGE' | 'UNKNOWN_QUESTION';

export interface AnswerError {
  question: string;
  code: AnswerErrorCode;
  message: Bilingual;
}

export interface QuestionnaireResult {
  /** Normalised answers of the visible questions only. */
  answers: Answers;
  visible: QuestionView[];
  errors: AnswerError[];
  /** Every visible question answered and no errors. */
  complete: boolean;
}

function message(code: AnswerErrorCode, q: { key: string; text?: string; min?: number; max?: number; unit?: string }): Bilingual {
  const name = q.text ?? q.key;
  const unit = q.unit ?? '';
  switch (code) {
    case 'REQUIRED':
      return { zh: `请回答：${name}`, en: `Please answer: ${q.key}` };
    case 'NOT_YES_NO':
      return { zh: `“${name}”请选择“是”或“否”`, en: `${q.key}: answer yes or no` };
    case 'NOT_AN_OPTION':
      return { zh: `“${name}”的选项无效，请从给出的选项中选择`, en: `${q.key}: choose one of the options given` };
    case 'NOT_A_NUMBER':
      return { zh: `“${name}”应填写数字`, en: `${q.key}: enter a number` };
    case 'NOT_AN_INTEGER':
      return { zh: `“${name}”应填写整数`, en: `${q.key}: enter a whole number` };
    case 'TOO_SMALL':
      return { zh: `“${name}”不能小于 ${q.min}${unit}`, en: `${q.key}: must be at least ${q.min}${unit ? ` ${unit}` : ''}` };
    case 'TOO_LARGE':
      return { zh: `“${name}”不能大于 ${q.max}${unit}`, en: `${q.key}: must be at most ${q.max}${unit ? ` ${unit}` : ''}` };
    case 'UNKNOWN_QUESTION':
      return { zh: `问卷中没有“${q.key}”这个问题`, en: `There is no question ${q.key} in this questionnaire` };
  }
}

type Parsed = { value: AnswerValue } | { error: AnswerErrorCode };

function parseAnswer(q: QuestionView, raw: unknown): Parsed {
  switch (q.kind) {
    case 'yesno':
      if (typeof raw === 'boolean') return { value: raw };
      if (raw === 'yes' || raw === 'true' || raw === '是') return { value: true };
      if (raw === 'no' || raw === 'false' || raw === '否') return { value: false };
      return { error: 'NOT_YES_NO' };
    case 'choice':
      if (typeof raw === 'string' && (q.options ?? []).some((o) => o.value === raw)) return { value: raw };
      return { error: 'NOT_AN_OPTION' };
    case 'number': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw.trim()) : NaN;
      if (!Number.isFinite(n)) return { error: 'NOT_A_NUMBER' };
      if (q.integer && !Number.isInteger(n)) return { error: 'NOT_AN_INTEGER' };
      if (q.min !== undefined && n < q.min) return { error: 'TOO_SMALL' };
      if (q.max !== undefined && n > q.max) return { error: 'TOO_LARGE' };
      return { value: n };
    }
  }
}

export function answerQuestionnaire(questions: readonly QuestionView[], raw: Record<string, unknown>): QuestionnaireResult {
  const answers: Answers = {};
  const visible: QuestionView[] = [];
  const errors: AnswerError[] = [];
  const known = new Set(questions.map((q) => q.key));
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) errors.push({ question: key, code: 'UNKNOWN_QUESTION', message: message('UNKNOWN_QUESTION', { key }) });
  }
  for (const q of questions) {
    if (!evaluateCondition(q.visibleIf, { answers })) continue;
    visible.push(q);
    const given = raw[q.key];
    if (given === undefined || given === null || given === '') {
      errors.push({ question: q.key, code: 'REQUIRED', message: message('REQUIRED', q) });
      continue;
    }
    const parsed = parseAnswer(q, given);
    if ('error' in parsed) errors.push({ question: q.key, code: parsed.error, message: message(parsed.error, q) });
    else answers[q.key] = parsed.value;
  }
  return { answers, visible, errors, complete: errors.length === 0 };
}

/** The label an answer is shown with on the Notice (是/否, the option's label, the number and unit). */
export function answerLabel(q: QuestionView, v: AnswerValue): string {
  if (q.kind === 'yesno') return v ? '是' : '否';
  if (q.kind === 'choice') return q.options?.find((o) => o.value === v)?.label ?? String(v);
  return `${v}${q.unit ?? ''}`;
}
