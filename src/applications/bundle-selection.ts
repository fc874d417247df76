/**
 * A bundle application files the items its questionnaire answers select, worked out here from the answers and the
 * licences the applicant holds, as the Notice did. A client list that differs is refused (422) rather than silently
 * corrected: the clerk or applicant sees which items the answers call for and which were added or left out, and the
 * materials they uploaded were chosen for their own list.
 */
import { AppError } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { itemsForAnswers } from '../guidance/index.js';
import { heldLicenceTypesOf } from './licences-port.js';
import type { ApplicantDetails } from './store/rows.js';

export async function checkBundleSelection(
  q: Queryable,
  bundleCode: string,
  answers: Record<string, unknown> | undefined,
  itemCodes: readonly string[],
  applicant: Pick<ApplicantDetails, 'uscc' | 'idNumber'>,
  at: Date,
): Promise<void> {
  const held = await heldLicenceTypesOf(q, [applicant.uscc, applicant.idNumber], at);
  const selection = await itemsForAnswers(q, bundleCode, answers ?? {}, held);
  const expected = selection.items.map((i) => i.itemCode);
  const missing = selection.items.filter((i) => !itemCodes.includes(i.itemCode));
  const extra = itemCodes.filter((c) => !expected.includes(c));
  if (missing.length === 0 && extra.length === 0) return;
  throw new AppError('ITEMS_DO_NOT_MATCH_ANSWERS', {
    expected: selection.items.map((i) => i.name).join('、'),
    expectedItemCodes: expected,
    missing,
    extra,
  });
}
