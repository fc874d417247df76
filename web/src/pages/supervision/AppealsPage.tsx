import { Card, Empty, Flex, Input, Segmented, Tag, Typography } from 'antd';
import { useState } from 'react';
import { client, unwrap, type AnswerOf } from '../../api/typed';
import { useApi } from '../../api/hooks';
import { useDepartments } from '../../api/useDepartments';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { formatTime } from '../../format';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'ap.title': ['申诉复核', 'Rating appeals'],
  'ap.sub': ['部门对误评、恶意差评提出申诉，监管复核：支持则评价作废（理由留存），驳回则评价有效', 'Departments appeal mistaken or malicious ratings; upholding voids the rating, with the reason kept'],
  'ap.pending': ['待复核', 'To decide'],
  'ap.upheld': ['已支持', 'Upheld'],
  'ap.rejected': ['已驳回', 'Rejected'],
  'ap.empty': ['暂无申诉', 'No appeals'],
  'ap.rating': ['原评价：{level}', 'Rating: {level}'],
  'ap.comment': ['评价意见：{comment}', 'Comment: {comment}'],
  'ap.reason': ['申诉理由（{kind}）', 'Appeal ({kind})'],
  'ap.filed': ['{department} · {at} 提出', '{department} · filed {at}'],
  'ap.note': ['复核意见', 'Decision note'],
  'ap.uphold': ['支持申诉（评价作废）', 'Uphold (void the rating)'],
  'ap.reject': ['驳回申诉', 'Reject'],
  'ap.confirmUphold': ['确认支持申诉、作废该评价？', 'Uphold the appeal and void the rating?'],
  'ap.confirmReject': ['确认驳回申诉？', 'Reject the appeal?'],
  'ap.confirmHint': ['复核结果记录在案并通知相关部门，不能更改。', 'The review is recorded and the department told; it cannot be changed.'],
  'ap.upheldOk': ['已支持申诉，评价已作废', 'Upheld; the rating is void'],
  'ap.rejectedOk': ['已驳回申诉', 'Appeal rejected'],
  'ap.decision': ['复核意见：{note}（{at}）', 'Decision: {note} ({at})'],
  'ap.level1': ['非常不满意', 'Very dissatisfied'],
  'ap.level2': ['不满意', 'Dissatisfied'],
  'ap.level3': ['基本满意', 'Basically satisfied'],
  'ap.level4': ['满意', 'Satisfied'],
  'ap.level5': ['非常满意', 'Very satisfied'],
});

/** What the page reads until the route declares its answer. */
interface AppealExpected {
  id: string; departmentId: string; reasonKind: string; reasonName: string; explanation: string; filedAt: string; status: 'pending' | 'upheld' | 'rejected';
  statusName: string; decisionNote: string | null; decidedAt: string | null; itemName: string; level: number; comment: string | null;
}

type Appeal = AnswerOf<'/api/v1/ratings/appeals', 'get', { items: AppealExpected[] }>['items'][number];

function AppealCard({ a, onDone }: { a: Appeal; onDone(): void }) {
  const t = useT(m);
  const depts = useDepartments();
  const [note, setNote] = useState('');
  const { pending, run } = useAction(onDone);
  const decide = (uphold: boolean) => run(() => unwrap(client.POST('/api/v1/ratings/appeals/{id}/decision', { params: { path: { id: a.id } }, body: { uphold, note: note.trim() } })), { done: uphold ? t('ap.upheldOk') : t('ap.rejectedOk'), key: uphold ? 'uphold' : 'reject' });
  return (
    <Card size="small" style={{ marginBottom: 12 }} title={a.itemName} extra={<Tag color={a.status === 'pending' ? 'processing' : a.status === 'upheld' ? 'success' : 'default'}>{t(`ap.${a.status}`)}</Tag>}>
      <Typography.Paragraph>
        <Tag color="red">{t('ap.rating', { level: t(`ap.level${a.level}` as 'ap.level1') })}</Tag>
        {a.comment ? t('ap.comment', { comment: a.comment }) : null}
      </Typography.Paragraph>
      <Typography.Paragraph>
        <Typography.Text strong>{t('ap.reason', { kind: a.reasonName })}</Typography.Text>：{a.explanation}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('ap.filed', { department: depts.nameOf(a.departmentId), at: formatTime(a.filedAt) })}</Typography.Paragraph>
      {a.status === 'pending' ? (
        <Flex vertical gap={8}>
          <Input.TextArea aria-label={t('ap.note')} placeholder={t('ap.note')} rows={2} value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />
          <Flex gap={8}>
            <ConfirmButton type="primary" disabled={!note.trim()} loading={pending === 'uphold'} confirm={t('ap.confirmUphold')} description={t('ap.confirmHint')} onConfirm={() => decide(true)}>{t('ap.uphold')}</ConfirmButton>
            <ConfirmButton danger disabled={!note.trim()} loading={pending === 'reject'} confirm={t('ap.confirmReject')} description={t('ap.confirmHint')} onConfirm={() => decide(false)}>{t('ap.reject')}</ConfirmButton>
          </Flex>
        </Flex>
      ) : (
        <Typography.Paragraph>{t('ap.decision', { note: a.decisionNote ?? '', at: formatTime(a.decidedAt) })}</Typography.Paragraph>
      )}
    </Card>
  );
}

/** 申诉复核: the supervisor decides departments' appeals against ratings. */
export default function AppealsPage() {
  const t = useT(m);
  const [status, setStatus] = useState<Appeal['status']>('pending');
  const loaded = useApi<{ items: Appeal[] }>((signal) => unwrap(client.GET('/api/v1/ratings/appeals', { params: { query: { status } }, signal })), [status]);
  return (
    <>
      <PageHeader title={t('ap.title')} sub={t('ap.sub')} />
      <Segmented style={{ marginBottom: 16 }} value={status} onChange={(v) => setStatus(v as Appeal['status'])} options={(['pending', 'upheld', 'rejected'] as const).map((v) => ({ value: v, label: t(`ap.${v}`) }))} />
      <Loadable loaded={loaded} isEmpty={(d) => d.items.length === 0} empty={<Empty description={t('ap.empty')} />}>
        {(d) => d.items.map((a) => <AppealCard key={a.id} a={a} onDone={loaded.reload} />)}
      </Loadable>
    </>
  );
}
