import { Alert, Button, Card, Col, Form, Input, Radio, Row, Select } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import type { DisclosureRequest } from '../../api/disclosure';
import { useDepartments } from '../../api/useDepartments';
import { DisclosureTable } from '../../components/DisclosureParts';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'pd.title': ['政府信息公开申请', 'Request government information'],
  'pd.sub': ['依申请公开：能够当场答复的当场答复，否则自收到申请之日起 20 个工作日内答复', 'Answered on the spot where possible, otherwise within 20 working days'],
  'pd.file': ['提交申请', 'File a request'],
  'pd.mine': ['我的申请', 'My requests'],
  'pd.description': ['所需政府信息的名称、文号或便于查询的其他特征描述', 'The information asked for (title, reference or a description)'],
  'pd.purpose': ['用途（选填）', 'Purpose (optional)'],
  'pd.department': ['向哪个机关申请', 'Agency'],
  'pd.departmentHint': ['不选择时由县政务公开办（审批服务局）受理', 'Default: the county disclosure office'],
  'pd.format': ['获取信息的载体形式', 'Format'],
  'pd.paper': ['纸质', 'Paper'],
  'pd.electronic': ['电子', 'Electronic'],
  'pd.delivery': ['获取方式', 'Delivery'],
  'pd.online': ['网上获取', 'Online'],
  'pd.email': ['电子邮件', 'Email'],
  'pd.post': ['邮寄', 'Post'],
  'pd.pickup': ['当面领取', 'Pick up'],
  'pd.phone': ['联系电话', 'Phone'],
  'pd.address': ['通信地址（邮寄时填写）', 'Postal address (for post)'],
  'pd.submit': ['提交申请', 'Submit'],
  'pd.filed': ['申请已提交，编号 {number}，答复期限 {due}', 'Filed as {number}; answer due {due}'],
  'pd.required': ['请填写此项', 'Required'],
});

/** 依申请公开 online: file a request and follow one's own requests and answers. */
export default function PortalDisclosurePage() {
  const t = useT(m);
  const depts = useDepartments();
  const [form] = Form.useForm();
  const [filed, setFiled] = useState<DisclosureRequest>();
  const mine = useApi((signal) => api.get<{ items: DisclosureRequest[] }>('/api/v1/disclosure/requests', undefined, { signal }), [filed?.id]);
  const { busy, run } = useAction();
  const required = [{ required: true, whitespace: true, message: t('pd.required') }];
  const submit = (v: Record<string, string | undefined>) =>
    run(async () => {
      const x = await api.post<DisclosureRequest>('/api/v1/disclosure/requests', {
        description: v.description,
        purpose: v.purpose?.trim() || undefined,
        format: v.format,
        delivery: v.delivery,
        departmentId: v.departmentId || undefined,
        phone: v.phone?.trim() || undefined,
        address: v.address?.trim() || undefined,
      });
      form.resetFields();
      setFiled(x);
    });
  return (
    <>
      <PageHeader title={t('pd.title')} sub={t('pd.sub')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('pd.file')}>
            {filed ? <Alert type="success" showIcon title={t('pd.filed', { number: filed.number, due: filed.dueDate ?? '—' })} style={{ marginBottom: 16 }} /> : null}
            <Form form={form} layout="vertical" onFinish={submit} initialValues={{ format: 'electronic', delivery: 'online' }}>
              <Form.Item name="description" label={t('pd.description')} rules={required}>
                <Input.TextArea rows={3} maxLength={2000} />
              </Form.Item>
              <Form.Item name="purpose" label={t('pd.purpose')}>
                <Input maxLength={500} />
              </Form.Item>
              <Form.Item name="departmentId" label={t('pd.department')} extra={t('pd.departmentHint')}>
                <Select allowClear aria-label={t('pd.department')} options={depts.options} showSearch={{ optionFilterProp: 'label' }} />
              </Form.Item>
              <Form.Item name="format" label={t('pd.format')}>
                <Radio.Group options={[{ value: 'electronic', label: t('pd.electronic') }, { value: 'paper', label: t('pd.paper') }]} />
              </Form.Item>
              <Form.Item name="delivery" label={t('pd.delivery')}>
                <Radio.Group options={(['online', 'email', 'post', 'pickup'] as const).map((v) => ({ value: v, label: t(`pd.${v}`) }))} />
              </Form.Item>
              <Form.Item name="phone" label={t('pd.phone')} rules={[{ pattern: /^(1\d{10}|0\d{2,3}-?\d{7,8})$/, message: t('pd.phone') }]}>
                <Input maxLength={20} inputMode="tel" autoComplete="tel" />
              </Form.Item>
              <Form.Item name="address" label={t('pd.address')}>
                <Input maxLength={200} autoComplete="street-address" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={busy}>{t('pd.submit')}</Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('pd.mine')}>
            <Loadable loaded={mine}>{(d) => <DisclosureTable items={d.items} base="/portal/disclosure" showApplicant={false} />}</Loadable>
          </Card>
        </Col>
      </Row>
    </>
  );
}
