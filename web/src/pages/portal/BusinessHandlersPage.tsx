import { Alert, Button, Card, Checkbox, Flex, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/hooks';
import { client, unwrap, type AnswerOf, type Schemas } from '../../api/typed';
import { useAuth } from '../../auth/AuthContext';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatTime, inputDate } from '../../format';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'bh.title': ['经办人授权', 'Authorised staff'],
  'bh.sub': ['法定代表人授权本企业员工（经办人）代表企业网上办事，可限定事项和截止日期，随时撤销', 'The legal representative lets staff file for the business, for chosen items until a date, and may revoke it at any time'],
  'bh.notVerified': ['授权经办人须由经实名核验的法定代表人办理：请通过“统一身份认证”以法人身份登录，或到政务服务大厅窗口核验', 'Only a verified legal representative may authorise staff: sign in through the identity platform as the business, or be verified at a counter'],
  'bh.level': ['账号实名等级：{level}', 'Real-name level: {level}'],
  'bh.grant': ['授权新的经办人', 'Authorise a person'],
  'bh.name': ['经办人姓名', 'Name'],
  'bh.idNumber': ['经办人身份证号码', 'ID number'],
  'bh.phone': ['联系电话（选填）', 'Phone (optional)'],
  'bh.all': ['全部事项', 'All items'],
  'bh.items': ['授权办理的事项', 'Items'],
  'bh.validUntil': ['授权截止日期', 'Valid until'],
  'bh.reason': ['授权说明（记入记录）', 'Note (recorded)'],
  'bh.submit': ['授权', 'Authorise'],
  'bh.granted': ['已授权', 'Authorised'],
  'bh.required': ['请填写此项', 'Required'],
  'bh.list': ['经办人', 'Authorised people'],
  'bh.empty': ['尚未授权任何经办人', 'Nobody is authorised yet'],
  'bh.scope': ['授权范围', 'Scope'],
  'bh.status': ['状态', 'Status'],
  'bh.grantedAt': ['授权时间', 'Authorised at'],
  'bh.revoke': ['撤销授权', 'Revoke'],
  'bh.revokeTitle': ['撤销 {name} 的经办人授权', 'Revoke the authorisation of {name}'],
  'bh.revokeReason': ['撤销原因', 'Reason'],
  'bh.revoked': ['已撤销', 'Revoked'],
  'bh.filings': ['本企业办件及经办人', 'Applications of the business and who filed them'],
  'bh.number': ['办件编号', 'Number'],
  'bh.subject': ['事项', 'Items'],
  'bh.filedBy': ['提交人', 'Filed by'],
  'bh.appStatus': ['办理状态', 'Status'],
  'bh.submittedAt': ['提交时间', 'Submitted'],
  'bh.noFilings': ['暂无办件', 'No applications yet'],
});

type Handler = AnswerOf<'/api/v1/business/handlers', 'get'>['items'][number];
type Filing = Schemas['BusinessApplication'];

const colour = (s: Handler['status']) => (s === 'live' ? 'green' : s === 'revoked' ? 'red' : 'default');

/** 经办人授权: the legal representative's page, with the business's applications and who filed each. */
export default function BusinessHandlersPage() {
  const t = useT(m);
  const { me } = useAuth();
  const handlers = useApi((signal) => unwrap(client.GET('/api/v1/business/handlers', { signal })), []);
  const filings = useApi((signal) => unwrap(client.GET('/api/v1/enterprises/mine/applications', { signal })), []);
  const items = useApi((signal) => unwrap(client.GET('/api/v1/catalog/items', { params: { query: { limit: 500 } }, signal })), []);
  const { busy, run } = useAction(handlers.reload);
  const [form] = Form.useForm();
  const all = Form.useWatch('all', form) as boolean | undefined;
  const [revoking, setRevoking] = useState<Handler>();
  const [reason, setReason] = useState('');
  const nameOf = new Map((items.data?.items ?? []).map((i) => [i.code, i.name]));
  const in90days = inputDate(90);

  const grant = (v: { name: string; idNumber: string; phone?: string; all: boolean; itemCodes?: string[]; validUntil: string; reason?: string }) =>
    run(
      async () => {
        await unwrap(
          client.POST('/api/v1/business/handlers', {
            body: {
              name: v.name.trim(),
              idNumber: v.idNumber.trim().toUpperCase(),
              phone: v.phone?.trim() || null,
              itemCodes: v.all ? null : (v.itemCodes ?? []),
              validUntil: v.validUntil,
              ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
            },
          }),
        );
        form.resetFields();
      },
      { done: t('bh.granted') },
    );

  return (
    <>
      <PageHeader title={t('bh.title')} sub={t('bh.sub')} />
      {me?.realNameLevelName ? <Typography.Paragraph>{t('bh.level', { level: me.realNameLevelName })}</Typography.Paragraph> : null}
      <Loadable loaded={handlers}>
        {(d) => (
          <>
            {!d.verified ? <Alert type="warning" showIcon title={t('bh.notVerified')} style={{ marginBottom: 16 }} /> : null}
            {d.verified ? (
              <Card title={t('bh.grant')} style={{ marginBottom: 16 }}>
                <Form form={form} layout="vertical" onFinish={grant} disabled={busy} initialValues={{ all: false, validUntil: in90days }}>
                  <Flex gap={16} wrap="wrap">
                    <Form.Item name="name" label={t('bh.name')} rules={[{ required: true, whitespace: true, message: t('bh.required') }]} style={{ flex: '1 1 200px' }}>
                      <Input maxLength={50} />
                    </Form.Item>
                    <Form.Item name="idNumber" label={t('bh.idNumber')} rules={[{ required: true, len: 18, message: t('bh.idNumber') }]} style={{ flex: '1 1 240px' }}>
                      <Input maxLength={18} />
                    </Form.Item>
                    <Form.Item name="phone" label={t('bh.phone')} style={{ flex: '1 1 180px' }}>
                      <Input maxLength={11} inputMode="tel" />
                    </Form.Item>
                  </Flex>
                  <Form.Item name="all" valuePropName="checked">
                    <Checkbox>{t('bh.all')}</Checkbox>
                  </Form.Item>
                  {!all ? (
                    <Form.Item name="itemCodes" label={t('bh.items')} rules={[{ required: true, message: t('bh.required') }]}>
                      <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={(items.data?.items ?? []).map((i) => ({ value: i.code, label: i.name }))} />
                    </Form.Item>
                  ) : null}
                  <Flex gap={16} wrap="wrap">
                    <Form.Item name="validUntil" label={t('bh.validUntil')} rules={[{ required: true, message: t('bh.required') }]} style={{ flex: '0 1 200px' }}>
                      <Input type="date" />
                    </Form.Item>
                    <Form.Item name="reason" label={t('bh.reason')} style={{ flex: '1 1 300px' }}>
                      <Input maxLength={200} />
                    </Form.Item>
                  </Flex>
                  <Button type="primary" htmlType="submit" loading={busy}>
                    {t('bh.submit')}
                  </Button>
                </Form>
              </Card>
            ) : null}
            <Card title={t('bh.list')} style={{ marginBottom: 16 }}>
              <Table<Handler>
                rowKey="id"
                dataSource={d.items}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                locale={{ emptyText: t('bh.empty') }}
                scroll={{ x: 'max-content' }}
                columns={[
                  { title: t('bh.name'), key: 'n', render: (_, h) => <>{h.name} <Typography.Text type="secondary">{h.idNumberMasked}</Typography.Text></> },
                  { title: t('bh.scope'), key: 's', render: (_, h) => (h.itemCodes ? h.itemCodes.map((c) => nameOf.get(c) ?? c).join('、') : t('bh.all')) },
                  { title: t('bh.validUntil'), key: 'v', render: (_, h) => formatDate(h.validUntil) },
                  { title: t('bh.status'), key: 'st', render: (_, h) => <Tag color={colour(h.status)}>{h.statusName}</Tag> },
                  { title: t('bh.grantedAt'), key: 'g', render: (_, h) => formatTime(h.grantedAt) },
                  {
                    title: '',
                    key: 'a',
                    render: (_, h) => (h.status === 'live' && d.verified ? <Button size="small" danger onClick={() => { setReason(''); setRevoking(h); }}>{t('bh.revoke')}</Button> : h.revokeReason),
                  },
                ]}
              />
            </Card>
          </>
        )}
      </Loadable>
      <Card title={t('bh.filings')}>
        <Loadable loaded={filings} isEmpty={(f) => f.applications.length === 0} empty={<Typography.Paragraph type="secondary">{t('bh.noFilings')}</Typography.Paragraph>}>
          {(f) => (
            <Table<Filing>
              rowKey="id"
              dataSource={f.applications}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: t('bh.number'), key: 'n', render: (_, a) => <Link to={`/portal/applications/${a.id}`}>{a.number}</Link> },
                { title: t('bh.subject'), dataIndex: 'title' },
                { title: t('bh.filedBy'), key: 'f', render: (_, a) => `${a.filedBy.name ?? ''}（${a.filedBy.role}）` },
                { title: t('bh.appStatus'), dataIndex: 'statusName' },
                { title: t('bh.submittedAt'), key: 'at', render: (_, a) => formatTime(a.submittedAt) },
              ]}
            />
          )}
        </Loadable>
      </Card>
      <Modal
        open={!!revoking}
        title={revoking ? t('bh.revokeTitle', { name: revoking.name }) : ''}
        okText={t('bh.revoke')}
        okButtonProps={{ danger: true, disabled: reason.trim().length < 2, loading: busy }}
        onCancel={() => setRevoking(undefined)}
        onOk={() =>
          run(async () => {
            await unwrap(client.POST('/api/v1/business/handlers/{id}/revoke', { params: { path: { id: revoking!.id } }, body: { reason: reason.trim() } }));
            setRevoking(undefined);
          }, { done: t('bh.revoked') })
        }
      >
        <Form layout="vertical">
          <Form.Item label={t('bh.revokeReason')} required>
            <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
