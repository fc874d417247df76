import { Segmented, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'stats.title': ['好差评公开', 'Published ratings'],
  'stats.sub': ['按部门、事项公开好评率、差评率和差评整改按期率（作废评价不计入）', 'Good and bad rates and on-time rectification by department and item (voided ratings excluded)'],
  'stats.department': ['按部门', 'By department'],
  'stats.item': ['按事项', 'By item'],
  'stats.period': ['统计周期', 'Period'],
  'stats.name': ['名称', 'Name'],
  'stats.total': ['评价数', 'Ratings'],
  'stats.goodRate': ['好评率', 'Good'],
  'stats.neutralRate': ['中评率', 'Neutral'],
  'stats.badRate': ['差评率', 'Bad'],
  'stats.rect': ['差评整改', 'Rectified'],
  'stats.onTime': ['整改按期率', 'On time'],
  'stats.summary': ['合计 {total} 条评价，好评率 {good}，差评率 {bad}', '{total} ratings, {good} good, {bad} bad'],
});

interface Row { key: string; name: string; total: number; goodRate: number | null; neutralRate: number | null; badRate: number | null; rectifications: number; rectificationOnTimeRate: number | null }
const pct = (n: number | null) => (n === null ? '—' : `${n}%`);

function periods(): Array<{ value: string; label: string }> {
  const now = new Date();
  const out: Array<{ value: string; label: string }> = [];
  for (let y = now.getFullYear(); y >= now.getFullYear() - 2; y--) {
    for (let q = 4; q >= 1; q--) out.push({ value: `${y}-Q${q}`, label: `${y} 年第 ${q} 季度` });
    for (let mo = 12; mo >= 1; mo--) out.push({ value: `${y}-${String(mo).padStart(2, '0')}`, label: `${y} 年 ${mo} 月` });
  }
  return out;
}

/** 好差评 statistics, public: anyone can see how each department and item is rated. */
export default function RatingStatisticsPage() {
  const t = useT(m);
  const [by, setBy] = useState<'department' | 'item'>('department');
  const [period, setPeriod] = useState(`${new Date().getFullYear()}-Q${Math.ceil((new Date().getMonth() + 1) / 3)}`);
  const loaded = useApi((signal) => api.get<{ items: Row[]; total: { total: number; goodRate: number | null; badRate: number | null } }>('/api/v1/public/ratings/statistics', { period, by }, { signal }), [period, by]);
  return (
    <>
      <PageHeader title={t('stats.title')} sub={t('stats.sub')} />
      <Segmented style={{ marginBottom: 12, marginInlineEnd: 12 }} value={by} onChange={(v) => setBy(v as 'department' | 'item')} options={[{ value: 'department', label: t('stats.department') }, { value: 'item', label: t('stats.item') }]} />
      <Select aria-label={t('stats.period')} value={period} onChange={setPeriod} options={periods()} style={{ width: 200, marginBottom: 12 }} showSearch />
      <Loadable loaded={loaded}>
        {(d) => (
          <>
            <Typography.Paragraph>{t('stats.summary', { total: d.total.total, good: pct(d.total.goodRate), bad: pct(d.total.badRate) })}</Typography.Paragraph>
            <Table<Row>
              rowKey="key"
              dataSource={d.items}
              pagination={false}
              columns={[
                { title: t('stats.name'), dataIndex: 'name' },
                { title: t('stats.total'), dataIndex: 'total' },
                { title: t('stats.goodRate'), render: (_, r) => pct(r.goodRate) },
                { title: t('stats.neutralRate'), render: (_, r) => pct(r.neutralRate) },
                { title: t('stats.badRate'), render: (_, r) => pct(r.badRate) },
                { title: t('stats.rect'), dataIndex: 'rectifications' },
                { title: t('stats.onTime'), render: (_, r) => pct(r.rectificationOnTimeRate) },
              ]}
            />
          </>
        )}
      </Loadable>
    </>
  );
}
