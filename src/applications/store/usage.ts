import type { Queryable } from '../../db/index.js';

/** Filed (not draft) applications per bundle and cases per item, for the codes given, keyed `subject:code`. */
export async function usageOf(q: Queryable, itemCodes: string[], bundleCodes: string[]): Promise<Map<string, number>> {
  const rows = await q.query<{ subject: string; code: string; uses: string }>(
    `SELECT 'item' AS subject, item_code AS code, count(*)::text AS uses FROM cases WHERE item_code = ANY($1::text[]) GROUP BY item_code
     UNION ALL
     SELECT 'bundle', bundle_code, count(*)::text FROM applications WHERE bundle_code = ANY($2::text[]) AND status <> 'draft' GROUP BY bundle_code`,
    [itemCodes, bundleCodes],
    { name: 'applications_usage_of' },
  );
  return new Map(rows.map((r) => [`${r.subject}:${r.code}`, Number(r.uses)]));
}

/** The items (by cases) and bundles (by filed applications) applied for most, most used first. */
export async function mostUsed(q: Queryable, limit: number): Promise<Array<{ subject: 'item' | 'bundle'; code: string; uses: number }>> {
  const rows = await q.query<{ subject: 'item' | 'bundle'; code: string; uses: string }>(
    `SELECT subject, code, uses::text FROM (
       SELECT 'item' AS subject, item_code AS code, count(*) AS uses FROM cases GROUP BY item_code
       UNION ALL
       SELECT 'bundle', bundle_code, count(*) FROM applications WHERE bundle_code IS NOT NULL AND status <> 'draft' GROUP BY bundle_code
     ) u ORDER BY uses DESC, code LIMIT $1`,
    [limit],
    { name: 'applications_most_used' },
  );
  return rows.map((r) => ({ subject: r.subject, code: r.code, uses: Number(r.uses) }));
}

/** Cases filed under each delegation (赋权), for the 回头看 of delegated items. */
export async function delegationUses(q: Queryable, delegationIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await q.query<{ delegation_id: string; uses: string }>(
    `SELECT c.delegation_id, count(*)::text AS uses FROM cases c JOIN applications a ON a.id = c.application_id
     WHERE c.delegation_id = ANY($1::uuid[]) AND a.status <> 'draft' GROUP BY c.delegation_id`,
    [delegationIds],
  );
  return new Map(rows.map((r) => [r.delegation_id, Number(r.uses)]));
}
