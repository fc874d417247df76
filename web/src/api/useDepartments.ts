import { api } from './client';
import { useApi } from './hooks';
import type { Department, List } from './types';

/** The departments (public), with a name lookup. */
export function useDepartments() {
  const loaded = useApi((signal) => api.get<List<Department>>('/api/v1/departments', undefined, { signal }), []);
  const list = loaded.data?.items ?? [];
  const nameOf = (id: string | null | undefined) => (id ? list.find((d) => d.id === id)?.name ?? '—' : '—');
  return { list, nameOf, options: list.map((d) => ({ value: d.id, label: d.name })) };
}
