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
