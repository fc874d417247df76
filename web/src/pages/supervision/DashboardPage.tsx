import { Alert, Card, Col, Empty, Row, Statistic, Table } from 'antd';
import { useNavigate } from 'react-router-dom';
import { client, unwrap } from '../../api/typed';
import { useApi } from '../../api/hooks';
import type { AuthorisedShare, CardCounts, Dashboard, FeedbackByItem, IntegrityRow } from '../../api/supervision';
import { useDepartments } from '../../api/useDepartments';
import { EChart } from '../../components/EChart';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { formatPercent } from '../../format';
import { hallFigures } from './hallFigures';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'db.title': ['监管看板', 'Dashboard'],
  'db.unstaffed': ['以下部门有已发布事项但没有在岗审核人员，办件无人办理，且不能发布其事项的新版本：{names}。请系统管理员配置审核人员', 'These departments own published items but have no active reviewer, so their cases wait and their items cannot be republished: {names}. The administrator should add reviewers'],
  'db.sub': ['红黄牌预警与效能统计（点击图表查看明细）', 'Cards and efficiency (click a chart for details)'],
  'db.red': ['红牌（超期）', 'Red (overdue)'],
  'db.yellow': ['黄牌（临期）', 'Yellow (due soon)'],
  'db.green': ['正常在办', 'On time'],
  'db.suspended': ['计时暂停', 'Paused'],
  'db.closedWeek': ['本周期办结（近 8 周）', 'Closed (8 weeks)'],
  'db.onTime': ['按时办结率', 'On-time rate'],
  'db.compression': ['承诺时限压缩率', 'Time-limit compression'],
  'db.immediate': ['即办件占比', 'Immediate share'],
  'db.cardsByDept': ['各部门红黄牌', 'Cards by department'],
  'db.trend': ['办结量与按时率趋势（周）', 'Volume and on-time rate (weekly)'],
  'db.rates': ['各部门压缩率与即办率（本季度及前三季度）', 'Compression and immediate rates by department (4 quarters)'],
  'db.integrity': ['清单外例外与未经审核的决定（按部门）', 'Exceptions outside the guide and decisions without review'],
  'db.volume': ['办结量', 'Closed'],
  'db.exceptions': ['清单外例外', 'Exceptions'],
  'db.withoutReview': ['未经审核即决定', 'Decided without review'],
  'db.authorised': ['各部门事项授权到位率（窗口授权到位且在平台内审批决定）', 'Items fully authorised to the hall, by department'],
  'db.authorisedShare': ['授权到位率', 'Authorised share'],
  'db.authorisedOverall': ['全县事项授权到位率', 'Authorised share (county)'],
  'db.feedback': ['指南纠错（按部门）', 'Guide feedback by department'],
  'db.fbOpen': ['待处理', 'Open'],
  'db.fbResolved': ['已更正', 'Resolved'],
  'db.fbDismissed': ['不予采纳', 'Dismissed'],
  'db.otherCards': ['办件以外的红黄牌（12345 工单、依申请公开、指南纠错、差评整改）', 'Cards beyond applications (tickets, disclosure, feedback, rectifications)'],
  'db.kind.case': ['办件', 'Cases'],
  'db.kind.ticket': ['12345 工单', 'Tickets'],
  'db.kind.disclosure': ['依申请公开', 'Disclosure'],
  'db.kind.guide-feedback': ['指南纠错', 'Guide feedback'],
  'db.kind.rectification': ['差评整改', 'Rectifications'],
  'db.hall': ['大厅等候与办理时长（近 30 天，按取号后被叫的时段）', 'Hall waiting and handling times (last 30 days, by hour)'],
  'db.hall.visits': ['接待人次', 'Visits'],
  'db.hall.wait': ['平均等候（分钟）', 'Average wait (min)'],
  'db.hall.handle': ['平均办理（分钟）', 'Average handling (min)'],
  'db.hall.hour': ['{h} 时', '{h}:00'],
  'db.hall.window': ['窗口', 'Window'],
  'db.hall.none': ['近 30 天大厅没有叫号记录', 'No calls in the hall in the last 30 days'],
  'db.calendar': ['工作日日历缺失，部分期限无法计算，请导入节假日安排', 'A working-day calendar is missing; import the holidays'],
});

const SUBJECT_KINDS = ['case', 'ticket', 'disclosure', 'guide-feedback', 'rectification'] as const;

/** A Beijing calendar day, `n` days before today. */
const daysAgo = (n: number) => new Date(Date.now() + 8 * 3_600_000 - n * 86_400_000).toISOString().slice(0, 10);


/** Guide feedback summed per owner department, busiest first. */
function feedbackByDepartment(items: FeedbackByItem[]) {
  const by = new Map<string, { open: number; resolved: number; dismissed: number }>();
  for (const x of items) {
    const v = by.get(x.departmentId) ?? { open: 0, resolved: 0, dismissed: 0 };
    v.open += Number(x.open);
    v.resolved += Number(x.resolved);
    v.dismissed += Number(x.dismissed);
    by.set(x.departmentId, v);
  }
  return [...by.entries()].map(([departmentId, v]) => ({ departmentId, ...v })).sort((a, b) => b.open + b.resolved + b.dismissed - (a.open + a.resolved + a.dismissed));
}

/** 监管看板: red/yellow counts by department, volumes and on-time rate over time, compression and immediate rates. */
export default function DashboardPage() {
  const t = useT(m);
  const navigate = useNavigate();
  const depts = useDepartments();
  const loaded = useApi(
    async (signal) => {
      const [d, integrity, authorised, feedback, kinds, hall] = await Promise.all([
        unwrap(client.GET('/api/v1/supervision/dashboard', { signal })) as Promise<Dashboard>,
        unwrap(client.GET('/api/v1/statistics/guide-integrity', { signal })).catch(() => ({ items: [] as IntegrityRow[] })),
        (unwrap(client.GET('/api/v1/catalog/statistics/authorised-share', { signal })) as Promise<AuthorisedShare>).catch(() => null),
        (unwrap(client.GET('/api/v1/guide-feedback/stats/by-item', { signal })) as Promise<{ items: FeedbackByItem[] }>).catch(() => ({ items: [] as FeedbackByItem[] })),
        Promise.all(SUBJECT_KINDS.map((k) => (unwrap(client.GET('/api/v1/supervision/counts', { params: { query: { subjectKind: k } }, signal })) as Promise<CardCounts>).catch(() => null))),
        unwrap(client.GET('/api/v1/hall/times', { params: { query: { from: daysAgo(30), to: daysAgo(0) } }, signal })).catch(() => null),
      ]);
      return { d, integrity: integrity.items, authorised, feedback: feedback.items, kinds, hall: hall ? hallFigures(hall.rows) : null };
    },
    [],
  );
  return (
    <>
      <PageHeader title={t('db.title')} sub={t('db.sub')} />
      <Loadable loaded={loaded} rows={12}>
        {({ d, integrity, authorised, feedback, kinds, hall }) => {
          const cardDepts = d.byDepartment;
          const shares = [...(authorised?.departments ?? [])].sort((a, b) => a.share - b.share);
          const fb = feedbackByDepartment(feedback);
          const q = d.quarterly.byDepartment;
          return (
            <>
              {d.staffingGaps?.length ? <Alert type="error" showIcon role="alert" title={t('db.unstaffed', { names: d.staffingGaps.map((g) => g.name).join('、') })} style={{ marginBottom: 16 }} /> : null}
              {d.calendarWarning ? <Alert type="warning" showIcon title={t('db.calendar')} style={{ marginBottom: 16 }} /> : null}
              <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
                {(
                  [
                    ['db.red', d.today.red, '#cf1322', 'red'],
                    ['db.yellow', d.today.yellow, '#d48806', 'yellow'],
                    ['db.green', d.today.green, '#389e0d', 'green'],
                    ['db.suspended', d.today.suspended, undefined, 'suspended'],
                  ] as const
                ).map(([k, v, colour, list]) => (
                  <Col key={k} xs={12} md={6}>
                    <Card hoverable size="small" onClick={() => navigate(`/supervision/watch?colour=${list}`)} role="link" tabIndex={0} onKeyDown={(e) => e.key === 'Enter' && navigate(`/supervision/watch?colour=${list}`)}>
                      <Statistic title={t(k)} value={v} styles={{ content: { color: colour } }} />
                    </Card>
                  </Col>
                ))}
                <Col xs={12} md={6}>
                  <Card size="small">
                    <Statistic title={t('db.closedWeek')} value={d.weekly.total.closed} />
                  </Card>
                </Col>
                <Col xs={12} md={6}>
                  <Card size="small">
                    <Statistic title={t('db.onTime')} value={formatPercent(d.weekly.total.onTimeRate)} />
                  </Card>
                </Col>
                <Col xs={12} md={6}>
                  <Card size="small">
                    <Statistic title={t('db.compression')} value={formatPercent(d.quarterly.total.compressionRate)} />
                  </Card>
                </Col>
                <Col xs={12} md={6}>
                  <Card size="small">
                    <Statistic title={t('db.immediate')} value={formatPercent(d.quarterly.total.immediateRate)} />
                  </Card>
                </Col>
              </Row>
              <Row gutter={[16, 16]}>
                <Col xs={24} xl={12}>
                  <Card title={t('db.cardsByDept')} size="small">
                    <EChart
                      label={t('db.cardsByDept')}
                      onClick={(p) => {
                        const dept = cardDepts[p.dataIndex];
                        if (dept?.id) navigate(`/supervision/watch?colour=${p.seriesName === t('db.red') ? 'red' : p.seriesName === t('db.yellow') ? 'yellow' : 'open'}&departmentId=${dept.id}`);
                      }}
                      option={{
                        tooltip: { trigger: 'axis' },
                        legend: { top: 0 },
                        grid: { left: 8, right: 16, bottom: 8, top: 32, containLabel: true },
                        xAxis: { type: 'value', minInterval: 1 },
                        yAxis: { type: 'category', data: cardDepts.map((x) => x.name ?? '—') },
                        series: [
                          { name: t('db.red'), type: 'bar', stack: 'c', data: cardDepts.map((x) => x.red), itemStyle: { color: '#cf1322' } },
                          { name: t('db.yellow'), type: 'bar', stack: 'c', data: cardDepts.map((x) => x.yellow), itemStyle: { color: '#faad14' } },
                          { name: t('db.green'), type: 'bar', stack: 'c', data: cardDepts.map((x) => x.green), itemStyle: { color: '#52c41a' } },
                        ],
                      }}
                    />
                  </Card>
                </Col>
                <Col xs={24} xl={12}>
                  <Card title={t('db.trend')} size="small">
                    <EChart
                      label={t('db.trend')}
                      option={{
                        tooltip: { trigger: 'axis' },
                        legend: { top: 0 },
                        grid: { left: 8, right: 8, bottom: 8, top: 32, containLabel: true },
                        xAxis: { type: 'category', data: d.weekly.trend.map((x) => x.periodStart.slice(5)) },
                        yAxis: [
                          { type: 'value', minInterval: 1 },
                          { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
                        ],
                        series: [
                          { name: t('db.volume'), type: 'bar', data: d.weekly.trend.map((x) => x.closed), itemStyle: { color: '#1f5fbf' } },
                          { name: t('db.onTime'), type: 'line', yAxisIndex: 1, data: d.weekly.trend.map((x) => (x.onTimeRate === null ? null : Math.round(x.onTimeRate * 1000) / 10)), itemStyle: { color: '#389e0d' } },
                        ],
                      }}
                    />
                  </Card>
                </Col>
                <Col xs={24} xl={12}>
                  <Card title={t('db.rates')} size="small">
                    <EChart
                      label={t('db.rates')}
                      option={{
                        tooltip: { trigger: 'axis' },
                        legend: { top: 0 },
                        grid: { left: 8, right: 8, bottom: 8, top: 32, containLabel: true },
                        xAxis: { type: 'category', data: q.map((x) => x.departmentName ?? '—'), axisLabel: { interval: 0, rotate: 30 } },
                        yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
                        series: [
                          { name: t('db.compression'), type: 'bar', data: q.map((x) => (x.compressionRate === null ? null : Math.round(x.compressionRate * 1000) / 10)), itemStyle: { color: '#1f5fbf' } },
                          { name: t('db.immediate'), type: 'bar', data: q.map((x) => (x.immediateRate === null ? null : Math.round(x.immediateRate * 1000) / 10)), itemStyle: { color: '#13c2c2' } },
                        ],
                      }}
                    />
                  </Card>
                </Col>
                <Col xs={24} xl={12}>
                  <Card title={t('db.integrity')} size="small">
                    <EChart
                      label={t('db.integrity')}
                      option={{
                        tooltip: { trigger: 'axis' },
                        legend: { top: 0 },
                        grid: { left: 8, right: 8, bottom: 8, top: 32, containLabel: true },
                        xAxis: { type: 'category', data: integrity.map((x) => x.department.name ?? '—'), axisLabel: { interval: 0, rotate: 30 } },
                        yAxis: { type: 'value', minInterval: 1 },
                        series: [
                          { name: t('db.exceptions'), type: 'bar', data: integrity.map((x) => x.exceptionsRequested), itemStyle: { color: '#722ed1' } },
                          { name: t('db.withoutReview'), type: 'bar', data: integrity.map((x) => x.decidedWithoutReview), itemStyle: { color: '#cf1322' } },
                        ],
                      }}
                    />
                  </Card>
                </Col>
                <Col xs={24} xl={12}>
                  <Card title={t('db.authorised')} size="small" extra={authorised ? <Statistic title={t('db.authorisedOverall')} value={authorised.overall.share} suffix="%" styles={{ content: { fontSize: 16 } }} /> : null}>
                    <EChart
                      label={t('db.authorised')}
                      height={Math.max(320, shares.length * 26 + 60)}
                      option={{
                        tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${String(v)}%` },
                        grid: { left: 8, right: 24, bottom: 8, top: 16, containLabel: true },
                        xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
                        yAxis: { type: 'category', data: shares.map((x) => x.department.name ?? '—') },
                        series: [{ name: t('db.authorisedShare'), type: 'bar', data: shares.map((x) => ({ value: x.share, itemStyle: { color: x.share < 80 ? '#d48806' : '#1f5fbf' } })), label: { show: true, position: 'right', formatter: '{c}%' } }],
                      }}
                    />
                  </Card>
                </Col>
                <Col xs={24} xl={12}>
                  <Card title={t('db.feedback')} size="small">
                    <EChart
                      label={t('db.feedback')}
                      option={{
                        tooltip: { trigger: 'axis' },
                        legend: { top: 0 },
                        grid: { left: 8, right: 16, bottom: 8, top: 32, containLabel: true },
                        xAxis: { type: 'value', minInterval: 1 },
                        yAxis: { type: 'category', data: fb.map((x) => depts.nameOf(x.departmentId)) },
                        series: [
                          { name: t('db.fbOpen'), type: 'bar', stack: 'f', data: fb.map((x) => x.open), itemStyle: { color: '#d48806' } },
                          { name: t('db.fbResolved'), type: 'bar', stack: 'f', data: fb.map((x) => x.resolved), itemStyle: { color: '#389e0d' } },
                          { name: t('db.fbDismissed'), type: 'bar', stack: 'f', data: fb.map((x) => x.dismissed), itemStyle: { color: '#8c8c8c' } },
                        ],
                      }}
                    />
                  </Card>
                </Col>
                <Col xs={24}>
                  <Card title={t('db.hall')} size="small" data-testid="hall-times">
                    {!hall || hall.byHour.length === 0 ? <Empty description={t('db.hall.none')} /> : (
                      <Row gutter={[16, 16]}>
                        <Col xs={24} xl={14}>
                          <EChart
                            label={t('db.hall')}
                            height={280}
                            option={{
                              tooltip: { trigger: 'axis' },
                              legend: { top: 0 },
                              grid: { left: 8, right: 8, bottom: 8, top: 32, containLabel: true },
                              xAxis: { type: 'category', data: hall.byHour.map((x) => t('db.hall.hour', { h: x.key })) },
                              yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', axisLabel: { formatter: '{value} 分' } }],
                              series: [
                                { name: t('db.hall.visits'), type: 'bar', data: hall.byHour.map((x) => x.visits), itemStyle: { color: '#1f5fbf' } },
                                { name: t('db.hall.wait'), type: 'line', yAxisIndex: 1, data: hall.byHour.map((x) => x.wait), itemStyle: { color: '#cf1322' } },
                                { name: t('db.hall.handle'), type: 'line', yAxisIndex: 1, data: hall.byHour.map((x) => x.handle), itemStyle: { color: '#389e0d' } },
                              ],
                            }}
                          />
                        </Col>
                        <Col xs={24} xl={10}>
                          <Table size="small" rowKey="key" pagination={false} dataSource={hall.byWindow} columns={[
                            { title: t('db.hall.window'), dataIndex: 'name' },
                            { title: t('db.hall.visits'), dataIndex: 'visits', align: 'right' },
                            { title: t('db.hall.wait'), dataIndex: 'wait', align: 'right', render: (v: number | null) => v ?? '—' },
                            { title: t('db.hall.handle'), dataIndex: 'handle', align: 'right', render: (v: number | null) => v ?? '—' },
                          ]} />
                        </Col>
                      </Row>
                    )}
                  </Card>
                </Col>
                <Col xs={24}>
                  <Card title={t('db.otherCards')} size="small">
                    <EChart
                      label={t('db.otherCards')}
                      height={280}
                      onClick={(p) => {
                        const kind = SUBJECT_KINDS[p.dataIndex];
                        if (kind) navigate(`/supervision/watch?colour=${p.seriesName === t('db.yellow') ? 'yellow' : 'red'}&subjectKind=${kind}`);
                      }}
                      option={{
                        tooltip: { trigger: 'axis' },
                        legend: { top: 0 },
                        grid: { left: 8, right: 16, bottom: 8, top: 32, containLabel: true },
                        xAxis: { type: 'category', data: SUBJECT_KINDS.map((k) => t(`db.kind.${k}`)) },
                        yAxis: { type: 'value', minInterval: 1 },
                        series: [
                          { name: t('db.red'), type: 'bar', data: kinds.map((c) => c?.red ?? 0), itemStyle: { color: '#cf1322' } },
                          { name: t('db.yellow'), type: 'bar', data: kinds.map((c) => c?.yellow ?? 0), itemStyle: { color: '#faad14' } },
                        ],
                      }}
                    />
                  </Card>
                </Col>
              </Row>
            </>
          );
        }}
      </Loadable>
    </>
  );
}
