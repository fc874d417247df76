import type { Queryable } from '../../db/index.js';

/** What people type for what the catalog calls it, and how often each item and bundle is applied for. */

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

/** Filed (not draft) applications per bundle and cases per item, for the codes given. */
export async function usageOf(q: Queryable, itemCodes: string[], bundleCodes: string[]): Promise<Map<string, number>> {
  const rows = await q.query<{ subject: string; code: string; uses: string }>(
    `SELECT 'item' AS subject, item_code AS code, count(*)::text AS uses FROM cases WHERE item_code = ANY($1::text[]) GROUP BY item_code
     UNION ALL
     SELECT 'bundle', bundle_code, count(*)::text FROM applications WHERE bundle_code = ANY($2::text[]) AND status <> 'draft' GROUP BY bundle_code`,
    [itemCodes, bundleCodes],
    { name: 'catalog_usage_of' },
  );
  return new Map(rows.map((r) => [`${r.subject}:${r.code}`, Number(r.uses)]));
}

/** The items and bundles applied for most (高频事项), most used first. */
export async function mostUsed(q: Queryable, limit: number): Promise<Array<{ subject: 'item' | 'bundle'; code: string; name: string; uses: number }>> {
  const rows = await q.query<{ subject: 'item' | 'bundle'; code: string; name: string; uses: string }>(
    `SELECT subject, code, (SELECT s.name FROM catalog_search s WHERE s.subject = u.subject AND s.code = u.code LIMIT 1) AS name, uses::text FROM (
       SELECT 'item' AS subject, c.item_code AS code, count(*) AS uses FROM cases c
        WHERE EXISTS (SELECT 1 FROM catalog_search s WHERE s.subject = 'item' AND s.code = c.item_code) GROUP BY c.item_code
       UNION ALL
       SELECT 'bundle', a.bundle_code, count(*) FROM applications a
        WHERE a.bundle_code IS NOT NULL AND a.status <> 'draft'
          AND EXISTS (SELECT 1 FROM catalog_search s WHERE s.subject = 'bundle' AND s.code = a.bundle_code) GROUP BY a.bundle_code
     ) u ORDER BY uses DESC, code LIMIT $1`,
    [limit],
    { name: 'catalog_most_used' },
  );
  return rows.map((r) => ({ subject: r.subject, code: r.code, name: r.name, uses: Number(r.uses) }));
}
