import { Alert, Button, Card, DatePicker, Descriptions, Flex, Input, List, Radio, Space, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useApi } from '../../api/hooks';
import { client, hrefOf, unwrap, type AnswerOf } from '../../api/typed';
import { useDepartments } from '../../api/useDepartments';
import { useAuth } from '../../auth/AuthContext';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatTime } from '../../format';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';

type Project = AnswerOf<'/api/v1/projects/{id}', 'get'>;
type Stage = Project['stages'][number];

const m = defineMessages({
  'pp.title': ['工程建设项目 {name}', 'Construction project {name}'],
  'pp.code': ['项目代码', 'Project code'],
  'pp.company': ['建设单位', 'Company'],
  'pp.address': ['建设地点', 'Site'],
  'pp.zone': ['所在园区', 'Zone'],
  'pp.noZone': ['不在园区内', 'Not in a zone'],
  'pp.total': ['全流程用时', 'Total time'],
  'pp.totalValue': ['已用 {used} 个工作日，承诺 {promised} 个工作日', '{used} of {promised} promised working days'],
  'pp.within': ['在承诺时限内', 'Within the promise'],
  'pp.over': ['超过承诺时限', 'Over the promise'],
  'pp.calendarMissing': ['部分日期所在年度的工作日历尚未导入，用时按已知日历计算', 'Some years have no working calendar yet; days are counted on what is known'],
  'pp.lead': ['牵头部门：{name}', 'Lead: {name}'],
  'pp.limit': ['阶段时限 {days} 个工作日', 'Stage limit {days} working days'],
  'pp.used': ['已用 {used} 个工作日，{due}到期', '{used} working days used, due {due}'],
  'pp.overdue': ['超过阶段时限', 'Over the stage limit'],
  'pp.accepted': ['受理日期 {date}', 'Accepted {date}'],
  'pp.issued': ['出件日期 {date}', 'Results issued {date}'],
  'pp.filing': ['本阶段办件 {number}（{status}）', 'Filing {number} ({status})'],
  'pp.items': ['本阶段事项', 'Items of this stage'],
  'pp.conditional': ['按情形适用', 'If applicable'],
  'pp.materials': ['本阶段申请材料', 'Materials of this stage'],
  'pp.covered': ['由区域评估成果代替：{title}', 'Covered by the zone assessment: {title}'],
  'pp.fromLicence': ['可用电子证照免提交', 'An e-licence can stand in'],
  'pp.assessments': ['园区区域评估成果', 'Zone assessments'],
  'pp.assessmentsOf': ['区域评估成果：{region}', 'Zone assessments: {region}'],
  'pp.review': ['施工图联合审查（联合审图）', 'Joint drawing review'],
  'pp.round': ['第 {round} 轮', 'Round {round}'],
  'pp.waiting': ['待出具意见', 'Opinion pending'],
  'pp.answered': ['已出具意见', 'Opinion given'],
  'pp.notice': ['合并审查意见', 'Merged opinions'],
  'pp.noticePdf': ['下载施工图联合审查意见书', 'Download the review notice'],
  'pp.revisionsLeft': ['还可修改图纸 {n} 次', '{n} revision(s) left'],
  'pp.opinion': ['本部门审图意见', 'Your department’s opinion'],
  'pp.pass': ['审查合格', 'Passes'],
  'pp.revise': ['需修改', 'Needs revision'],
  'pp.reject': ['不合格', 'Fails'],
  'pp.give': ['出具意见', 'Give the opinion'],
  'pp.given': ['意见已出具', 'Opinion recorded'],
  'pp.acceptance': ['竣工联合验收', 'Joint acceptance'],
  'pp.visit': ['现场验收：{at}，{place}', 'Visit: {at}, {place}'],
  'pp.recorded': ['已记录验收意见', 'Findings recorded'],
  'pp.notRecorded': ['待记录验收意见', 'Findings pending'],
  'pp.finding': ['本部门验收意见', 'Your department’s findings'],
  'pp.findingPass': ['验收合格', 'Passes'],
  'pp.findingFail': ['不合格，须整改', 'Fails, to be put right'],
  'pp.record': ['记录验收意见', 'Record the findings'],
  'pp.issue': ['出具竣工联合验收意见书', 'Issue the acceptance certificate'],
  'pp.issuedOk': ['意见书已出具，并作为电子证照发给建设单位', 'Certificate issued as the company’s e-licence'],
  'pp.certificate': ['竣工联合验收意见书 {number}（{date}）', 'Acceptance certificate {number} ({date})'],
  'pp.certificatePdf': ['下载意见书', 'Download the certificate'],
  'pp.schedule': ['安排联合验收', 'Schedule the joint acceptance'],
  'pp.when': ['现场验收时间', 'Visit time'],
  'pp.place': ['验收地点', 'Place'],
  'pp.scheduled': ['已安排联合验收，已通知各部门', 'Joint acceptance scheduled'],
  'pp.noAcceptance': ['竣工验收阶段申报受理后，由牵头部门安排一次现场联合验收', 'Once the completion filing is accepted, the lead department schedules one visit'],
});

const stepStatus = (s: Stage['status']): 'wait' | 'process' | 'finish' => (s === 'issued' ? 'finish' : s === 'locked' ? 'wait' : 'process');
const statusColour: Record<Stage['status'], string> = { locked: 'default', open: 'blue', filed: 'gold', handling: 'processing', issued: 'green' };

function StageCard({ s, base }: { s: Stage; base: string | null }) {
  const t = useT(m);
  return (
    <Card size="small" title={<Space>{s.name}<Tag color={statusColour[s.status]}>{s.statusName}</Tag>{s.overdue ? <Tag color="red">{t('pp.overdue')}</Tag> : null}</Space>} data-testid={`stage-${s.key}`}>
      <Space wrap size={16}>
        {s.lead ? <span>{t('pp.lead', { name: s.lead.name })}</span> : null}
        <span>{t('pp.limit', { days: s.promisedDays })}</span>
        {s.acceptedOn ? <span>{t('pp.accepted', { date: formatDate(s.acceptedOn) })}</span> : null}
        {s.usedWorkingDays !== null && s.dueOn ? <span>{t('pp.used', { used: s.usedWorkingDays, due: formatDate(s.dueOn) })}</span> : null}
        {s.issuedOn ? <span>{t('pp.issued', { date: formatDate(s.issuedOn) })}</span> : null}
      </Space>
      {s.filing ? (
        <div style={{ marginTop: 8 }}>
          {base ? <Link to={`${base}/applications/${s.filing.applicationId}`}>{t('pp.filing', { number: s.filing.number, status: s.filing.statusName })}</Link> : <span>{t('pp.filing', { number: s.filing.number, status: s.filing.statusName })}</span>}
        </div>
      ) : null}
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>{t('pp.items')}</Typography.Text>
      <Space wrap>{s.items.map((i) => <Tag key={i.code}>{i.name}（{i.departmentName}）{i.conditional ? `·${t('pp.conditional')}` : ''}</Tag>)}</Space>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>{t('pp.materials')}</Typography.Text>
      <List
        size="small"
        dataSource={s.materials}
        renderItem={(x) => (
          <List.Item>
            <Space wrap>
              <span>{x.itemName}：{x.name}</span>
              {x.coveredBy ? <Tag color="green">{t('pp.covered', { title: x.coveredBy })}</Tag> : null}
              {x.fromLicence ? <Tag color="blue">{t('pp.fromLicence')}</Tag> : null}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

function ReviewCard({ r, myDept, reload }: { r: NonNullable<Project['drawingReview']>; myDept: string | null; reload: () => void }) {
  const t = useT(m);
  const [verdict, setVerdict] = useState<'pass' | 'revise' | 'reject'>('pass');
  const [opinion, setOpinion] = useState('');
  const { busy, run } = useAction(reload);
  const mine = r.departments.find((d) => d.code === myDept);
  return (
    <Card size="small" title={<Space>{t('pp.review')}<Tag>{t('pp.round', { round: r.round })}</Tag><Tag color={r.status === 'passed' ? 'green' : r.status === 'failed' ? 'red' : 'gold'}>{r.statusName}</Tag></Space>} data-testid="drawing-review">
      <Space wrap>{r.departments.map((d) => <Tag key={d.code} color={d.answered ? 'green' : 'default'}>{d.name}：{d.answered ? t('pp.answered') : t('pp.waiting')}</Tag>)}</Space>
      <List size="small" dataSource={r.opinions} renderItem={(o) => <List.Item>{t('pp.round', { round: o.round })} · {o.department}（{o.reviewer}，{formatTime(o.at)}）：{o.verdictName}，{o.opinion}</List.Item>} />
      {r.mergedNotice ? <Alert type={r.status === 'passed' ? 'success' : r.status === 'failed' ? 'error' : 'warning'} message={t('pp.notice')} description={r.mergedNotice} showIcon /> : null}
      <Space style={{ marginTop: 8 }}>
        {r.mergedNotice ? <a href={hrefOf('/api/v1/drawing-reviews/{id}/notice.pdf', { id: r.id })} target="_blank" rel="noreferrer">{t('pp.noticePdf')}</a> : null}
        {r.revisionsLeft > 0 && r.status !== 'reviewing' ? <span>{t('pp.revisionsLeft', { n: r.revisionsLeft })}</span> : null}
      </Space>
      {mine && !mine.answered && r.status === 'reviewing' ? (
        <Flex vertical gap={8} style={{ marginTop: 12 }}>
          <Typography.Text strong>{t('pp.opinion')}</Typography.Text>
          <Radio.Group value={verdict} onChange={(e) => setVerdict(e.target.value)} options={[{ value: 'pass', label: t('pp.pass') }, { value: 'revise', label: t('pp.revise') }, { value: 'reject', label: t('pp.reject') }]} />
          <Input.TextArea aria-label={t('pp.opinion')} value={opinion} onChange={(e) => setOpinion(e.target.value)} rows={3} maxLength={2000} />
          <Button type="primary" loading={busy} disabled={!opinion.trim()} onClick={() => run(() => unwrap(client.POST('/api/v1/drawing-reviews/{id}/opinions', { params: { path: { id: r.id } }, body: { verdict, opinion } })), { done: t('pp.given') })}>{t('pp.give')}</Button>
        </Flex>
      ) : null}
    </Card>
  );
}

function AcceptanceCard({ p, myDept, reload }: { p: Project; myDept: string | null; reload: () => void }) {
  const t = useT(m);
  const a = p.acceptance;
  const [verdict, setVerdict] = useState<'pass' | 'fail'>('pass');
  const [findings, setFindings] = useState('');
  const [when, setWhen] = useState<string | null>(null);
  const [place, setPlace] = useState(p.address);
  const { busy, run } = useAction(reload);
  const completion = p.stages.find((s) => s.key === 'completion');
  const lead = myDept === 'zjj';
  if (!a) {
    return (
      <Card size="small" title={t('pp.acceptance')}>
        <Typography.Paragraph type="secondary">{t('pp.noAcceptance')}</Typography.Paragraph>
        {lead && completion?.status === 'handling' ? (
          <Space wrap>
            <DatePicker showTime aria-label={t('pp.when')} placeholder={t('pp.when')} onChange={(d) => setWhen(d ? d.toISOString() : null)} />
            <Input aria-label={t('pp.place')} value={place} onChange={(e) => setPlace(e.target.value)} style={{ width: 320 }} />
            <Button type="primary" loading={busy} disabled={!when || !place.trim()} onClick={() => run(() => unwrap(client.POST('/api/v1/projects/{id}/joint-acceptance', { params: { path: { id: p.id } }, body: { scheduledFor: when!, place } })), { done: t('pp.scheduled') })}>{t('pp.schedule')}</Button>
          </Space>
        ) : null}
      </Card>
    );
  }
  const mine = a.departments.find((d) => d.code === myDept);
  return (
    <Card size="small" title={<Space>{t('pp.acceptance')}<Tag color={a.status === 'issued' ? 'green' : 'blue'}>{a.statusName}</Tag></Space>} data-testid="joint-acceptance">
      <p>{t('pp.visit', { at: a.scheduledForText, place: a.place })}</p>
      <Space wrap>{a.departments.map((d) => <Tag key={d.code} color={d.recorded ? 'green' : 'default'}>{d.name}：{d.recorded ? t('pp.recorded') : t('pp.notRecorded')}</Tag>)}</Space>
      <List size="small" dataSource={a.findings} renderItem={(f) => <List.Item>{f.department}（{f.inspector}，{formatTime(f.at)}）：{f.verdictName}，{f.findings}</List.Item>} />
      {a.certificate ? (
        <Alert type="success" showIcon message={t('pp.certificate', { number: a.certificate.number, date: a.certificate.issuedOn })}
          description={<a href={hrefOf('/api/v1/joint-acceptances/{id}/certificate.pdf', { id: a.id })} target="_blank" rel="noreferrer">{t('pp.certificatePdf')}</a>} />
      ) : null}
      {mine && a.status === 'scheduled' ? (
        <Flex vertical gap={8} style={{ marginTop: 12 }}>
          <Typography.Text strong>{t('pp.finding')}</Typography.Text>
          <Radio.Group value={verdict} onChange={(e) => setVerdict(e.target.value)} options={[{ value: 'pass', label: t('pp.findingPass') }, { value: 'fail', label: t('pp.findingFail') }]} />
          <Input.TextArea aria-label={t('pp.finding')} value={findings} onChange={(e) => setFindings(e.target.value)} rows={3} maxLength={2000} />
          <Space>
            <Button loading={busy} disabled={!findings.trim()} onClick={() => run(() => unwrap(client.POST('/api/v1/joint-acceptances/{id}/findings', { params: { path: { id: a.id } }, body: { verdict, findings } })), { done: t('pp.recorded') })}>{t('pp.record')}</Button>
            {lead ? <Button type="primary" loading={busy} onClick={() => run(() => unwrap(client.POST('/api/v1/joint-acceptances/{id}/certificate', { params: { path: { id: a.id } } })), { done: t('pp.issuedOk') })}>{t('pp.issue')}</Button> : null}
          </Space>
        </Flex>
      ) : null}
    </Card>
  );
}

/**
 * 工程建设项目: the four stages with where each stands, its lead department, limit, working days used and materials
 * (those the zone's 区域评估 covers marked); the drawings' joint review and the joint acceptance; the total time
 * against the promise. The company and the staff of the region see the same page; departments act on their part.
 */
export default function ProjectPage() {
  const t = useT(m);
  const { id = '' } = useParams();
  const area = useLocation().pathname.split('/')[1] ?? 'portal';
  // where an application of a stage opens: the portal's and the window's pages have one
  const base = area === 'portal' || area === 'window' ? `/${area}` : null;
  const { me } = useAuth();
  const depts = useDepartments();
  const myDept = depts.list.find((d) => d.id === me?.departmentId)?.code ?? null;
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/projects/{id}', { params: { path: { id } }, signal })), [id]);
  return (
    <Loadable loaded={loaded}>
      {(p) => (
        <>
          <PageHeader title={t('pp.title', { name: p.name })} />
          <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('pp.code')}>{p.projectCode}</Descriptions.Item>
            <Descriptions.Item label={t('pp.company')}>{p.applicantName}</Descriptions.Item>
            <Descriptions.Item label={t('pp.address')}>{p.address}</Descriptions.Item>
            <Descriptions.Item label={t('pp.zone')}>{p.zone?.name ?? t('pp.noZone')}</Descriptions.Item>
            <Descriptions.Item label={t('pp.total')} span={2}>
              <Space>{t('pp.totalValue', { used: p.usedWorkingDays, promised: p.promisedDays })}<Tag color={p.withinPromise ? 'green' : 'red'}>{p.withinPromise ? t('pp.within') : t('pp.over')}</Tag></Space>
            </Descriptions.Item>
          </Descriptions>
          {p.calendarMissing ? <Alert type="warning" showIcon message={t('pp.calendarMissing')} style={{ marginBottom: 16 }} /> : null}
          <Steps
            style={{ marginBottom: 16 }}
            items={p.stages.map((s) => ({ title: s.name, status: stepStatus(s.status), description: s.statusName }))}
          />
          <Flex vertical gap={12}>
            {p.stages.map((s) => <StageCard key={s.key} s={s} base={base} />)}
            {p.drawingReview ? <ReviewCard r={p.drawingReview} myDept={myDept} reload={loaded.reload} /> : null}
            <AcceptanceCard p={p} myDept={myDept} reload={loaded.reload} />
            {p.assessments.length ? (
              <Card size="small" title={p.zone?.regionName ? t('pp.assessmentsOf', { region: p.zone.regionName }) : t('pp.assessments')}>
                <List size="small" dataSource={p.assessments} renderItem={(a) => <List.Item>{a.kindName}：{a.title}（{a.conclusion}）</List.Item>} />
              </Card>
            ) : null}
          </Flex>
        </>
      )}
    </Loadable>
  );
}
