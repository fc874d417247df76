import { Alert, Button, Card, DatePicker, Descriptions, Flex, Input, InputNumber, List, Radio, Space, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { useApi } from '../../api/hooks';
import { client, hrefOf, unwrap, type AnswerOf } from '../../api/typed';
import { useDepartments } from '../../api/useDepartments';
import { useAuth } from '../../auth/AuthContext';
import { Loadable } from '../../components/Loadable';
import { errorText } from '../../components/errors';
import { MaterialUpload, type Uploaded } from '../../components/MaterialUpload';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatTime } from '../../format';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT, useT as useCommonT } from '../../i18n';

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
  'pp.file': ['申报本阶段', 'File this stage'],
  'pp.fileQuestions': ['请先回答以下问题，以确定本阶段需要办理的事项', 'Answer these questions first: they decide which items this stage needs'],
  'pp.fileGo': ['生成告知单并填写申请', 'Get the notice and fill in the application'],
  'pp.yes': ['是', 'Yes'],
  'pp.no': ['否', 'No'],
  'pp.refused': ['本阶段暂不能申报', 'This stage cannot be filed yet'],
  'pp.drawings': ['提交施工图', 'Submit the drawings'],
  'pp.drawingsHint': ['工程建设许可阶段出件后，提交一套施工图，住建、自然资源、消防等部门同一轮审查，意见一次合并告知', 'Once the project-permit stage has its results, submit one drawing set: the departments review it in one round and their opinions are merged into one notice'],
  'pp.drawingsLater': ['工程建设许可阶段出件后可提交施工图联合审查', 'The drawings can be submitted once the project-permit stage has its results'],
  'pp.drawingFile': ['施工图文件 {n}', 'Drawing file {n}'],
  'pp.addDrawing': ['再添加一份图纸文件', 'Add another drawing file'],
  'pp.submitDrawings': ['提交联合审图', 'Submit for joint review'],
  'pp.submittedDrawings': ['施工图已提交，各部门将同一轮审查', 'Drawings submitted for joint review'],
  'pp.revision': ['按合并意见提交修改后的施工图（只能修改一次）', 'Submit the revised drawings (one revision only)'],
  'pp.submitRevision': ['提交修改后的图纸', 'Submit the revision'],
  'pp.submittedRevision': ['修改后的施工图已提交，进入第 2 轮审查', 'Revision submitted for round 2'],
  'pp.noAcceptance': ['竣工验收阶段申报受理后，由牵头部门安排一次现场联合验收', 'Once the completion filing is accepted, the lead department schedules one visit'],
});

/** long names wrap on a phone instead of widening the page */
const wrapTag = { whiteSpace: 'normal', maxWidth: '100%' } as const;

const stepStatus = (s: Stage['status']): 'wait' | 'process' | 'finish' => (s === 'issued' ? 'finish' : s === 'locked' ? 'wait' : 'process');
const statusColour: Record<Stage['status'], string> = { locked: 'default', open: 'blue', filed: 'gold', handling: 'processing', issued: 'green' };

/**
 * 申报本阶段 (the company's own page): the questions that decide the stage's items, then the stage's one-time notice
 * and the same 一表申请 as any bundle. A stage whose gate is shut is refused in the words of the gate.
 */
function FileStage({ projectId, s }: { projectId: string; s: Stage }) {
  const t = useT(m);
  const tc = useCommonT();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const [answers, setAnswers] = useState<Record<string, string | number | boolean>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const { busy, run } = useAction();
  const start = (given: Record<string, string | number | boolean>) =>
    run(
      async () => {
        setRefusal(null);
        const notice = await unwrap(client.POST('/api/v1/projects/{id}/stages/{stage}/notice', { params: { path: { id: projectId, stage: s.key } }, body: { answers: given } }));
        navigate(`/portal/projects/${projectId}/stages/${encodeURIComponent(s.key)}/apply?notice=${notice.id}`);
      },
      { after: false, onError: (e) => (setRefusal(errorText(e, tc)), true) },
    );
  const complete = s.questions.every((q) => answers[q.key] !== undefined);
  return (
    <Flex vertical gap={8} style={{ marginTop: 12 }}>
      {asking ? (
        <Flex vertical gap={8}>
          <Typography.Text strong>{t('pp.fileQuestions')}</Typography.Text>
          {s.questions.map((q) => (
            <div key={q.key}>
              <div>{q.text}</div>
              {q.kind === 'number' ? (
                <InputNumber aria-label={q.text} suffix={q.unit || undefined} value={typeof answers[q.key] === 'number' ? (answers[q.key] as number) : null} onChange={(v) => setAnswers((a) => ({ ...a, [q.key]: v ?? 0 }))} />
              ) : (
                <Radio.Group
                  aria-label={q.text}
                  value={answers[q.key]}
                  onChange={(e) => setAnswers((a) => ({ ...a, [q.key]: e.target.value as string | boolean }))}
                  options={q.kind === 'yesNo' ? [{ value: true, label: t('pp.yes') }, { value: false, label: t('pp.no') }] : q.options}
                />
              )}
            </div>
          ))}
          <div>
            <Button type="primary" loading={busy} disabled={!complete} onClick={() => void start(answers)}>{t('pp.fileGo')}</Button>
          </div>
        </Flex>
      ) : (
        <div>
          <Button type="primary" loading={busy} onClick={() => (s.status === 'open' && s.questions.length ? setAsking(true) : void start({}))}>{t('pp.file')}</Button>
        </div>
      )}
      {refusal ? <Alert type="warning" showIcon role="alert" message={t('pp.refused')} description={refusal} /> : null}
    </Flex>
  );
}

function StageCard({ s, base, projectId, mine }: { s: Stage; base: string | null; projectId: string; mine: boolean }) {
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
      <Space wrap>{s.items.map((i) => <Tag key={i.code} style={wrapTag}>{i.name}（{i.departmentName}）{i.conditional ? `·${t('pp.conditional')}` : ''}</Tag>)}</Space>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>{t('pp.materials')}</Typography.Text>
      <List
        size="small"
        dataSource={s.materials}
        renderItem={(x) => (
          <List.Item>
            <Space wrap>
              <span>{x.itemName}：{x.name}</span>
              {x.coveredBy ? <Tag color="green" style={wrapTag}>{t('pp.covered', { title: x.coveredBy })}</Tag> : null}
              {x.fromLicence ? <Tag color="blue">{t('pp.fromLicence')}</Tag> : null}
            </Space>
          </List.Item>
        )}
      />
      {mine && (s.status === 'open' || s.status === 'locked') ? <FileStage projectId={projectId} s={s} /> : null}
    </Card>
  );
}

/** Drawing files, one upload after another (a set is often several PDFs). */
function DrawingFiles({ files, onChange }: { files: Uploaded[]; onChange: (f: Uploaded[]) => void }) {
  const t = useT(m);
  return (
    <Flex vertical gap={8}>
      {files.map((f, i) => (
        <MaterialUpload key={f.id} label={t('pp.drawingFile', { n: i + 1 })} value={f} onChange={(u) => onChange(files.map((x, j) => (j === i ? u : x)))} />
      ))}
      <div>
        <Typography.Text type="secondary">{files.length ? t('pp.addDrawing') : t('pp.drawingFile', { n: 1 })}</Typography.Text>
        <MaterialUpload key={files.length} label={t('pp.drawingFile', { n: files.length + 1 })} onChange={(u) => onChange([...files, u])} />
      </div>
    </Flex>
  );
}

/** 联合审图, the company's part: the drawing set once 工程建设许可 has its results. */
function SubmitDrawings({ p, reload }: { p: Project; reload: () => void }) {
  const t = useT(m);
  const [files, setFiles] = useState<Uploaded[]>([]);
  const { busy, run } = useAction(reload);
  const permit = p.stages.find((s) => s.key === 'projectPermit');
  const r = p.drawingReview;
  if (r && r.status !== 'failed') return null;
  if (permit?.status !== 'issued') {
    return (
      <Card size="small" title={t('pp.review')}>
        <Typography.Text type="secondary">{t('pp.drawingsLater')}</Typography.Text>
      </Card>
    );
  }
  return (
    <Card size="small" title={t('pp.drawings')} data-testid="submit-drawings">
      <Typography.Paragraph type="secondary">{t('pp.drawingsHint')}</Typography.Paragraph>
      <DrawingFiles files={files} onChange={setFiles} />
      <Button type="primary" style={{ marginTop: 12 }} loading={busy} disabled={!files.length} onClick={() => void run(() => unwrap(client.POST('/api/v1/projects/{id}/drawing-reviews', { params: { path: { id: p.id } }, body: { uploadIds: files.map((f) => f.id) } })), { done: t('pp.submittedDrawings') })}>
        {t('pp.submitDrawings')}
      </Button>
    </Card>
  );
}

/** The one revision the merged opinions ask for. */
function ReviseDrawings({ reviewId, reload }: { reviewId: string; reload: () => void }) {
  const t = useT(m);
  const [files, setFiles] = useState<Uploaded[]>([]);
  const { busy, run } = useAction(reload);
  return (
    <Flex vertical gap={8} style={{ marginTop: 12 }} data-testid="revise-drawings">
      <Typography.Text strong>{t('pp.revision')}</Typography.Text>
      <DrawingFiles files={files} onChange={setFiles} />
      <div>
        <Button type="primary" loading={busy} disabled={!files.length} onClick={() => void run(() => unwrap(client.POST('/api/v1/drawing-reviews/{id}/revision', { params: { path: { id: reviewId } }, body: { uploadIds: files.map((f) => f.id) } })), { done: t('pp.submittedRevision') })}>
          {t('pp.submitRevision')}
        </Button>
      </div>
    </Flex>
  );
}

function ReviewCard({ r, myDept, reload, mine }: { r: NonNullable<Project['drawingReview']>; myDept: string | null; reload: () => void; mine: boolean }) {
  const t = useT(m);
  const [verdict, setVerdict] = useState<'pass' | 'revise' | 'reject'>('pass');
  const [opinion, setOpinion] = useState('');
  const { busy, run } = useAction(reload);
  const own = r.departments.find((d) => d.code === myDept);
  return (
    <Card size="small" title={<Space>{t('pp.review')}<Tag>{t('pp.round', { round: r.round })}</Tag><Tag color={r.status === 'passed' ? 'green' : r.status === 'failed' ? 'red' : 'gold'}>{r.statusName}</Tag></Space>} data-testid="drawing-review">
      <Space wrap>{r.departments.map((d) => <Tag key={d.code} style={wrapTag} color={d.answered ? 'green' : 'default'}>{d.name}：{d.answered ? t('pp.answered') : t('pp.waiting')}</Tag>)}</Space>
      <List size="small" dataSource={r.opinions} renderItem={(o) => <List.Item>{t('pp.round', { round: o.round })} · {o.department}（{o.reviewer}，{formatTime(o.at)}）：{o.verdictName}，{o.opinion}</List.Item>} />
      {r.mergedNotice ? <Alert type={r.status === 'passed' ? 'success' : r.status === 'failed' ? 'error' : 'warning'} message={t('pp.notice')} description={r.mergedNotice} showIcon /> : null}
      <Space style={{ marginTop: 8 }}>
        {r.mergedNotice ? <a href={hrefOf('/api/v1/drawing-reviews/{id}/notice.pdf', { id: r.id })} target="_blank" rel="noreferrer">{t('pp.noticePdf')}</a> : null}
        {r.revisionsLeft > 0 && r.status !== 'reviewing' ? <span>{t('pp.revisionsLeft', { n: r.revisionsLeft })}</span> : null}
      </Space>
      {mine && r.status === 'revising' && r.revisionsLeft > 0 ? <ReviseDrawings reviewId={r.id} reload={reload} /> : null}
      {own && !own.answered && r.status === 'reviewing' ? (
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
  // the company's own page: on the portal only the applicant reaches a project
  const mine = area === 'portal';
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
            {p.stages.map((s) => <StageCard key={s.key} s={s} base={base} projectId={p.id} mine={mine} />)}
            {p.drawingReview ? <ReviewCard r={p.drawingReview} myDept={myDept} reload={loaded.reload} mine={mine} /> : null}
            {mine ? <SubmitDrawings p={p} reload={loaded.reload} /> : null}
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
