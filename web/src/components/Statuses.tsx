import { Button } from 'antd';
import { Link } from 'react-router-dom';
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
        <Link to="/">
          <Button type="primary">{t('action.goHome')}</Button>
        </Link>
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
        <Link to="/">
          <Button type="primary">{t('action.goHome')}</Button>
        </Link>
      }
    />
  );
}
