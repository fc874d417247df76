import { Alert, Button, Form, Input, Radio, Select } from 'antd';
import { client, unwrap, type BodyOf } from '../api/typed';
import type { DisclosureRequest } from '../api/disclosure';
import { useDepartments } from '../api/useDepartments';
import { useAction } from '../hooks/useAction';
import { defineMessages, useT } from '../i18n';

const m = defineMessages({
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
  'pd.applicantKind': ['申请人类型', 'Applicant'],
  'pd.citizen': ['公民', 'Citizen'],
  'pd.organisation': ['法人或其他组织', 'Organisation'],
  'pd.applicantName': ['申请人姓名', 'Name'],
  'pd.orgName': ['单位名称', 'Organisation name'],
  'pd.idNumber': ['身份证号码（选填）', 'Identity card number (optional)'],
  'pd.uscc': ['统一社会信用代码（选填）', 'Unified social credit code (optional)'],
  'pd.register': ['登记申请', 'Register the request'],
});


type Filing = BodyOf<'/api/v1/disclosure/requests', 'post'>;

/** Filing a disclosure request: online by the applicant, or at the window by a clerk for someone in person. */
export function DisclosureForm({ atWindow, onFiled }: { atWindow?: boolean; onFiled(x: DisclosureRequest): void }) {
  const t = useT(m);
  const depts = useDepartments();
  const [form] = Form.useForm();
  const applicantKind = Form.useWatch('applicantKind', form) as 'citizen' | 'organisation' | undefined;
  const { busy, run } = useAction();
  const required = [{ required: true, whitespace: true, message: t('pd.required') }];
  const submit = (v: Record<string, string | undefined>) =>
    run(async () => {
      const x: DisclosureRequest = await unwrap(
        client.POST('/api/v1/disclosure/requests', {
          body: {
            description: v.description ?? '',
            purpose: v.purpose?.trim() || undefined,
            format: v.format as Filing['format'],
            delivery: v.delivery as Filing['delivery'],
            departmentId: v.departmentId || undefined,
            phone: v.phone?.trim() || undefined,
            address: v.address?.trim() || undefined,
            ...(atWindow ? { applicantName: v.applicantName?.trim(), applicantKind: v.applicantKind as Filing['applicantKind'], applicantIdCode: v.applicantIdCode?.trim() || undefined } : {}),
          },
        }),
      );
      form.resetFields();
      onFiled(x);
    });
  return (
    <Form form={form} layout="vertical" onFinish={submit} initialValues={{ format: atWindow ? 'paper' : 'electronic', delivery: atWindow ? 'pickup' : 'online', applicantKind: 'citizen' }}>
      {atWindow ? (
        <>
          <Form.Item name="applicantKind" label={t('pd.applicantKind')}>
            <Radio.Group options={[{ value: 'citizen', label: t('pd.citizen') }, { value: 'organisation', label: t('pd.organisation') }]} />
          </Form.Item>
          <Form.Item name="applicantName" label={applicantKind === 'organisation' ? t('pd.orgName') : t('pd.applicantName')} rules={required}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="applicantIdCode" label={applicantKind === 'organisation' ? t('pd.uscc') : t('pd.idNumber')}>
            <Input maxLength={18} />
          </Form.Item>
        </>
      ) : null}
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
      <Button type="primary" htmlType="submit" loading={busy}>{atWindow ? t('pd.register') : t('pd.submit')}</Button>
    </Form>
  );
}

/** The number and due date of a request just filed. */
export function FiledNotice({ x }: { x: DisclosureRequest }) {
  const t = useT(m);
  return <Alert type="success" showIcon title={t('pd.filed', { number: x.number, due: x.dueDate ?? '—' })} style={{ marginBottom: 16 }} />;
}
