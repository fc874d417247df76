import { Card, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { client, unwrap } from '../../api/typed';
import type { ItemKind, ItemSummary } from '../../api/catalog';
import { useApi } from '../../api/hooks';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'catalog.title': ['办事指南', 'Service guides'],
  'catalog.sub': ['按名称、关键词或部门查找要办的事项', 'Find a service by name, keyword or department'],
  'catalog.search': ['搜索事项', 'Search services'],
  'catalog.searchPlaceholder': ['如：食品经营许可、营业执照、出生', 'e.g. food permit, business licence, birth'],
  'catalog.department': ['实施部门', 'Department'],
  'catalog.allDepartments': ['全部部门', 'All departments'],
  'catalog.kind': ['事项类型', 'Kind'],
  'catalog.allKinds': ['全部类型', 'All kinds'],
  'catalog.name': ['事项名称', 'Service'],
  'catalog.limit': ['承诺时限', 'Promised time'],
  'catalog.visits': ['跑动次数', 'Visits'],
  'catalog.online': ['可网办', 'Online'],
  'catalog.count': ['共 {n} 个事项', '{n} services'],
  'catalog.none': ['没有找到相符的事项，请换个关键词试试', 'No service matches; try another keyword'],
});

/** The published catalog, searchable by anyone. */
export default function CatalogPage() {
  const t = useT(m);
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const dept = params.get('department') ?? '';
  const kind = params.get('kind') ?? '';
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/catalog/items', { params: { query: { limit: 500 } }, signal })), []);
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const departments = useMemo(() => {
    const map = new Map<string, string>();
    loaded.data?.items.forEach((i) => map.set(i.department.code, i.department.name));
    return [...map.entries()].map(([value, label]) => ({ value, label }));
  }, [loaded.data]);
  const kinds = useMemo(() => [...new Set(loaded.data?.items.map((i) => i.kind) ?? [])], [loaded.data]);
  const items = useMemo(() => {
    const terms = q.trim().toLowerCase().split(/\s+/).filter(Boolean);
    return (loaded.data?.items ?? []).filter(
      (i) =>
        (!dept || i.department.code === dept) &&
        (!kind || i.kind === kind) &&
        terms.every((term) => [i.name, i.code, i.department.name, ...i.keywords].some((s) => s.toLowerCase().includes(term))),
    );
  }, [loaded.data, q, dept, kind]);

  return (
    <>
      <PageHeader title={t('catalog.title')} sub={t('catalog.sub')} />
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap="wrap">
          <label style={{ flex: '1 1 260px' }}>
            <Typography.Text strong>{t('catalog.search')}</Typography.Text>
            <Input.Search allowClear defaultValue={q} placeholder={t('catalog.searchPlaceholder')} onSearch={(v) => set('q', v)} onChange={(e) => set('q', e.target.value)} enterButton={t('action.search')} />
          </label>
          <label style={{ flex: '1 1 200px' }}>
            <Typography.Text strong>{t('catalog.department')}</Typography.Text>
            <Select style={{ width: '100%', display: 'block' }} value={dept} onChange={(v) => set('department', v)} options={[{ value: '', label: t('catalog.allDepartments') }, ...departments]} />
          </label>
          <label style={{ flex: '1 1 160px' }}>
            <Typography.Text strong>{t('catalog.kind')}</Typography.Text>
            <Select style={{ width: '100%', display: 'block' }} value={kind} onChange={(v) => set('kind', v)} options={[{ value: '', label: t('catalog.allKinds') }, ...kinds.map((k) => ({ value: k, label: t(`kind.${k as ItemKind}`) }))]} />
          </label>
        </Flex>
      </Card>
      <Loadable loaded={loaded}>
        {() => (
          <Table<ItemSummary>
            rowKey="code"
            dataSource={items}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
            locale={{ emptyText: t('catalog.none') }}
            title={() => t('catalog.count', { n: items.length })}
            columns={[
              {
                title: t('catalog.name'),
                key: 'name',
                render: (_, i) => (
                  <Flex vertical gap={2}>
                    <Link to={`/portal/catalog/${encodeURIComponent(i.code)}`}>{i.name}</Link>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {i.department.name} · {t(`kind.${i.kind}`)}
                    </Typography.Text>
                  </Flex>
                ),
              },
              {
                title: t('catalog.limit'),
                key: 'limit',
                width: 140,
                responsive: ['sm'],
                render: (_, i) => (i.handling === 'immediate' ? <Tag color="green">{t('handling.immediate')}</Tag> : t('unit.days', { n: i.promisedDays })),
              },
              { title: t('catalog.visits'), key: 'visits', width: 120, responsive: ['md'], render: (_, i) => (i.visitsNeeded === 0 ? t('unit.zeroVisits') : t('unit.visits', { n: i.visitsNeeded })) },
              { title: t('catalog.online'), key: 'online', width: 90, responsive: ['md'], render: (_, i) => (i.onlineCapable ? t('yes') : t('no')) },
            ]}
          />
        )}
      </Loadable>
    </>
  );
}
