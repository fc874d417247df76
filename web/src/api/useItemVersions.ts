import type { ItemDetail } from './catalog';
import { useApi } from './hooks';
import { client, unwrap, type AnswerOf } from './typed';

/** One published guide version of an item, as the catalog serves it. */
export type ItemVersion = AnswerOf<'/api/v1/catalog/item-versions/{id}', 'get', ItemDetail>;

/** The guide versions an application's cases were filed against (immutable once published). */
export function useItemVersions(versionIds: string[]) {
  const ids = [...new Set(versionIds)];
  return useApi<ItemVersion[]>((signal) => Promise.all(ids.map((id) => unwrap(client.GET('/api/v1/catalog/item-versions/{id}', { params: { path: { id } }, signal })))), [ids.join(',')]);
}
