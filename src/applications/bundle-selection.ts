/**
 * A bundle application files the items its questionnaire answers select, worked out here from the answers and the
 * licences the applicant holds, as the Notice did. A client list that differs is refused (422) rather than silently
 * corrected: the clerk or applicant sees which items the answers call for and which were added or left out, and the
 * materials they uploaded were chosen for their own list.
 */
import { AppError } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { itemsForAnswers } from '../guidance/index.js';
import { publishedItems } from './catalog-port.js';
import { heldLicenceTypesOf } from './licences-port.js';
import type { ApplicantDetails } from './store/rows.js';

/**
 * The items are selected on the final answers: a question bound to a data element is answered by the form's value
 * (the applicant's 120 ㎡, or the old licence's 60 ㎡ if they chose it), which are returned to be stored.
 */
export async function checkBundleSelection(
  q: Queryable,
  bundleCode: string,
  answers: Record<string, unknown> | undefined,
  itemCodes: readonly string[],
  applicant: Pick<ApplicantDetails, 'uscc' | 'idNumber'>,
  at: Date,
  form: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const { itemCodes: expected, answers: final } = await itemsForAnswers(q, bundleCode, answers ?? {}, () => heldLicenceTypesOf(q, [applicant.uscc, applicant.idNumber], at), form);
  const missing = expected.filter((c) => !itemCodes.includes(c));
  const extra = itemCodes.filter((c) => !expected.includes(c));
  if (missing.length === 0 && extra.length === 0) return final;
  const names = new Map((await publishedItems(q, expected)).map((i) => [i.code, i.name]));
  throw new AppError('ITEMS_DO_NOT_MATCH_ANSWERS', {
    expected: expected.map((c) => names.get(c) ?? c).join('、'),
    expectedItemCodes: expected,
    missing: missing.map((c) => ({ itemCode: c, name: names.get(c) ?? c })),
    extra,
  });
}
