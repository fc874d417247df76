import { MobileOutlined, SafetyOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Space, type FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import { client, unwrap } from '../api/typed';
import { defineMessages, useT } from '../i18n';
import { useShowError } from './errors';

const m = defineMessages({
  'pc.phone': ['手机号码', 'Mobile number'],
  'pc.phoneBad': ['请输入 11 位手机号码', 'Enter an 11-digit mobile number'],
  'pc.code': ['短信验证码', 'Code from the text message'],
  'pc.codeBad': ['验证码为 6 位数字', 'The code has 6 digits'],
  'pc.send': ['获取验证码', 'Send code'],
  'pc.again': ['{s} 秒后可重发', 'Resend in {s} s'],
  'pc.sent': ['验证码已发送，5 分钟内有效', 'Code sent; valid for 5 minutes'],
});

const PHONE = /^(\+?86)?\s*1[3-9]\d(?:[\s-]?\d{4}){2}$/;

/** Mobile number and one-time code, with the button that sends the code and a countdown before sending again. */
export function PhoneCodeFields({ form, purpose }: { form: FormInstance; purpose: 'signup' | 'login' | 'reset' }) {
  const t = useT(m);
  const { message } = App.useApp();
  const showError = useShowError();
  const [wait, setWait] = useState(0);
  const [sending, setSending] = useState(false);
  useEffect(() => {
    if (wait <= 0) return;
    const id = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(id);
  }, [wait]);

  const send = async () => {
    try {
      await form.validateFields(['phone']);
    } catch {
      return;
    }
    setSending(true);
    try {
      await unwrap(client.POST('/api/v1/auth/codes', { body: { phone: form.getFieldValue('phone'), purpose } }));
      message.success(t('pc.sent'));
      setWait(60);
    } catch (e) {
      showError(e);
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      <Form.Item name="phone" label={t('pc.phone')} rules={[{ required: true, pattern: PHONE, message: t('pc.phoneBad') }]}>
        <Input prefix={<MobileOutlined />} inputMode="tel" autoComplete="tel" maxLength={20} />
      </Form.Item>
      <Form.Item label={t('pc.code')} required>
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item name="code" noStyle rules={[{ required: true, pattern: /^\d{6}$/, message: t('pc.codeBad') }]}>
            <Input prefix={<SafetyOutlined />} inputMode="numeric" autoComplete="one-time-code" maxLength={6} aria-label={t('pc.code')} />
          </Form.Item>
          <Button onClick={send} loading={sending} disabled={wait > 0}>
            {wait > 0 ? t('pc.again', { s: wait }) : t('pc.send')}
          </Button>
        </Space.Compact>
      </Form.Item>
    </>
  );
}
