import { Alert, Button, Card, Flex, Form, Input, Popconfirm, Select, Table, Tag, Typography } from 'antd';
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
  'au.title': ['授权代办', 'Agents I authorise'],
  'au.hint': ['您可以授权帮代办员或其他已注册的个人，在指定期限内代您办理指定的事项或“一件事”，并可随时撤销。代办人提交的办件都会列在下方，您也可在“我的办件”中查看。', 'Authorise an agent or another registered person to file named items or bundles for you within a period; revoke at any time. Everything they file is listed below.'],
  'au.new': ['新增授权', 'New authorisation'],
  'au.agent': ['代办人（帮代办员用户名或个人手机号）', 'Agent (an agent’s username or a person’s mobile number)'],
  'au.items': ['授权事项', 'Items'],
  'au.bundles': ['授权“一件事”', 'Bundles'],
  'au.from': ['授权开始日期', 'From'],
  'au.until': ['授权截止日期', 'Until'],
  'au.required': ['请填写此项', 'Required'],
  'au.scopeRequired': ['请至少选择一个事项或“一件事”', 'Choose at least one item or bundle'],
  'au.grant': ['授权', 'Authorise'],
  'au.granted': ['已授权', 'Authorised'],
  'au.mine': ['我给出的授权', 'Authorisations I gave'],
  'au.received': ['我收到的授权（可代他人办理）', 'Authorisations I hold (I may file for them)'],
  'au.filings': ['他人代我提交的办件', 'Filed on my behalf'],
  'au.revoke': ['撤销', 'Revoke'],
  'au.revokeConfirm': ['撤销后代办人不能再以此授权提交，已提交的办件不受影响。确定撤销？', 'The agent can no longer file on it; what was filed stays. Revoke?'],
  'au.revoked': ['已撤销授权', 'Revoked'],
  'au.col.agent': ['代办人', 'Agent'],
  'au.col.principal': ['委托人', 'Principal'],
  'au.col.scope': ['授权范围', 'Scope'],
  'au.col.period': ['期限', 'Period'],
  'au.col.state': ['状态', 'State'],
  'au.col.number': ['办件编号', 'Number'],
  'au.col.title': ['事项', 'Title'],
  'au.col.by': ['代办人', 'Filed by'],
  'au.col.at': ['提交时间', 'Filed at'],
  'au.col.status': ['办理状态', 'Status'],
  'au.none': ['暂无', 'None'],
});

type Authorisation = Schemas['AgentAuthorisation'];
type Filing = AnswerOf<'/api/v1/authorisations/filings', 'get'>['items'][number];

const stateColor = { live: 'green', revoked: 'default', expired: 'default', pending: 'blue' } as const;

export default function AuthorisationsPage() {
  const t = useT(m);
  const { me } = useAuth();
  const principal = me?.kind !== 'staff';
  const list = useApi((signal) => unwrap(client.GET('/api/v1/authorisations', { signal })), []);
  const filings = useApi((signal) => (principal ? unwrap(client.GET('/api/v1/authorisations/filings', { signal })) : Promise.resolve({ items: [] as Filing[] })), [principal]);
  const items = useApi((signal) => unwrap(client.GET('/api/v1/catalog/items', { params: { query: { limit: 500 } }, signal })), []);
  const bundles = useApi((signal) => unwrap(client.GET('/api/v1/catalog/bundles', { signal })), []);
  const { busy, run } = useAction(list.reload);
  const [form] = Form.useForm<{ agent: string; itemCodes?: string[]; bundleCodes?: string[]; validFrom: string; validUntil: string }>();

  const grant = (v: { agent: string; itemCodes?: string[]; bundleCodes?: string[]; validFrom: string; validUntil: string }) =>
    run(
      async () => {
        await unwrap(client.POST('/api/v1/authorisations', { body: { agent: v.agent.trim(), itemCodes: v.itemCodes ?? [], bundleCodes: v.bundleCodes ?? [], validFrom: v.validFrom, validUntil: v.validUntil } }));
        form.resetFields();
      },
      { done: t('au.granted') },
    );
  const revoke = (id: string) => run(() => unwrap(client.POST('/api/v1/authorisations/{id}/revoke', { params: { path: { id } } })), { done: t('au.revoked') });

  const columns = (role: 'principal' | 'agent') => [
    role === 'principal'
      ? { title: t('au.col.agent'), key: 'who', render: (_: unknown, a: Authorisation) => `${a.agentName}（${a.agentKindName}）` }
      : { title: t('au.col.principal'), key: 'who', render: (_: unknown, a: Authorisation) => a.principalName },
    { title: t('au.col.scope'), key: 'scope', render: (_: unknown, a: Authorisation) => a.scope.map((x) => x.name).join('、') },
    { title: t('au.col.period'), key: 'period', render: (_: unknown, a: Authorisation) => `${formatDate(a.validFrom)} 至 ${formatDate(a.validUntil)}` },
    { title: t('au.col.state'), key: 'state', render: (_: unknown, a: Authorisation) => <Tag color={stateColor[a.state]}>{a.stateName}</Tag> },
    ...(role === 'principal'
      ? [{
          title: '',
          key: 'act',
          render: (_: unknown, a: Authorisation) =>
            a.state === 'live' || a.state === 'pending' ? (
              <Popconfirm title={t('au.revokeConfirm')} onConfirm={() => revoke(a.id)}>
                <Button size="small" danger aria-label={`${t('au.revoke')} ${a.agentName}`}>{t('au.revoke')}</Button>
              </Popconfirm>
            ) : null,
        }]
      : []),
  ];

  return (
    <>
      <PageHeader title={t('au.title')} />
      {principal ? (
        <>
          <Alert type="info" showIcon title={t('au.hint')} style={{ marginBottom: 16 }} />
          <Card title={t('au.new')} style={{ marginBottom: 16 }}>
            <Form form={form} layout="vertical" onFinish={grant} disabled={busy} initialValues={{ validFrom: inputDate(0), validUntil: inputDate(30) }} requiredMark={false}>
              <Form.Item name="agent" label={t('au.agent')} rules={[{ required: true, whitespace: true, message: t('au.required') }]}>
                <Input maxLength={64} />
              </Form.Item>
              <Form.Item name="itemCodes" label={t('au.items')}>
                <Select mode="multiple" showSearch optionFilterProp="label" options={(items.data?.items ?? []).filter((i) => i.status === 'published').map((i) => ({ value: i.code, label: i.name }))} />
              </Form.Item>
              <Form.Item
                name="bundleCodes"
                label={t('au.bundles')}
                dependencies={['itemCodes']}
                rules={[({ getFieldValue }) => ({ validator: (_, v?: string[]) => ((v?.length ?? 0) + (getFieldValue('itemCodes')?.length ?? 0) > 0 ? Promise.resolve() : Promise.reject(new Error(t('au.scopeRequired')))) })]}
              >
                <Select mode="multiple" showSearch optionFilterProp="label" options={(bundles.data?.items ?? []).map((b) => ({ value: b.code, label: b.name }))} />
              </Form.Item>
              <Flex gap={16} wrap>
                <Form.Item name="validFrom" label={t('au.from')} rules={[{ required: true, message: t('au.required') }]}>
                  <Input type="date" min={inputDate(0)} />
                </Form.Item>
                <Form.Item name="validUntil" label={t('au.until')} rules={[{ required: true, message: t('au.required') }]}>
                  <Input type="date" min={inputDate(0)} max={inputDate(365)} />
                </Form.Item>
              </Flex>
              <Button type="primary" htmlType="submit" loading={busy}>{t('au.grant')}</Button>
            </Form>
          </Card>
        </>
      ) : null}
      <Loadable loaded={list}>
        {(d) => (
          <>
            {principal ? (
              <Card title={t('au.mine')} style={{ marginBottom: 16 }}>
                <Table rowKey="id" size="small" pagination={false} locale={{ emptyText: t('au.none') }} dataSource={d.items.filter((a) => a.role === 'principal')} columns={columns('principal')} />
              </Card>
            ) : null}
            <Card title={t('au.received')} style={{ marginBottom: 16 }}>
              <Table rowKey="id" size="small" pagination={false} locale={{ emptyText: t('au.none') }} dataSource={d.items.filter((a) => a.role === 'agent')} columns={columns('agent')} />
            </Card>
          </>
        )}
      </Loadable>
      {principal ? (
        <Card title={t('au.filings')}>
          <Loadable loaded={filings}>
            {(d) => (
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                locale={{ emptyText: t('au.none') }}
                dataSource={d.items}
                columns={[
                  { title: t('au.col.number'), dataIndex: 'number', render: (v: string, f: Filing) => <Link to={`/portal/applications/${f.id}`}>{v}</Link> },
                  { title: t('au.col.title'), dataIndex: 'title' },
                  { title: t('au.col.by'), dataIndex: 'agentName' },
                  { title: t('au.col.at'), dataIndex: 'submittedAt', render: (v: string) => formatTime(v) },
                  { title: t('au.col.status'), dataIndex: 'statusName', render: (v: string) => <Typography.Text>{v}</Typography.Text> },
                ]}
              />
            )}
          </Loadable>
        </Card>
      ) : null}
    </>
  );
}
