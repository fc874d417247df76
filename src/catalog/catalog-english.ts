/**
 * The English version of an item's guide (name, one-paragraph summary, conditions), kept by the bureau that authors the
 * item. The portal shows it to English readers and says so where an item has none. Each change goes to the item's
 * English audit chain (`catalog-english:<code>`) in the same transaction.
 */
import { appendAudit } from '../audit/index.js';
import { AppError, type AppDeps } from '../core/index.js';
import * as store from './store.js';

export const englishChain = (code: string) => `catalog-english:${code}`;

export interface EnglishInput {
  name: string;
  summary: string;
  conditions: string[];
  reason?: string;
}

export async function defineEnglish(deps: Pick<AppDeps, 'db' | 'clock'>, actorId: string | null, itemCode: string, input: EnglishInput): Promise<store.ItemEnglish> {
  const at = deps.clock.now();
  const english: store.ItemEnglish = { name: input.name.trim(), summary: input.summary.trim(), conditions: input.conditions.map((c) => c.trim()).filter(Boolean) };
  return deps.db.transaction(async (tx) => {
    if (!(await store.itemIdentityByCode(tx, itemCode))) throw new AppError('CATALOG_ITEM_NOT_FOUND', { code: itemCode });
    const before = await store.englishOfItem(tx, itemCode);
    await store.upsertEnglish(tx, { itemCode, ...english, by: actorId, at });
    await appendAudit(tx, { chain: englishChain(itemCode), actorId, action: 'catalog.englishDefined', at, data: { before, after: english, reason: input.reason ?? null } });
    return english;
  });
}

export async function removeEnglish(deps: Pick<AppDeps, 'db' | 'clock'>, actorId: string | null, itemCode: string, reason?: string): Promise<void> {
  const at = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const before = await store.englishOfItem(tx, itemCode);
    if (!before || !(await store.deleteEnglish(tx, itemCode))) throw new AppError('CATALOG_ENGLISH_NOT_FOUND', { code: itemCode });
    await appendAudit(tx, { chain: englishChain(itemCode), actorId, action: 'catalog.englishRemoved', at, data: { before, after: null, reason: reason ?? null } });
  });
}
