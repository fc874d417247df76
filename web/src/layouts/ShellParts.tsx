import { GlobalOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex, Layout, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { client, unwrap, type AnswerOf } from '../api/typed';
import { useAuth } from '../auth/AuthContext';
import { useElder } from '../elder';
import { useLang, useT } from '../i18n';

export function LangSwitch({ light, compact }: { light?: boolean; compact?: boolean }) {
  const { lang, setLang } = useLang();
  const t = useT();
  return (
    <Button
      type="text"
      icon={<GlobalOutlined />}
      aria-label={t('lang.switchLabel')}
      onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}
      style={light ? { color: '#fff' } : undefined}
    >
      {compact ? null : t('lang.switch')}
    </Button>
  );
}

export function UserMenu({ light, compact }: { light?: boolean; compact?: boolean }) {
  const { me, logout } = useAuth();
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const style = light ? { color: '#fff' } : undefined;
  if (!me) {
    const to = `/login?next=${encodeURIComponent(location.pathname + location.search)}`;
    // one link styled as a button, not a button inside a link (nested interactive controls confuse screen readers)
    return (
      <Button
        type="primary"
        ghost={light}
        icon={<UserOutlined />}
        href={to}
        onClick={(e) => {
          e.preventDefault();
          navigate(to);
        }}
      >
        {t('nav.login')}
      </Button>
    );
  }
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'roles', label: me.roles.map((r) => t(`role.${r}` as 'role.applicant')).join('、'), disabled: true },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined />, label: t('nav.logout') },
        ],
        onClick: async ({ key }) => {
          if (key === 'logout') {
            await logout();
            navigate('/login');
          }
        },
      }}
    >
      <Button type="text" icon={<UserOutlined />} aria-label={t('nav.userMenu')} style={{ ...style, maxWidth: compact ? 140 : 260 }}>
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{me.orgName ?? me.name}</span>
      </Button>
    </Dropdown>
  );
}

export function Brand({ sub, light, compact }: { sub?: string; light?: boolean; compact?: boolean }) {
  const t = useT();
  return (
    <Link to="/" aria-label={compact ? t('app.title') : undefined} style={{ display: 'flex', alignItems: 'center', gap: 8, color: light ? '#fff' : undefined, minWidth: 0, lineHeight: 1.2 }}>
      <span
        aria-hidden
        style={{ background: '#c8161d', color: '#fff', borderRadius: 6, fontWeight: 700, padding: '0 8px', fontSize: 18, lineHeight: '32px', flex: 'none' }}
      >
        {t('app.name')}
      </span>
      <Flex vertical style={{ lineHeight: 1.2, minWidth: 0, display: compact ? 'none' : undefined }}>
        <Typography.Text strong style={{ color: light ? '#fff' : undefined, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
          {t('app.title')}
        </Typography.Text>
        {sub ? (
          <Typography.Text style={{ color: light ? 'rgba(255,255,255,.8)' : undefined, fontSize: 12 }} type={light ? undefined : 'secondary'}>
            {sub}
          </Typography.Text>
        ) : null}
      </Flex>
    </Link>
  );
}

export function SkipLink() {
  const t = useT();
  return (
    <a className="skip-link" href="#main">
      {t('nav.skip')}
    </a>
  );
}

/** The 适老化 switch: larger type, higher contrast, simpler layout; remembered in this browser. */
export function ElderSwitch({ compact }: { compact?: boolean }) {
  const { elder, setElder } = useElder();
  const t = useT();
  return (
    <Flex align="center" gap={6} style={{ flex: 'none' }}>
      <Switch size={compact ? 'small' : undefined} checked={elder} onChange={setElder} aria-label={t('elder.switch')} />
      {compact ? null : (
        <span aria-hidden style={{ whiteSpace: 'nowrap', cursor: 'pointer' }} onClick={() => setElder(!elder)}>
          {t('elder.short')}
        </span>
      )}
    </Flex>
  );
}

type Site = AnswerOf<'/api/v1/public/site', 'get'>;
let siteCache: Site | undefined;

/** The site's identity at the foot of every public page: 主办单位, 网站标识码 and the 备案号, as the server is configured. */
export function SiteFooter() {
  const t = useT();
  const [site, setSite] = useState<Site | undefined>(siteCache);
  useEffect(() => {
    if (siteCache) return;
    const ctrl = new AbortController();
    unwrap(client.GET('/api/v1/public/site', { signal: ctrl.signal }))
      .then((s) => {
        siteCache = s;
        setSite(s);
      })
      .catch(() => undefined);
    return () => ctrl.abort();
  }, []);
  return (
    <Layout.Footer className="site-footer" aria-label={t('footer.label')}>
      {site ? (
        <>
          <div>
            <span>{t('footer.sponsor', { name: site.sponsor })}</span>
            <span>{t('footer.hotline')}</span>
          </div>
          <div>
            <span>{t('footer.siteCode', { code: site.siteCode })}</span>
            <span>{t('footer.icp', { code: site.icp })}</span>
            <span>{t('footer.psb', { code: site.psb })}</span>
          </div>
        </>
      ) : (
        <div>{t('footer.hotline')}</div>
      )}
    </Layout.Footer>
  );
}
