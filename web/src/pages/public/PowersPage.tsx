import { Card, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { client, unwrap, type AnswerOf } from '../../api/typed';
import { useApi } from '../../api/hooks';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../format';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'pw.title': ['权责清单与赋权事项', 'Power lists and delegated items'],
  'pw.sub': ['各部门的权力事项、责任事项和设定依据，赋予开发区和乡镇的事项，事项的实施清单和中介服务', 'Each department’s powers, duties and basis; items delegated to the zone and townships; implementations; intermediary services'],
  'pw.tab.powers': ['权责清单', 'Power lists'],
  'pw.tab.delegations': ['赋权事项', 'Delegated items'],
  'pw.tab.implementations': ['实施清单', 'Implementations'],
  'pw.tab.intermediaries': ['中介服务事项', 'Intermediary services'],
  'pw.dept': ['部门', 'Department'],
  'pw.allDepts': ['全部部门', 'All departments'],
  'pw.total': ['共 {n} 项权力事项', '{n} powers'],
  'pw.code': ['编码', 'Code'],
  'pw.kind': ['权力类型', 'Kind'],
  'pw.name': ['权力事项', 'Power'],
  'pw.basis': ['设定依据', 'Basis'],
  'pw.duties': ['责任事项', 'Duties'],
  'pw.items': ['办事指南', 'Guides'],
  'pw.item': ['事项', 'Item'],
  'pw.from': ['赋权部门', 'Delegated by'],
  'pw.to': ['承接单位', 'Delegated to'],
  'pw.mode': ['赋权方式', 'Mode'],
  'pw.scope': ['赋权范围', 'Scope'],
  'pw.period': ['期限', 'Period'],
  'pw.periodText': ['{from} 至 {until}', '{from} to {until}'],
  'pw.state': ['状态', 'State'],
  'pw.delegBasis': ['赋权依据', 'Basis'],
  'pw.region': ['实施地', 'Region'],
  'pw.body': ['实施主体', 'Body'],
  'pw.window': ['办理窗口', 'Window'],
  'pw.fees': ['收费', 'Fees'],
  'pw.days': ['法定 / 承诺时限', 'Legal / promised days'],
  'pw.daysText': ['{legal} / {promised} 个工作日', '{legal} / {promised} working days'],
  'pw.authorised': ['窗口授权', 'Window authorised'],
  'pw.service': ['中介服务', 'Service'],
  'pw.providers': ['服务机构', 'Providers'],
  'pw.fee': ['收费', 'Fee'],
  'pw.limit': ['时限', 'Time limit'],
  'pw.limitText': ['{n} 个工作日', '{n} working days'],
  'pw.neededBy': ['所需事项', 'Needed by'],
  'pw.empty': ['暂无公布的内容', 'Nothing published yet'],
});

type Powers = AnswerOf<'/api/v1/public/powers', 'get'>;
type Delegations = AnswerOf<'/api/v1/public/delegations', 'get'>;
type Implementations = AnswerOf<'/api/v1/public/implementations', 'get'>;
type Intermediaries = AnswerOf<'/api/v1/public/intermediaries', 'get'>;

const itemLinks = (items: Array<{ code: string; name: string | null }>) =>
  items.map((i) => (i.name ? <div key={i.code}><Link to={`/portal/catalog/${i.code}`}>{i.name}</Link></div> : null));

function PowerLists() {
  const t = useT(m);
  const [department, setDepartment] = useState<string | undefined>();
  const all = useApi<Powers>((signal) => unwrap(client.GET('/api/v1/public/powers', { params: { query: {} }, signal })), []);
  const shown = useApi<Powers>((signal) => unwrap(client.GET('/api/v1/public/powers', { params: { query: { department } }, signal })), [department]);
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <span>{t('pw.dept')}</span>
        <Select
          aria-label={t('pw.dept')}
          style={{ minWidth: 260 }}
          allowClear
          placeholder={t('pw.allDepts')}
          value={department}
          onChange={(v) => setDepartment(v)}
          options={(all.data?.departments ?? []).map((d) => ({ value: d.code, label: d.name }))}
        />
      </Space>
      <Loadable loaded={shown} isEmpty={(d) => d.total === 0} empty={<Typography.Text type="secondary">{t('pw.empty')}</Typography.Text>}>
        {(d) => (
          <>
            <Typography.Paragraph type="secondary">{t('pw.total', { n: d.total })}</Typography.Paragraph>
            {d.departments.map((dept) => (
              <Card key={dept.code} title={dept.name} size="small" style={{ marginBottom: 16 }} extra={<Space wrap>{dept.counts.map((c) => <Tag key={c.kind}>{`${c.kindName} ${c.count}`}</Tag>)}</Space>}>
                <Table
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={dept.powers}
                  columns={[
                    { title: t('pw.code'), dataIndex: 'code', width: 150 },
                    { title: t('pw.kind'), dataIndex: 'kindName', width: 110 },
                    { title: t('pw.name'), dataIndex: 'name' },
                    { title: t('pw.basis'), dataIndex: 'basis' },
                    { title: t('pw.duties'), key: 'duties', render: (_, p) => <ol style={{ margin: 0, paddingLeft: 18 }}>{p.duties.map((x) => <li key={x}>{x}</li>)}</ol> },
                    { title: t('pw.items'), key: 'items', render: (_, p) => itemLinks(p.items) },
                  ]}
                />
              </Card>
            ))}
          </>
        )}
      </Loadable>
    </>
  );
}

function DelegatedItems() {
  const t = useT(m);
  const loaded = useApi<Delegations>((signal) => unwrap(client.GET('/api/v1/public/delegations', { params: { query: {} }, signal })), []);
  return (
    <Loadable loaded={loaded} isEmpty={(d) => d.items.length === 0} empty={<Typography.Text type="secondary">{t('pw.empty')}</Typography.Text>}>
      {(d) => (
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={d.items}
          columns={[
            { title: t('pw.item'), key: 'item', render: (_, x) => <Link to={`/portal/catalog/${x.item.code}`}>{x.item.name}</Link> },
            { title: t('pw.from'), key: 'from', render: (_, x) => x.department.name },
            { title: t('pw.to'), key: 'to', render: (_, x) => x.delegate.name },
            { title: t('pw.mode'), key: 'mode', render: (_, x) => <><Tag color="blue">{x.modeName}</Tag><div><Typography.Text type="secondary">{x.modeMeaning}</Typography.Text></div></> },
            { title: t('pw.scope'), dataIndex: 'scope' },
            { title: t('pw.delegBasis'), dataIndex: 'basis' },
            { title: t('pw.period'), key: 'period', render: (_, x) => t('pw.periodText', { from: formatDate(x.validFrom), until: formatDate(x.validUntil) }) },
            { title: t('pw.state'), key: 'state', render: (_, x) => <Tag color={x.state === 'inForce' ? 'green' : 'default'}>{x.stateName}</Tag> },
          ]}
        />
      )}
    </Loadable>
  );
}

function ImplementationList() {
  const t = useT(m);
  const loaded = useApi<Implementations>((signal) => unwrap(client.GET('/api/v1/public/implementations', { params: { query: {} }, signal })), []);
  return (
    <Loadable loaded={loaded} isEmpty={(d) => d.items.length === 0} empty={<Typography.Text type="secondary">{t('pw.empty')}</Typography.Text>}>
      {(d) => (
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={d.items}
          columns={[
            { title: t('pw.item'), dataIndex: 'standardName' },
            { title: t('pw.region'), dataIndex: 'regionName' },
            { title: t('pw.body'), dataIndex: 'departmentName' },
            { title: t('pw.window'), dataIndex: 'windowName' },
            { title: t('pw.fees'), dataIndex: 'fees' },
            { title: t('pw.days'), key: 'days', render: (_, x) => t('pw.daysText', { legal: x.legalDays, promised: x.promisedDays }) },
            { title: t('pw.authorised'), key: 'auth', render: (_, x) => <Tag color={x.authorised ? 'green' : 'default'}>{x.authorisedName}</Tag> },
          ]}
        />
      )}
    </Loadable>
  );
}

function IntermediaryList() {
  const t = useT(m);
  const loaded = useApi<Intermediaries>((signal) => unwrap(client.GET('/api/v1/public/intermediaries', { params: { query: {} }, signal })), []);
  return (
    <Loadable loaded={loaded} isEmpty={(d) => d.items.length === 0} empty={<Typography.Text type="secondary">{t('pw.empty')}</Typography.Text>}>
      {(d) => (
        <Table
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={d.items}
          columns={[
            { title: t('pw.service'), dataIndex: 'name' },
            { title: t('pw.dept'), dataIndex: 'departmentName' },
            { title: t('pw.neededBy'), key: 'items', render: (_, x) => itemLinks(x.items) },
            { title: t('pw.basis'), dataIndex: 'basis' },
            { title: t('pw.providers'), dataIndex: 'providers' },
            { title: t('pw.fee'), dataIndex: 'fee' },
            { title: t('pw.limit'), key: 'days', render: (_, x) => t('pw.limitText', { n: x.days }) },
          ]}
        />
      )}
    </Loadable>
  );
}

/** Anyone reads each department's power list, the items delegated to the development zone, implementations and intermediary services. */
export default function PowersPage() {
  const t = useT(m);
  return (
    <>
      <PageHeader title={t('pw.title')} sub={t('pw.sub')} />
      <Card>
        <Tabs
          items={[
            { key: 'powers', label: t('pw.tab.powers'), children: <PowerLists /> },
            { key: 'delegations', label: t('pw.tab.delegations'), children: <DelegatedItems /> },
            { key: 'implementations', label: t('pw.tab.implementations'), children: <ImplementationList /> },
            { key: 'intermediaries', label: t('pw.tab.intermediaries'), children: <IntermediaryList /> },
          ]}
        />
      </Card>
    </>
  );
}
