import { Button, Card, Collapse, Empty, Flex, Input, Radio, Segmented, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { client, unwrap, type AnswerOf, type BodyOf, type QueryOf } from '../../api/typed';
import { useApi } from '../../api/hooks';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { formatTime } from '../../format';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'rect.title': ['差评整改', 'Rectifications'],
  'rect.sub': ['收到差评后在期限内核实整改、反馈评价人；实名差评须回访', 'Verify and fix what a bad rating found within the deadline; real-name raters are followed up'],
  'rect.open': ['待整改', 'Open'],
  'rect.answered': ['待回访', 'To follow up'],
  'rect.closed': ['已办结', 'Closed'],
  'rect.empty': ['暂无整改单', 'No rectifications'],
  'rect.due': ['整改期限：{due}', 'Due {due}'],
  'rect.rater': ['评价人：{name} {phone}', 'Rater: {name} {phone}'],
  'rect.anonymous': ['匿名评价', 'Anonymous rating'],
  'rect.finding': ['核实情况', 'Finding'],
  'rect.action': ['整改措施', 'Action taken'],
  'rect.answer': ['提交整改反馈', 'Send the response'],
  'rect.answeredOk': ['已反馈评价人', 'The rater has been told'],
  'rect.followUpMethod': ['回访方式', 'Method'],
  'rect.followUpResult': ['回访结果', 'Result'],
  'rect.followUpNote': ['回访记录', 'Notes'],
  'rect.followUp': ['记录回访', 'Record the follow-up'],
  'rect.phone': ['电话回访', 'Phone'],
  'rect.sms': ['短信回访', 'SMS'],
  'rect.visit': ['上门回访', 'Visit'],
  'rect.satisfied': ['满意', 'Satisfied'],
  'rect.basic': ['基本满意', 'Basically satisfied'],
  'rect.dissatisfied': ['不满意', 'Dissatisfied'],
  'rect.unreachable': ['未能联系', 'Unreachable'],
  'rect.appeal': ['申诉复核', 'Appeal'],
  'rect.appealHint': ['误评或恶意差评可提出申诉，由监管复核；支持的评价作废，不计入统计', 'A mistaken or malicious rating may be appealed; if upheld it is voided'],
  'rect.appealReason': ['申诉理由', 'Ground'],
  'rect.mistaken': ['误评', 'Mistaken'],
  'rect.malicious': ['恶意差评', 'Malicious'],
  'rect.appealExplanation': ['申诉说明（核实情况与证据）', 'Explanation (what was found, evidence)'],
  'rect.appealSend': ['提交申诉', 'Appeal'],
  'rect.appealed': ['申诉已提交，等待监管复核', 'Appeal filed; the supervisor will decide'],
  'rect.onTime': ['按期', 'On time'],
  'rect.late': ['超期', 'Late'],
});

/** What the page reads until the route declares its answer. */
interface RectExpected {
  id: string; ratingId: string; status: string; statusName: string; dueDate: string | null; itemName: string; levelName?: string; level: number; comment: string | null;
  ratedAt: string; realName: boolean; raterName: string | null; raterPhone: string | null; followUpRequired: boolean;
  finding: string | null; action: string | null; onTime: boolean | null; followUp: { methodName: string | null; resultName: string | null } | null;
}
type Rect = AnswerOf<'/api/v1/ratings/rectifications', 'get', { items: RectExpected[] }>['items'][number];
type FollowUp = BodyOf<'/api/v1/ratings/rectifications/{id}/follow-up', 'post'>;
type Status = NonNullable<QueryOf<'/api/v1/ratings/rectifications', 'get'>['status']>;
const levelNames: Record<number, string> = { 1: '非常不满意', 2: '不满意', 3: '基本满意', 4: '满意', 5: '非常满意' };

function RectCard({ r, onDone }: { r: Rect; onDone(): void }) {
  const t = useT(m);
  const { busy, run } = useAction(onDone);
  const [finding, setFinding] = useState('');
  const [action, setAction] = useState('');
  const [method, setMethod] = useState<FollowUp['method']>('phone');
  const [result, setResult] = useState<FollowUp['result']>('satisfied');
  const [note, setNote] = useState('');
  const [appeal, setAppeal] = useState<{ reasonKind: 'mistaken' | 'malicious'; explanation: string }>({ reasonKind: 'mistaken', explanation: '' });
  const send = (pending: () => Promise<unknown>) => run(pending, { done: t('rect.answeredOk') });
  return (
    <Card size="small" style={{ marginBottom: 12 }} title={r.itemName} extra={<Flex gap={4}><Tag color="red">{levelNames[r.level]}</Tag><Tag>{r.statusName}</Tag></Flex>}>
      <Typography.Paragraph>{r.comment ?? '—'}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {formatTime(r.ratedAt)} · {r.realName ? t('rect.rater', { name: r.raterName ?? '', phone: r.raterPhone ?? '' }) : t('rect.anonymous')} · {t('rect.due', { due: r.dueDate ?? '—' })}
        {r.onTime === null ? null : <Tag style={{ marginInlineStart: 8 }} color={r.onTime ? 'green' : 'red'}>{r.onTime ? t('rect.onTime') : t('rect.late')}</Tag>}
      </Typography.Paragraph>
      {r.status === 'open' ? (
        <Flex vertical gap={8}>
          <Input.TextArea aria-label={t('rect.finding')} placeholder={t('rect.finding')} value={finding} onChange={(e) => setFinding(e.target.value)} rows={2} />
          <Input.TextArea aria-label={t('rect.action')} placeholder={t('rect.action')} value={action} onChange={(e) => setAction(e.target.value)} rows={2} />
          <Button type="primary" style={{ alignSelf: 'flex-start' }} loading={busy} onClick={() => void send(() => unwrap(client.POST('/api/v1/ratings/rectifications/{id}/answer', { params: { path: { id: r.id } }, body: { finding, action } })))}>{t('rect.answer')}</Button>
        </Flex>
      ) : (
        <Typography.Paragraph>{t('rect.finding')}：{r.finding}<br />{t('rect.action')}：{r.action}</Typography.Paragraph>
      )}
      {r.status === 'answered' ? (
        <Flex gap={8} wrap="wrap" align="center">
          <Select aria-label={t('rect.followUpMethod')} value={method} onChange={setMethod} style={{ width: 120 }} options={(['phone', 'sms', 'visit'] as const).map((v) => ({ value: v, label: t(`rect.${v}` as 'rect.phone') }))} />
          <Select aria-label={t('rect.followUpResult')} value={result} onChange={setResult} style={{ width: 120 }} options={(['satisfied', 'basic', 'dissatisfied', 'unreachable'] as const).map((v) => ({ value: v, label: t(`rect.${v}` as 'rect.satisfied') }))} />
          <Input aria-label={t('rect.followUpNote')} placeholder={t('rect.followUpNote')} value={note} onChange={(e) => setNote(e.target.value)} style={{ width: 280 }} />
          <Button type="primary" loading={busy} onClick={() => void send(() => unwrap(client.POST('/api/v1/ratings/rectifications/{id}/follow-up', { params: { path: { id: r.id } }, body: { method, result, note: note || undefined } })))}>{t('rect.followUp')}</Button>
        </Flex>
      ) : null}
      {r.followUp ? <Typography.Paragraph type="secondary">{r.followUp.methodName}：{r.followUp.resultName}</Typography.Paragraph> : null}
      {r.status !== 'voided' ? (
        <Collapse
          ghost
          size="small"
          items={[
            {
              key: 'appeal',
              label: t('rect.appeal'),
              children: (
                <Flex vertical gap={8}>
                  <Typography.Text type="secondary">{t('rect.appealHint')}</Typography.Text>
                  <Radio.Group aria-label={t('rect.appealReason')} value={appeal.reasonKind} onChange={(e) => setAppeal((a) => ({ ...a, reasonKind: e.target.value as 'mistaken' | 'malicious' }))} options={[{ value: 'mistaken', label: t('rect.mistaken') }, { value: 'malicious', label: t('rect.malicious') }]} />
                  <Input.TextArea aria-label={t('rect.appealExplanation')} placeholder={t('rect.appealExplanation')} rows={2} value={appeal.explanation} onChange={(e) => setAppeal((a) => ({ ...a, explanation: e.target.value }))} maxLength={2000} />
                  <Button style={{ alignSelf: 'flex-start' }} disabled={!appeal.explanation.trim()} loading={busy} onClick={() => void run(() => unwrap(client.POST('/api/v1/ratings/{id}/appeals', { params: { path: { id: r.ratingId } }, body: { reasonKind: appeal.reasonKind, explanation: appeal.explanation.trim() } })), { done: t('rect.appealed') })}>
                    {t('rect.appealSend')}
                  </Button>
                </Flex>
              ),
            },
          ]}
        />
      ) : null}
    </Card>
  );
}

/** 差评整改工作台: the department's bad ratings, answered within the deadline and followed up. */
export default function RectificationsPage() {
  const t = useT(m);
  const [status, setStatus] = useState<Status>('open');
  const loaded = useApi<{ items: Rect[] }>((signal) => unwrap(client.GET('/api/v1/ratings/rectifications', { params: { query: { status } }, signal })), [status]);
  return (
    <>
      <PageHeader title={t('rect.title')} sub={t('rect.sub')} />
      <Segmented style={{ marginBottom: 16 }} value={status} onChange={(v) => setStatus(v as Status)} options={(['open', 'answered', 'closed'] as const).map((v) => ({ value: v, label: t(`rect.${v}` as 'rect.open') }))} />
      <Loadable loaded={loaded} isEmpty={(d) => d.items.length === 0} empty={<Empty description={t('rect.empty')} />}>
        {(d) => d.items.map((r) => <RectCard key={r.id} r={r} onDone={loaded.reload} />)}
      </Loadable>
    </>
  );
}
