import { Badge, Button, Typography } from 'antd';
import { ItemList } from '../components/ItemList';
import { useNavigate } from 'react-router-dom';
import { client, unwrap } from '../api/typed';
import { useApi } from '../api/hooks';
import type { Messages } from '../api/types';
import { Loadable } from '../components/Loadable';
import { PageHeader } from '../components/PageHeader';
import { useAuth } from '../auth/AuthContext';
import { useAction } from '../hooks/useAction';
import { webLink } from '../messageLinks';
import { useT } from '../i18n';
import { formatTime } from '../format';

/** In-app messages (notifications) of the signed-in user, in any area. */
export default function MessagesPage() {
  const t = useT();
  const navigate = useNavigate();
  const { me } = useAuth();
  const loaded = useApi<Messages>((signal) => unwrap(client.GET('/api/v1/messages', { params: { query: { limit: 100 } }, signal })), []);
  const { run } = useAction(loaded.reload);
  const markRead = (id: string) => run(() => unwrap(client.POST('/api/v1/messages/{id}/read', { params: { path: { id } } })));
  return (
    <>
      <PageHeader title={t('messages.title')} />
      <Loadable loaded={loaded} isEmpty={(d) => d.items.length === 0} empty={<Typography.Paragraph type="secondary">{t('messages.empty')}</Typography.Paragraph>}>
        {(d) => (
          <ItemList
            items={d.items.map((msg) => ({
              key: msg.id,
              title: (
                <span>
                  {!msg.read ? <Badge status="processing" text={t('state.unread')} style={{ marginInlineEnd: 8 }} /> : null}
                  {msg.title}
                </span>
              ),
              description: formatTime(msg.createdAt),
              body: msg.body,
              actions: [
                msg.link ? (
                  <Button key="open" type="link" size="small" onClick={() => { void markRead(msg.id); navigate(webLink(msg.link!, me)); }}>
                    {t('messages.open')}
                  </Button>
                ) : null,
                !msg.read ? (
                  <Button key="read" type="link" size="small" onClick={() => void markRead(msg.id)}>
                    {t('messages.markRead')}
                  </Button>
                ) : null,
              ].filter(Boolean),
            }))}
          />
        )}
      </Loadable>
    </>
  );
}
