import { Flex, Layout, Menu } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { useT } from '../i18n';
import { selectedKey, useAreaMenu } from './menu';
import { Brand, ElderSwitch, LangSwitch, SiteFooter, SkipLink } from './ShellParts';

/** Pages for everyone, without signing in (licence verification, published statistics). */
export default function PublicLayout() {
  const t = useT();
  const { me } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = useAreaMenu('public', me);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <SkipLink />
      <Layout.Header style={{ background: '#fff', borderBottom: '1px solid #f0f0f0', paddingInline: 12, height: 64 }}>
        <Flex align="center" gap={12} style={{ height: '100%', maxWidth: 1000, margin: '0 auto' }}>
          <Brand sub={t('area.public')} />
          <Menu mode="horizontal" items={items} selectedKeys={selectedKey('public', pathname)} onClick={({ key }) => navigate(key)} style={{ flex: 1, minWidth: 0, borderBottom: 'none' }} />
          <ElderSwitch />
          <LangSwitch />
        </Flex>
      </Layout.Header>
      <Layout.Content id="main" tabIndex={-1} style={{ padding: 16, width: '100%', maxWidth: 1000, margin: '0 auto' }}>
        <Outlet />
      </Layout.Content>
      <SiteFooter />
    </Layout>
  );
}
