import { Button, Card, Col, Form, Input, Radio, Result, Row, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import { HALL_REGION, type HallTicket } from '../../api/hall';
import { useApi } from '../../api/hooks';
import { client, unwrap } from '../../api/typed';
import { useAuth } from '../../auth/AuthContext';
import { PageHeader } from '../../components/PageHeader';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'ci.title': ['签到取号', 'Check in'],
  'ci.sub': ['有预约的凭预约码或身份证号签到；没有预约的选择业务分区现场取号。老年人、绿色通道优先。', 'Check in with the booking code or ID number; walk-ins choose a zone. The elderly and the green channel go first.'],
  'ci.by': ['方式', 'By'],
  'ci.byCode': ['预约码', 'Booking code'],
  'ci.byId': ['身份证号', 'ID number'],
  'ci.code': ['预约码', 'Booking code'],
  'ci.id': ['身份证号', 'ID number'],
  'ci.name': ['姓名（现场取号）', 'Name (walk-in)'],
  'ci.zone': ['业务分区（无预约时）', 'Zone (walk-in)'],
  'ci.green': ['绿色通道', 'Green channel'],
  'ci.submit': ['取号', 'Take a number'],
  'ci.number': ['您的号码', 'Your number'],
  'ci.info': ['{zone} · {priority} · 前面还有 {n} 位', '{zone} · {priority} · {n} ahead'],
  'ci.again': ['下一位', 'Next visitor'],
});

/** 取号: the hall's check-in desk (operated by staff): a number for an appointment or a walk-in. */
export default function CheckInPage() {
  const t = useT(m);
  const { me } = useAuth();
  const region = me?.regionCode ?? HALL_REGION;
  const [by, setBy] = useState<'code' | 'id'>('code');
  const [ticket, setTicket] = useState<HallTicket>();
  const [form] = Form.useForm();
  const { busy, run } = useAction();
  const zones = useApi((signal) => unwrap(client.GET('/api/v1/public/hall/zones', { params: { query: { region } }, signal })), [region]);
  const submit = (v: { code?: string; idNumber?: string; name?: string; zoneId?: string; greenChannel?: boolean }) =>
    run(async () => {
      const body = by === 'code' ? { code: v.code, greenChannel: v.greenChannel } : { idNumber: v.idNumber, name: v.name || undefined, zoneId: v.zoneId, greenChannel: v.greenChannel };
      setTicket(await unwrap(client.POST('/api/v1/hall/check-ins', { body })));
    });
  return (
    <>
      <PageHeader title={t('ci.title')} sub={t('ci.sub')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small">
            <Form form={form} layout="vertical" onFinish={submit}>
              <Form.Item label={t('ci.by')}>
                <Radio.Group value={by} onChange={(e) => setBy(e.target.value)} options={[{ value: 'code', label: t('ci.byCode') }, { value: 'id', label: t('ci.byId') }]} optionType="button" />
              </Form.Item>
              {by === 'code' ? (
                <Form.Item name="code" label={t('ci.code')} rules={[{ required: true }]}><Input autoComplete="off" /></Form.Item>
              ) : (
                <>
                  <Form.Item name="idNumber" label={t('ci.id')} rules={[{ required: true }]}><Input autoComplete="off" maxLength={18} /></Form.Item>
                  <Form.Item name="name" label={t('ci.name')}><Input /></Form.Item>
                  <Form.Item name="zoneId" label={t('ci.zone')}>
                    <Select allowClear aria-label={t('ci.zone')} options={(zones.data?.zones ?? []).map((z) => ({ value: z.id, label: `${z.letter} ${z.name}` }))} />
                  </Form.Item>
                </>
              )}
              <Form.Item name="greenChannel" label={t('ci.green')} valuePropName="checked"><Switch /></Form.Item>
              <Button type="primary" htmlType="submit" loading={busy}>{t('ci.submit')}</Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          {ticket ? (
            <Card size="small">
              <Result
                status="success"
                title={t('ci.number')}
                subTitle={t('ci.info', { zone: ticket.zone.name, priority: ticket.priorityName, n: ticket.ahead ?? 0 })}
                extra={<>
                  <Typography.Text strong style={{ fontSize: 56 }} data-testid="queue-number">{ticket.number}</Typography.Text>
                  <div><Button onClick={() => { setTicket(undefined); form.resetFields(); }}>{t('ci.again')}</Button></div>
                </>}
              />
            </Card>
          ) : null}
        </Col>
      </Row>
    </>
  );
}
