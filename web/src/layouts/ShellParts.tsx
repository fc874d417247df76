import { GlobalOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex, Typography } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
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
    return (
      <Link to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`}>
        <Button type="primary" ghost={light} icon={<UserOutlined />}>
          {t('nav.login')}
        </Button>
      </Link>
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
    <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: 8, color: light ? '#fff' : undefined, minWidth: 0, lineHeight: 1.2 }}>
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
