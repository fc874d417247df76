import { Card, Descriptions, Table, Tag, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { client, hrefOf, unwrap } from '../../api/typed';
import { useApi } from '../../api/hooks';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatTime } from '../../format';
import { defineMessages, useT } from '../../i18n';
import type { InspectionResult, PlanDetail } from './types';

const m = defineMessages({
  'detail.fairness': ['抽取过程可复核', 'Check the draw yourself'],
  'detail.commitment': ['种子承诺值（抽取前公布）', 'Seed commitment (published before the draw)'],
  'detail.seed': ['随机种子（抽取时揭示）', 'Seed (revealed at the draw)'],
  'detail.planDigest': ['计划文件摘要', 'Plan file digest'],
  'detail.drawDigest': ['抽取结果摘要', 'Draw digest'],
  'detail.planFile': ['下载计划文件 plan.json', 'Download plan.json'],
  'detail.howTo': ['复核命令：', 'To re-run:'],
  'detail.notDrawn': ['尚未抽取', 'Not drawn yet'],
  'detail.population': ['检查对象 {n} 户，抽取 {k} 户', '{n} businesses, {k} drawn'],
  'detail.results': ['抽查结果', 'Results'],
  'col.position': ['序号', 'No.'],
  'col.subject': ['检查对象', 'Business'],
  'col.department': ['检查部门', 'Department'],
  'col.inspectors': ['执法检查人员', 'Inspectors'],
  'col.outcome': ['检查结果', 'Outcome'],
  'col.date': ['检查日期', 'Date'],
});

const outcomeColour = { compliant: 'green', problems: 'orange', referred: 'red' } as const;

/** One published plan: the values that make the draw checkable, and every result. */
export default function PublicPlanPage() {
  const t = useT(m);
  const { id = '' } = useParams();
  const plan = useApi<PlanDetail>((signal) => unwrap(client.GET('/api/v1/public/inspection-plans/{id}', { params: { path: { id } }, signal })), [id]);
  return (
    <Loadable loaded={plan}>
      {(p) => (
        <>
          <PageHeader title={p.title} sub={`${p.departments.map((x) => x.name).join('、')} · ${formatTime(p.publishedAt)}`} />
          <Card title={t('detail.fairness')} style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('detail.commitment')}><Typography.Text code copyable style={{ wordBreak: 'break-all' }}>{p.seedCommitment}</Typography.Text></Descriptions.Item>
              <Descriptions.Item label={t('detail.seed')}>{p.seed ? <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>{p.seed}</Typography.Text> : t('detail.notDrawn')}</Descriptions.Item>
              <Descriptions.Item label={t('detail.planDigest')}><Typography.Text code style={{ wordBreak: 'break-all' }}>{p.planDigest}</Typography.Text></Descriptions.Item>
              {p.drawDigest ? <Descriptions.Item label={t('detail.drawDigest')}><Typography.Text code style={{ wordBreak: 'break-all' }}>{p.drawDigest}</Typography.Text></Descriptions.Item> : null}
            </Descriptions>
            <Typography.Paragraph style={{ marginTop: 8 }}>
              <a href={hrefOf('/api/v1/public/inspection-plans/{id}/plan.json', { id: p.id })} download>{t('detail.planFile')}</a>
              <br />
              {t('detail.howTo')} <Typography.Text code>npx banshi inspections redraw plan.json {p.seed ?? 'SEED'}</Typography.Text>
            </Typography.Paragraph>
            {p.sampleCount !== null ? <Typography.Text type="secondary">{t('detail.population', { n: p.populationCount ?? 0, k: p.sampleCount })}</Typography.Text> : null}
          </Card>
          {p.results.length ? (
            <Card title={t('detail.results')}>
              <Table<Omit<InspectionResult, 'address'>>
                rowKey="id"
                size="small"
                scroll={{ x: 'max-content' }}
                dataSource={[...p.results].sort((a, b) => Number(b.recorded) - Number(a.recorded) || a.position - b.position)}
                pagination={{ pageSize: 20, showSizeChanger: false }}
                columns={[
                  { title: t('col.position'), dataIndex: 'position', width: 60 },
                  { title: t('col.subject'), render: (_, r) => (<><div>{r.subjectName}</div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.uscc} · {r.townshipName}</Typography.Text></>) },
                  { title: t('col.department'), render: (_, r) => r.department.name },
                  { title: t('col.inspectors'), render: (_, r) => r.inspectors.map((i) => `${i.name}（${i.badgeNo}）`).join('、') },
                  { title: t('col.outcome'), render: (_, r) => (r.outcome ? <><Tag color={outcomeColour[r.outcome]}>{r.outcomeName}</Tag>{r.findings ? <div style={{ fontSize: 12 }}>{r.findings}</div> : null}</> : <Tag>{r.outcomeName}</Tag>) },
                  { title: t('col.date'), render: (_, r) => formatDate(r.inspectedOn) },
                ]}
              />
            </Card>
          ) : null}
        </>
      )}
    </Loadable>
  );
}
