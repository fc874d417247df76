import { Segmented } from 'antd';
import { useState } from 'react';
import { client, unwrap } from '../../api/typed';
import { useApi } from '../../api/hooks';
import type { Ticket, TicketStatus } from '../../api/tickets';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { TicketTable } from '../../components/TicketParts';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'dt.title': ['12345 工单办理', '12345 tickets'],
  'dt.sub': ['派给本部门的诉求：在期限内答复，不属于本部门的说明理由转办或退回', 'Requests dispatched to the department: answer in time, or transfer or return them with a reason'],
  'dt.dispatched': ['待办理', 'To handle'],
  'dt.answered': ['已答复', 'Answered'],
  'dt.all': ['全部', 'All'],
});

/** The department workbench for 12345 tickets, with deadline colours. */
export default function DepartmentTicketsPage() {
  const t = useT(m);
  const [status, setStatus] = useState<TicketStatus | 'all'>('dispatched');
  const list = useApi<{ items: Ticket[] }>((signal) => unwrap(client.GET('/api/v1/tickets', { params: { query: { status: status === 'all' ? undefined : status } }, signal })), [status]);
  return (
    <>
      <PageHeader title={t('dt.title')} sub={t('dt.sub')} />
      <Segmented style={{ marginBottom: 12 }} value={status} onChange={(v) => setStatus(v as TicketStatus | 'all')} options={(['dispatched', 'answered', 'all'] as const).map((v) => ({ value: v, label: t(`dt.${v}`) }))} />
      <Loadable loaded={list}>{(d) => <TicketTable items={d.items} base="/review/tickets" />}</Loadable>
    </>
  );
}
