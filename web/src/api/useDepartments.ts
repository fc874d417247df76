import { useApi } from './hooks';
import { client, unwrap } from './typed';

/** The departments (public), with a name lookup. */
export function useDepartments() {
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/departments', { signal })), []);
  const list = loaded.data?.items ?? [];
  const nameOf = (id: string | null | undefined) => (id ? list.find((d) => d.id === id)?.name ?? '—' : '—');
  return { list, nameOf, options: list.map((d) => ({ value: d.id, label: d.name })) };
}
