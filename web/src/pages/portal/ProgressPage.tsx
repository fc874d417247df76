import { Alert, Button, Card, Flex, Form, Input, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { client, unwrap, type AnswerOf } from '../../api/typed';
import { PageHeader } from '../../components/PageHeader';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';
import { ProgressView } from './ProgressView';
import { formatDate, formatTime } from '../../format';

const m = defineMessages({
  'progress.title': ['办件进度查询', 'Follow an application'],
  'progress.sub': ['无需登录：凭受理通知书或短信上的办件号查询', 'No sign-in needed: use the number on your acceptance notice or text message'],
  'progress.tabApplication': ['办件进度', 'Application'],
  'progress.tabTicket': ['12345 工单', '12345 ticket'],
  'progress.number': ['办件号', 'Application number'],
  'progress.numberHelp': ['如 431127-20260302-000123', 'e.g. 431127-20260302-000123'],
  'progress.check': ['身份证号码、统一社会信用代码或手机号码的后四位', 'Last four characters of the ID number, credit code or phone number'],
  'progress.lookup': ['查询', 'Look up'],
  'progress.ticketNumber': ['工单号', 'Ticket number'],
  'progress.ticketNumberHelp': ['如 RX2026030200001', 'e.g. RX2026030200001'],
  'progress.phone': ['登记时留的电话号码', 'The phone number you gave'],
  'progress.ticketStatus': ['{kind} · {status}', '{kind} · {status}'],
  'progress.ticketFiled': ['登记于 {time}', 'Registered {time}'],
  'progress.ticketDue': ['办理期限：{date}', 'Due {date}'],
  'progress.ticketAnswered': ['已于 {time} 答复，登录后或拨打 12345 可查看答复内容', 'Answered {time}; sign in or call 12345 to read the answer'],
  'progress.privacy': ['为保护个人信息，这里只显示办理进度，不显示申请内容和材料。', 'Only progress is shown here, never the application or its materials.'],
});

type AppProgress = AnswerOf<'/api/v1/public/applications/progress', 'post'>;
type TicketProgress = AnswerOf<'/api/v1/public/tickets/progress', 'post'>;

function ApplicationLookup({ number }: { number: string }) {
  const t = useT(m);
  const [found, setFound] = useState<AppProgress | null>(null);
  const { busy, run } = useAction();
  const submit = (v: { number: string; check: string }) =>
    run(async () => setFound(await unwrap(client.POST('/api/v1/public/applications/progress', { body: { number: v.number.trim(), check: v.check.trim() } }))), { after: false });
  return (
    <Flex vertical gap={16}>
      <Form layout="vertical" initialValues={{ number }} onFinish={submit} requiredMark={false}>
        <Form.Item name="number" label={t('progress.number')} extra={t('progress.numberHelp')} rules={[{ required: true, message: t('progress.number') }]}>
          <Input autoComplete="off" inputMode="text" />
        </Form.Item>
        <Form.Item name="check" label={t('progress.check')} rules={[{ required: true, pattern: /^[0-9A-Za-z]{4}$/, message: t('progress.check') }]}>
          <Input autoComplete="off" maxLength={4} style={{ maxWidth: 160 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('progress.lookup')}
        </Button>
      </Form>
      {found ? <ProgressView progress={found} /> : null}
    </Flex>
  );
}

function TicketLookup({ number }: { number: string }) {
  const t = useT(m);
  const [found, setFound] = useState<TicketProgress | null>(null);
  const { busy, run } = useAction();
  const submit = (v: { number: string; phone: string }) =>
    run(async () => setFound(await unwrap(client.POST('/api/v1/public/tickets/progress', { body: { number: v.number.trim().toUpperCase(), phone: v.phone.trim() } }))), { after: false });
  return (
    <Flex vertical gap={16}>
      <Form layout="vertical" initialValues={{ number }} onFinish={submit} requiredMark={false}>
        <Form.Item name="number" label={t('progress.ticketNumber')} extra={t('progress.ticketNumberHelp')} rules={[{ required: true, message: t('progress.ticketNumber') }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="phone" label={t('progress.phone')} rules={[{ required: true, message: t('progress.phone') }]}>
          <Input autoComplete="tel" inputMode="tel" style={{ maxWidth: 240 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('progress.lookup')}
        </Button>
      </Form>
      {found ? (
        <Card title={found.number} styles={{ title: { overflowWrap: 'anywhere', whiteSpace: 'normal' } }}>
          <Flex vertical gap={6}>
            <Typography.Text strong>{t('progress.ticketStatus', { kind: found.kindName, status: found.statusName })}</Typography.Text>
            <Typography.Text>{t('progress.ticketFiled', { time: formatTime(found.createdAt) })}</Typography.Text>
            {found.dueDate ? <Typography.Text>{t('progress.ticketDue', { date: formatDate(found.dueDate) })}</Typography.Text> : null}
            {found.answeredAt ? <Alert type="success" showIcon title={t('progress.ticketAnswered', { time: formatTime(found.answeredAt) })} /> : null}
            <ul style={{ paddingInlineStart: 20, margin: 0 }}>
              {found.steps.map((s, i) => (
                <li key={i}>
                  {formatTime(s.at)} {s.text}
                </li>
              ))}
            </ul>
          </Flex>
        </Card>
      ) : null}
    </Flex>
  );
}

/** 办件进度查询 and 12345 工单查询 without signing in. */
export default function ProgressPage() {
  const t = useT(m);
  const [params] = useSearchParams();
  const ticket = params.get('ticket') ?? '';
  return (
    <>
      <PageHeader title={t('progress.title')} sub={t('progress.sub')} />
      <Card>
        <Tabs
          defaultActiveKey={ticket ? 'ticket' : 'application'}
          items={[
            { key: 'application', label: t('progress.tabApplication'), children: <ApplicationLookup number={params.get('number') ?? ''} /> },
            { key: 'ticket', label: t('progress.tabTicket'), children: <TicketLookup number={ticket} /> },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          {t('progress.privacy')}
        </Typography.Paragraph>
      </Card>
    </>
  );
}
