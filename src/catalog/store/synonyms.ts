import type { Queryable } from '../../db/index.js';

/** What people type for what the catalog calls it (开饭店 for 开餐饮店), and the names search and 高频事项 show. */

export interface Synonym {
  term: string;
  target: string;
  updatedAt: string;
}

interface SynonymRow {
  term: string;
  target: string;
  updated_at: Date;
}

const toSynonym = (r: SynonymRow): Synonym => ({ term: r.term, target: r.target, updatedAt: r.updated_at.toISOString() });

export async function listSynonyms(q: Queryable): Promise<Synonym[]> {
  return (await q.query<SynonymRow>('SELECT term, target, updated_at FROM catalog_synonyms ORDER BY term', [], { name: 'catalog_synonyms_all' })).map(toSynonym);
}

export async function synonymByTerm(q: Queryable, term: string): Promise<Synonym | undefined> {
  const [r] = await q.query<SynonymRow>('SELECT term, target, updated_at FROM catalog_synonyms WHERE term = $1', [term]);
  return r ? toSynonym(r) : undefined;
}

/** The synonyms whose term occurs in the (normalised) query. */
export async function synonymsIn(q: Queryable, query: string): Promise<Synonym[]> {
  const rows = await q.query<SynonymRow>(
    'SELECT term, target, updated_at FROM catalog_synonyms WHERE strpos($1, term) > 0 ORDER BY length(term) DESC LIMIT 5',
    [query],
    { name: 'catalog_synonyms_in' },
  );
  return rows.map(toSynonym);
}

export async function upsertSynonym(tx: Queryable, s: { term: string; target: string; by: string | null; at: Date }): Promise<void> {
  await tx.query(
    `INSERT INTO catalog_synonyms (term, target, updated_by, updated_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (term) DO UPDATE SET target = EXCLUDED.target, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
    [s.term, s.target, s.by, s.at],
  );
}

export async function deleteSynonym(tx: Queryable, term: string): Promise<boolean> {
  const rows = await tx.query<{ term: string }>('DELETE FROM catalog_synonyms WHERE term = $1 RETURNING term', [term]);
  return rows.length > 0;
}

/** The current names of the published items and bundles among those given, by `subject:code`. */
export async function publishedNames(q: Queryable, keys: Array<{ subject: 'item' | 'bundle'; code: string }>): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await q.query<{ subject: string; code: string; name: string }>(
    `SELECT DISTINCT ON (s.subject, s.code) s.subject, s.code, s.name
       FROM catalog_search s JOIN unnest($1::text[], $2::text[]) AS k(subject, code) ON k.subject = s.subject AND k.code = s.code
      ORDER BY s.subject, s.code`,
    [keys.map((k) => k.subject), keys.map((k) => k.code)],
    { name: 'catalog_published_names' },
  );
  return new Map(rows.map((r) => [`${r.subject}:${r.code}`, r.name]));
}
