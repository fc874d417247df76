import type { Queryable } from '../db/index.js';
import { normaliseText, queryTerms, termGrams } from './grams.js';
import * as store from './store.js';
import { usageOf } from './usage.js';

export interface SearchHit {
  subject: 'item' | 'bundle';
  code: string;
  name: string;
  versionId: string;
  /** per term: 100 in the name, 10 in the keywords, 1 in the department; summed */
  score: number;
  /** filed applications (bundles) or cases (items) so far */
  uses: number;
  /** the synonym that led here (开饭店 → 开餐饮店), when it was one */
  via: string | null;
}

async function searchTerms(q: Queryable, query: string, subject: 'item' | 'bundle' | null, limit: number) {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const grams = [...new Set(terms.flatMap(termGrams))];
  // one term of one or two characters is one gram: its postings are already in rank order
  return terms.length === 1 && [...terms[0]!].length <= 2
    ? store.searchOneGram(q, grams[0]!, subject, limit)
    : store.searchIndex(q, grams, terms, subject, limit);
}

/**
 * Chinese search over published items and bundles: names, keywords and departments, two-character terms included
 * (食品, 户口), and the bureau's synonyms (开饭店 finds 开餐饮店). Every term must occur; hits in the name rank above
 * keyword hits above department hits; equal hits, the more used first.
 */
export async function searchCatalog(q: Queryable, query: string, opts: { subject?: 'item' | 'bundle'; limit?: number } = {}): Promise<SearchHit[]> {
  const subject = opts.subject ?? null;
  const limit = opts.limit ?? 20;
  const found = new Map<string, SearchHit>();
  const add = (rows: store.SearchHitRow[], via: string | null) => {
    for (const r of rows) {
      const key = `${r.subject}:${r.code}`;
      const had = found.get(key);
      if (!had || had.score < r.score) found.set(key, { subject: r.subject, code: r.code, name: r.name, versionId: r.version_id, score: r.score, uses: 0, via: had ? had.via : via });
    }
  };
  add(await searchTerms(q, query, subject, limit), null);
  const compact = normaliseText(query).replace(/ /g, '');
  if (compact) for (const s of await store.synonymsIn(q, compact)) add(await searchTerms(q, s.target, subject, limit), s.term);
  const hits = [...found.values()];
  if (hits.length === 0) return [];
  const uses = await usageOf(q, hits.filter((h) => h.subject === 'item').map((h) => h.code), hits.filter((h) => h.subject === 'bundle').map((h) => h.code));
  for (const h of hits) h.uses = uses.get(`${h.subject}:${h.code}`) ?? 0;
  return hits.sort((a, b) => b.score - a.score || b.uses - a.uses || a.name.length - b.name.length || a.code.localeCompare(b.code)).slice(0, limit);
}
