import { Button } from 'antd';
import { useCallback, type ReactNode } from 'react';
import { ApiError, NETWORK, UNEXPECTED } from '../api/errors';
import { fieldLabel } from '../format';
import { useT, type T } from '../i18n';
import { useFeedback } from './feedback';
import { Result } from './LazyResult';

/** A sentence a person can act on, from whatever was thrown. */
export function errorText(e: unknown, t: T): string {
  if (e instanceof ApiError) {
    if (e.code === NETWORK) return t('error.network');
    if (e.code === UNEXPECTED || !e.message) return t('error.unexpected');
    return e.message;
  }
  return t('error.unexpected');
}

function IssueList({ error }: { error: unknown }) {
  const t = useT();
  if (!(error instanceof ApiError) || error.issues.length === 0) return null;
  return (
    <div>
      <div>{t('error.fieldIssues')}</div>
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {error.issues.map((i, n) => (
          <li key={n}>{fieldLabel(i.path) ? `${fieldLabel(i.path)}：${i.message}` : i.message}</li>
        ))}
      </ul>
    </div>
  );
}

/** Shows a failed action as a toast (with field issues when the server listed them). */
export function useShowError(): (e: unknown) => void {
  const { notification } = useFeedback();
  const t = useT();
  return useCallback(
    (e: unknown) => {
      if ((e as Error)?.name === 'AbortError') return;
      notification.error({ title: errorText(e, t), description: <IssueList error={e} />, placement: 'top', duration: 6 });
    },
    [notification, t],
  );
}

/** A whole-page or whole-panel failure, with a retry. */
export function ErrorState({ error, onRetry, extra }: { error: unknown; onRetry?: () => void; extra?: ReactNode }) {
  const t = useT();
  const status = error instanceof ApiError ? error.status : 0;
  const resultStatus = status === 403 ? '403' : status === 404 ? '404' : 'warning';
  return (
    <Result
      status={resultStatus}
      title={status === 403 ? t('error.forbidden') : t('error.title')}
      subTitle={
        <>
          {errorText(error, t)}
          <IssueList error={error} />
        </>
      }
      extra={
        <>
          {onRetry && status !== 403 && status !== 404 ? (
            <Button type="primary" onClick={onRetry}>
              {t('action.retry')}
            </Button>
          ) : null}
          {extra}
        </>
      }
    />
  );
}
