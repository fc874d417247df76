import { Alert, Button, Card, Collapse, Form, Input, Radio, Select, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { client, unwrap } from '../api/typed';
import { useApi } from '../api/hooks';
import { TICKET_KINDS, type Category, type Created, type Knowledge, type Ticket, type TicketKind, type TicketStatus } from '../api/tickets';
import { useDepartments } from '../api/useDepartments';
import { formatTime } from '../format';
import { useAction } from '../hooks/useAction';
import { defineMessages, useT } from '../i18n';
import { DeadlineTag } from './Status';

const m = defineMessages({
  'tk.kind': ['诉求类型', 'Kind'],
  'tk.consultation': ['咨询', 'Consultation'],
  'tk.complaint': ['投诉', 'Complaint'],
  'tk.suggestion': ['建议', 'Suggestion'],
  'tk.help': ['求助', 'Help'],
  'tk.title': ['诉求标题', 'Title'],
  'tk.content': ['诉求内容', 'Details'],
  'tk.contentHint': ['请写明时间、地点、事情经过和您的诉求', 'When, where, what happened and what you ask for'],
  'tk.name': ['诉求人姓名', 'Your name'],
  'tk.phone': ['联系电话', 'Phone'],
  'tk.category': ['诉求分类', 'Category'],
  'tk.source': ['来源', 'Source'],
  'tk.phoneCall': ['电话', 'Phone call'],
  'tk.online': ['网上', 'Online'],
  'tk.window': ['窗口', 'Window'],
  'tk.submit': ['提交诉求', 'Submit'],
  'tk.register': ['登记工单', 'Register the ticket'],
  'tk.required': ['请填写此项', 'Required'],
  'tk.submitted': ['诉求已登记，工单编号 {number}', 'Registered as {number}'],
  'tk.suggestTitle': ['知识库中可能已有答案', 'The knowledge base may already answer this'],
  'tk.suggestSub': ['以下答案与您的诉求相近，可先查看；仍需办理的，请继续提交', 'These answers look close; submit if you still need help'],
  'tk.duplicates': ['可能重复的工单（同一事项）', 'Possibly the same matter'],
  'tk.number': ['工单编号', 'Number'],
  'tk.status': ['状态', 'Status'],
  'tk.department': ['承办部门', 'Department'],
  'tk.deadline': ['办理期限', 'Deadline'],
  'tk.createdAt': ['登记时间', 'Registered'],
  'tk.empty': ['暂无工单', 'No tickets'],
  'tk.registered': ['待派单', 'To dispatch'],
  'tk.dispatched': ['办理中', 'In progress'],
  'tk.returned': ['已退回', 'Returned'],
  'tk.answered': ['已答复', 'Answered'],
  'tk.merged': ['已并案', 'Merged'],
  'tk.closed': ['已办结', 'Closed'],
});

const statusColour: Record<TicketStatus, string> = { registered: 'processing', dispatched: 'blue', returned: 'warning', answered: 'success', merged: 'default', closed: 'default' };

export function TicketStatusTag({ status }: { status: TicketStatus }) {
  const t = useT(m);
  return <Tag color={statusColour[status]}>{t(`tk.${status}`)}</Tag>;
}

export function useTicketKindOptions() {
  const t = useT(m);
  return TICKET_KINDS.map((k) => ({ value: k, label: t(`tk.${k}`) }));
}

/** Knowledge-base answers close to what is being typed (searched after a pause). */
export function KnowledgeSuggestions({ text, items: given }: { text?: string; items?: Knowledge[] }) {
  const t = useT(m);
  const [q, setQ] = useState('');
  useEffect(() => {
    const id = setTimeout(() => setQ((text ?? '').trim()), 400);
    return () => clearTimeout(id);
  }, [text]);
  const found = useApi<{ items: Knowledge[] }>(
    (signal) => (given || q.length < 4 ? Promise.resolve({ items: [] as Knowledge[] }) : unwrap(client.GET('/api/v1/knowledge', { params: { query: { q, limit: 5 } }, signal }))),
    [q, !!given],
  );
  // a cleared form shows nothing at once (not the last answer until the pause is over)
  const items = given ?? ((text ?? '').trim().length >= 4 ? found.data?.items ?? [] : []);
  if (items.length === 0) return null;
  return (
    <Card size="small" title={t('tk.suggestTitle')} style={{ marginBottom: 16 }} aria-live="polite" data-testid="knowledge-suggestions">
      <Typography.Paragraph type="secondary">{t('tk.suggestSub')}</Typography.Paragraph>
      <Collapse size="small" items={items.map((k) => ({ key: k.id, label: k.title, children: <><Typography.Paragraph type="secondary">{k.question}</Typography.Paragraph><Typography.Paragraph>{k.answer}</Typography.Paragraph></> }))} />
    </Card>
  );
}

interface FormValues {
  kind: TicketKind;
  title: string;
  content: string;
  requesterName?: string;
  requesterPhone?: string;
  categoryCode?: string;
  source?: 'phone' | 'online' | 'window';
}

/**
 * Filing a 12345 request: the public online (name and phone when not signed in), or an operator from a call
 * (with the source and, if known, the category). Knowledge-base answers show while the text is typed.
 */
export function TicketForm({ operator, anonymous, onCreated }: { operator?: boolean; anonymous?: boolean; onCreated(c: Created): void }) {
  const t = useT(m);
  const [form] = Form.useForm<FormValues>();
  const title = Form.useWatch('title', form);
  const content = Form.useWatch('content', form);
  const kinds = useTicketKindOptions();
  const categories = useApi<{ items: Category[] }>((signal) => (operator ? unwrap(client.GET('/api/v1/tickets/categories', { signal })) : Promise.resolve({ items: [] })), [operator]);
  const { busy, run } = useAction();
  const required = [{ required: true, whitespace: true, message: t('tk.required') }];
  const submit = (v: FormValues) =>
    run(async () => {
      const created: Created = await unwrap(
        client.POST('/api/v1/tickets', {
          body: {
            ...v,
            requesterName: v.requesterName?.trim() || undefined,
            requesterPhone: v.requesterPhone?.trim() || undefined,
            categoryCode: v.categoryCode || undefined,
          },
        }),
      );
      form.resetFields();
      onCreated(created);
    });
  return (
    <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'consultation', source: 'phone' }} style={{ maxWidth: 720 }}>
      <Form.Item name="kind" label={t('tk.kind')} rules={required}>
        <Radio.Group optionType="button" options={kinds} />
      </Form.Item>
      {operator ? (
        <>
          <Form.Item name="source" label={t('tk.source')}>
            <Radio.Group options={[{ value: 'phone', label: t('tk.phoneCall') }, { value: 'window', label: t('tk.window') }, { value: 'online', label: t('tk.online') }]} />
          </Form.Item>
          <Form.Item name="categoryCode" label={t('tk.category')}>
            <Select allowClear aria-label={t('tk.category')} options={(categories.data?.items ?? []).map((c) => ({ value: c.code, label: c.name }))} />
          </Form.Item>
        </>
      ) : null}
      <Form.Item name="title" label={t('tk.title')} rules={required}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="content" label={t('tk.content')} rules={required} extra={t('tk.contentHint')}>
        <Input.TextArea rows={4} maxLength={5000} />
      </Form.Item>
      <KnowledgeSuggestions text={`${title ?? ''} ${content ?? ''}`} />
      {operator || anonymous ? (
        <>
          <Form.Item name="requesterName" label={t('tk.name')} rules={required}>
            <Input maxLength={50} autoComplete="name" />
          </Form.Item>
          <Form.Item name="requesterPhone" label={t('tk.phone')} rules={anonymous ? required : []}>
            <Input maxLength={20} autoComplete="tel" inputMode="tel" />
          </Form.Item>
        </>
      ) : null}
      <Button type="primary" htmlType="submit" loading={busy}>
        {operator ? t('tk.register') : t('tk.submit')}
      </Button>
    </Form>
  );
}

/** What was registered, with the answers and same-matter tickets the server found. */
export function CreatedNotice({ created }: { created: Created }) {
  const t = useT(m);
  return (
    <>
      <Alert type="success" showIcon title={t('tk.submitted', { number: created.ticket.number })} style={{ marginBottom: 16 }} />
      <KnowledgeSuggestions items={created.suggestions} />
      {created.possibleDuplicates.length ? (
        <Alert
          type="warning"
          showIcon
          title={t('tk.duplicates')}
          description={created.possibleDuplicates.map((d) => `${d.number} ${d.title}`).join('；')}
          style={{ marginBottom: 16 }}
        />
      ) : null}
    </>
  );
}

/** A list of tickets with their deadline colours; each opens at `${base}/:id`. */
export function TicketTable({ items, base }: { items: Ticket[]; base: string }) {
  const t = useT(m);
  const depts = useDepartments();
  return (
    <Table<Ticket>
      rowKey="id"
      size="small"
      dataSource={items}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('tk.empty') }}
      scroll={{ x: 800 }}
      columns={[
        { title: t('tk.number'), dataIndex: 'number', render: (v: string, r) => <Link to={`${base}/${r.id}`}>{v}</Link> },
        { title: t('tk.kind'), dataIndex: 'kindName', render: (_: string, r) => t(`tk.${r.kind}`) },
        { title: t('tk.title'), dataIndex: 'title' },
        { title: t('tk.status'), dataIndex: 'status', render: (s: TicketStatus) => <TicketStatusTag status={s} /> },
        { title: t('tk.department'), dataIndex: 'departmentId', render: (id: string | null) => depts.nameOf(id) },
        { title: t('tk.deadline'), key: 'deadline', render: (_: unknown, r) => (r.deadline ? <DeadlineTag deadline={r.deadline} /> : '—') },
        { title: t('tk.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
      ]}
    />
  );
}
