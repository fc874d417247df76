import type { Db } from '../db/index.js';
import * as store from './store.js';
import type { DataElement } from './types.js';

/** Adds or rewrites a data element (数据元): the shared meaning that form fields of many items bind to. */
export async function defineDataElement(deps: { db: Db }, input: DataElement): Promise<DataElement> {
  return deps.db.transaction(async (tx) => {
    await store.upsertDataElement(tx, input);
    return (await store.listDataElements(tx)).find((e) => e.code === input.code)!;
  });
}
