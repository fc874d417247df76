import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Result } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { client, unwrap } from '../../api/typed';
import { errorText } from '../../components/errors';
import { PhoneCodeFields } from '../../components/PhoneCode';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';
import { AccountFrame } from './AccountFrame';
import { passwordRules } from './password';
import { confirmRule } from './SignUpPage';

const m = defineMessages({
  'rp.title': ['找回密码', 'Reset the password'],
  'rp.password': ['新密码', 'New password'],
  'rp.confirm': ['确认新密码', 'Repeat the new password'],
  'rp.submit': ['重置密码', 'Reset the password'],
  'rp.done': ['密码已重置', 'The password is reset'],
  'rp.doneSub': ['原有登录已全部退出，请用新密码登录。', 'Every earlier sign-in has ended; sign in with the new password.'],
  'rp.login': ['去登录', 'Sign in'],
  'rp.back': ['返回登录', 'Back to sign in'],
});

export default function ResetPasswordPage() {
  const t = useT(m);
  const [form] = Form.useForm();
  const { busy, run } = useAction();
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);

  const onFinish = (v: { phone: string; code: string; password: string }) => {
    setError(undefined);
    return run(
      async () => {
        await unwrap(client.POST('/api/v1/auth/password/reset', { body: { phone: v.phone, code: v.code, password: v.password } }));
        setDone(true);
      },
      { onError: (e) => (setError(errorText(e, t)), true) },
    );
  };

  return (
    <AccountFrame title={t('rp.title')}>
      {done ? (
        <Result status="success" title={t('rp.done')} subTitle={t('rp.doneSub')} extra={<Link to="/login">{t('rp.login')}</Link>} />
      ) : (
        <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} disabled={busy}>
          <PhoneCodeFields form={form} purpose="reset" />
          <Form.Item name="password" label={t('rp.password')} rules={passwordRules()} hasFeedback>
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="confirm" label={t('rp.confirm')} dependencies={['password']} rules={confirmRule()} hasFeedback>
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
          </Form.Item>
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" /> : null}
          <Button type="primary" htmlType="submit" block size="large" loading={busy}>
            {t('rp.submit')}
          </Button>
          <div style={{ marginTop: 16, textAlign: 'center' }}>
            <Link to="/login">{t('rp.back')}</Link>
          </div>
        </Form>
      )}
    </AccountFrame>
  );
}
