/**
 * The merged form (一表申请) belongs to guidance: applications checks a submission against the same definition the
 * applicant filled in, and reads each item's fields back out of it (for 秒批 rules and licence data).
 */
import { AppError } from '../core/index.js';
import type { Db } from '../db/index.js';
import { checkMergedForm } from '../guidance/index.js';
import type { Actor } from '../identity/index.js';

/** Validates the form for these item versions and answers; a form with errors is refused with every error listed. */
export async function checkSubmittedForm(db: Db, actor: Actor, itemVersionIds: string[], answers: Record<string, unknown>, form: Record<string, unknown>): Promise<void> {
  const v = await checkMergedForm(db, { itemVersionIds, answers: answers as never }, form, actor);
  if (!v.valid) throw new AppError('FORM_INVALID', { errors: v.errors.map((e) => ({ field: e.field, code: e.code, message: e.message.zh, messageEn: e.message.en })) });
}

/**
 * One item's view of the merged form: the shared data elements plus its own fields (stored as `<itemCode>.<key>`),
 * under the keys the item's guide and rules use.
 */
export function fieldsOfItem(form: Record<string, unknown>, itemCode: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const prefix = `${itemCode}.`;
  for (const [k, v] of Object.entries(form)) if (!k.includes('.')) out[k] = v;
  for (const [k, v] of Object.entries(form)) if (k.startsWith(prefix)) out[k.slice(prefix.length)] = v;
  return out;
}
