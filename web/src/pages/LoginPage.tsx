import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { ItemList } from '../components/ItemList';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { homeOf, useAuth } from '../auth/AuthContext';
import { errorText } from '../components/errors';
import { useAction } from '../hooks/useAction';
import { defineMessages, useT } from '../i18n';
import { Brand, LangSwitch } from '../layouts/ShellParts';

const m = defineMessages({
  'demo.zhangsan': ['张三 · 个人申请人', 'Zhang San · citizen'],
  'demo.xiangwei': ['李湘味 · 企业申请人（蓝山县湘味餐饮店）', 'Li Xiangwei · business (a restaurant)'],
  'demo.daiban': ['赵帮办 · 帮代办员', 'Zhao · agent'],
  'demo.chuangkou': ['王窗口 · 综合窗口', 'Wang · window clerk'],
  'demo.scjg-shenhe': ['刘审核 · 市场监管局审核', 'Liu · market regulation reviewer'],
  'demo.wjj-shenhe': ['陈卫健 · 卫健局审核', 'Chen · health reviewer'],
  'demo.xfjy-shenhe': ['黄消防 · 消防救援大队审核', 'Huang · fire service reviewer'],
  'demo.jianguan': ['蒋监管 · 审批服务局监管', 'Jiang · supervisor'],
  'demo.jiancha': ['邓检查 · 执法检查', 'Deng · inspector'],
});

const DEMO_PASSWORD = 'Banshi@2026';
const demo = ['zhangsan', 'xiangwei', 'daiban', 'chuangkou', 'scjg-shenhe', 'wjj-shenhe', 'xfjy-shenhe', 'jianguan', 'jiancha'] as const;

export default function LoginPage() {
  const t = useT(m);
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
        <Card size="small" style={{ marginTop: 16 }} title={t('login.demo', { password: DEMO_PASSWORD })}>
          <ItemList
            size="small"
            items={demo.map((u) => ({
              key: u,
              title: (
                <>
                  <Typography.Text code>{u}</Typography.Text> {t(`demo.${u}`)}
                </>
              ),
              extra: (
                <Button size="small" type="link" onClick={() => form.setFieldsValue({ username: u, password: DEMO_PASSWORD })} aria-label={`${t('login.demoUse')} ${u}`}>
                  {t('login.demoUse')}
                </Button>
              ),
            }))}
          />
        </Card>
      </main>
    </Flex>
  );
}
