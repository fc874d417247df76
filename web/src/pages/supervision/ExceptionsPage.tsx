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
  'ex.title': ['清单外例外审批', 'Exceptions outside the guide'],
  'ex.sub': ['清单之外无材料：窗口或审核人员要求指南以外的材料或条件，须说明理由并经监管批准；每次申请都计入部门统计', 'Nothing outside the guide: asking for more needs a reason and a supervisor’s approval; every request counts against the department'],
  'ex.requested': ['待审批', 'To decide'],
  'ex.approved': ['已批准', 'Approved'],
  'ex.rejected': ['已驳回', 'Refused'],
  'ex.empty': ['暂无例外申请', 'No exception requests'],
  'ex.correction': ['补正告知', 'Correction notice'],
  'ex.refusal': ['不予受理', 'Refusal'],
  'ex.requestMore': ['审核要求补充', 'Reviewer asks for more'],
  'ex.cited': ['要求的材料或条件：{cited}', 'Asked for: {cited}'],
  'ex.reason': ['理由：{reason}', 'Reason: {reason}'],
  'ex.meta': ['{department} · {at} 申请', '{department} · requested {at}'],
  'ex.note': ['审批意见', 'Decision note'],
  'ex.approve': ['批准例外', 'Approve'],
  'ex.reject': ['驳回', 'Refuse'],
  'ex.confirmApprove': ['确认批准此例外？', 'Approve this exception?'],
  'ex.confirmReject': ['确认驳回此例外申请？', 'Refuse this exception?'],
  'ex.confirmHint': ['决定记录在案并通知申请例外的工作人员，不能更改。', 'The decision is recorded and the requester told; it cannot be changed.'],
  'ex.approvedOk': ['已批准例外', 'Approved'],
  'ex.rejectedOk': ['已驳回例外申请', 'Refused'],
  'ex.decision': ['审批意见：{note}（{at}）', 'Decision: {note} ({at})'],
  'ex.used': ['已使用', 'Used'],
});

type GuideException = AnswerOf<'/api/v1/guide-exceptions', 'get'>['items'][number];

function ExceptionCard({ e, onDone }: { e: GuideException; onDone(): void }) {
  const t = useT(m);
  const depts = useDepartments();
  const [note, setNote] = useState('');
  const { pending, run } = useAction(onDone);
  const decide = (approve: boolean) => run(() => unwrap(client.POST('/api/v1/guide-exceptions/{id}/decide', { params: { path: { id: e.id } }, body: { approve, note: note.trim() || null } })), { done: approve ? t('ex.approvedOk') : t('ex.rejectedOk'), key: approve ? 'approve' : 'reject' });
  return (
    <Card size="small" style={{ marginBottom: 12 }} title={t(`ex.${e.context}`)} extra={<Flex gap={4}>{e.usedAt ? <Tag>{t('ex.used')}</Tag> : null}<Tag color={e.status === 'requested' ? 'processing' : e.status === 'approved' ? 'success' : 'default'}>{t(`ex.${e.status}`)}</Tag></Flex>}>
      <Typography.Paragraph strong>{t('ex.cited', { cited: e.cited })}</Typography.Paragraph>
      <Typography.Paragraph>{t('ex.reason', { reason: e.reason })}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('ex.meta', { department: depts.nameOf(e.departmentId), at: formatTime(e.requestedAt) })}</Typography.Paragraph>
      {e.status === 'requested' ? (
        <Flex vertical gap={8}>
          <Input.TextArea aria-label={t('ex.note')} placeholder={t('ex.note')} rows={2} value={note} onChange={(ev) => setNote(ev.target.value)} maxLength={500} />
          <Flex gap={8}>
            <ConfirmButton type="primary" loading={pending === 'approve'} confirm={t('ex.confirmApprove')} description={t('ex.confirmHint')} onConfirm={() => decide(true)}>{t('ex.approve')}</ConfirmButton>
            <ConfirmButton danger loading={pending === 'reject'} confirm={t('ex.confirmReject')} description={t('ex.confirmHint')} onConfirm={() => decide(false)}>{t('ex.reject')}</ConfirmButton>
          </Flex>
        </Flex>
      ) : (
        <Typography.Paragraph>{t('ex.decision', { note: e.decisionNote ?? '—', at: formatTime(e.decidedAt) })}</Typography.Paragraph>
      )}
    </Card>
  );
}

/** 清单外例外: the supervisor approves or refuses requests to ask for something the guide does not list. */
export default function ExceptionsPage() {
  const t = useT(m);
  const [status, setStatus] = useState<GuideException['status']>('requested');
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/guide-exceptions', { params: { query: { status } }, signal })), [status]);
  return (
    <>
      <PageHeader title={t('ex.title')} sub={t('ex.sub')} />
      <Segmented style={{ marginBottom: 16 }} value={status} onChange={(v) => setStatus(v as GuideException['status'])} options={(['requested', 'approved', 'rejected'] as const).map((v) => ({ value: v, label: t(`ex.${v}`) }))} />
      <Loadable loaded={loaded} isEmpty={(d) => d.items.length === 0} empty={<Empty description={t('ex.empty')} />}>
        {(d) => d.items.map((e) => <ExceptionCard key={e.id} e={e} onDone={loaded.reload} />)}
      </Loadable>
    </>
  );
}
