import type { Queryable } from '../../db/index.js';

/** The search index over published versions. */

export interface SearchRow {
  versionId: string;
  subject: 'item' | 'bundle';
  code: string;
  name: string;
  nameText: string;
  keywordsText: string;
  departmentText: string;
  grams: string[];
  /** per gram (same order): the best field it occurs in, 1 name, 2 keywords, 3 department */
  tiers: number[];
}

export async function insertSearchRow(tx: Queryable, r: SearchRow): Promise<void> {
  await tx.query(
    `INSERT INTO catalog_search (version_id, subject, code, name, name_text, keywords_text, department_text, grams)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [r.versionId, r.subject, r.code, r.name, r.nameText, r.keywordsText, r.departmentText, r.grams],
  );
  await insertPostings(tx, [r]);
}

export async function insertPostings(tx: Queryable, rows: SearchRow[]): Promise<void> {
  const cols = { gram: [] as string[], tier: [] as number[], len: [] as number[], code: [] as string[], subject: [] as string[], id: [] as string[] };
  for (const r of rows) {
    const len = [...r.nameText].length;
    r.grams.forEach((g, i) => {
      cols.gram.push(g);
      cols.tier.push(r.tiers[i]!);
      cols.len.push(len);
      cols.code.push(r.code);
      cols.subject.push(r.subject);
      cols.id.push(r.versionId);
    });
  }
  await tx.query(
    `INSERT INTO catalog_search_postings (gram, tier, name_len, code, subject, version_id)
     SELECT * FROM unnest($1::text[], $2::smallint[], $3::int[], $4::text[], $5::text[], $6::uuid[])`,
    [cols.gram, cols.tier, cols.len, cols.code, cols.subject, cols.id],
  );
}

export async function deleteSearchRow(tx: Queryable, versionId: string): Promise<void> {
  // postings go with it (ON DELETE CASCADE)
  await tx.query('DELETE FROM catalog_search WHERE version_id = $1', [versionId]);
}

export interface SearchHitRow {
  version_id: string;
  subject: 'item' | 'bundle';
  code: string;
  name: string;
  score: number;
}

/**
 * One gram (a one- or two-character term): the postings index yields hits already in rank order
 * (name, keywords, department; then shorter names first), so the scan stops after the first page.
 */
export async function searchOneGram(q: Queryable, gram: string, subject: 'item' | 'bundle' | null, limit: number): Promise<SearchHitRow[]> {
  return q.query<SearchHitRow>(
    `SELECT s.version_id, s.subject, s.code, s.name, (CASE p.tier WHEN 1 THEN 100 WHEN 2 THEN 10 ELSE 1 END) AS score
       FROM catalog_search_postings p JOIN catalog_search s ON s.version_id = p.version_id
      WHERE p.gram = $1 AND ($2::text IS NULL OR p.subject = $2)
      ORDER BY p.tier, p.name_len, p.code
      LIMIT $3`,
    [gram, subject, limit],
    { name: 'catalog_search_one_gram' },
  );
}

/**
 * Published items and bundles holding every gram of the terms (GIN), each term present as a substring somewhere,
 * ranked: a term in the name counts 100, in the keywords 10, in the department 1.
 */
export async function searchIndex(q: Queryable, grams: string[], terms: string[], subject: 'item' | 'bundle' | null, limit: number): Promise<SearchHitRow[]> {
  const params: unknown[] = [grams, subject, limit];
  const scores: string[] = [];
  const filters: string[] = [];
  for (const t of terms) {
    params.push(t);
    const p = `$${params.length}`;
    scores.push(
      `(CASE WHEN strpos(name_text, ${p}) > 0 THEN 100 WHEN strpos(keywords_text, ${p}) > 0 THEN 10 WHEN strpos(department_text, ${p}) > 0 THEN 1 ELSE 0 END)`,
    );
    filters.push(`(strpos(name_text, ${p}) > 0 OR strpos(keywords_text, ${p}) > 0 OR strpos(department_text, ${p}) > 0)`);
  }
  const sql = `SELECT version_id, subject, code, name, ${scores.join(' + ')} AS score
    FROM catalog_search
    WHERE grams @> $1::text[] AND ($2::text IS NULL OR subject = $2) AND ${filters.join(' AND ')}
    ORDER BY score DESC, length(name_text), code
    LIMIT $3`;
  return q.query<SearchHitRow>(sql, params, { name: `catalog_search_${terms.length}` });
}
