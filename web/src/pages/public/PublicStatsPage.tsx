import { Card, Col, Row, Segmented, Select, Statistic, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useApi } from '../../api/hooks';
import { client, unwrap, type AnswerOf } from '../../api/typed';
import { EChart } from '../../components/EChart';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'ps.title': ['好差评公开', 'Published ratings'],
  'ps.sub': ['按部门或事项公开评价结果与差评整改情况', 'Ratings and the handling of bad ones, by department or item'],
  'ps.period': ['统计期', 'Period'],
  'ps.byDept': ['按部门', 'By department'],
  'ps.byItem': ['按事项', 'By item'],
  'ps.total': ['评价总数', 'Ratings'],
  'ps.goodRate': ['好评率', 'Good'],
  'ps.badRate': ['差评率', 'Bad'],
  'ps.rectOnTime': ['差评按时整改率', 'Bad ratings fixed on time'],
  'ps.name': ['名称', 'Name'],
  'ps.good': ['好评', 'Good'],
  'ps.neutral': ['中评', 'Neutral'],
  'ps.bad': ['差评', 'Bad'],
  'ps.chart': ['好中差评分布', 'Good, neutral and bad'],
  'ps.empty': ['该统计期暂无评价', 'No ratings in this period'],
});

type StatRow = AnswerOf<'/api/v1/public/ratings/statistics', 'get'>['items'][number];

const pct = (v: number | null) => (v === null ? '—' : `${v}%`);

function periods(): string[] {
  const now = new Date();
  const y = now.getFullYear();
  const out: string[] = [];
  for (let yy = y; yy >= y - 1; yy--) for (let q = 4; q >= 1; q--) out.push(`${yy}-Q${q}`);
  return out;
}

/** 好差评 statistics anyone may read. */
export default function PublicStatsPage() {
  const t = useT(m);
  const options = useMemo(periods, []);
  const [period, setPeriod] = useState(() => {
    const d = new Date();
    return `${d.getFullYear()}-Q${Math.floor(d.getMonth() / 3) + 1}`;
  });
  const [by, setBy] = useState<'department' | 'item'>('department');
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/public/ratings/statistics', { params: { query: { period, by } }, signal })), [period, by]);
  return (
    <>
      <PageHeader title={t('ps.title')} sub={t('ps.sub')} />
      <Row gutter={12} style={{ marginBottom: 16 }} align="middle">
        <Col>
          <label>
            {t('ps.period')}{' '}
            <Select aria-label={t('ps.period')} value={period} onChange={setPeriod} options={options.map((p) => ({ value: p, label: p }))} style={{ width: 140 }} />
          </label>
        </Col>
        <Col>
          <Segmented value={by} onChange={(v) => setBy(v as 'department' | 'item')} options={[{ value: 'department', label: t('ps.byDept') }, { value: 'item', label: t('ps.byItem') }]} />
        </Col>
      </Row>
      <Loadable loaded={loaded}>
        {(d) => (
          <>
            <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
              <Col xs={12} md={6}><Card size="small"><Statistic title={t('ps.total')} value={d.total.total} /></Card></Col>
              <Col xs={12} md={6}><Card size="small"><Statistic title={t('ps.goodRate')} value={pct(d.total.goodRate)} /></Card></Col>
              <Col xs={12} md={6}><Card size="small"><Statistic title={t('ps.badRate')} value={pct(d.total.badRate)} /></Card></Col>
              <Col xs={12} md={6}><Card size="small"><Statistic title={t('ps.rectOnTime')} value={pct(d.total.rectificationOnTimeRate)} /></Card></Col>
            </Row>
            <Card size="small" title={t('ps.chart')} style={{ marginBottom: 16 }}>
              <EChart
                label={t('ps.chart')}
                height={280}
                option={{
                  tooltip: { trigger: 'axis' },
                  legend: { top: 0 },
                  grid: { left: 8, right: 8, bottom: 8, top: 32, containLabel: true },
                  xAxis: { type: 'category', data: d.items.map((x) => x.name), axisLabel: { interval: 0, rotate: 30 } },
                  yAxis: { type: 'value', minInterval: 1 },
                  series: [
                    { name: t('ps.good'), type: 'bar', stack: 'r', data: d.items.map((x) => x.good), itemStyle: { color: '#52c41a' } },
                    { name: t('ps.neutral'), type: 'bar', stack: 'r', data: d.items.map((x) => x.neutral), itemStyle: { color: '#faad14' } },
                    { name: t('ps.bad'), type: 'bar', stack: 'r', data: d.items.map((x) => x.bad), itemStyle: { color: '#cf1322' } },
                  ],
                }}
              />
            </Card>
            <Table<StatRow>
              rowKey="key"
              size="small"
              dataSource={d.items}
              locale={{ emptyText: t('ps.empty') }}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              columns={[
                { title: t('ps.name'), dataIndex: 'name' },
                { title: t('ps.total'), dataIndex: 'total' },
                { title: t('ps.goodRate'), key: 'g', render: (_, r) => pct(r.goodRate) },
                { title: t('ps.badRate'), key: 'b', render: (_, r) => pct(r.badRate) },
                { title: t('ps.rectOnTime'), key: 'r', responsive: ['md'], render: (_, r) => pct(r.rectificationOnTimeRate) },
              ]}
            />
          </>
        )}
      </Loadable>
    </>
  );
}
