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
import { questionView } from './from-catalog.js';

export interface BundleSelection {
  bundleVersionId: string;
  itemCodes: string[];
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
): Promise<BundleSelection> {
  const bundle = await getPublishedBundleByCode(q, bundleCode);
  if (!bundle) throw new AppError('GUIDANCE_BUNDLE_NOT_FOUND', { code: bundleCode });
  const result = answerQuestionnaire(bundle.questions.map(questionView), rawAnswers);
  if (!result.complete) throw new AppError('GUIDANCE_ANSWERS_INVALID', { errors: result.errors });
  const readsLicences = bundle.members.some((m) => conditionRefs(m.condition).licences.size > 0);
  const licences = readsLicences ? await heldLicenceTypes() : [];
  const ctx = { answers: result.answers, licences, fields: {} };
  return { bundleVersionId: bundle.versionId, itemCodes: bundle.members.filter((m) => evaluateCondition(m.condition, ctx)).map((m) => m.itemCode) };
}
