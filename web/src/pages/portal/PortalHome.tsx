import { Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useAuth } from '../../auth/AuthContext';
import { client, unwrap } from '../../api/typed';
import { useApi } from '../../api/hooks';
import { LatestMessages } from '../../components/LatestMessages';
import { PageHeader } from '../../components/PageHeader';
import { Shortcuts } from '../../components/Shortcuts';
import { portalHomeWords } from './words';
import { defineMessages, useT } from '../../i18n';
import { SiteSearch } from './SiteSearch';

const m = defineMessages(portalHomeWords);

function Popular() {
  const t = useT(m);
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/catalog/popular', { params: { query: { limit: 8 } }, signal })), []);
  const items = loaded.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card title={t('portal.popular')} style={{ marginBottom: 16 }}>
      <Flex vertical gap={8}>
        {items.map((p) => (
          <Flex key={`${p.subject}:${p.code}`} justify="space-between" gap={8}>
            <span style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
              {p.subject === 'bundle' ? <Tag color="blue">{t('portal.bundle')}</Tag> : null}
              <Link to={p.subject === 'bundle' ? `/portal/bundles/${p.code}` : `/portal/catalog/${p.code}`}>{p.name}</Link>
            </span>
            <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
              {t('portal.uses', { n: p.uses })}
            </Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}

export default function PortalHome() {
  const t = useT(m);
  const { me } = useAuth();
  return (
    <>
      <PageHeader title={t('area.portal')} sub={me ? t('home.greeting', { name: me.orgName ?? me.name }) : t('app.slogan')} />
      <Card style={{ background: 'linear-gradient(120deg,#1a4f9f,#1f5fbf)', marginBottom: 16 }} styles={{ body: { color: '#fff' } }}>
        <Flex vertical gap={12}>
          <Typography.Title level={2} style={{ color: '#fff', margin: 0, fontSize: 22 }}>
            {t('portal.heroTitle')}
          </Typography.Title>
          <Typography.Text style={{ color: '#fff' }}>{t('portal.heroText')}</Typography.Text>
          <SiteSearch />
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Popular />
          <Card title={t('home.shortcuts')}>
            <Shortcuts area="portal" except="/portal" />
          </Card>
        </Col>
        {me ? (
          <Col xs={24} lg={10}>
            <Card title={t('home.recentMessages')}>
              <LatestMessages allHref="/portal/messages" />
            </Card>
          </Col>
        ) : null}
      </Row>
    </>
  );
}
