import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { client, unwrap, type AnswerOf } from '../../api/typed';
import type { Me } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { errorText } from '../../components/errors';
import { PhoneCodeFields } from '../../components/PhoneCode';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';
import { AccountFrame } from './AccountFrame';
import { passwordRules } from './password';

const m = defineMessages({
  'su.title': ['注册账号', 'Sign up'],
  'su.kind': ['账号类型', 'Account for'],
  'su.citizen': ['个人', 'A person'],
  'su.business': ['企业或个体工商户', 'A business'],
  'su.name': ['姓名', 'Name'],
  'su.orgName': ['企业（单位）名称', 'Business name'],
  'su.password': ['设置密码', 'Password'],
  'su.confirm': ['确认密码', 'Repeat the password'],
  'su.required': ['请填写此项', 'Required'],
  'su.submit': ['注册并登录', 'Sign up and sign in'],
  'su.have': ['已有账号？去登录', 'Have an account? Sign in'],
  'su.note': ['注册后为手机号实名；办理需要身份核验的事项时，请通过统一身份认证或到窗口核验身份。', 'A new account is verified by its mobile number; items that need identity verification ask for the identity platform or the counter.'],
});

interface Values {
  phone: string;
  code: string;
  kind: 'citizen' | 'business';
  name: string;
  orgName?: string;
  password: string;
  confirm: string;
}

export default function SignUpPage() {
  const t = useT(m);
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const { adopt } = useAuth();
  const navigate = useNavigate();
  const { busy, run } = useAction();
  const [error, setError] = useState<string>();

  const onFinish = (v: Values) => {
    setError(undefined);
    return run(
      async () => {
        const res: AnswerOf<'/api/v1/auth/signup', 'post', { user: Me }> = await unwrap(
          client.POST('/api/v1/auth/signup', { body: { phone: v.phone, code: v.code, kind: v.kind, name: v.name, orgName: v.kind === 'business' ? v.orgName : null, password: v.password } }),
        );
        adopt(res.user);
        navigate('/portal', { replace: true });
      },
      { onError: (e) => (setError(errorText(e, t)), true) },
    );
  };

  return (
    <AccountFrame title={t('su.title')}>
      <Typography.Paragraph type="secondary">{t('su.note')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} disabled={busy} initialValues={{ kind: 'citizen' }}>
        <Form.Item name="kind" label={t('su.kind')}>
          <Radio.Group optionType="button" options={[{ value: 'citizen', label: t('su.citizen') }, { value: 'business', label: t('su.business') }]} />
        </Form.Item>
        <PhoneCodeFields form={form} purpose="signup" />
        <Form.Item name="name" label={t('su.name')} rules={[{ required: true, whitespace: true, message: t('su.required') }]}>
          <Input maxLength={50} autoComplete="name" />
        </Form.Item>
        {kind === 'business' ? (
          <Form.Item name="orgName" label={t('su.orgName')} rules={[{ required: true, whitespace: true, message: t('su.required') }]}>
            <Input maxLength={100} autoComplete="organization" />
          </Form.Item>
        ) : null}
        <Form.Item name="password" label={t('su.password')} rules={passwordRules()} hasFeedback>
          <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="confirm" label={t('su.confirm')} dependencies={['password']} rules={confirmRule()} hasFeedback>
          <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
        </Form.Item>
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" /> : null}
        <Button type="primary" htmlType="submit" block size="large" loading={busy}>
          {t('su.submit')}
        </Button>
      </Form>
      <div style={{ marginTop: 16, textAlign: 'center' }}>
        <Link to="/login">{t('su.have')}</Link>
      </div>
    </AccountFrame>
  );
}

export function confirmRule() {
  return [
    { required: true, message: '请再次输入密码' },
    ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
      validator: (_: unknown, value: string) => (!value || getFieldValue('password') === value ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致'))),
    }),
  ];
}
