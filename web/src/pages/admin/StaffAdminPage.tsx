import { Alert, App, Button, Flex, Form, Input, Modal, Segmented, Select, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { client, unwrap } from '../../api/typed';
import { useApi } from '../../api/hooks';
import type { Role } from '../../api/types';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { formatTime } from '../../format';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';
import { STAFF_ROLES, type Staff } from './types';

const m = defineMessages({
  'sa.title': ['工作人员账号', 'Staff accounts'],
  'sa.sub': ['本行政区划及下级部门的工作人员：角色、部门、窗口；停用、恢复、重置密码、强制下线。每项变更记入审计日志', 'Staff of your region and below: roles, departments, windows; disable, re-enable, reset passwords, sign out. Every change is audited'],
  'sa.new': ['新建账号', 'New account'],
  'sa.all': ['全部', 'All'],
  'sa.active': ['在岗', 'Active'],
  'sa.disabled': ['已停用', 'Disabled'],
  'sa.search': ['按姓名或用户名查找', 'Find by name or user name'],
  'sa.department': ['部门', 'Department'],
  'sa.allDepartments': ['全部部门', 'All departments'],
  'sa.username': ['用户名', 'User name'],
  'sa.name': ['姓名', 'Name'],
  'sa.roles': ['角色', 'Roles'],
  'sa.window': ['窗口', 'Window'],
  'sa.noWindow': ['不固定窗口', 'No fixed window'],
  'sa.phone': ['手机号码', 'Mobile number'],
  'sa.status': ['状态', 'Status'],
  'sa.actions': ['操作', 'Actions'],
  'sa.edit': ['修改', 'Edit'],
  'sa.disable': ['停用', 'Disable'],
  'sa.enable': ['恢复', 'Re-enable'],
  'sa.reset': ['重置密码', 'Reset password'],
  'sa.signOut': ['强制下线', 'Sign out'],
  'sa.history': ['变更记录', 'History'],
  'sa.password': ['初始密码', 'Initial password'],
  'sa.newPassword': ['新密码', 'New password'],
  'sa.confirmPassword': ['再次输入新密码', 'New password again'],
  'sa.passwordHelp': ['至少 10 位，含大写字母、小写字母、数字、符号中的三类；请当面告知本人', 'At least 10 characters of three kinds; hand it over in person'],
  'sa.mismatch': ['两次输入的密码不一致', 'The passwords differ'],
  'sa.reason': ['理由（记入审计日志）', 'Reason (audited)'],
  'sa.reasonRequired': ['请填写理由', 'Give a reason'],
  'sa.required': ['必填', 'Required'],
  'sa.successor': ['接手人', 'Successor'],
  'sa.successorQueue': ['不指定：退回部门待办', 'Nobody: back to the department queue'],
  'sa.disableWarn': ['停用后，{name} 立即下线且不能再登录；其在办的办件、工单移交接手人或退回部门待办，办理期限不变。', '{name} is signed out at once and cannot sign in; their open work goes to the successor or the department queue, deadlines unchanged.'],
  'sa.resetWarn': ['重置后，{name} 的所有会话立即结束，须用新密码重新登录。', 'All sessions of {name} end; they sign in with the new password.'],
  'sa.signOutWarn': ['{name} 的所有会话将立即结束。', 'Every session of {name} ends now.'],
  'sa.enableWarn': ['恢复后，{name} 可以重新登录；已移交的办件不会自动退回。', '{name} can sign in again; handed-over work stays where it went.'],
  'sa.confirmDisable': ['确认停用', 'Disable'],
  'sa.confirmReset': ['确认重置', 'Reset'],
  'sa.confirm': ['确认', 'Confirm'],
  'sa.created': ['已创建账号', 'Account created'],
  'sa.saved': ['已保存', 'Saved'],
  'sa.disabledOk': ['已停用，移交在办事项 {n} 件', 'Disabled; {n} open items handed over'],
  'sa.enabledOk': ['已恢复', 'Re-enabled'],
  'sa.resetOk': ['密码已重置，结束会话 {n} 个', 'Password reset; {n} sessions ended'],
  'sa.signedOutOk': ['已强制下线，结束会话 {n} 个', 'Signed out; {n} sessions ended'],
  'sa.locked': ['锁定至 {until}', 'Locked until {until}'],
  'sa.disabledSince': ['{at} 停用：{reason}', 'Disabled {at}: {reason}'],
  'sa.historyEntry': ['{at} {actor}：{reason}', '{at} {actor}: {reason}'],
  'sa.empty': ['没有符合条件的账号', 'No accounts match'],
});

type Dialog = { kind: 'create' | 'edit' | 'disable' | 'enable' | 'reset' | 'signOut' | 'history'; staff?: Staff } | null;

function History({ id }: { id: string }) {
  const t = useT(m);
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/admin/staff/{id}', { params: { path: { id } }, signal })), [id]);
  return (
    <Loadable loaded={loaded}>
      {(d) => (
        <Timeline
          items={d.history.map((h) => ({ key: h.seq, children: <><Typography.Text strong>{h.actionName}</Typography.Text> <Typography.Text type="secondary">{t('sa.historyEntry', { at: formatTime(h.at), actor: h.actorName, reason: h.reason ?? '—' })}</Typography.Text></> }))}
        />
      )}
    </Loadable>
  );
}

/** 系统管理 · 工作人员: the administrator's list of staff and what may be done to each account. */
export default function StaffAdminPage() {
  const t = useT(m);
  const { message } = App.useApp();
  const [status, setStatus] = useState<'all' | 'active' | 'disabled'>('active');
  const [departmentId, setDepartmentId] = useState<string>();
  const [q, setQ] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm();
  const departments = useApi((signal) => unwrap(client.GET('/api/v1/admin/departments', { signal })), []);
  const windows = useApi((signal) => unwrap(client.GET('/api/v1/admin/windows', { signal })), []);
  const staff = useApi(
    (signal) => unwrap(client.GET('/api/v1/admin/staff', { params: { query: { status: status === 'all' ? undefined : status, departmentId, q: q.trim() || undefined } }, signal })),
    [status, departmentId, q],
  );
  const { busy, run } = useAction(staff.reload);
  const deptName = (id: string | null) => departments.data?.items.find((d) => d.id === id)?.name ?? '—';
  const departmentOptions = (departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }));
  const roleOptions = STAFF_ROLES.map((r) => ({ value: r, label: t(`role.${r}` as 'role.admin') }));
  const chosenDepartment = Form.useWatch('departmentId', form) as string | undefined;
  const windowOptions = (windows.data?.items ?? []).filter((w) => w.active && w.departmentId === chosenDepartment).map((w) => ({ value: w.id, label: `${w.code} ${w.name}` }));

  const open = (kind: NonNullable<Dialog>['kind'], s?: Staff) => {
    form.resetFields();
    if (kind === 'edit' && s) form.setFieldsValue({ name: s.name, roles: s.roles, departmentId: s.departmentId, windowId: s.windowId });
    setDialog({ kind, staff: s });
  };
  const close = () => setDialog(null);

  const submit = async () => {
    // a form left incomplete shows its messages beside the fields; nothing is sent
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const s = dialog?.staff;
    const body = { ...v, confirm: undefined };
    const done = await run(async () => {
      switch (dialog?.kind) {
        case 'create':
          await unwrap(client.POST('/api/v1/admin/staff', { body: { ...body, windowId: body.windowId ?? null, phone: body.phone || null } }));
          return t('sa.created');
        case 'edit':
          await unwrap(client.PATCH('/api/v1/admin/staff/{id}', { params: { path: { id: s!.id } }, body: { ...body, windowId: body.windowId ?? null } }));
          return t('sa.saved');
        case 'disable': {
          const r = await unwrap(client.POST('/api/v1/admin/staff/{id}/disable', { params: { path: { id: s!.id } }, body: { reason: body.reason, successorId: body.successorId ?? null } }));
          return t('sa.disabledOk', { n: r.handedOver.length });
        }
        case 'enable':
          await unwrap(client.POST('/api/v1/admin/staff/{id}/enable', { params: { path: { id: s!.id } }, body: { reason: body.reason } }));
          return t('sa.enabledOk');
        case 'reset': {
          const r = await unwrap(client.POST('/api/v1/admin/staff/{id}/reset-password', { params: { path: { id: s!.id } }, body: { password: body.password, reason: body.reason } }));
          return t('sa.resetOk', { n: r.sessionsEnded });
        }
        case 'signOut': {
          const r = await unwrap(client.POST('/api/v1/admin/staff/{id}/sign-out', { params: { path: { id: s!.id } }, body: { reason: body.reason } }));
          return t('sa.signedOutOk', { n: r.sessionsEnded });
        }
      }
      return '';
    });
    if (done !== undefined) {
      close();
      message.success(done);
    }
  };

  const reason = (
    <Form.Item name="reason" label={t('sa.reason')} rules={[{ required: true, whitespace: true, min: 2, message: t('sa.reasonRequired') }]}>
      <Input.TextArea rows={2} maxLength={500} />
    </Form.Item>
  );
  const s = dialog?.staff;
  const sameDepartment = useApi(
    (signal) => (dialog?.kind === 'disable' && s?.departmentId ? unwrap(client.GET('/api/v1/admin/staff', { params: { query: { status: 'active', departmentId: s.departmentId } }, signal })) : Promise.resolve({ items: [] as Staff[] })),
    [dialog?.kind, s?.id],
  );
  const colleagues = (sameDepartment.data?.items ?? []).filter((x) => s && x.id !== s.id && x.roles.some((r) => s.roles.includes(r) && r !== 'admin'));
  const titles: Record<NonNullable<Dialog>['kind'], string> = { create: t('sa.new'), edit: t('sa.edit'), disable: t('sa.disable'), enable: t('sa.enable'), reset: t('sa.reset'), signOut: t('sa.signOut'), history: t('sa.history') };
  const okText = dialog?.kind === 'disable' ? t('sa.confirmDisable') : dialog?.kind === 'reset' ? t('sa.confirmReset') : t('sa.confirm');

  return (
    <>
      <PageHeader title={t('sa.title')} sub={t('sa.sub')} extra={<Button type="primary" onClick={() => open('create')}>{t('sa.new')}</Button>} />
      <Flex gap={8} wrap="wrap" style={{ marginBottom: 12 }}>
        <Segmented value={status} onChange={(v) => setStatus(v as typeof status)} options={(['active', 'disabled', 'all'] as const).map((v) => ({ value: v, label: t(`sa.${v}`) }))} />
        <Select allowClear aria-label={t('sa.department')} placeholder={t('sa.allDepartments')} style={{ minWidth: 220 }} options={departmentOptions} value={departmentId} onChange={setDepartmentId} />
        <Input.Search aria-label={t('sa.search')} placeholder={t('sa.search')} allowClear onSearch={setQ} style={{ maxWidth: 260 }} />
      </Flex>
      <Loadable loaded={staff}>
        {(d) => (
          <Table<Staff>
            rowKey="id"
            size="small"
            dataSource={d.items}
            locale={{ emptyText: t('sa.empty') }}
            pagination={{ pageSize: 30, hideOnSinglePage: true, showSizeChanger: false }}
            columns={[
              { title: t('sa.name'), key: 'n', render: (_, x) => <><Typography.Text strong>{x.name}</Typography.Text> <Typography.Text type="secondary" code>{x.username}</Typography.Text></> },
              { title: t('sa.roles'), key: 'r', render: (_, x) => x.roles.map((r) => <Tag key={r}>{t(`role.${r}` as 'role.admin')}</Tag>) },
              { title: t('sa.department'), key: 'd', responsive: ['md'], render: (_, x) => deptName(x.departmentId) },
              {
                title: t('sa.status'),
                key: 's',
                render: (_, x) => (
                  <Flex vertical>
                    <span><Tag color={x.status === 'active' ? 'success' : 'default'}>{t(`sa.${x.status}`)}</Tag>{x.lockedUntil && new Date(x.lockedUntil) > new Date() ? <Tag color="warning">{t('sa.locked', { until: formatTime(x.lockedUntil) })}</Tag> : null}</span>
                    {x.disabledAt ? <Typography.Text type="secondary">{t('sa.disabledSince', { at: formatTime(x.disabledAt), reason: x.disabledReason ?? '—' })}</Typography.Text> : null}
                  </Flex>
                ),
              },
              {
                title: t('sa.actions'),
                key: 'a',
                render: (_, x) => (
                  <Flex gap={4} wrap="wrap">
                    <Button size="small" onClick={() => open('edit', x)}>{t('sa.edit')}</Button>
                    {x.status === 'active' ? <Button size="small" danger onClick={() => open('disable', x)}>{t('sa.disable')}</Button> : <Button size="small" onClick={() => open('enable', x)}>{t('sa.enable')}</Button>}
                    <Button size="small" onClick={() => open('reset', x)}>{t('sa.reset')}</Button>
                    <Button size="small" onClick={() => open('signOut', x)}>{t('sa.signOut')}</Button>
                    <Button size="small" type="link" onClick={() => open('history', x)}>{t('sa.history')}</Button>
                  </Flex>
                ),
              },
            ]}
          />
        )}
      </Loadable>

      <Modal
        open={!!dialog}
        title={dialog ? `${titles[dialog.kind]}${s ? ` · ${s.name}` : ''}` : ''}
        onCancel={close}
        onOk={dialog?.kind === 'history' ? close : submit}
        okText={dialog?.kind === 'history' ? t('sa.confirm') : okText}
        okButtonProps={{ danger: dialog?.kind === 'disable' || dialog?.kind === 'reset', loading: busy }}
        cancelButtonProps={{ style: dialog?.kind === 'history' ? { display: 'none' } : undefined }}
        destroyOnHidden
      >
        {dialog?.kind === 'history' && s ? (
          <History id={s.id} />
        ) : (
          <Form form={form} layout="vertical" requiredMark={false} preserve={false}>
            {dialog?.kind === 'disable' ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('sa.disableWarn', { name: s?.name })} /> : null}
            {dialog?.kind === 'reset' ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('sa.resetWarn', { name: s?.name })} /> : null}
            {dialog?.kind === 'signOut' ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('sa.signOutWarn', { name: s?.name })} /> : null}
            {dialog?.kind === 'enable' ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('sa.enableWarn', { name: s?.name })} /> : null}
            {dialog?.kind === 'create' ? (
              <Form.Item name="username" label={t('sa.username')} rules={[{ required: true, pattern: /^[a-z][a-z0-9._-]{2,31}$/, message: t('sa.required') }]}>
                <Input autoComplete="off" />
              </Form.Item>
            ) : null}
            {dialog?.kind === 'create' || dialog?.kind === 'edit' ? (
              <>
                <Form.Item name="name" label={t('sa.name')} rules={[{ required: true, whitespace: true, message: t('sa.required') }]}>
                  <Input maxLength={50} />
                </Form.Item>
                <Form.Item name="roles" label={t('sa.roles')} rules={[{ required: true, message: t('sa.required') }]}>
                  <Select<Role[]> mode="multiple" options={roleOptions} />
                </Form.Item>
                <Form.Item name="departmentId" label={t('sa.department')} rules={[{ required: true, message: t('sa.required') }]}>
                  <Select showSearch optionFilterProp="label" options={departmentOptions} onChange={() => form.setFieldValue('windowId', undefined)} />
                </Form.Item>
                <Form.Item name="windowId" label={t('sa.window')}>
                  <Select allowClear placeholder={t('sa.noWindow')} options={windowOptions} />
                </Form.Item>
              </>
            ) : null}
            {dialog?.kind === 'create' ? (
              <Form.Item name="phone" label={t('sa.phone')} rules={[{ pattern: /^1\d{10}$/, message: t('sa.phone') }]}>
                <Input inputMode="numeric" maxLength={11} />
              </Form.Item>
            ) : null}
            {dialog?.kind === 'create' || dialog?.kind === 'reset' ? (
              <>
                <Form.Item name="password" label={dialog.kind === 'create' ? t('sa.password') : t('sa.newPassword')} extra={t('sa.passwordHelp')} rules={[{ required: true, min: 10, message: t('sa.passwordHelp') }]}>
                  <Input.Password autoComplete="new-password" />
                </Form.Item>
                <Form.Item
                  name="confirm"
                  label={t('sa.confirmPassword')}
                  dependencies={['password']}
                  rules={[{ required: true, message: t('sa.required') }, ({ getFieldValue }) => ({ validator: (_, v) => (v === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('sa.mismatch')))) })]}
                >
                  <Input.Password autoComplete="new-password" />
                </Form.Item>
              </>
            ) : null}
            {dialog?.kind === 'disable' ? (
              <Form.Item name="successorId" label={t('sa.successor')}>
                <Select allowClear placeholder={t('sa.successorQueue')} options={colleagues.map((c) => ({ value: c.id, label: `${c.name}（${c.username}）` }))} />
              </Form.Item>
            ) : null}
            {reason}
          </Form>
        )}
      </Modal>
    </>
  );
}
