import { Card, Flex, Tag, Typography } from 'antd';
import { ItemList } from '../../components/ItemList';
import { Link, useSearchParams } from 'react-router-dom';
import { client, unwrap } from '../../api/typed';
import { useApi } from '../../api/hooks';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { defineMessages, useT } from '../../i18n';
import { SiteSearch } from './SiteSearch';

const m = defineMessages({
  'search.title': ['搜索结果', 'Search results'],
  'search.sub': ['“{q}”：一件事和单个事项按办理人数排列', '“{q}”: bundles and single services, the most used first'],
  'search.bundle': ['一件事', 'Bundle'],
  'search.item': ['事项', 'Service'],
  'search.via': ['按“{term}”找到', 'Found for “{term}”'],
  'search.uses': ['已有 {n} 件办理', '{n} applications so far'],
  'search.none': ['没有找到“{q}”。换个说法试试，如“开饭店”“营业执照”“出生”，或到办事指南按部门查找。', 'Nothing found for “{q}”. Try other words, or browse the guides by department.'],
  'search.toGuides': ['按部门查找办事指南', 'Browse the guides'],
});

/** Bundles and items in one list, as the catalog search ranks them (name, keywords, synonyms; then by use). */
export default function SearchPage() {
  const t = useT(m);
  const [params] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const loaded = useApi((signal) => (q ? unwrap(client.GET('/api/v1/catalog/search', { params: { query: { q, limit: 30 } }, signal })) : Promise.resolve({ items: [] })), [q]);
  return (
    <>
      <PageHeader title={t('search.title')} sub={q ? t('search.sub', { q }) : undefined} />
      <div style={{ marginBottom: 16 }}>
        <SiteSearch key={q} defaultValue={q} />
      </div>
      <Loadable
        loaded={loaded}
        isEmpty={(d) => d.items.length === 0}
        empty={
          <Card>
            <Typography.Paragraph>{t('search.none', { q })}</Typography.Paragraph>
            <Link to="/portal/catalog">{t('search.toGuides')}</Link>
          </Card>
        }
      >
        {(d) => (
          <ItemList
            items={d.items.map((h) => ({
              key: `${h.subject}:${h.code}`,
              title: (
                <Flex gap={8} align="center" wrap="wrap">
                  <Tag color={h.subject === 'bundle' ? 'blue' : 'default'}>{h.subject === 'bundle' ? t('search.bundle') : t('search.item')}</Tag>
                  <Link to={h.subject === 'bundle' ? `/portal/bundles/${h.code}` : `/portal/catalog/${h.code}`} style={{ fontSize: 16, overflowWrap: 'anywhere' }}>
                    {h.name}
                  </Link>
                </Flex>
              ),
              body: (
                <Typography.Text type="secondary">
                  {[h.department?.name, h.kindName, h.via ? t('search.via', { term: h.via }) : null, h.uses > 0 ? t('search.uses', { n: h.uses }) : null].filter(Boolean).join(' · ')}
                </Typography.Text>
              ),
            }))}
          />
        )}
      </Loadable>
    </>
  );
}
