import { Alert, Button, Card, Empty, Flex, Modal, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMyTicketsStream, type HallAppointment, type HallTicket } from '../../api/hall';
import { useApi } from '../../api/hooks';
import { client, unwrap } from '../../api/typed';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../format';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'ma.title': ['我的预约', 'My appointments'],
  'ma.sub': ['改约、取消预约；到大厅签到后，这里实时显示排队号和叫号', 'Reschedule or cancel; after check-in your queue number and its call show here live'],
  'ma.book': ['预约办事', 'Book a visit'],
  'ma.today': ['今天的排队号', 'Today’s queue numbers'],
  'ma.ahead': ['前面还有 {n} 位', '{n} ahead of you'],
  'ma.goTo': ['请到 {window} 办理', 'Please go to {window}'],
  'ma.code': ['预约码 {code}', 'Code {code}'],
  'ma.cancel': ['取消预约', 'Cancel'],
  'ma.cancel.confirm': ['确定取消这个预约吗？', 'Cancel this appointment?'],
  'ma.cancelled': ['预约已取消', 'Appointment cancelled'],
  'ma.reschedule': ['改约', 'Reschedule'],
  'ma.rescheduled': ['已改约', 'Rescheduled'],
  'ma.newSlot': ['新的日期时段', 'New date and time'],
  'ma.blocked': ['因近期多次失约，{until}前暂停网上预约，可到大厅现场取号办理。', 'Booking is paused until {until} after repeated no-shows; you can still take a number at the hall.'],
  'ma.none': ['还没有预约', 'No appointments yet'],
});

function Reschedule({ a, onDone }: { a: HallAppointment; onDone: () => void }) {
  const t = useT(m);
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState<string>();
  const { busy, run } = useAction(onDone);
  const query = a.subject.kind === 'item' ? { itemCode: a.subject.ref } : a.subject.kind === 'bundle' ? { bundleCode: a.subject.ref } : { applicationId: a.subject.ref };
  const slots = useApi((signal) => (open ? unwrap(client.GET('/api/v1/hall/slots', { params: { query }, signal })) : Promise.resolve(null)), [open]);
  const options = (slots.data?.days ?? []).flatMap((d) => d.slots.filter((s) => s.open).map((s) => ({ value: `${d.day} ${s.starts}`, label: `${formatDate(d.day)} ${s.starts}–${s.ends}` })));
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>{t('ma.reschedule')}</Button>
      <Modal
        open={open}
        title={t('ma.reschedule')}
        onCancel={() => setOpen(false)}
        okButtonProps={{ disabled: !value, loading: busy }}
        onOk={() =>
          run(async () => {
            const [day, starts] = value!.split(' ') as [string, string];
            await unwrap(client.POST('/api/v1/hall/appointments/{id}/reschedule', { params: { path: { id: a.id } }, body: { day, starts } }));
            setOpen(false);
          }, { done: t('ma.rescheduled') })
        }
      >
        <Select aria-label={t('ma.newSlot')} placeholder={t('ma.newSlot')} value={value} onChange={setValue} options={options} loading={slots.loading} style={{ width: '100%' }} />
      </Modal>
    </>
  );
}

function TicketCard({ x }: { x: HallTicket }) {
  const t = useT(m);
  return (
    <Card size="small" data-testid="my-ticket">
      <Flex align="center" gap={16} wrap>
        <Typography.Text strong style={{ fontSize: 32 }}>{x.number}</Typography.Text>
        <Space orientation="vertical" size={0}>
          <Space><Tag color={x.status === 'called' ? 'green' : 'blue'}>{x.statusName}</Tag><Tag>{x.priorityName}</Tag><span>{x.zone.name}</span></Space>
          {x.status === 'waiting' && x.ahead !== null ? <span>{t('ma.ahead', { n: x.ahead })}</span> : null}
          {x.status === 'called' && x.window ? <Typography.Text strong>{t('ma.goTo', { window: x.window.name })}</Typography.Text> : null}
        </Space>
      </Flex>
    </Card>
  );
}

/** 我的预约: the applicant's bookings (reschedule, cancel) and today's numbers, which follow the calls live. */
export default function MyAppointmentsPage() {
  const t = useT(m);
  const mine = useApi((signal) => unwrap(client.GET('/api/v1/hall/appointments', { signal })), []);
  const [live, setLive] = useState<HallTicket[]>();
  useMyTicketsStream(true, (d) => setLive(d.tickets));
  const { run } = useAction(mine.reload);
  const tickets = live ?? mine.data?.tickets ?? [];
  return (
    <>
      <PageHeader title={t('ma.title')} sub={t('ma.sub')} extra={<Link to="/portal/hall/book"><Button type="primary">{t('ma.book')}</Button></Link>} />
      {tickets.length ? (
        <Card size="small" title={t('ma.today')} style={{ marginBottom: 16 }}>
          <Flex vertical gap={8}>{tickets.map((x) => <TicketCard key={x.id} x={x} />)}</Flex>
        </Card>
      ) : null}
      <Loadable loaded={mine}>
        {(d) => (
          <Card size="small">
            {d.blockedUntil ? <Alert type="warning" showIcon title={t('ma.blocked', { until: formatDate(d.blockedUntil) })} style={{ marginBottom: 12 }} /> : null}
            {d.appointments.length === 0 ? <Empty description={t('ma.none')} /> : null}
            <Flex vertical gap={8}>
              {d.appointments.map((a) => (
                <Card key={a.id} size="small" data-testid="appointment">
                  <Flex justify="space-between" align="center" wrap gap={8}>
                    <Flex vertical gap={4}>
                      <Space wrap><Typography.Text strong>{formatDate(a.day)} {a.starts}–{a.ends}</Typography.Text><Tag>{a.statusName}</Tag></Space>
                      <Space wrap><span>{a.subject.kindName}：{a.subject.title}</span><span>{a.zone.name}</span><span>{t('ma.code', { code: a.code })}</span></Space>
                    </Flex>
                    {a.changeable ? (
                      <Space>
                        <Reschedule a={a} onDone={mine.reload} />
                        <Popconfirm title={t('ma.cancel.confirm')} onConfirm={() => run(() => unwrap(client.POST('/api/v1/hall/appointments/{id}/cancel', { params: { path: { id: a.id } } })), { done: t('ma.cancelled') })}>
                          <Button size="small" danger>{t('ma.cancel')}</Button>
                        </Popconfirm>
                      </Space>
                    ) : null}
                  </Flex>
                </Card>
              ))}
            </Flex>
          </Card>
        )}
      </Loadable>
    </>
  );
}
