import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Divider, Flex, Form, Input, Tabs, Typography } from 'antd';
import { ItemList } from '../components/ItemList';
import { useApi } from '../api/hooks';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { Me } from '../api/types';
import { client, hrefOf, unwrap, type AnswerOf } from '../api/typed';
import { PhoneCodeFields } from '../components/PhoneCode';
import { expectSession, homeOf, useAuth } from '../auth/AuthContext';
import { errorText } from '../components/errors';
import { useAction } from '../hooks/useAction';
import { defineMessages, useLang, useT } from '../i18n';
import { Brand, LangSwitch } from '../layouts/ShellParts';

type DemoAccounts = AnswerOf<'/api/v1/auth/demo-accounts', 'get'>;

/** The demo accounts, offered by a server running on the demo data only (never in production mode). */
function useDemoAccounts(): DemoAccounts | undefined {
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/auth/demo-accounts', { signal })), []);
  return loaded.data;
}

const m = defineMessages({
  'lg.password': ['账号登录', 'Account'],
  'lg.code': ['验证码登录', 'Text message code'],
  'lg.account': ['手机号或用户名', 'Mobile number or username'],
  'lg.signup': ['注册账号', 'Sign up'],
  'lg.forgot': ['忘记密码', 'Forgot the password'],
  'lg.codeHint': ['个人和企业用户可用注册手机号接收验证码登录', 'People and businesses can sign in with a code sent to their mobile number'],
});

/** 统一身份认证: offered when the server is connected to the province's identity platform. */
function useProviderSignIn(): AnswerOf<'/api/v1/auth/oidc', 'get'> | undefined {
  return useApi((signal) => unwrap(client.GET('/api/v1/auth/oidc', { signal })), []).data;
}

export default function LoginPage() {
  const t = useT(m);
  const { lang } = useLang();
  const demo = useDemoAccounts();
  const provider = useProviderSignIn();
  const { login, adopt, me } = useAuth();
  const [form] = Form.useForm<{ username: string; password: string }>();
  const [codeForm] = Form.useForm<{ phone: string; code: string }>();
  const [mode, setMode] = useState('password');
  const { busy, run } = useAction();
  const [error, setError] = useState<string>();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next');

  useEffect(() => {
    document.title = `${t('login.title')} · ${t('app.name')}`;
  }, [t]);

  const goOn = (user: Me) => navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : homeOf(user), { replace: true });
  const onCode = (v: { phone: string; code: string }) => {
    setError(undefined);
    return run(
      async () => {
        const res: AnswerOf<'/api/v1/auth/login/code', 'post', { user: Me }> = await unwrap(client.POST('/api/v1/auth/login/code', { body: { phone: v.phone, code: v.code } }));
        adopt(res.user);
        goOn(res.user);
      },
      { onError: (e) => (setError(errorText(e, t)), true) },
    );
  };

  const onFinish = (v: { username: string; password: string }) => {
    setError(undefined);
    return run(
      async () => {
        const user = await login(v.username, v.password);
        goOn(user);
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
                href={hrefOf('/api/v1/auth/oidc/start', { query: { returnTo: next && next.startsWith('/') && !next.startsWith('//') ? next : '/portal' } })}
                onClick={() => expectSession()}
                style={{ marginBottom: 16 }}
              >
                {t('login.oidc', { name: provider.name ?? '' })}
              </Button>
              <Divider plain>{t('login.or')}</Divider>
            </>
          ) : null}
          <Tabs
            activeKey={mode}
            onChange={(k) => (setMode(k), setError(undefined))}
            items={[
              { key: 'password', label: t('lg.password') },
              { key: 'code', label: t('lg.code') },
            ]}
          />
          {/* both forms stay mounted (their instances connected); the other one is hidden */}
          <div hidden={mode !== 'password'}>
            <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} disabled={busy}>
              <Form.Item name="username" label={t('lg.account')} rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
                <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
              </Form.Item>
              <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
                <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
              </Form.Item>
              {error && mode === 'password' ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" /> : null}
              <Button type="primary" htmlType="submit" block loading={busy} size="large">
                {t('login.submit')}
              </Button>
            </Form>
          </div>
          <div hidden={mode !== 'code'}>
            <Form form={codeForm} layout="vertical" onFinish={onCode} requiredMark={false} disabled={busy}>
              <Typography.Paragraph type="secondary">{t('lg.codeHint')}</Typography.Paragraph>
              <PhoneCodeFields form={codeForm} purpose="login" />
              {error && mode === 'code' ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" /> : null}
              <Button type="primary" htmlType="submit" block loading={busy} size="large">
                {t('login.submit')}
              </Button>
            </Form>
          </div>
          <Flex justify="space-between" style={{ marginTop: 16 }}>
            <Link to="/signup">{t('lg.signup')}</Link>
            <Link to="/reset-password">{t('lg.forgot')}</Link>
          </Flex>
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
