/**
 * The server's own answer to "which items does this bundle need for these answers?": applications files exactly
 * these (the client's item list is checked against it, never trusted).
 */
import { AppError } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { answerQuestionnaire } from './answer-questionnaire.js';
import { loadBundle } from './load-guide.js';
import { selectItems } from './select-items.js';

export interface BundleSelection {
  bundleVersionId: string;
  items: Array<{ itemCode: string; name: string }>;
}

/** Answers the bundle's questionnaire (incomplete or invalid answers: GUIDANCE_ANSWERS_INVALID, each error listed). */
export async function itemsForAnswers(q: Queryable, bundleCode: string, rawAnswers: Record<string, unknown>, heldLicenceTypes: readonly string[]): Promise<BundleSelection> {
  const bundle = await loadBundle(q, bundleCode);
  const result = answerQuestionnaire(bundle.questions, rawAnswers);
  if (!result.complete) throw new AppError('GUIDANCE_ANSWERS_INVALID', { errors: result.errors });
  return {
    bundleVersionId: bundle.versionId,
    items: selectItems(bundle, { answers: result.answers, heldLicenceTypes }).map((i) => ({ itemCode: i.itemCode, name: i.name })),
  };
}
