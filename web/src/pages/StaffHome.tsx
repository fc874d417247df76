import { Card, Col, Row, Typography } from 'antd';
import { useLocation } from 'react-router-dom';
import { useApi } from '../api/hooks';
import { client, unwrap } from '../api/typed';
import { useAuth } from '../auth/AuthContext';
import { LatestMessages } from '../components/LatestMessages';
import { PageHeader } from '../components/PageHeader';
import { Shortcuts } from '../components/Shortcuts';
import { useT } from '../i18n';
import type { Area } from '../routes';

/** The start page of a staff desk: who I am, where to go, what is new. */
export default function StaffHome() {
  const t = useT();
  const { me } = useAuth();
  const { pathname } = useLocation();
  const area = pathname.split('/')[1] as Area;
  const depts = useApi((signal) => unwrap(client.GET('/api/v1/departments', { signal })), []);
  const dept = depts.data?.items.find((d) => d.id === me?.departmentId);
  return (
    <>
      <PageHeader title={t(`area.${area}` as 'area.window')} sub={t('home.greeting', { name: me?.name })} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('home.shortcuts')}>
            <Typography.Paragraph type="secondary" style={{ minHeight: 22 }}>
              {dept ? t('home.department', { name: dept.name }) : '\u00a0'}
            </Typography.Paragraph>
            <Shortcuts area={area} except={pathname} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('home.recentMessages')}>
            <LatestMessages allHref={`/${area}/messages`} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
