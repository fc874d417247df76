/**
 * The server's own answer to "which items does this bundle need for these answers?": applications files exactly
 * these (the client's item list is checked against it, never trusted). The same rules as the Notice (selectItems),
 * read from the published bundle alone, so that a submission pays one small read for it.
 */
import { conditionRefs, getPublishedBundleByCode } from '../catalog/index.js';
import { AppError } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { answerQuestionnaire } from './answer-questionnaire.js';
import { evaluateCondition } from './conditions.js';
import { finalAnswers } from './final-answers.js';
import { questionView } from './from-catalog.js';
import type { Answers } from './model.js';

export interface BundleSelection {
  bundleVersionId: string;
  itemCodes: string[];
  /** The answers the items were selected on: with `form`, its values answer the questions bound to data elements. */
  answers: Answers;
}

/**
 * Answers the bundle's questionnaire (incomplete or invalid answers: GUIDANCE_ANSWERS_INVALID, each error listed)
 * and selects its members; the applicant's licence types are read only when a member's condition asks about them.
 */
export async function itemsForAnswers(
  q: Queryable,
  bundleCode: string,
  rawAnswers: Record<string, unknown>,
  heldLicenceTypes: () => Promise<readonly string[]>,
  form?: Record<string, unknown>,
): Promise<BundleSelection> {
  const bundle = await getPublishedBundleByCode(q, bundleCode);
  if (!bundle) throw new AppError('GUIDANCE_BUNDLE_NOT_FOUND', { code: bundleCode });
  const questions = bundle.questions.map(questionView);
  const result = answerQuestionnaire(questions, form ? finalAnswers(questions, rawAnswers, form) : rawAnswers);
  if (!result.complete) throw new AppError('GUIDANCE_ANSWERS_INVALID', { errors: result.errors });
  const readsLicences = bundle.members.some((m) => conditionRefs(m.condition).licences.size > 0);
  const licences = readsLicences ? await heldLicenceTypes() : [];
  const ctx = { answers: result.answers, licences, fields: {} };
  return { bundleVersionId: bundle.versionId, itemCodes: bundle.members.filter((m) => evaluateCondition(m.condition, ctx)).map((m) => m.itemCode), answers: result.answers };
}
