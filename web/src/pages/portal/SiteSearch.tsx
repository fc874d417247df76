import { Input } from 'antd';
import { useNavigate } from 'react-router-dom';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'siteSearch.label': ['搜索要办的事', 'Search for what you need to do'],
  'siteSearch.placeholder': ['如：开饭店、营业执照、出生；也可输入办件号查进度', 'e.g. open a restaurant, business licence; or an application number'],
});

/** 办件号 (431127-20260302-000123) or 12345 工单号 (RX…): typed into the search box, they open the progress lookup. */
export const APPLICATION_NUMBER = /^\d{6}-\d{8}-\d{6}$/;
export const TICKET_NUMBER = /^RX\d{13}$/i;

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
