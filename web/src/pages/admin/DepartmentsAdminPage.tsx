import { Alert, App, Button, Form, Input, Modal, Select, Switch, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { client, unwrap } from '../../api/typed';
import { useApi } from '../../api/hooks';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { useAuth } from '../../auth/AuthContext';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';
import type { AdminDepartment, ServiceWindow } from './types';

const m = defineMessages({
  'da.title': ['部门与窗口', 'Departments and windows'],
  'da.sub': ['本行政区划及下级的部门和政务服务大厅窗口；没有在岗审核人员的部门，其事项无人办理，也不能发布新版本', 'Departments and hall windows of your region and below; a department with no active reviewer cannot handle or publish its items'],
  'da.departments': ['部门', 'Departments'],
  'da.windows': ['窗口', 'Windows'],
  'da.newDepartment': ['新增部门', 'New department'],
  'da.newWindow': ['新增窗口', 'New window'],
  'da.edit': ['修改', 'Edit'],
  'da.code': ['编码', 'Code'],
  'da.name': ['名称', 'Name'],
  'da.shortName': ['简称', 'Short name'],
  'da.uscc': ['统一社会信用代码', 'Credit code'],
  'da.documentPrefix': ['发文代字（文书编号前缀）', 'Document number prefix (发文代字)'],
  'da.documentPrefixHint': ['如“蓝审批服务”，用于受理通知书、决定书等文书编号；不填则按行政区划首字与部门简称生成', 'E.g. 蓝审批服务, printed before the numbers of notices and decisions; empty: derived from the region and the short name'],
  'da.documentPrefixRule': ['发文代字须为 2–12 个汉字', 'Use 2–12 Chinese characters'],
  'da.region': ['行政区划代码', 'Region code'],
  'da.reviewers': ['在岗审核人员', 'Active reviewers'],
  'da.heads': ['负责人', 'Heads'],
  'da.unstaffed': ['无在岗审核人员', 'No active reviewer'],
  'da.department': ['所属部门', 'Department'],
  'da.location': ['位置', 'Location'],
  'da.open': ['启用', 'Open'],
  'da.closed': ['已停用', 'Closed'],
  'da.status': ['状态', 'Status'],
  'da.reason': ['理由（记入审计日志）', 'Reason (audited)'],
  'da.required': ['必填', 'Required'],
  'da.saved': ['已保存', 'Saved'],
  'da.codeFixed': ['编码和行政区划创建后不能修改（办件、期限和证照引用它们）', 'Code and region are fixed once created (cases, deadlines and licences refer to them)'],
  'da.closeWarn': ['停用窗口后，该窗口不再分配给工作人员，已有记录保留。', 'A closed window is no longer assigned; its records stay.'],
});

type Dialog = { kind: 'department'; row?: AdminDepartment } | { kind: 'window'; row?: ServiceWindow } | null;

/** 系统管理 · 部门与窗口. */
export default function DepartmentsAdminPage() {
  const t = useT(m);
  const { me } = useAuth();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'windows' ? 'windows' : 'departments';
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm();
  const departments = useApi((signal) => unwrap(client.GET('/api/v1/admin/departments', { signal })), []);
  const windows = useApi((signal) => unwrap(client.GET('/api/v1/admin/windows', { signal })), []);
  const reload = () => (departments.reload(), windows.reload());
  const { busy, run } = useAction(reload);
  const deptName = (id: string) => departments.data?.items.find((d) => d.id === id)?.name ?? '—';

  const open = (d: Dialog) => {
    form.resetFields();
    if (d?.kind === 'department' && d.row) form.setFieldsValue({ name: d.row.name, shortName: d.row.shortName, uscc: d.row.uscc, documentPrefix: d.row.documentPrefix ?? '' });
    if (d?.kind === 'department' && !d.row) form.setFieldsValue({ regionCode: me?.regionCode ?? '' });
    if (d?.kind === 'window' && d.row) form.setFieldsValue({ name: d.row.name, departmentId: d.row.departmentId, location: d.row.location, active: d.row.active });
    setDialog(d);
  };
  const submit = async () => {
    // a form left incomplete shows its messages beside the fields; nothing is sent
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const ok = await run(async () => {
      if (dialog?.kind === 'department') {
        const { documentPrefix, ...rest } = v as typeof v & { documentPrefix?: string };
        const body = { ...rest, uscc: rest.uscc?.trim() || null };
        return dialog.row
          ? unwrap(client.PATCH('/api/v1/admin/departments/{id}', { params: { path: { id: dialog.row.id } }, body: { ...body, documentPrefix: documentPrefix?.trim() || null } }))
          : unwrap(client.POST('/api/v1/admin/departments', { body }));
      }
      const body = { ...v, location: v.location?.trim() || null };
      return dialog?.row
        ? unwrap(client.PATCH('/api/v1/admin/windows/{id}', { params: { path: { id: dialog.row.id } }, body }))
        : unwrap(client.POST('/api/v1/admin/windows', { body }));
    });
    if (ok !== undefined) {
      setDialog(null);
      message.success(t('da.saved'));
    }
  };
  const editing = !!dialog?.row;
  const required = [{ required: true, whitespace: true, message: t('da.required') }];

  return (
    <>
      <PageHeader
        title={t('da.title')}
        sub={t('da.sub')}
        extra={tab === 'departments' ? <Button type="primary" onClick={() => open({ kind: 'department' })}>{t('da.newDepartment')}</Button> : <Button type="primary" onClick={() => open({ kind: 'window' })}>{t('da.newWindow')}</Button>}
      />
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        items={[
          {
            key: 'departments',
            label: t('da.departments'),
            children: (
              <Loadable loaded={departments}>
                {(d) => (
                  <Table<AdminDepartment>
                    rowKey="id"
                    size="small"
                    dataSource={d.items}
                    pagination={false}
                    columns={[
                      { title: t('da.name'), key: 'n', render: (_, x) => <><Typography.Text strong>{x.name}</Typography.Text> <Typography.Text type="secondary">{x.shortName}</Typography.Text></> },
                      { title: t('da.code'), dataIndex: 'code', responsive: ['md'] },
                      { title: t('da.region'), dataIndex: 'regionCode', responsive: ['lg'] },
                      { title: t('da.reviewers'), key: 'r', render: (_, x) => (x.activeReviewers > 0 ? x.activeReviewers : <Tag color="error">{t('da.unstaffed')}</Tag>) },
                      { title: t('da.heads'), dataIndex: 'activeHeads' },
                      { title: '', key: 'e', render: (_, x) => <Button size="small" onClick={() => open({ kind: 'department', row: x })}>{t('da.edit')}</Button> },
                    ]}
                  />
                )}
              </Loadable>
            ),
          },
          {
            key: 'windows',
            label: t('da.windows'),
            children: (
              <Loadable loaded={windows}>
                {(d) => (
                  <Table<ServiceWindow>
                    rowKey="id"
                    size="small"
                    dataSource={d.items}
                    pagination={false}
                    columns={[
                      { title: t('da.code'), dataIndex: 'code' },
                      { title: t('da.name'), dataIndex: 'name' },
                      { title: t('da.department'), key: 'd', render: (_, x) => deptName(x.departmentId) },
                      { title: t('da.location'), key: 'l', responsive: ['md'], render: (_, x) => x.location ?? '—' },
                      { title: t('da.status'), key: 's', render: (_, x) => <Tag color={x.active ? 'success' : 'default'}>{x.active ? t('da.open') : t('da.closed')}</Tag> },
                      { title: '', key: 'e', render: (_, x) => <Button size="small" onClick={() => open({ kind: 'window', row: x })}>{t('da.edit')}</Button> },
                    ]}
                  />
                )}
              </Loadable>
            ),
          },
        ]}
      />
      <Modal
        open={!!dialog}
        title={dialog?.kind === 'department' ? (editing ? t('da.edit') : t('da.newDepartment')) : editing ? t('da.edit') : t('da.newWindow')}
        onCancel={() => setDialog(null)}
        onOk={submit}
        okButtonProps={{ loading: busy }}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" requiredMark={false} preserve={false}>
          {editing ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('da.codeFixed')} /> : null}
          {!editing ? (
            <Form.Item name="code" label={t('da.code')} rules={required}>
              <Input maxLength={32} />
            </Form.Item>
          ) : null}
          <Form.Item name="name" label={t('da.name')} rules={required}>
            <Input maxLength={100} />
          </Form.Item>
          {dialog?.kind === 'department' ? (
            <>
              <Form.Item name="shortName" label={t('da.shortName')} rules={required}>
                <Input maxLength={30} />
              </Form.Item>
              <Form.Item name="uscc" label={t('da.uscc')} rules={[{ len: 18, message: t('da.uscc') }]}>
                <Input maxLength={18} />
              </Form.Item>
              {editing ? (
                <Form.Item name="documentPrefix" label={t('da.documentPrefix')} extra={t('da.documentPrefixHint')} rules={[{ pattern: /^\s*([\u4e00-\u9fa5]{2,12})?\s*$/, message: t('da.documentPrefixRule') }]}>
                  <Input maxLength={12} />
                </Form.Item>
              ) : null}
              {!editing ? (
                <Form.Item name="regionCode" label={t('da.region')} rules={[{ required: true, pattern: /^[1-9]\d{5}$/, message: t('da.region') }]}>
                  <Input maxLength={6} inputMode="numeric" />
                </Form.Item>
              ) : null}
            </>
          ) : (
            <>
              <Form.Item name="departmentId" label={t('da.department')} rules={[{ required: true, message: t('da.required') }]}>
                <Select showSearch optionFilterProp="label" options={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))} />
              </Form.Item>
              <Form.Item name="location" label={t('da.location')}>
                <Input maxLength={100} />
              </Form.Item>
              {editing ? (
                <Form.Item name="active" label={t('da.open')} valuePropName="checked" extra={t('da.closeWarn')}>
                  <Switch />
                </Form.Item>
              ) : null}
            </>
          )}
          <Form.Item name="reason" label={t('da.reason')} rules={[{ required: true, whitespace: true, min: 2, message: t('da.required') }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
