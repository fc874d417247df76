import { Button, Card, Empty, Flex, Input, Segmented, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useLocation } from 'react-router-dom';
import { useApi } from '../../api/hooks';
import { client, unwrap, type Schemas } from '../../api/typed';
import { useDepartments } from '../../api/useDepartments';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { DeadlineTag } from '../../components/Status';
import { formatTime } from '../../format';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'gf.title': ['指南纠错', 'Guide feedback'],
  'gf.mineTitle': ['我的指南纠错', 'My guide feedback'],
  'gf.sub': ['申请人和窗口反映办事指南有误或不清楚，由事项主管部门在期限内核实、更正并答复', 'Reports that a guide is wrong or unclear; the owner department checks, corrects and answers in time'],
  'gf.mineSub': ['您反映的办事指南问题及主管部门的答复', 'What you reported and the department’s answer'],
  'gf.open': ['待处理', 'Open'],
  'gf.resolved': ['已更正', 'Resolved'],
  'gf.dismissed': ['不予采纳', 'Dismissed'],
  'gf.empty': ['暂无指南纠错', 'No feedback'],
  'gf.meta': ['{part} · {department} · {at} 提出', '{part} · {department} · reported {at}'],
  'gf.response': ['答复意见', 'Response'],
  'gf.resolve': ['已更正指南', 'Corrected'],
  'gf.dismiss': ['不予采纳', 'Dismiss'],
  'gf.resolvedOk': ['已答复并标记为已更正', 'Answered: corrected'],
  'gf.dismissedOk': ['已答复并标记为不予采纳', 'Answered: dismissed'],
  'gf.answer': ['答复：{response}（{at}）', 'Answer: {response} ({at})'],
  'gf.wrong': ['内容有误', 'Wrong'],
  'gf.unclear': ['表述不清', 'Unclear'],
});

type Feedback = Schemas['GuideFeedback'];

function FeedbackCard({ f, canHandle, onDone }: { f: Feedback; canHandle: boolean; onDone(): void }) {
  const t = useT(m);
  const depts = useDepartments();
  const [response, setResponse] = useState('');
  const { pending, run } = useAction(onDone);
  const handle = (outcome: 'resolved' | 'dismissed') =>
    run(() => unwrap(client.POST('/api/v1/guide-feedback/{id}/handle', { params: { path: { id: f.id } }, body: { outcome, response: response.trim() } })), { done: t(outcome === 'resolved' ? 'gf.resolvedOk' : 'gf.dismissedOk'), key: outcome });
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={`${f.itemName}（${f.itemCode}）`}
      extra={
        <Flex gap={4}>
          <Tag color={f.kind === 'wrong' ? 'red' : 'gold'}>{t(`gf.${f.kind}`)}</Tag>
          {f.status === 'open' && f.deadline?.dueOn ? <DeadlineTag deadline={{ dueOn: f.deadline.dueOn, status: f.deadline.status, colour: f.deadline.colour ?? null }} /> : <Tag>{t(`gf.${f.status}`)}</Tag>}
        </Flex>
      }
    >
      <Typography.Paragraph>{f.description}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('gf.meta', { part: f.partName, department: depts.nameOf(f.departmentId), at: formatTime(f.createdAt) })}</Typography.Paragraph>
      {f.status === 'open' && canHandle ? (
        <Flex vertical gap={8}>
          <Input.TextArea aria-label={t('gf.response')} placeholder={t('gf.response')} rows={2} value={response} onChange={(e) => setResponse(e.target.value)} maxLength={1000} />
          <Flex gap={8}>
            <Button type="primary" disabled={response.trim().length < 2} loading={pending === 'resolved'} onClick={() => handle('resolved')}>{t('gf.resolve')}</Button>
            <Button disabled={response.trim().length < 2} loading={pending === 'dismissed'} onClick={() => handle('dismissed')}>{t('gf.dismiss')}</Button>
          </Flex>
        </Flex>
      ) : f.response ? (
        <Typography.Paragraph>{t('gf.answer', { response: f.response, at: formatTime(f.handledAt) })}</Typography.Paragraph>
      ) : null}
    </Card>
  );
}

/** 指南纠错: the owner department (or the bureau) answers reports on its guides; a reporter reads the answers. */
export default function GuideFeedbackPage() {
  const t = useT(m);
  const portal = useLocation().pathname.startsWith('/portal');
  const [status, setStatus] = useState<Feedback['status']>('open');
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/guide-feedback', { params: { query: { status, limit: 200 } }, signal })), [status]);
  return (
    <>
      <PageHeader title={portal ? t('gf.mineTitle') : t('gf.title')} sub={portal ? t('gf.mineSub') : t('gf.sub')} />
      <Segmented style={{ marginBottom: 16 }} value={status} onChange={(v) => setStatus(v as Feedback['status'])} options={(['open', 'resolved', 'dismissed'] as const).map((v) => ({ value: v, label: t(`gf.${v}`) }))} />
      <Loadable loaded={loaded} isEmpty={(d) => d.items.length === 0} empty={<Empty description={t('gf.empty')} />}>
        {(d) => d.items.map((f) => <FeedbackCard key={f.id} f={f} canHandle={!portal} onDone={loaded.reload} />)}
      </Loadable>
    </>
  );
}
