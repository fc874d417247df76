import { LinkButton } from './LinkButton';
import { useT } from '../i18n';
import { Result } from './LazyResult';

export function Forbidden() {
  const t = useT();
  return (
    <Result
      status="403"
      title={t('error.forbidden')}
      subTitle={t('error.forbiddenHint')}
      extra={
        <LinkButton to="/" type="primary">
          {t('action.goHome')}
        </LinkButton>
      }
    />
  );
}

export function NotFound() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('error.notFound')}
      subTitle={t('error.notFoundHint')}
      extra={
        <LinkButton to="/" type="primary">
          {t('action.goHome')}
        </LinkButton>
      }
    />
  );
}
