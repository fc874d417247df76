import { Card, Col, Row, Typography } from 'antd';
import { useState } from 'react';
import { client, unwrap } from '../../api/typed';
import { useApi } from '../../api/hooks';
import type { Created, Ticket } from '../../api/tickets';
import { useAuth } from '../../auth/AuthContext';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { CreatedNotice, TicketForm, TicketTable } from '../../components/TicketParts';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'pt.title': ['12345 诉求', '12345 hotline'],
  'pt.sub': ['咨询、投诉、建议、求助，网上提交与拨打 12345 同等办理；填写时会推荐知识库中的答案', 'Ask, complain, suggest or ask for help; answers from the knowledge base are suggested as you type'],
  'pt.file': ['提交诉求', 'File a request'],
  'pt.mine': ['我的诉求', 'My requests'],
  'pt.signIn': ['登录后可查看办理进度、答复并评价', 'Sign in to follow the progress, read the answer and rate it'],
});

/** 12345 online: file a request (signed in or with a name and phone) and follow one's own requests. */
export default function PortalTicketsPage() {
  const t = useT(m);
  const { me } = useAuth();
  const [created, setCreated] = useState<Created>();
  const mine = useApi<{ items: Ticket[] }>((signal) => (me ? unwrap(client.GET('/api/v1/tickets', { signal })) : Promise.resolve({ items: [] })), [me?.id, created?.ticket.id]);
  return (
    <>
      <PageHeader title={t('pt.title')} sub={t('pt.sub')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('pt.file')}>
            {created ? <CreatedNotice created={created} /> : null}
            <TicketForm anonymous={!me} onCreated={setCreated} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('pt.mine')}>
            {me ? (
              <Loadable loaded={mine}>{(d) => <TicketTable items={d.items} base="/portal/tickets" />}</Loadable>
            ) : (
              <Typography.Text type="secondary">{t('pt.signIn')}</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
