import { Flex, Grid, Layout, Menu, Typography } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { useT } from '../i18n';
import type { Area } from '../routes';
import { selectedKey, useAreaMenu } from './menu';
import { Brand, LangSwitch, SkipLink, UserMenu } from './ShellParts';

/** Desks of the staff (window, review, supervision, inspection): a side menu and a work area. */
export default function StaffLayout({ area }: { area: Exclude<Area, 'portal' | 'public'> }) {
  const { me } = useAuth();
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const items = useAreaMenu(area, me);
  const wide = screens.md ?? true;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <SkipLink />
      <Layout.Header style={{ background: '#123a6b', paddingInline: wide ? 24 : 12, height: 64 }}>
        <Flex align="center" gap={12} style={{ height: '100%' }}>
          <Brand light sub={t(`area.${area}`)} />
          <div style={{ flex: 1 }} />
          {me?.roleNames?.length && wide ? (
            <Typography.Text style={{ color: 'rgba(255,255,255,.85)' }}>{me.roles.map((r) => t(`role.${r}` as 'role.clerk')).join('、')}</Typography.Text>
          ) : null}
          <LangSwitch light />
          <UserMenu light />
        </Flex>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={208} breakpoint="md" collapsedWidth={0} theme="light" style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
          <Menu mode="inline" items={items} selectedKeys={selectedKey(area, pathname)} onClick={({ key }) => navigate(key)} style={{ borderInlineEnd: 'none', paddingTop: 8 }} />
        </Layout.Sider>
        <Layout.Content id="main" tabIndex={-1} style={{ padding: wide ? 24 : 12, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
