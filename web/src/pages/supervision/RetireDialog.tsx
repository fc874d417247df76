import { Alert, Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { client, unwrap } from '../../api/typed';
import { useDepartments } from '../../api/useDepartments';
import { ConfirmButton } from '../../components/ConfirmButton';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'rt.open': ['废止…', 'Retire…'],
  'rt.titleItem': ['废止事项：{name}', 'Retire the item: {name}'],
  'rt.titleBundle': ['废止一件事：{name}', 'Retire the bundle: {name}'],
  'rt.hint': ['废止须说明精简方式和依据，计入本年度事项精简报告（四减）。', 'A retirement says how and on what basis; it is counted in the year’s streamlining report.'],
  'rt.action': ['精简方式', 'Kind'],
  'rt.basis': ['依据（文件名称与文号）', 'Basis (document and number)'],
  'rt.mergedIntoItem': ['并入的事项编码', 'Merged into (item code)'],
  'rt.mergedIntoBundle': ['并入的一件事编码', 'Merged into (bundle code)'],
  'rt.receiver': ['承接单位', 'Receiving body'],
  'rt.reason': ['说明（可不填）', 'Note (optional)'],
  'rt.required': ['请填写', 'Required'],
  'rt.choose': ['请选择', 'Choose one'],
  'rt.go': ['废止', 'Retire'],
  'rt.confirm': ['确认废止？', 'Retire it?'],
  'rt.confirmHint': ['废止后不再对外公布和受理，已提交的申请仍按原版本办理。此操作不能撤销。', 'It is no longer listed or filed; filed applications keep their version. This cannot be undone.'],
  'rt.done': ['已废止，并计入事项精简报告', 'Retired and counted in the streamlining report'],
  'rt.cancel': ['取消', 'Cancel'],
  'a.abolish': ['取消', 'Abolish'],
  'a.delegate': ['下放', 'Delegate down'],
  'a.merge': ['合并', 'Merge'],
  'a.toFiling': ['改备案', 'Turn into a filing'],
  'a.entrust': ['委托', 'Entrust'],
});

type Action = 'abolish' | 'delegate' | 'merge' | 'toFiling' | 'entrust';
const ITEM_ACTIONS: Action[] = ['abolish', 'delegate', 'merge', 'toFiling', 'entrust'];
const BUNDLE_ACTIONS: Action[] = ['abolish', 'merge'];

/** 废止 of an item or bundle, typed as 事项精简: the kind (in words), its basis, what it merges into or who takes it over. */
export function RetireButton({ kind, code, name, onRetired }: { kind: 'item' | 'bundle'; code: string; name: string; onRetired: () => void }) {
  const t = useT(m);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const action: Action | undefined = Form.useWatch('action', form);
  const departments = useDepartments();
  const { busy, run } = useAction(onRetired);
  const required = [{ required: true, whitespace: true, message: t('rt.required') }];
  const receivers = departments.list.map((d) => ({ value: d.code, label: d.name }));
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const common = { action: v.action as Action, basis: String(v.basis).trim(), ...(v.mergedInto ? { mergedInto: String(v.mergedInto).trim() } : {}), ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}) };
    const ok = await run(
      () =>
        kind === 'item'
          ? unwrap(client.POST('/api/v1/catalog/items/{code}/retire', { params: { path: { code } }, body: { ...common, ...(v.receiver ? { receivingDepartmentCode: v.receiver } : {}) } }))
          : unwrap(client.POST('/api/v1/catalog/bundles/{code}/retire', { params: { path: { code } }, body: common })),
      { done: t('rt.done') },
    );
    if (ok !== undefined) setOpen(false);
  };
  return (
    <>
      <Button danger onClick={() => (form.resetFields(), setOpen(true))}>{t('rt.open')}</Button>
      <Modal
        open={open}
        title={t(kind === 'item' ? 'rt.titleItem' : 'rt.titleBundle', { name })}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        footer={[
          <Button key="cancel" onClick={() => setOpen(false)}>{t('rt.cancel')}</Button>,
          <ConfirmButton key="go" danger type="primary" loading={busy} confirm={t('rt.confirm')} description={t('rt.confirmHint')} onConfirm={submit}>{t('rt.go')}</ConfirmButton>,
        ]}
      >
        <Alert type="info" showIcon title={t('rt.hint')} style={{ marginBottom: 12 }} />
        <Form form={form} layout="vertical">
          <Form.Item name="action" label={t('rt.action')} rules={[{ required: true, message: t('rt.choose') }]}>
            <Select options={(kind === 'item' ? ITEM_ACTIONS : BUNDLE_ACTIONS).map((a) => ({ value: a, label: t(`a.${a}`) }))} />
          </Form.Item>
          <Form.Item name="basis" label={t('rt.basis')} rules={required}><Input /></Form.Item>
          {action === 'merge' ? <Form.Item name="mergedInto" label={t(kind === 'item' ? 'rt.mergedIntoItem' : 'rt.mergedIntoBundle')} rules={required}><Input /></Form.Item> : null}
          {action === 'delegate' || action === 'entrust' ? (
            <Form.Item name="receiver" label={t('rt.receiver')} rules={[{ required: true, message: t('rt.choose') }]}><Select showSearch optionFilterProp="label" options={receivers} /></Form.Item>
          ) : null}
          <Form.Item name="reason" label={t('rt.reason')}><Input.TextArea rows={2} /></Form.Item>
        </Form>
      </Modal>
    </>
  );
}
