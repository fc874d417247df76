import { Input } from 'antd';
import { useNavigate } from 'react-router-dom';
import { APPLICATION_NUMBER, siteSearchWords, TICKET_NUMBER } from './words';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages(siteSearchWords);

export { APPLICATION_NUMBER, TICKET_NUMBER } from './words';

/** The portal's one search box: what to do in plain words, or a number to follow. */
export function SiteSearch({ defaultValue, size = 'large' }: { defaultValue?: string; size?: 'large' | 'middle' }) {
  const t = useT(m);
  const navigate = useNavigate();
  const go = (raw: string) => {
    const q = raw.trim();
    if (!q) return;
    if (APPLICATION_NUMBER.test(q)) navigate(`/portal/progress?number=${encodeURIComponent(q)}`);
    else if (TICKET_NUMBER.test(q)) navigate(`/portal/progress?ticket=${encodeURIComponent(q.toUpperCase())}`);
    else navigate(`/portal/search?q=${encodeURIComponent(q)}`);
  };
  return (
    <Input.Search
      aria-label={t('siteSearch.label')}
      size={size}
      allowClear
      defaultValue={defaultValue}
      placeholder={t('siteSearch.placeholder')}
      enterButton={t('action.search')}
      onSearch={go}
    />
  );
}
