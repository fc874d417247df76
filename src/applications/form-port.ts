/**
 * The merged form (一表申请) belongs to guidance: applications checks a submission against the same definition the
 * applicant filled in, and reads each item's fields back out of it (for 秒批 rules and licence data).
 */
import { AppError } from '../core/index.js';
import { perDatabase, type Db } from '../db/index.js';
import { buildMergedForm, loadItemVersions, validateForm, type Answers } from '../guidance/index.js';
import type { Actor } from '../identity/index.js';

// The form's definition (item versions, which never change once published, and the data elements they bind) is read
// once per few seconds, not on every submission: two round trips and the largest rows of the submit path otherwise.
// Data elements can be edited, so they are cached only as briefly as published items are (catalog-port.ts).
type Definition = Awaited<ReturnType<typeof loadItemVersions>>;
const definitionsOf = perDatabase(() => new Map<string, { at: number; def: Definition }>());
const DEFINITION_TTL_MS = 5_000;

async function definitionOf(db: Db, itemVersionIds: string[]): Promise<Definition> {
  const definitions = definitionsOf(db);
  const key = itemVersionIds.join(',');
  const now = Date.now();
  const hit = definitions.get(key);
  if (hit && now - hit.at < DEFINITION_TTL_MS) return hit.def;
  const def = await loadItemVersions(db, itemVersionIds);
  if (definitions.size >= 1000) definitions.clear();
  definitions.set(key, { at: now, def });
  return def;
}

/** Validates the form for these item versions and answers; a form with errors is refused with every error listed. */
export async function checkSubmittedForm(db: Db, _actor: Actor, itemVersionIds: string[], answers: Record<string, unknown>, form: Record<string, unknown>, today: string): Promise<void> {
  const { items, elements } = await definitionOf(db, itemVersionIds);
  const v = validateForm(buildMergedForm(items, elements, { answers: answers as Answers }), form, today);
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
