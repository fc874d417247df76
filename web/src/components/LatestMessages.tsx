import { Typography } from 'antd';
import { ItemList } from './ItemList';
import { Link } from 'react-router-dom';
import { client, unwrap } from '../api/typed';
import { useApi } from '../api/hooks';
import type { Messages } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { formatTime } from '../format';
import { useT } from '../i18n';
import { webLink } from '../messageLinks';
import { Loadable } from './Loadable';

export function LatestMessages({ allHref }: { allHref: string }) {
  const t = useT();
  const { me } = useAuth();
  const loaded = useApi<Messages>((signal) => unwrap(client.GET('/api/v1/messages', { params: { query: { limit: 5 } }, signal })), []);
  return (
    <Loadable loaded={loaded} rows={3} isEmpty={(d) => d.items.length === 0} empty={<Typography.Text type="secondary">{t('messages.empty')}</Typography.Text>}>
      {(d) => (
        <>
          <ItemList size="small" items={d.items.map((msg) => ({ key: msg.id, title: msg.link ? <Link to={webLink(msg.link, me)}>{msg.title}</Link> : msg.title, description: formatTime(msg.createdAt) }))} />
          <div style={{ marginTop: 8 }}>
            <Link to={allHref}>{t('action.view')}</Link>
          </div>
        </>
      )}
    </Loadable>
  );
}
