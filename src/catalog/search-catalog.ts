import type { Queryable } from '../db/index.js';
import { queryTerms, termGrams } from './grams.js';
import * as store from './store.js';

export interface SearchHit {
  subject: 'item' | 'bundle';
  code: string;
  name: string;
  versionId: string;
  /** per term: 100 in the name, 10 in the keywords, 1 in the department; summed */
  score: number;
}

/**
 * Chinese search over published items and bundles: names, keywords and departments, two-character terms included
 * (食品, 户口). Every term must occur; hits in the name rank above keyword hits above department hits.
 */
export async function searchCatalog(q: Queryable, query: string, opts: { subject?: 'item' | 'bundle'; limit?: number } = {}): Promise<SearchHit[]> {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const grams = [...new Set(terms.flatMap(termGrams))];
  const subject = opts.subject ?? null;
  const limit = opts.limit ?? 20;
  // one term of one or two characters is one gram: its postings are already in rank order
  const rows =
    terms.length === 1 && [...terms[0]!].length <= 2
      ? await store.searchOneGram(q, grams[0]!, subject, limit)
      : await store.searchIndex(q, grams, terms, subject, limit);
  return rows.map((r) => ({ subject: r.subject, code: r.code, name: r.name, versionId: r.version_id, score: r.score }));
}
