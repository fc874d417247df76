import { Alert, Button, Card, Col, Descriptions, Flex, Form, Input, Radio, Row, Select, Tabs, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { client, unwrap, type BodyOf } from '../../api/typed';
import { useApi } from '../../api/hooks';
import type { Category, SimilarTickets, TicketDetail } from '../../api/tickets';
import { useDepartments } from '../../api/useDepartments';
import { useAuth } from '../../auth/AuthContext';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { DeadlineTag } from '../../components/Status';
import { KnowledgeSuggestions, TicketStatusTag, useTicketKindOptions } from '../../components/TicketParts';
import { formatTime } from '../../format';
import { useAction } from '../../hooks/useAction';
import { ConfirmButton } from '../../components/ConfirmButton';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'tp.confirmAnswer': ['确认发出答复并办结工单？', 'Send the answer and close the ticket?'],
  'tp.confirmAnswerHint': ['答复发出后工单即办结，诉求人将收到答复，不能撤回。', 'The ticket closes and the requester is told; it cannot be taken back.'],
  'tp.confirmTransfer': ['确认转交其他部门办理？', 'Transfer to the other department?'],
  'tp.confirmReturn': ['确认退回话务员重新派单？', 'Return the ticket to the operators?'],
  'tp.title': ['工单 {number}', 'Ticket {number}'],
  'tp.kind': ['诉求类型', 'Kind'],
  'tp.status': ['状态', 'Status'],
  'tp.requester': ['诉求人', 'Requester'],
  'tp.department': ['承办部门', 'Department'],
  'tp.deadline': ['办理期限', 'Deadline'],
  'tp.createdAt': ['登记时间', 'Registered'],
  'tp.content': ['诉求内容', 'Request'],
  'tp.answer': ['答复内容', 'Answer'],
  'tp.answeredAt': ['答复时间 {at}', 'Answered {at}'],
  'tp.onTime': ['按期答复', 'Answered on time'],
  'tp.late': ['超期答复', 'Answered late'],
  'tp.history': ['办理过程', 'History'],
  'tp.dispatchTitle': ['分类派单', 'Classify and dispatch'],
  'tp.category': ['诉求分类', 'Category'],
  'tp.categoryHint': ['派单后按分类的办理时限计时（{days} 个工作日）', 'The clock runs on the category limit ({days} working days)'],
  'tp.dispatchTo': ['承办部门（默认为分类的承办部门）', 'Department (default: the category’s)'],
  'tp.note': ['派单说明（选填）', 'Note (optional)'],
  'tp.dispatch': ['派单', 'Dispatch'],
  'tp.dispatched': ['已派单', 'Dispatched'],
  'tp.handleTitle': ['部门办理', 'Handle'],
  'tp.answerTab': ['答复诉求人', 'Answer'],
  'tp.transferTab': ['转办', 'Transfer'],
  'tp.returnTab': ['退回', 'Return'],
  'tp.answerText': ['答复内容', 'Answer'],
  'tp.sendAnswer': ['提交答复', 'Send the answer'],
  'tp.answeredOk': ['已答复诉求人', 'Answer sent'],
  'tp.transferTo': ['转办至', 'Transfer to'],
  'tp.reason': ['理由', 'Reason'],
  'tp.transfer': ['转办', 'Transfer'],
  'tp.transferred': ['已转办', 'Transferred'],
  'tp.return': ['退回话务员', 'Return to the hotline'],
  'tp.returned': ['已退回', 'Returned'],
  'tp.returnHint': ['不属于本部门职责的，说明理由退回，由话务员重新派单', 'Not ours: say why; the hotline dispatches it again'],
  'tp.rateTitle': ['评价答复', 'Rate the answer'],
  'tp.level': ['满意程度', 'Satisfaction'],
  'tp.comment': ['评价意见（选填）', 'Comment (optional)'],
  'tp.rate': ['提交评价', 'Submit rating'],
  'tp.rated': ['评价已提交', 'Rating submitted'],
  'tp.yourRating': ['诉求人评价：{level}', 'Rating: {level}'],
  'tp.required': ['请填写此项', 'Required'],
  'tp.reasonLabel': ['理由：{reason}', 'Reason: {reason}'],
  'tp.moved': ['{from} → {to}', '{from} → {to}'],
  'tp.similar': ['可能重复的工单（同一事项）', 'Possibly the same matter'],
  'tp.link': ['并入该工单', 'Link to it'],
  'tp.linked': ['已并案，随主工单答复', 'Linked; answered with the first ticket'],
  'tp.duplicateOf': ['本工单已并入其他工单，随主工单答复', 'Linked to another ticket and answered with it'],
  'tp.duplicates': ['并入本工单的重复工单', 'Tickets linked to this one'],
  'tp.level5': ['非常满意', 'Very satisfied'],
  'tp.level4': ['满意', 'Satisfied'],
  'tp.level3': ['基本满意', 'Basically satisfied'],
  'tp.level2': ['不满意', 'Dissatisfied'],
  'tp.level1': ['非常不满意', 'Very dissatisfied'],
});

/** One ticket: what was asked, its history and deadline, and the step the signed-in person may take. */
export default function TicketPage() {
  const t = useT(m);
  const { id = '' } = useParams();
  const { me } = useAuth();
  const navigate = useNavigate();
  const listPath = useLocation().pathname.replace(/\/[^/]+$/, '');
  const depts = useDepartments();
  const kinds = useTicketKindOptions();
  const loaded = useApi<TicketDetail>((signal) => unwrap(client.GET('/api/v1/tickets/{id}', { params: { path: { id } }, signal })), [id]);
  const isOperator = !!me?.roles.some((r) => r === 'clerk' || r === 'supervisor');
  const categories = useApi<{ items: Category[] }>((signal) => (isOperator ? unwrap(client.GET('/api/v1/tickets/categories', { signal })) : Promise.resolve({ items: [] })), [isOperator]);
  const { busy, pending, run } = useAction(loaded.reload);
  const canLink = isOperator && !!loaded.data && ['registered', 'returned', 'dispatched'].includes(loaded.data.status);
  const similar = useApi<SimilarTickets>(
    (signal) => (canLink ? unwrap(client.GET('/api/v1/tickets/{id}/similar', { params: { path: { id } }, signal })) : Promise.resolve({ items: [] })),
    [id, canLink],
  );
  const [dispatchForm] = Form.useForm();
  const category = Form.useWatch('categoryCode', dispatchForm) as string | undefined;
  const [answer, setAnswer] = useState('');
  const [transfer, setTransfer] = useState<{ departmentId?: string; reason: string }>({ reason: '' });
  const [returnReason, setReturnReason] = useState('');
  const [rating, setRating] = useState<{ level?: number; comment: string }>({ comment: '' });

  return (
    <Loadable loaded={loaded} rows={10}>
      {(tk) => {
        const canDispatch = isOperator && (tk.status === 'registered' || tk.status === 'returned');
        const handles = !!me && tk.status === 'dispatched' && !!me.departmentId && me.departmentId === tk.departmentId && me.roles.some((r) => r === 'reviewer' || r === 'head' || r === 'clerk');
        const canRate = !!me && tk.status === 'answered' && !tk.rating && !isOperator && !handles && me.kind !== 'staff';
        const cat = categories.data?.items.find((c) => c.code === (category ?? tk.categoryCode));
        return (
          <>
            <PageHeader title={t('tp.title', { number: tk.number })} sub={tk.title} extra={<TicketStatusTag status={tk.status} />} />
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={14}>
                <Card size="small" style={{ marginBottom: 16 }}>
                  <Descriptions size="small" column={{ xs: 1, md: 2 }}>
                    <Descriptions.Item label={t('tp.kind')}>{kinds.find((k) => k.value === tk.kind)?.label}</Descriptions.Item>
                    <Descriptions.Item label={t('tp.status')}><TicketStatusTag status={tk.status} /></Descriptions.Item>
                    <Descriptions.Item label={t('tp.requester')}>{tk.requesterName} {tk.requesterPhone ?? ''}</Descriptions.Item>
                    <Descriptions.Item label={t('tp.department')}>{depts.nameOf(tk.departmentId)}</Descriptions.Item>
                    <Descriptions.Item label={t('tp.deadline')}>{tk.deadline ? <DeadlineTag deadline={tk.deadline} /> : '—'}</Descriptions.Item>
                    <Descriptions.Item label={t('tp.createdAt')}>{formatTime(tk.createdAt)}</Descriptions.Item>
                  </Descriptions>
                  <Typography.Title level={5}>{t('tp.content')}</Typography.Title>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{tk.content}</Typography.Paragraph>
                  {tk.answer ? (
                    <>
                      <Typography.Title level={5}>{t('tp.answer')}</Typography.Title>
                      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="ticket-answer">{tk.answer}</Typography.Paragraph>
                      <Typography.Text type="secondary">
                        {t('tp.answeredAt', { at: formatTime(tk.answeredAt) })}
                        {tk.onTime === null ? null : ` · ${tk.onTime ? t('tp.onTime') : t('tp.late')}`}
                      </Typography.Text>
                    </>
                  ) : null}
                  {tk.rating ? <Typography.Paragraph style={{ marginTop: 8 }}>{t('tp.yourRating', { level: t(`tp.level${tk.rating.level}` as 'tp.level5') })}{tk.rating.comment ? `：${tk.rating.comment}` : ''}</Typography.Paragraph> : null}
                </Card>

                {tk.duplicateOf ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title={<>{t('tp.duplicateOf')} <Link to={`${listPath}/${tk.duplicateOf}`}>→</Link></>} /> : null}
                {canLink && similar.data?.items.length ? (
                  <Card size="small" title={t('tp.similar')} style={{ marginBottom: 16 }}>
                    {similar.data.items.map((d) => (
                      <Flex key={d.id} justify="space-between" align="center" gap={8} style={{ padding: '4px 0' }}>
                        <span>
                          <Link to={`${listPath}/${d.id}`}>{d.number}</Link> {d.title} <TicketStatusTag status={d.status} />
                        </span>
                        <Button size="small" loading={pending === `link:${d.id}`} onClick={() => run(() => unwrap(client.POST('/api/v1/tickets/{id}/duplicate-of', { params: { path: { id: tk.id } }, body: { masterId: d.id } })), { done: t('tp.linked'), key: `link:${d.id}` })}>
                          {t('tp.link')}
                        </Button>
                      </Flex>
                    ))}
                  </Card>
                ) : null}
                {canDispatch ? (
                  <Card size="small" title={t('tp.dispatchTitle')} style={{ marginBottom: 16 }}>
                    <KnowledgeSuggestions text={`${tk.title} ${tk.content}`} />
                    <Form
                      form={dispatchForm}
                      layout="vertical"
                      initialValues={{ kind: tk.kind, categoryCode: tk.categoryCode ?? undefined }}
                      onFinish={(v: BodyOf<'/api/v1/tickets/{id}/classify', 'post'> & { departmentId?: string; note?: string }) =>
                        run(
                          async () => {
                            await unwrap(client.POST('/api/v1/tickets/{id}/classify', { params: { path: { id: tk.id } }, body: { kind: v.kind, categoryCode: v.categoryCode } }));
                            await unwrap(client.POST('/api/v1/tickets/{id}/dispatch', { params: { path: { id: tk.id } }, body: { departmentId: v.departmentId || undefined, note: v.note?.trim() || undefined } }));
                          },
                          { done: t('tp.dispatched'), key: 'dispatch' },
                        )
                      }
                    >
                      <Form.Item name="kind" label={t('tp.kind')}>
                        <Radio.Group optionType="button" options={kinds} />
                      </Form.Item>
                      <Form.Item name="categoryCode" label={t('tp.category')} rules={[{ required: true, message: t('tp.required') }]} extra={cat ? t('tp.categoryHint', { days: cat.workingDays }) : undefined}>
                        <Select aria-label={t('tp.category')} options={(categories.data?.items ?? []).map((c) => ({ value: c.code, label: c.name }))} />
                      </Form.Item>
                      <Form.Item name="departmentId" label={t('tp.dispatchTo')}>
                        <Select allowClear aria-label={t('tp.dispatchTo')} placeholder={cat ? depts.nameOf(cat.departmentId) : undefined} options={depts.options} showSearch={{ optionFilterProp: 'label' }} />
                      </Form.Item>
                      <Form.Item name="note" label={t('tp.note')}>
                        <Input maxLength={500} />
                      </Form.Item>
                      <Button type="primary" htmlType="submit" loading={pending === 'dispatch'}>{t('tp.dispatch')}</Button>
                    </Form>
                  </Card>
                ) : null}

                {handles ? (
                  <Card size="small" title={t('tp.handleTitle')} style={{ marginBottom: 16 }}>
                    <Tabs
                      items={[
                        {
                          key: 'answer',
                          label: t('tp.answerTab'),
                          children: (
                            <Flex vertical gap={8}>
                              <KnowledgeSuggestions text={`${tk.title} ${tk.content}`} />
                              <Input.TextArea aria-label={t('tp.answerText')} rows={4} value={answer} onChange={(e) => setAnswer(e.target.value)} maxLength={5000} />
                              <ConfirmButton confirm={t('tp.confirmAnswer')} description={t('tp.confirmAnswerHint')} type="primary" style={{ alignSelf: 'flex-start' }} disabled={!answer.trim()} loading={pending === 'answer'} onConfirm={() => run(() => unwrap(client.POST('/api/v1/tickets/{id}/answer', { params: { path: { id: tk.id } }, body: { answer: answer.trim() } })), { done: t('tp.answeredOk'), key: 'answer' })}>
                                {t('tp.sendAnswer')}
                              </ConfirmButton>
                            </Flex>
                          ),
                        },
                        {
                          key: 'transfer',
                          label: t('tp.transferTab'),
                          children: (
                            <Flex vertical gap={8}>
                              <Select aria-label={t('tp.transferTo')} placeholder={t('tp.transferTo')} value={transfer.departmentId} onChange={(v: string) => setTransfer((x) => ({ ...x, departmentId: v }))} options={depts.options.filter((d) => d.value !== tk.departmentId)} showSearch={{ optionFilterProp: 'label' }} style={{ maxWidth: 360 }} />
                              <Input.TextArea aria-label={t('tp.reason')} placeholder={t('tp.reason')} rows={2} value={transfer.reason} onChange={(e) => setTransfer((x) => ({ ...x, reason: e.target.value }))} maxLength={500} />
                              <ConfirmButton confirm={t('tp.confirmTransfer')} style={{ alignSelf: 'flex-start' }} disabled={!transfer.departmentId || !transfer.reason.trim()} loading={pending === 'transfer'} onConfirm={() => run(() => unwrap(client.POST('/api/v1/tickets/{id}/transfer', { params: { path: { id: tk.id } }, body: { departmentId: transfer.departmentId!, reason: transfer.reason.trim() } })), { done: t('tp.transferred'), key: 'transfer', after: false }).then((ok) => ok && navigate(listPath))}>
                                {t('tp.transfer')}
                              </ConfirmButton>
                            </Flex>
                          ),
                        },
                        {
                          key: 'return',
                          label: t('tp.returnTab'),
                          children: (
                            <Flex vertical gap={8}>
                              <Typography.Text type="secondary">{t('tp.returnHint')}</Typography.Text>
                              <Input.TextArea aria-label={t('tp.reason')} rows={2} value={returnReason} onChange={(e) => setReturnReason(e.target.value)} maxLength={500} />
                              <ConfirmButton confirm={t('tp.confirmReturn')} danger style={{ alignSelf: 'flex-start' }} disabled={!returnReason.trim()} loading={pending === 'return'} onConfirm={() => run(() => unwrap(client.POST('/api/v1/tickets/{id}/return', { params: { path: { id: tk.id } }, body: { reason: returnReason.trim() } })), { done: t('tp.returned'), key: 'return', after: false }).then((ok) => ok && navigate(listPath))}>
                                {t('tp.return')}
                              </ConfirmButton>
                            </Flex>
                          ),
                        },
                      ]}
                    />
                  </Card>
                ) : null}

                {canRate ? (
                  <Card size="small" title={t('tp.rateTitle')} style={{ marginBottom: 16 }}>
                    <Flex vertical gap={8}>
                      <Radio.Group aria-label={t('tp.level')} value={rating.level} onChange={(e) => setRating((r) => ({ ...r, level: e.target.value as number }))} options={[5, 4, 3, 2, 1].map((l) => ({ value: l, label: t(`tp.level${l}` as 'tp.level5') }))} />
                      <Input.TextArea aria-label={t('tp.comment')} placeholder={t('tp.comment')} rows={2} value={rating.comment} onChange={(e) => setRating((r) => ({ ...r, comment: e.target.value }))} maxLength={1000} />
                      <Button type="primary" style={{ alignSelf: 'flex-start' }} disabled={!rating.level} loading={busy} onClick={() => run(() => unwrap(client.POST('/api/v1/tickets/{id}/rating', { params: { path: { id: tk.id } }, body: { level: rating.level!, comment: rating.comment.trim() || undefined } })), { done: t('tp.rated') })}>
                        {t('tp.rate')}
                      </Button>
                    </Flex>
                  </Card>
                ) : null}
              </Col>
              <Col xs={24} xl={10}>
                {tk.duplicates.length ? (
                  <Card size="small" title={t('tp.duplicates')} style={{ marginBottom: 16 }}>
                    {tk.duplicates.map((d) => (
                      <div key={d.id}>
                        <Link to={`${listPath}/${d.id}`}>{d.number}</Link> {d.title} <TicketStatusTag status={d.status} />
                      </div>
                    ))}
                  </Card>
                ) : null}
                <Card size="small" title={t('tp.history')}>
                  <Timeline
                    items={tk.events.map((e) => ({
                      key: `${e.at}-${e.action}`,
                      content: (
                        <>
                          <div>
                            <Typography.Text strong>{e.actionName}</Typography.Text> <Typography.Text type="secondary">{formatTime(e.at)}</Typography.Text>
                          </div>
                          {e.toDepartmentId ? <div>{e.fromDepartmentId ? t('tp.moved', { from: depts.nameOf(e.fromDepartmentId), to: depts.nameOf(e.toDepartmentId) }) : depts.nameOf(e.toDepartmentId)}</div> : null}
                          {e.reason ? <Typography.Text type="secondary">{t('tp.reasonLabel', { reason: e.reason })}</Typography.Text> : null}
                        </>
                      ),
                    }))}
                  />
                </Card>
              </Col>
            </Row>
          </>
        );
      }}
    </Loadable>
  );
}
