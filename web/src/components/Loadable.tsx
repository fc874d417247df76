import { Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import type { Loaded } from '../api/hooks';
import { useT } from '../i18n';
import { ErrorState } from './errors';

/** Renders loading (a skeleton of stable height), error (with retry), empty, or the data. */
export function Loadable<T>({
  loaded,
  children,
  isEmpty,
  empty,
  rows = 4,
}: {
  loaded: Loaded<T>;
  children: (data: T) => ReactNode;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  rows?: number;
}) {
  const t = useT();
  if (loaded.error) return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data === undefined) return <Skeleton active paragraph={{ rows }} aria-busy="true" aria-label={t('state.loading')} />;
  if (isEmpty?.(loaded.data)) return <>{empty ?? <Empty description={t('state.empty')} />}</>;
  return <>{children(loaded.data)}</>;
}
