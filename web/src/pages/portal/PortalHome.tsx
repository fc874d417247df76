import { Card, Col, Flex, Row, Typography } from 'antd';
import { useAuth } from '../../auth/AuthContext';
import { LatestMessages } from '../../components/LatestMessages';
import { PageHeader } from '../../components/PageHeader';
import { Shortcuts } from '../../components/Shortcuts';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'portal.heroTitle': ['一次告知，一表申请，一窗受理，一次办好', 'Told once, one form, one window, done once'],
  'portal.heroText': ['按问答找到要办的事项和要交的材料；已有的电子证照自动复用，不再重复提交。', 'Answer a few questions to find what to apply for and what to bring; e-licences you already hold are reused.'],
});

export default function PortalHome() {
  const t = useT(m);
  const { me } = useAuth();
  return (
    <>
      <PageHeader title={t('area.portal')} sub={me ? t('home.greeting', { name: me.orgName ?? me.name }) : t('app.slogan')} />
      <Card style={{ background: 'linear-gradient(120deg,#1f5fbf,#3d7fe0)', marginBottom: 16 }} styles={{ body: { color: '#fff' } }}>
        <Flex vertical gap={8}>
          <Typography.Title level={3} style={{ color: '#fff', margin: 0 }}>
            {t('portal.heroTitle')}
          </Typography.Title>
          <Typography.Text style={{ color: 'rgba(255,255,255,.9)' }}>{t('portal.heroText')}</Typography.Text>
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={me ? 14 : 24}>
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
