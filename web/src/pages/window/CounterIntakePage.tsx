import { SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Radio, Select, Tag, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { client, unwrap } from '../../api/typed';
import type { MergedField } from '../../api/forms';
import { useApi } from '../../api/hooks';
import { useItemVersions } from '../../api/useItemVersions';
import { FieldInput } from '../../components/FormField';
import { Loadable } from '../../components/Loadable';
import { MaterialUpload, type Uploaded } from '../../components/MaterialUpload';
import { PageHeader } from '../../components/PageHeader';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useLang, useT } from '../../i18n';

const m = defineMessages({
  'ci.title': ['窗口收件', 'File at the counter'],
  'ci.sub': ['为到窗口办事的申请人录入申请：核验身份、扫描材料，提交后与网上申报的办件一样受理、审批、出件', 'File for a person at the counter: check identity, scan the materials; the application then follows the usual path'],
  'ci.applicant': ['申请人', 'Applicant'],
  'ci.kind': ['申请人类型', 'Applicant type'],
  'ci.citizen': ['个人', 'Person'],
  'ci.business': ['企业/个体工商户', 'Business'],
  'ci.name': ['姓名（企业填法定代表人或负责人）', 'Name (for a business: its legal representative)'],
  'ci.orgName': ['企业名称', 'Business name'],
  'ci.uscc': ['统一社会信用代码', 'Unified social credit code'],
  'ci.idNumber': ['公民身份号码', 'ID number'],
  'ci.phone': ['申请人联系电话', 'Applicant phone'],
  'ci.username': ['平台账号（申请人已注册的，填写后可在网上查看办件）', 'Platform account (if the applicant has one)'],
  'ci.identity': ['身份核验', 'Identity check'],
  'ci.identityCheck': ['核验方式', 'How identity was checked'],
  'ci.idCardRead': ['读取居民身份证芯片（读卡器）', 'ID card chip read'],
  'ci.idCardInspected': ['查验居民身份证原件', 'ID card inspected'],
  'ci.presenter': ['到窗口办理人（不填即申请人本人）', 'Person at the counter (blank: the applicant)'],
  'ci.items': ['办理事项', 'Items'],
  'ci.pickItems': ['选择要办理的事项', 'Choose the items'],
  'ci.form': ['申请表', 'Application form'],
  'ci.materials': ['材料扫描上传', 'Scanned materials'],
  'ci.required': ['必须', 'Required'],
  'ci.optional': ['视情况', 'If applicable'],
  'ci.needed': ['{items}', '{items}'],
  'ci.missing': ['以下必须材料尚未扫描上传：{list}', 'Required materials not scanned yet: {list}'],
  'ci.fixErrors': ['申请表还有 {n} 处需要修改', '{n} form fields need fixing'],
  'ci.submit': ['提交（窗口收件）', 'File at the counter'],
  'ci.filed': ['已收件，办件号 {number}', 'Filed: application {number}'],
  'ci.requiredField': ['请填写', 'Required'],
});

interface Applicant {
  kind: 'citizen' | 'business';
  name: string;
  orgName?: string;
  uscc?: string;
  idNumber?: string;
  phone?: string;
  username?: string;
  identityCheck?: 'idCardRead' | 'idCardInspected';
  presenterName?: string;
}

/** 窗口收件: a clerk files an application for a walk-in applicant, who then follows the same path as online. */
export default function CounterIntakePage() {
  const t = useT(m);
  const { lang } = useLang();
  const navigate = useNavigate();
  const [who] = Form.useForm<Applicant>();
  const [form] = Form.useForm();
  const [codes, setCodes] = useState<string[]>([]);
  const [scans, setScans] = useState<Record<string, Uploaded>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const idempotencyKey = useRef(crypto.randomUUID());
  const { busy, run } = useAction();
  const catalog = useApi((signal) => unwrap(client.GET('/api/v1/catalog/items', { params: { query: { limit: 500 } }, signal })), []);
  const chosen = useMemo(() => (catalog.data?.items ?? []).filter((i) => codes.includes(i.code)), [catalog.data, codes]);
  const versionIds = chosen.map((i) => i.versionId);
  const specs = useItemVersions(versionIds);
  const merged = useApi(
    (signal) => (versionIds.length ? unwrap(client.POST('/api/v1/guidance/forms/merged', { body: { itemVersionIds: versionIds }, signal })) : Promise.resolve(null)),
    [versionIds.join(',')],
  );
  const fields: MergedField[] = merged.data ? [...merged.data.common, ...merged.data.groups.flatMap((g) => g.fields)] : [];

  // One scan per material, shared by every chosen item that asks for it.
  const materials = useMemo(() => {
    const byCode = new Map<string, { code: string; name: string; required: boolean; neededBy: Array<{ itemCode: string; itemName: string }> }>();
    for (const item of specs.data ?? []) {
      for (const x of item.materials) {
        const seen = byCode.get(x.code) ?? { code: x.code, name: x.name, required: false, neededBy: [] };
        seen.required ||= x.required;
        seen.neededBy.push({ itemCode: item.code, itemName: item.name });
        byCode.set(x.code, seen);
      }
    }
    return [...byCode.values()];
  }, [specs.data]);

  const submit = async () => {
    setProblems([]);
    const applicant = await who.validateFields().catch(() => null);
    if (!applicant) return;
    await run(async () => {
      const all = form.getFieldsValue(true) as Record<string, unknown>;
      const data = Object.fromEntries(fields.filter((f) => all[f.name] !== undefined && all[f.name] !== null && all[f.name] !== '').map((f) => [f.name, all[f.name]]));
      const checked = await unwrap(client.POST('/api/v1/guidance/forms/check', { body: { itemVersionIds: versionIds, data } }));
      const byField = new Map<string, string[]>();
      for (const e of checked.errors) byField.set(e.field, [...(byField.get(e.field) ?? []), lang === 'en' ? e.message.en : e.message.zh]);
      form.setFields(fields.map((f) => ({ name: f.name, errors: byField.get(f.name) ?? [] })));
      const issues: string[] = [];
      if (!checked.valid) issues.push(t('ci.fixErrors', { n: checked.errors.length }));
      const missing = materials.filter((x) => x.required && !scans[x.code]);
      if (missing.length) issues.push(t('ci.missing', { list: missing.map((x) => x.name).join('、') }));
      if (issues.length) {
        setProblems(issues);
        return;
      }
      const business = applicant.kind === 'business';
      const created = await unwrap(
        client.POST('/api/v1/applications', {
          params: { header: { 'idempotency-key': idempotencyKey.current } },
          body: {
          itemCodes: codes,
          form: checked.values,
          attachments: materials.filter((x) => scans[x.code]).map((x) => ({ uploadId: scans[x.code]!.id, materials: x.neededBy.map((n) => ({ itemCode: n.itemCode, materialCode: x.code })) })),
          applicant: {
            kind: applicant.kind,
            name: applicant.name.trim(),
            idNumber: business ? null : applicant.idNumber?.trim().toUpperCase() || null,
            uscc: business ? applicant.uscc?.trim().toUpperCase() || null : null,
            orgName: business ? applicant.orgName?.trim() || null : null,
            phone: applicant.phone?.trim() || null,
            username: applicant.username?.trim() || null,
          },
          counter: { identityCheck: applicant.identityCheck!, presenterName: applicant.presenterName?.trim() || null },
          },
        }),
      );
      navigate(`/window/applications/${created.id}`);
      return created;
    }, { after: false });
  };

  const required = [{ required: true, message: t('ci.requiredField') }];
  return (
    <>
      <PageHeader title={t('ci.title')} sub={t('ci.sub')} />
      <Form form={who} layout="vertical" initialValues={{ kind: 'citizen' }}>
        <Card title={t('ci.applicant')} style={{ marginBottom: 16 }}>
          <Form.Item name="kind" label={t('ci.kind')}>
            <Radio.Group aria-label={t('ci.kind')} options={[{ value: 'citizen', label: t('ci.citizen') }, { value: 'business', label: t('ci.business') }]} />
          </Form.Item>
          <Flex gap={16} wrap="wrap">
            <Form.Item name="name" label={t('ci.name')} rules={required} style={{ flex: '1 1 240px' }}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
              {() =>
                who.getFieldValue('kind') === 'business' ? (
                  <>
                    <Form.Item name="orgName" label={t('ci.orgName')} rules={required} style={{ flex: '1 1 240px' }}>
                      <Input maxLength={100} />
                    </Form.Item>
                    <Form.Item name="uscc" label={t('ci.uscc')} rules={[...required, { len: 18, message: t('ci.uscc') }]} style={{ flex: '1 1 240px' }}>
                      <Input maxLength={18} />
                    </Form.Item>
                  </>
                ) : (
                  <Form.Item name="idNumber" label={t('ci.idNumber')} rules={[...required, { len: 18, message: t('ci.idNumber') }]} style={{ flex: '1 1 240px' }}>
                    <Input maxLength={18} />
                  </Form.Item>
                )
              }
            </Form.Item>
            <Form.Item name="phone" label={t('ci.phone')} style={{ flex: '1 1 200px' }}>
              <Input maxLength={20} inputMode="tel" />
            </Form.Item>
          </Flex>
          <Form.Item name="username" label={t('ci.username')}>
            <Input maxLength={64} style={{ maxWidth: 320 }} />
          </Form.Item>
        </Card>
        <Card title={t('ci.identity')} style={{ marginBottom: 16 }}>
          <Form.Item name="identityCheck" label={t('ci.identityCheck')} rules={required}>
            <Radio.Group aria-label={t('ci.identityCheck')} options={[{ value: 'idCardRead', label: t('ci.idCardRead') }, { value: 'idCardInspected', label: t('ci.idCardInspected') }]} />
          </Form.Item>
          <Form.Item name="presenterName" label={t('ci.presenter')}>
            <Input maxLength={40} style={{ maxWidth: 320 }} />
          </Form.Item>
        </Card>
      </Form>
      <Card title={t('ci.items')} style={{ marginBottom: 16 }}>
        <Loadable loaded={catalog} rows={1}>
          {(c) => (
            <Select
              mode="multiple"
              showSearch
              optionFilterProp="label"
              aria-label={t('ci.pickItems')}
              placeholder={t('ci.pickItems')}
              style={{ width: '100%' }}
              value={codes}
              onChange={(v) => setCodes(v)}
              options={c.items.filter((i) => i.status === 'published').map((i) => ({ value: i.code, label: `${i.name}（${i.department.name}）` }))}
            />
          )}
        </Loadable>
      </Card>
      {codes.length ? (
        <>
          <Card title={t('ci.form')} style={{ marginBottom: 16 }}>
            <Loadable loaded={merged} rows={4}>
              {() => (
                <Form form={form} layout="vertical">
                  {fields.map((f) => (
                    <Form.Item key={f.name} name={f.name} label={f.label} required={f.required && !f.visibleIf} validateTrigger={[]}>
                      <FieldInput field={f} />
                    </Form.Item>
                  ))}
                </Form>
              )}
            </Loadable>
          </Card>
          <Card title={t('ci.materials')} style={{ marginBottom: 16 }}>
            <Loadable loaded={specs} rows={3}>
              {() => (
                <>
                  {materials.map((x) => (
                    <Flex key={x.code} justify="space-between" wrap="wrap" gap={8} style={{ padding: '8px 0', borderBottom: '1px solid rgba(5,5,5,.06)' }}>
                      <div style={{ flex: '1 1 320px' }}>
                        <Typography.Text strong>{x.name}</Typography.Text> {x.required ? <Tag color="red">{t('ci.required')}</Tag> : <Tag>{t('ci.optional')}</Tag>}
                        <div>
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {t('ci.needed', { items: x.neededBy.map((n) => n.itemName).join('、') })}
                          </Typography.Text>
                        </div>
                      </div>
                      <div style={{ flex: '1 1 260px' }}>
                        <MaterialUpload label={x.name} value={scans[x.code]} onChange={(u) => setScans((s) => ({ ...s, [x.code]: u }))} />
                      </div>
                    </Flex>
                  ))}
                </>
              )}
            </Loadable>
          </Card>
        </>
      ) : null}
      {problems.length ? <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={problems.join('；')} /> : null}
      <Button type="primary" icon={<SendOutlined />} loading={busy} disabled={!codes.length} onClick={() => void submit()}>
        {t('ci.submit')}
      </Button>
    </>
  );
}
