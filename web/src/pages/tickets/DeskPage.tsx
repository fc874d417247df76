import { Card, Segmented } from 'antd';
import { useState } from 'react';
import { client, unwrap } from '../../api/typed';
import { useApi } from '../../api/hooks';
import type { Created, Ticket, TicketStatus } from '../../api/tickets';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { CreatedNotice, TicketForm, TicketTable } from '../../components/TicketParts';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'desk.title': ['12345 工单', '12345 tickets'],
  'desk.sub': ['登记来电诉求，分类后派给承办部门；退回的工单重新派单', 'Register calls, classify them and dispatch; dispatch returned tickets again'],
  'desk.enter': ['登记来电', 'Register a call'],
  'desk.list': ['工单列表', 'Tickets'],
  'desk.registered': ['待派单', 'To dispatch'],
  'desk.returned': ['已退回', 'Returned'],
  'desk.dispatched': ['办理中', 'In progress'],
  'desk.answered': ['已答复', 'Answered'],
  'desk.all': ['全部', 'All'],
});

/** The hotline operators' desk (话务员): enter, classify and dispatch. */
export default function DeskPage() {
  const t = useT(m);
  const [status, setStatus] = useState<TicketStatus | 'all'>('registered');
  const [created, setCreated] = useState<Created>();
  const list = useApi<{ items: Ticket[] }>((signal) => unwrap(client.GET('/api/v1/tickets', { params: { query: { status: status === 'all' ? undefined : status } }, signal })), [status, created?.ticket.id]);
  return (
    <>
      <PageHeader title={t('desk.title')} sub={t('desk.sub')} />
      <Card size="small" title={t('desk.enter')} style={{ marginBottom: 16 }}>
        {created ? <CreatedNotice created={created} /> : null}
        <TicketForm operator onCreated={setCreated} />
      </Card>
      <Card size="small" title={t('desk.list')}>
        <Segmented
          style={{ marginBottom: 12 }}
          value={status}
          onChange={(v) => setStatus(v as TicketStatus | 'all')}
          options={(['registered', 'returned', 'dispatched', 'answered', 'all'] as const).map((v) => ({ value: v, label: t(`desk.${v}`) }))}
        />
        <Loadable loaded={list}>{(d) => <TicketTable items={d.items} base="/window/tickets" />}</Loadable>
      </Card>
    </>
  );
}
