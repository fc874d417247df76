import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Divider, Flex, Form, Input, Typography } from 'antd';
import { ItemList } from '../components/ItemList';
import { api } from '../api/client';
import { useApi } from '../api/hooks';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { expectSession, homeOf, useAuth } from '../auth/AuthContext';
import { errorText } from '../components/errors';
import { useAction } from '../hooks/useAction';
import { useLang, useT } from '../i18n';
import { Brand, LangSwitch } from '../layouts/ShellParts';

interface DemoAccounts {
  password: string | null;
  accounts: Array<{ username: string; name: string; note: string; roleNamesEn: string[] }>;
}

/** The demo accounts, offered by a server running on the demo data only (never in production mode). */
function useDemoAccounts(): DemoAccounts | undefined {
  const loaded = useApi((signal) => api.get<DemoAccounts>('/api/v1/auth/demo-accounts', undefined, { signal }), []);
  return loaded.data;
}

/** 统一身份认证: offered when the server is connected to the province's identity platform. */
function useProviderSignIn(): { enabled: boolean; name: string | null } | undefined {
  return useApi((signal) => api.get<{ enabled: boolean; name: string | null }>('/api/v1/auth/oidc', undefined, { signal }), []).data;
}

export default function LoginPage() {
  const t = useT();
  const { lang } = useLang();
  const demo = useDemoAccounts();
  const provider = useProviderSignIn();
  const { login, me } = useAuth();
  const [form] = Form.useForm<{ username: string; password: string }>();
  const { busy, run } = useAction();
  const [error, setError] = useState<string>();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next');

  useEffect(() => {
    document.title = `${t('login.title')} · ${t('app.name')}`;
  }, [t]);

  const onFinish = (v: { username: string; password: string }) => {
    setError(undefined);
    return run(
      async () => {
        const user = await login(v.username, v.password);
        navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : homeOf(user), { replace: true });
      },
      {
        onError: (e) => {
          setError(errorText(e, t));
          return true;
        },
      },
    );
  };

  return (
    <Flex vertical align="center" style={{ minHeight: '100vh', background: 'linear-gradient(180deg,#eaf1fb,#f7f9fc)', padding: 16 }}>
      <Flex justify="space-between" align="center" style={{ width: '100%', maxWidth: 960, marginBottom: 24 }}>
        <Brand sub={t('app.slogan')} />
        <LangSwitch />
      </Flex>
      <main id="main" style={{ width: '100%', maxWidth: 420 }}>
        <Card title={<Typography.Title level={3} style={{ margin: 0 }}>{t('login.title')}</Typography.Title>}>
          {me ? <Alert type="info" showIcon title={t('login.welcome', { name: me.name })} style={{ marginBottom: 16 }} /> : null}
          {next ? <Alert type="info" showIcon title={t('login.required')} style={{ marginBottom: 16 }} /> : null}
          {provider?.enabled ? (
            <>
              <Typography.Paragraph type="secondary">{t('login.oidcHint')}</Typography.Paragraph>
              <Button
                block
                size="large"
                href={`/api/v1/auth/oidc/start?returnTo=${encodeURIComponent(next && next.startsWith('/') && !next.startsWith('//') ? next : '/portal')}`}
                onClick={() => expectSession()}
                style={{ marginBottom: 16 }}
              >
                {t('login.oidc', { name: provider.name ?? '' })}
              </Button>
              <Divider plain>{t('login.or')}</Divider>
            </>
          ) : null}
          <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} disabled={busy}>
            <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" /> : null}
            <Button type="primary" htmlType="submit" block loading={busy} size="large">
              {t('login.submit')}
            </Button>
          </Form>
        </Card>
        {demo?.password && demo.accounts.length > 0 ? (
          <Card size="small" style={{ marginTop: 16 }} title={t('login.demo', { password: demo.password })}>
            <ItemList
              size="small"
              items={demo.accounts.map((a) => ({
                key: a.username,
                title: (
                  <>
                    <Typography.Text code>{a.username}</Typography.Text> {a.name} · {lang === 'en' ? a.roleNamesEn.join(', ') : a.note}
                  </>
                ),
                extra: (
                  <Button size="small" type="link" onClick={() => form.setFieldsValue({ username: a.username, password: demo.password! })} aria-label={`${t('login.demoUse')} ${a.username}`}>
                    {t('login.demoUse')}
                  </Button>
                ),
              }))}
            />
          </Card>
        ) : null}
      </main>
    </Flex>
  );
}
