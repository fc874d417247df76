import { MenuOutlined } from '@ant-design/icons';
import { Button, Flex, Grid, Layout, Menu } from 'antd';
import { Drawer } from '../components/LazyDrawer';
import { useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { useT } from '../i18n';
import { selectedKey, useAreaMenu } from './menu';
import { Brand, ElderSwitch, LangSwitch, SiteFooter, SkipLink, UserMenu } from './ShellParts';

/** Applicants' and agents' portal: a top bar on desktop, a drawer menu on a phone. */
export default function PortalLayout() {
  const { me } = useAuth();
  const t = useT();
  const screens = Grid.useBreakpoint();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const items = useAreaMenu('portal', me);
  const wide = screens.lg ?? true;
  const go = ({ key }: { key: string }) => {
    setOpen(false);
    navigate(key);
  };
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <SkipLink />
      <Layout.Header style={{ background: '#fff', borderBottom: '1px solid #f0f0f0', paddingInline: wide ? 24 : 12, height: 64, position: 'sticky', top: 0, zIndex: 10 }}>
        <Flex align="center" gap={wide ? 16 : 8} style={{ height: '100%', maxWidth: 1200, margin: '0 auto' }}>
          {!wide ? <Button type="text" icon={<MenuOutlined />} aria-label={t('nav.menu')} onClick={() => setOpen(true)} /> : null}
          <Brand sub={t('area.portal')} compact={!wide} />
          {wide ? (
            <Menu mode="horizontal" items={items} selectedKeys={selectedKey('portal', pathname)} onClick={go} style={{ flex: 1, minWidth: 0, borderBottom: 'none' }} />
          ) : (
            <div style={{ flex: 1 }} />
          )}
          <ElderSwitch compact={!wide} />
          <LangSwitch compact={!wide} />
          <UserMenu compact={!wide} />
        </Flex>
      </Layout.Header>
      <Drawer open={open} onClose={() => setOpen(false)} placement="left" size={260} title={t('area.portal')}>
        <Menu mode="inline" items={items} selectedKeys={selectedKey('portal', pathname)} onClick={go} style={{ borderInlineEnd: 'none' }} />
      </Drawer>
      {/* at least a screen tall below the bar: the footer starts below the fold, so a page growing as its data arrives
          does not push it about in view */}
      <Layout.Content id="main" tabIndex={-1} style={{ padding: wide ? 24 : 12, width: '100%', maxWidth: 1200, margin: '0 auto', minHeight: 'calc(100vh - 64px)' }}>
        <Outlet />
      </Layout.Content>
      <SiteFooter />
    </Layout>
  );
}
