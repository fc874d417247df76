import type { Queryable } from '../../db/index.js';

/** The English version of an item's guide, where the catalog has one. */
export interface ItemEnglish {
  name: string;
  summary: string;
  conditions: string[];
}

export async function englishOfItem(q: Queryable, itemCode: string): Promise<ItemEnglish | null> {
  const [r] = await q.query<{ name: string; summary: string; conditions: string[] }>('SELECT name, summary, conditions FROM catalog_english WHERE item_code = $1', [itemCode]);
  return r ? { name: r.name, summary: r.summary, conditions: r.conditions } : null;
}

export async function upsertEnglish(tx: Queryable, e: ItemEnglish & { itemCode: string; by: string | null; at: Date }): Promise<void> {
  await tx.query(
    `INSERT INTO catalog_english (item_code, name, summary, conditions, updated_by, updated_at) VALUES ($1, $2, $3, $4::jsonb, $5, $6)
     ON CONFLICT (item_code) DO UPDATE SET name = EXCLUDED.name, summary = EXCLUDED.summary, conditions = EXCLUDED.conditions,
       updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
    [e.itemCode, e.name, e.summary, JSON.stringify(e.conditions), e.by, e.at],
  );
}

export async function deleteEnglish(tx: Queryable, itemCode: string): Promise<boolean> {
  return (await tx.query<{ item_code: string }>('DELETE FROM catalog_english WHERE item_code = $1 RETURNING item_code', [itemCode])).length > 0;
}
