/**
 * The bureau's search synonyms (开饭店 → 开餐饮店): what people type, mapped to what the catalog calls it. Each change
 * is appended to the catalog-synonyms audit chain in the same transaction.
 */
import { appendAudit } from '../audit/index.js';
import { AppError, type AppDeps } from '../core/index.js';
import { normaliseText } from './grams.js';
import * as store from './store.js';

export const SYNONYM_CHAIN = 'catalog-synonyms';

export async function defineSynonym(deps: Pick<AppDeps, 'db' | 'clock'>, actorId: string | null, input: { term: string; target: string; reason?: string }): Promise<store.Synonym> {
  const term = normaliseText(input.term).replace(/ /g, '');
  const target = input.target.trim();
  const at = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const before = await store.synonymByTerm(tx, term);
    await store.upsertSynonym(tx, { term, target, by: actorId, at });
    await appendAudit(tx, { chain: SYNONYM_CHAIN, actorId, action: 'catalog.synonymDefined', at, data: { term, before: before?.target ?? null, after: target, reason: input.reason ?? null } });
    return (await store.synonymByTerm(tx, term))!;
  });
}

export async function removeSynonym(deps: Pick<AppDeps, 'db' | 'clock'>, actorId: string | null, rawTerm: string, reason?: string): Promise<void> {
  const term = normaliseText(rawTerm).replace(/ /g, '');
  const at = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const before = await store.synonymByTerm(tx, term);
    if (!before || !(await store.deleteSynonym(tx, term))) throw new AppError('CATALOG_SYNONYM_NOT_FOUND', { term });
    await appendAudit(tx, { chain: SYNONYM_CHAIN, actorId, action: 'catalog.synonymRemoved', at, data: { term, before: before.target, after: null, reason: reason ?? null } });
  });
}
