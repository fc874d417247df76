import { api } from './client';
import type { ItemDetail } from './catalog';
import { useApi } from './hooks';

/** The guide versions an application's cases were filed against (immutable once published). */
export function useItemVersions(versionIds: string[]) {
  const ids = [...new Set(versionIds)];
  return useApi((signal) => Promise.all(ids.map((id) => api.get<ItemDetail>(`/api/v1/catalog/item-versions/${id}`, undefined, { signal }))), [ids.join(',')]);
}
