import { Alert, Button, Card, Col, Descriptions, Flex, Input, InputNumber, Radio, Row, Select, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { client, unwrap } from '../../api/typed';
import { useApi } from '../../api/hooks';
import type { AnswerType, AnswerTypes, DisclosureDetail } from '../../api/disclosure';
import { useDepartments } from '../../api/useDepartments';
import { useAuth } from '../../auth/AuthContext';
import { DisclosureStatusTag } from '../../components/DisclosureParts';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { DeadlineTag } from '../../components/Status';
import { formatDate, formatTime } from '../../format';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'dp.confirmExtend': ['确认延长答复期限？', 'Extend the time to answer?'],
  'dp.confirmExtendHint': ['延期将告知申请人，且不能撤销。', 'The applicant is told; it cannot be undone.'],
  'dp.confirmClose': ['确认结束征求意见？', 'Close the consultation?'],
  'dp.title': ['政府信息公开申请 {number}', 'Disclosure request {number}'],
  'dp.applicant': ['申请人', 'Applicant'],
  'dp.department': ['答复机关', 'Agency'],
  'dp.receivedAt': ['收到时间', 'Received'],
  'dp.deadline': ['答复期限', 'Deadline'],
  'dp.format': ['载体形式', 'Format'],
  'dp.delivery': ['获取方式', 'Delivery'],
  'dp.description': ['所需信息', 'Information asked for'],
  'dp.purpose': ['用途', 'Purpose'],
  'dp.extension': ['延期：{days} 个工作日（{reason}），{at}', 'Extended by {days} working days ({reason}), {at}'],
  'dp.answerTitle': ['答复', 'Answer'],
  'dp.answerType': ['答复类型', 'Answer'],
  'dp.legalBasis': ['法律依据', 'Legal basis'],
  'dp.answeredAt': ['答复时间', 'Answered'],
  'dp.onTheSpot': ['当场答复', 'On the spot'],
  'dp.onTime': ['按期答复', 'On time'],
  'dp.late': ['超期答复', 'Late'],
  'dp.consultations': ['征求第三方意见', 'Third-party consultations'],
  'dp.consultation': ['{party}：{question}（{sent} 发出）', '{party}: {question} (sent {sent})'],
  'dp.opinion': ['意见：{opinion}', 'Opinion: {opinion}'],
  'dp.waiting': ['等待答复，期间不计时', 'Waiting; the clock is stopped'],
  'dp.handle': ['办理', 'Handle'],
  'dp.tabAnswer': ['答复申请人', 'Answer'],
  'dp.tabExtend': ['延期答复', 'Extend'],
  'dp.tabConsult': ['征求第三方意见', 'Consult a third party'],
  'dp.basis': ['不予公开的法律依据', 'Ground for withholding'],
  'dp.basisHint': ['部分公开或不予公开须选择条例第十四至十六条中的依据', 'Withholding needs a ground from articles 14–16'],
  'dp.text': ['答复内容', 'Answer text'],
  'dp.sendAnswer': ['提交答复', 'Send the answer'],
  'dp.confirmAnswer': ['确认提交答复？', 'Send this answer?'],
  'dp.confirmAnswerHint': ['答复即送达申请人并办结本申请，不能撤回。', 'The answer goes to the requester and closes the request; it cannot be withdrawn.'],
  'dp.answered': ['已答复申请人', 'Answer sent'],
  'dp.extendDays': ['延长工作日数（最长 {max}）', 'Working days (at most {max})'],
  'dp.extendReason': ['延期理由（将告知申请人）', 'Reason (the applicant is told)'],
  'dp.extend': ['延期答复', 'Extend'],
  'dp.extended': ['已延期并告知申请人', 'Extended; the applicant has been told'],
  'dp.extendOnce': ['答复期限只能延长一次，须经机关负责人同意', 'The period may be extended once, with the head’s approval'],
  'dp.alreadyExtended': ['本申请已延期一次', 'Already extended once'],
  'dp.thirdParty': ['第三方名称', 'Third party'],
  'dp.question': ['征求意见的事项', 'Question'],
  'dp.consult': ['发出征求意见', 'Send'],
  'dp.consulted': ['已征求第三方意见，暂停计时', 'Sent; the clock is stopped'],
  'dp.closeOpinion': ['第三方意见', 'Opinion'],
  'dp.agrees': ['同意公开', 'Agrees'],
  'dp.objects': ['不同意公开', 'Objects'],
  'dp.noReply': ['逾期未答复', 'No reply'],
  'dp.note': ['说明（选填）', 'Note (optional)'],
  'dp.close': ['登记意见，恢复计时', 'Record it and restart the clock'],
  'dp.closed': ['已登记第三方意见，恢复计时', 'Recorded; the clock runs again'],
});

/** One disclosure request: the applicant reads the answer; the office answers, extends once, consults third parties. */
export default function DisclosurePage() {
  const t = useT(m);
  const { id = '' } = useParams();
  const { me } = useAuth();
  const depts = useDepartments();
  const loaded = useApi<DisclosureDetail>((signal) => unwrap(client.GET('/api/v1/disclosure/requests/{id}', { params: { path: { id } }, signal })), [id]);
  const staff = me?.kind === 'staff';
  const types = useApi<AnswerTypes | null>((signal) => (staff ? unwrap(client.GET('/api/v1/disclosure/answer-types', { signal })) : Promise.resolve(null)), [staff]);
  const { pending, run } = useAction(loaded.reload);
  const [answer, setAnswer] = useState<{ type: AnswerType; basis?: string; text: string }>({ type: 'disclosed', text: '' });
  const [ext, setExt] = useState<{ days: number | null; reason: string }>({ days: 20, reason: '' });
  const [consult, setConsult] = useState({ thirdParty: '', question: '' });
  const [opinion, setOpinion] = useState<{ opinion: 'agrees' | 'objects' | 'no-reply'; note: string }>({ opinion: 'agrees', note: '' });

  return (
    <Loadable loaded={loaded} rows={10}>
      {(x) => {
        const handles = !!me && staff && me.departmentId === x.departmentId && x.status !== 'answered';
        const withholding = answer.type === 'partly-disclosed' || answer.type === 'not-disclosable';
        const open = x.consultations.find((c) => !c.repliedAt);
        return (
          <>
            <PageHeader title={t('dp.title', { number: x.number })} extra={<DisclosureStatusTag status={x.status} />} />
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={14}>
                <Card size="small" style={{ marginBottom: 16 }}>
                  <Descriptions size="small" column={{ xs: 1, md: 2 }}>
                    <Descriptions.Item label={t('dp.applicant')}>{x.applicantName} {x.applicantIdCode ?? ''}</Descriptions.Item>
                    <Descriptions.Item label={t('dp.department')}>{depts.nameOf(x.departmentId)}</Descriptions.Item>
                    <Descriptions.Item label={t('dp.receivedAt')}>{formatTime(x.receivedAt)}</Descriptions.Item>
                    <Descriptions.Item label={t('dp.deadline')}>{x.answer ? formatDate(x.dueDate) : x.deadline ? <DeadlineTag deadline={x.deadline} /> : formatDate(x.dueDate)}</Descriptions.Item>
                    <Descriptions.Item label={t('dp.format')}>{x.formatName}</Descriptions.Item>
                    <Descriptions.Item label={t('dp.delivery')}>{x.deliveryName}</Descriptions.Item>
                    <Descriptions.Item label={t('dp.description')} span="filled">{x.description}</Descriptions.Item>
                    {x.purpose ? <Descriptions.Item label={t('dp.purpose')} span="filled">{x.purpose}</Descriptions.Item> : null}
                  </Descriptions>
                  {x.extension ? <Alert type="info" showIcon style={{ marginTop: 8 }} title={t('dp.extension', { days: x.extension.workingDays, reason: x.extension.reason, at: formatTime(x.extension.at) })} /> : null}
                </Card>
                {x.answer ? (
                  <Card size="small" title={t('dp.answerTitle')} style={{ marginBottom: 16 }} data-testid="disclosure-answer">
                    <Descriptions size="small" column={1}>
                      <Descriptions.Item label={t('dp.answerType')}>{x.answer.typeName}</Descriptions.Item>
                      <Descriptions.Item label={t('dp.text')}><span style={{ whiteSpace: 'pre-wrap' }}>{x.answer.text}</span></Descriptions.Item>
                      {x.answer.legalBasis ? <Descriptions.Item label={t('dp.legalBasis')}>{x.answer.legalBasis}</Descriptions.Item> : null}
                      <Descriptions.Item label={t('dp.answeredAt')}>
                        {formatTime(x.answer.at)} {x.answer.onTheSpot ? `· ${t('dp.onTheSpot')}` : x.answer.onTime === null ? '' : `· ${x.answer.onTime ? t('dp.onTime') : t('dp.late')}`}
                      </Descriptions.Item>
                    </Descriptions>
                  </Card>
                ) : null}
                {handles ? (
                  <Card size="small" title={t('dp.handle')} style={{ marginBottom: 16 }}>
                    <Tabs
                      items={[
                        {
                          key: 'answer',
                          label: t('dp.tabAnswer'),
                          children: (
                            <Flex vertical gap={8}>
                              <Radio.Group aria-label={t('dp.answerType')} value={answer.type} onChange={(e) => setAnswer((a) => ({ ...a, type: e.target.value as AnswerType }))} options={(types.data?.answerTypes ?? []).map((a) => ({ value: a.type, label: a.name }))} />
                              {withholding ? (
                                <Select
                                  aria-label={t('dp.basis')}
                                  placeholder={t('dp.basisHint')}
                                  value={answer.basis}
                                  onChange={(v: string) => setAnswer((a) => ({ ...a, basis: v }))}
                                  options={(types.data?.withholdingBases ?? []).map((b) => ({ value: b.code, label: `${b.article}：${b.text}` }))}
                                  popupMatchSelectWidth={false}
                                  style={{ maxWidth: 640 }}
                                />
                              ) : null}
                              <Input.TextArea aria-label={t('dp.text')} placeholder={t('dp.text')} rows={4} value={answer.text} onChange={(e) => setAnswer((a) => ({ ...a, text: e.target.value }))} maxLength={5000} />
                              <ConfirmButton
                                type="primary"
                                style={{ alignSelf: 'flex-start' }}
                                disabled={!answer.text.trim() || x.status === 'consulting'}
                                loading={pending === 'answer'}
                                confirm={t('dp.confirmAnswer')}
                                description={t('dp.confirmAnswerHint')}
                                onConfirm={() => run(() => unwrap(client.POST('/api/v1/disclosure/requests/{id}/answer', { params: { path: { id: x.id } }, body: { type: answer.type, text: answer.text.trim(), legalBasisCode: withholding ? answer.basis : undefined } })), { done: t('dp.answered'), key: 'answer' })}
                              >
                                {t('dp.sendAnswer')}
                              </ConfirmButton>
                            </Flex>
                          ),
                        },
                        {
                          key: 'extend',
                          label: t('dp.tabExtend'),
                          children: (
                            <Flex vertical gap={8}>
                              <Typography.Text type="secondary">{x.extension ? t('dp.alreadyExtended') : t('dp.extendOnce')}</Typography.Text>
                              <label>
                                {t('dp.extendDays', { max: types.data?.maxExtensionDays ?? 20 })}{' '}
                                <InputNumber aria-label={t('dp.extendDays', { max: types.data?.maxExtensionDays ?? 20 })} min={1} max={60} value={ext.days} onChange={(v) => setExt((e) => ({ ...e, days: v }))} />
                              </label>
                              <Input.TextArea aria-label={t('dp.extendReason')} placeholder={t('dp.extendReason')} rows={2} value={ext.reason} onChange={(e) => setExt((v) => ({ ...v, reason: e.target.value }))} maxLength={500} />
                              <ConfirmButton confirm={t('dp.confirmExtend')} description={t('dp.confirmExtendHint')} style={{ alignSelf: 'flex-start' }} disabled={!ext.days || !ext.reason.trim()} loading={pending === 'extend'} onConfirm={() => run(() => unwrap(client.POST('/api/v1/disclosure/requests/{id}/extension', { params: { path: { id: x.id } }, body: { workingDays: ext.days!, reason: ext.reason.trim() } })), { done: t('dp.extended'), key: 'extend' })}>
                                {t('dp.extend')}
                              </ConfirmButton>
                            </Flex>
                          ),
                        },
                        {
                          key: 'consult',
                          label: t('dp.tabConsult'),
                          children: open ? (
                            <Flex vertical gap={8}>
                              <Radio.Group aria-label={t('dp.closeOpinion')} value={opinion.opinion} onChange={(e) => setOpinion((o) => ({ ...o, opinion: e.target.value as typeof o.opinion }))} options={[{ value: 'agrees', label: t('dp.agrees') }, { value: 'objects', label: t('dp.objects') }, { value: 'no-reply', label: t('dp.noReply') }]} />
                              <Input aria-label={t('dp.note')} placeholder={t('dp.note')} value={opinion.note} onChange={(e) => setOpinion((o) => ({ ...o, note: e.target.value }))} maxLength={1000} />
                              <ConfirmButton confirm={t('dp.confirmClose')} style={{ alignSelf: 'flex-start' }} loading={pending === 'close'} onConfirm={() => run(() => unwrap(client.POST('/api/v1/disclosure/requests/{id}/consultations/close', { params: { path: { id: x.id } }, body: { opinion: opinion.opinion, note: opinion.note.trim() || undefined } })), { done: t('dp.closed'), key: 'close' })}>
                                {t('dp.close')}
                              </ConfirmButton>
                            </Flex>
                          ) : (
                            <Flex vertical gap={8}>
                              <Input aria-label={t('dp.thirdParty')} placeholder={t('dp.thirdParty')} value={consult.thirdParty} onChange={(e) => setConsult((c) => ({ ...c, thirdParty: e.target.value }))} maxLength={200} />
                              <Input.TextArea aria-label={t('dp.question')} placeholder={t('dp.question')} rows={2} value={consult.question} onChange={(e) => setConsult((c) => ({ ...c, question: e.target.value }))} maxLength={2000} />
                              <Button style={{ alignSelf: 'flex-start' }} disabled={!consult.thirdParty.trim() || !consult.question.trim()} loading={pending === 'consult'} onClick={() => run(() => unwrap(client.POST('/api/v1/disclosure/requests/{id}/consultations', { params: { path: { id: x.id } }, body: { thirdParty: consult.thirdParty.trim(), question: consult.question.trim() } })), { done: t('dp.consulted'), key: 'consult' })}>
                                {t('dp.consult')}
                              </Button>
                            </Flex>
                          ),
                        },
                      ]}
                    />
                  </Card>
                ) : null}
              </Col>
              <Col xs={24} xl={10}>
                {x.consultations.length ? (
                  <Card size="small" title={t('dp.consultations')}>
                    {x.consultations.map((c) => (
                      <Typography.Paragraph key={c.id}>
                        {t('dp.consultation', { party: c.thirdParty, question: c.question, sent: formatTime(c.sentAt) })}
                        <br />
                        <Typography.Text type="secondary">{c.repliedAt ? t('dp.opinion', { opinion: c.opinionName ?? '' }) + (c.note ? `（${c.note}）` : '') : t('dp.waiting')}</Typography.Text>
                      </Typography.Paragraph>
                    ))}
                  </Card>
                ) : null}
              </Col>
            </Row>
          </>
        );
      }}
    </Loadable>
  );
}
