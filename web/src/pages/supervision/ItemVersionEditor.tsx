import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Form, Input, InputNumber, Radio, Row, Select, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { ApiError, client, unwrap, type BodyOf } from '../../api/typed';
import { errorText } from '../../components/errors';
import { ConfirmButton } from '../../components/ConfirmButton';
import { formatDate } from '../../format';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';
import { diffItem, materialFormNames, type ItemContent } from './itemDiff';

const m = defineMessages({
  'ie.basic': ['基本信息与时限', 'Basics and time limits'],
  'ie.name': ['事项名称', 'Name'],
  'ie.handling': ['办件类型', 'Handling'],
  'ie.immediate': ['即办件', 'On the spot'],
  'ie.promised': ['承诺件', 'Within promised days'],
  'ie.legalDays': ['法定办结时限（工作日）', 'Statutory limit (working days)'],
  'ie.promisedDays': ['承诺办结时限（工作日）', 'Promised limit (working days)'],
  'ie.place': ['办理地点（窗口）', 'Place (window)'],
  'ie.officeHours': ['办理时间', 'Office hours'],
  'ie.phone': ['咨询电话', 'Enquiries'],
  'ie.conditions': ['受理条件', 'Conditions'],
  'ie.condition': ['受理条件 {n}', 'Condition {n}'],
  'ie.addCondition': ['添加受理条件', 'Add a condition'],
  'ie.fees': ['收费', 'Fees'],
  'ie.noFees': ['不收费', 'Free of charge'],
  'ie.feeName': ['收费项目', 'Fee'],
  'ie.amount': ['金额', 'Amount'],
  'ie.unit': ['单位', 'Unit'],
  'ie.basis': ['收费依据', 'Basis'],
  'ie.addFee': ['添加收费项目', 'Add a fee'],
  'ie.materials': ['申请材料', 'Materials'],
  'ie.materialName': ['材料名称', 'Material'],
  'ie.materialCode': ['材料代码', 'Code'],
  'ie.required': ['是否必需', 'Required'],
  'ie.requiredYes': ['必需', 'Required'],
  'ie.requiredNo': ['非必需', 'Optional'],
  'ie.form': ['材料形式', 'Form'],
  'ie.count': ['份数', 'Copies'],
  'ie.legalBasis': ['设定依据', 'Legal basis'],
  'ie.note': ['备注', 'Note'],
  'ie.addMaterial': ['添加申请材料', 'Add a material'],
  'ie.remove': ['删除', 'Remove'],
  'ie.removeNamed': ['删除{what}', 'Remove {what}'],
  'ie.save': ['保存草稿', 'Save the draft'],
  'ie.saved': ['草稿已保存', 'Draft saved'],
  'ie.fix': ['请按提示修改标红的内容', 'Correct the fields marked in red'],
  'ie.diff': ['与现行版本相比', 'Compared with the published version'],
  'ie.noDiff': ['与现行版本相同，没有改动', 'No change from the published version'],
  'ie.unsaved': ['有未保存的修改：发布前请先保存草稿', 'Unsaved changes: save the draft before publishing'],
  'ie.added': ['新增', 'Added'],
  'ie.removed': ['删除', 'Removed'],
  'ie.changed': ['修改', 'Changed'],
  'ie.effectiveOn': ['生效日期', 'Effective date'],
  'ie.effectiveHint': ['今天或不填：发布后立即生效；以后的日期：到期自动生效', 'Today or empty: at once; a later date: it takes effect that day'],
  'ie.publish': ['发布此草稿', 'Publish this draft'],
  'ie.confirmPublish': ['确认发布此版本？', 'Publish this version?'],
  'ie.confirmNow': ['发布后即对外生效、替代现行版本，不能再修改。共 {n} 处改动。', 'It takes effect at once and replaces the published version; it cannot be edited. {n} changes.'],
  'ie.confirmLater': ['将于 {date} 生效、替代现行版本；生效前再次修改草稿会取消定时发布。共 {n} 处改动。', 'It takes effect on {date}; editing the draft before then cancels the schedule. {n} changes.'],
  'ie.published': ['已发布；此后提交的申请按新版本办理，已提交的仍按原版本', 'Published; new applications use it, filed ones keep their version'],
  'ie.scheduled': ['已定时发布，将于 {date} 生效', 'Scheduled to take effect on {date}'],
  'ie.scheduledNote': ['此草稿已定时发布，将于 {date} 生效；再次保存会取消定时发布', 'This draft is scheduled for {date}; saving it again cancels the schedule'],
  'ie.readonly': ['已发布和已废止的版本不可修改；如需调整请新建草稿', 'Published and retired versions cannot change; make a new draft'],
  // per-field validation
  'v.name': ['请填写事项名称', 'Enter the name'],
  'v.days': ['请填写 0 至 3650 之间的整数', 'A whole number from 0 to 3650'],
  'v.immediateZero': ['即办件当场办结，承诺办结时限应为 0', 'An on-the-spot item promises 0 days'],
  'v.promisedOverLegal': ['承诺办结时限不能长于法定办结时限', 'The promised limit cannot exceed the statutory one'],
  'v.place': ['请填写办理地点或窗口', 'Enter the place or window'],
  'v.condition': ['请填写受理条件内容，或删除此条', 'Write the condition or remove it'],
  'v.feeName': ['请填写收费项目名称', 'Name the fee'],
  'v.amount': ['请填写不小于 0 的金额', 'An amount of 0 or more'],
  'v.basis': ['请填写收费依据', 'Give the basis of the fee'],
  'v.materialName': ['请填写材料名称', 'Name the material'],
  'v.materialCode': ['材料代码只能包含字母、数字和连字符（不超过 32 个字符）', 'Letters, digits and hyphens, at most 32'],
  'v.materialCodeTaken': ['材料代码与其他材料重复', 'Another material has this code'],
  'v.count': ['份数须为 1 至 99', 'From 1 to 99 copies'],
  'v.materialBasis': ['请填写材料的设定依据', 'Give the legal basis of the material'],
});

type Input = BodyOf<'/api/v1/catalog/item-versions/{id}', 'put'>;
type Material = NonNullable<Input['materials']>[number];

/**
 * 事项版本表单: materials, conditions, fees, time limits and the window, checked field by field in Chinese; the
 * change against the published version in words; publishing now or on an effective date, after a confirmation.
 */
export function ItemVersionEditor({ value, published, status, effectiveOn, versionId, onChanged }: { value: Input; published: ItemContent | null; status: 'draft' | 'published' | 'retired'; effectiveOn: string | null; versionId: string; onChanged: () => void }) {
  const t = useT(m);
  const [form] = Form.useForm<Input>();
  const [current, setCurrent] = useState<Input>(value);
  const [dirty, setDirty] = useState(false);
  const [problem, setProblem] = useState<{ title: string; issues: Array<{ path: string; message: string }> }>();
  const [effective, setEffective] = useState('');
  const action = useAction(onChanged);
  const readOnly = status !== 'draft';

  // the page rebuilds `value` on each render: reset the form only when the stored version itself changed
  const valueKey = `${versionId}:${JSON.stringify(value)}`;
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(value);
    setCurrent(value);
    setDirty(false);
    setProblem(undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [valueKey, form]);

  const changes = useMemo(() => diffItem(published, current as ItemContent), [published, current]);

  const save = async () => {
    setProblem(undefined);
    let fields: Input;
    try {
      fields = await form.validateFields();
    } catch {
      setProblem({ title: t('ie.fix'), issues: [] });
      return;
    }
    const body = { ...value, ...fields } as Input;
    await action.run(() => unwrap(client.PUT('/api/v1/catalog/item-versions/{id}', { params: { path: { id: versionId } }, body })), {
      done: t('ie.saved'),
      onError: (e) => {
        if (!(e instanceof ApiError && e.issues.length)) return false;
        // the server's findings beside the fields they concern; the rest listed above the buttons
        const nameOf = (path: string) => path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) as never;
        const placed = e.issues.filter((i) => form.getFieldInstance(nameOf(i.path)) !== undefined);
        form.setFields(placed.map((i) => ({ name: nameOf(i.path), errors: [i.message] })));
        setProblem({ title: errorText(e, t), issues: e.issues.filter((i) => !placed.includes(i)) });
        return true;
      },
    });
  };
  const publish = () =>
    action.run(() => unwrap(client.POST('/api/v1/catalog/item-versions/{id}/publish', { params: { path: { id: versionId } }, body: effective ? { effectiveOn: effective } : {} })), {
      done: effective && effective > todayBeijing() ? t('ie.scheduled', { date: formatDate(effective) }) : t('ie.published'),
    });

  const req = (msg: Parameters<typeof t>[0]) => [{ required: true, whitespace: true, message: t(msg) }];
  const dayRule = [{ required: true, type: 'integer' as const, min: 0, max: 3650, message: t('v.days') }];

  return (
    <Flex vertical gap={12}>
      {readOnly ? <Alert type="info" showIcon title={t('ie.readonly')} /> : null}
      {effectiveOn && status === 'draft' ? <Alert type="warning" showIcon title={t('ie.scheduledNote', { date: formatDate(effectiveOn) })} /> : null}
      <Form
        form={form}
        layout="vertical"
        disabled={readOnly}
        initialValues={value}
        onValuesChange={() => {
          setCurrent({ ...value, ...form.getFieldsValue(true) } as Input);
          setDirty(true);
        }}
      >
        <Card size="small" title={t('ie.basic')} style={{ marginBottom: 12 }}>
          <Form.Item name="name" label={t('ie.name')} rules={req('v.name')}>
            <Input maxLength={100} />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <Form.Item name="handling" label={t('ie.handling')} rules={[{ required: true }]}>
                <Radio.Group options={[{ value: 'promised', label: t('ie.promised') }, { value: 'immediate', label: t('ie.immediate') }]} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="legalDays" label={t('ie.legalDays')} rules={dayRule}>
                <InputNumber min={0} max={3650} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item
                name="promisedDays"
                label={t('ie.promisedDays')}
                dependencies={['legalDays', 'handling']}
                rules={[
                  ...dayRule,
                  ({ getFieldValue }) => ({
                    validator: (_, v: number) =>
                      typeof v === 'number' && getFieldValue('handling') === 'immediate' && v !== 0
                        ? Promise.reject(new Error(t('v.immediateZero')))
                        : typeof v === 'number' && v > (getFieldValue('legalDays') ?? Infinity)
                          ? Promise.reject(new Error(t('v.promisedOverLegal')))
                          : Promise.resolve(),
                  }),
                ]}
              >
                <InputNumber min={0} max={3650} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="place" label={t('ie.place')} rules={req('v.place')}>
            <Input maxLength={200} />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} md={14}>
              <Form.Item name="officeHours" label={t('ie.officeHours')}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item name="phone" label={t('ie.phone')}>
                <Input maxLength={40} />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card size="small" title={t('ie.conditions')} style={{ marginBottom: 12 }}>
          <Form.List name="conditions">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, n) => (
                  <Flex key={f.key} gap={8} align="start">
                    <Form.Item name={f.name} label={t('ie.condition', { n: n + 1 })} rules={req('v.condition')} style={{ flex: 1 }}>
                      <Input.TextArea autoSize maxLength={300} />
                    </Form.Item>
                    <Button aria-label={t('ie.removeNamed', { what: t('ie.condition', { n: n + 1 }) })} icon={<DeleteOutlined />} onClick={() => remove(f.name)} style={{ marginTop: 30 }} />
                  </Flex>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add('')}>{t('ie.addCondition')}</Button>
              </>
            )}
          </Form.List>
        </Card>

        <Card size="small" title={t('ie.fees')} style={{ marginBottom: 12 }}>
          <Form.List name="fees">
            {(fields, { add, remove }) => (
              <>
                {fields.length === 0 ? <Typography.Paragraph type="secondary">{t('ie.noFees')}</Typography.Paragraph> : null}
                {fields.map((f) => (
                  <Row key={f.key} gutter={8} align="top">
                    <Col xs={24} md={7}>
                      <Form.Item name={[f.name, 'name']} label={t('ie.feeName')} rules={req('v.feeName')}>
                        <Input maxLength={60} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={4}>
                      <Form.Item name={[f.name, 'amount']} label={t('ie.amount')} rules={[{ required: true, type: 'number', min: 0, message: t('v.amount') }]}>
                        <InputNumber min={0} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={3}>
                      <Form.Item name={[f.name, 'unit']} label={t('ie.unit')}>
                        <Input maxLength={20} />
                      </Form.Item>
                    </Col>
                    <Col xs={20} md={8}>
                      <Form.Item name={[f.name, 'basis']} label={t('ie.basis')} rules={req('v.basis')}>
                        <Input maxLength={300} />
                      </Form.Item>
                    </Col>
                    <Col xs={4} md={2}>
                      <Button aria-label={t('ie.removeNamed', { what: t('ie.feeName') })} icon={<DeleteOutlined />} onClick={() => remove(f.name)} style={{ marginTop: 30 }} />
                    </Col>
                  </Row>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ name: '', amount: 0, unit: '元', basis: '' })}>{t('ie.addFee')}</Button>
              </>
            )}
          </Form.List>
        </Card>

        <Card size="small" title={t('ie.materials')} style={{ marginBottom: 12 }}>
          <Form.List name="materials">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, n) => (
                  <Card key={f.key} size="small" type="inner" style={{ marginBottom: 8 }} title={`${n + 1}. ${form.getFieldValue(['materials', f.name, 'name']) || t('ie.materialName')}`} extra={<Button size="small" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)}>{t('ie.remove')}</Button>}>
                    <Row gutter={8}>
                      <Col xs={24} md={12}>
                        <Form.Item name={[f.name, 'name']} label={t('ie.materialName')} rules={req('v.materialName')}>
                          <Input maxLength={100} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={12}>
                        <Form.Item
                          name={[f.name, 'code']}
                          label={t('ie.materialCode')}
                          rules={[
                            { required: true, pattern: /^[A-Za-z0-9-]{1,32}$/, message: t('v.materialCode') },
                            ({ getFieldValue }) => ({ validator: (_, v: string) => ((getFieldValue('materials') as Material[]).filter((x) => x?.code === v).length > 1 ? Promise.reject(new Error(t('v.materialCodeTaken'))) : Promise.resolve()) }),
                          ]}
                        >
                          <Input maxLength={32} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={8}>
                        <Form.Item name={[f.name, 'required']} label={t('ie.required')} rules={[{ required: true }]}>
                          <Radio.Group options={[{ value: true, label: t('ie.requiredYes') }, { value: false, label: t('ie.requiredNo') }]} />
                        </Form.Item>
                      </Col>
                      <Col xs={14} md={10}>
                        <Form.Item name={[f.name, 'form']} label={t('ie.form')} rules={[{ required: true }]}>
                          <Select options={Object.entries(materialFormNames).map(([value, label]) => ({ value, label }))} />
                        </Form.Item>
                      </Col>
                      <Col xs={10} md={6}>
                        <Form.Item name={[f.name, 'count']} label={t('ie.count')} rules={[{ type: 'integer', min: 1, max: 99, message: t('v.count') }]}>
                          <InputNumber min={1} max={99} precision={0} style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col xs={24}>
                        <Form.Item name={[f.name, 'legalBasis']} label={t('ie.legalBasis')} rules={req('v.materialBasis')}>
                          <Input maxLength={300} />
                        </Form.Item>
                        <Form.Item name={[f.name, 'note']} label={t('ie.note')}>
                          <Input maxLength={300} />
                        </Form.Item>
                      </Col>
                    </Row>
                  </Card>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ code: `M${fields.length + 1}-${Date.now().toString(36).slice(-4)}`, name: '', required: true, form: 'original', count: 1, legalBasis: '' })}>{t('ie.addMaterial')}</Button>
              </>
            )}
          </Form.List>
        </Card>
      </Form>

      {problem ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={problem.title}
          description={problem.issues.length ? <ul style={{ margin: 0 }}>{problem.issues.map((i, n) => <li key={n}>{i.message}</li>)}</ul> : undefined}
        />
      ) : null}

      <Card size="small" title={t('ie.diff')}>
        {changes.length === 0 ? (
          <Typography.Text type="secondary">{t('ie.noDiff')}</Typography.Text>
        ) : (
          <ul aria-label={t('ie.diff')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {changes.map((c, n) => (
              <li key={n} style={{ padding: '4px 0' }}>
                <Tag color={c.kind === 'added' ? 'green' : c.kind === 'removed' ? 'red' : 'blue'}>{t(`ie.${c.kind}`)}</Tag>
                {c.text}
              </li>
            ))}
          </ul>
        )}
      </Card>

      {!readOnly ? (
        <Flex gap={12} wrap align="end">
          <Button onClick={() => void save()} loading={action.busy}>
            {t('ie.save')}
          </Button>
          <Flex vertical gap={4}>
            <label htmlFor={`effective-${versionId}`}>{t('ie.effectiveOn')}</label>
            <input id={`effective-${versionId}`} type="date" value={effective} min={todayBeijing()} onChange={(e) => setEffective(e.target.value)} style={{ height: 32, padding: '0 8px', border: '1px solid #d9d9d9', borderRadius: 6 }} />
          </Flex>
          <ConfirmButton
            type="primary"
            loading={action.busy}
            disabled={dirty}
            confirm={t('ie.confirmPublish')}
            description={effective && effective > todayBeijing() ? t('ie.confirmLater', { date: formatDate(effective), n: changes.length }) : t('ie.confirmNow', { n: changes.length })}
            onConfirm={publish}
          >
            {t('ie.publish')}
          </ConfirmButton>
          <Typography.Text type="secondary">{dirty ? t('ie.unsaved') : t('ie.effectiveHint')}</Typography.Text>
        </Flex>
      ) : null}
    </Flex>
  );
}

/** Today in Beijing as YYYY-MM-DD (what a date input takes). */
function todayBeijing(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}
