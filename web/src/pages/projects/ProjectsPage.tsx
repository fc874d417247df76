import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, InputNumber, Radio, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../../auth/AuthContext';
import { useAction } from '../../hooks/useAction';
import { useApi } from '../../api/hooks';
import { client, unwrap } from '../../api/typed';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { formatTime } from '../../format';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'pj.title': ['工程建设项目', 'Construction projects'],
  'pj.sub': ['按立项用地规划许可、工程建设许可、施工许可、竣工验收四个阶段分段申报，上一阶段出件后再申报下一阶段', 'Filed stage by stage: each stage opens once the previous one has its results'],
  'pj.name': ['项目名称', 'Project'],
  'pj.code': ['项目代码', 'Project code'],
  'pj.zone': ['所在园区', 'Zone'],
  'pj.stage': ['所处阶段', 'Stage'],
  'pj.done': ['已全部出件', 'All stages done'],
  'pj.company': ['建设单位', 'Company'],
  'pj.created': ['登记时间', 'Registered'],
  'pj.none': ['还没有工程建设项目', 'No construction projects yet'],
  'pj.new': ['新建工程项目', 'Register a project'],
  'pj.newHint': ['登记后平台赋予投资项目代码，各阶段申报、联合审图和联合验收都在项目下办理', 'Once registered, the project gets its investment project code; every stage is filed under it'],
  'pj.address': ['建设地点', 'Site address'],
  'pj.region': ['所在区县', 'County'],
  'pj.zoneOptional': ['所在园区（不在园区内可不选）', 'Zone (leave empty if none)'],
  'pj.type': ['立项方式', 'Approval type'],
  'pj.area': ['总建筑面积', 'Floor area'],
  'pj.sqm': ['平方米', 'm²'],
  'pj.register': ['登记项目', 'Register'],
  'pj.cancel': ['取消', 'Cancel'],
  'pj.registered': ['项目已登记，投资项目代码 {code}', 'Registered: project code {code}'],
  'pj.nameRequired': ['请填写项目名称', 'Enter the project name'],
  'pj.addressRequired': ['请填写建设地点', 'Enter the site address'],
  'pj.regionRequired': ['请选择所在区县', 'Choose the county'],
  'pj.areaRange': ['总建筑面积须为大于 0 的数字（平方米）', 'The floor area is a number above 0 (m²)'],
  'pj.codeShape': ['登记后平台赋予投资项目代码：{code}（年份-所在区县代码-行业代码-立项方式-流水号，行业代码 47 为房屋建筑业）', 'Once registered, the platform gives the project code {code} (year-county-industry-type-serial; 47 is building construction)'],
  'pj.codeRegion': ['区县代码', 'county'],
  'pj.codeSerial': ['六位流水号', 'serial'],
  'pj.t01': ['审批', 'Approval'],
  'pj.t02': ['核准', 'Authorisation'],
  'pj.t03': ['备案', 'Filing'],
});

interface NewProject {
  name: string;
  address: string;
  regionCode: string;
  zoneCode?: string;
  approvalType: '01' | '02' | '03';
  buildingArea?: number | null;
}

/** 项目登记: the company's form; the platform gives the 投资项目代码 and opens the project's page. */
function RegisterProject({ onCancel }: { onCancel: () => void }) {
  const t = useT(m);
  const navigate = useNavigate();
  const [form] = Form.useForm<NewProject>();
  const regionCode = Form.useWatch('regionCode', form);
  const approvalType = Form.useWatch('approvalType', form) ?? '03';
  const { busy, run } = useAction();
  const regions = useApi((signal) => unwrap(client.GET('/api/v1/regions', { signal })), []);
  const zones = useApi((signal) => unwrap(client.GET('/api/v1/public/zones', { signal })), []);
  const byCode = new Map((regions.data?.items ?? []).map((r) => [r.code, r]));
  const counties = (regions.data?.items ?? []).filter((r) => /^[1-9]\d{5}$/.test(r.code) && r.level === 'county');
  const zoneOptions = (zones.data?.zones ?? []).filter((z) => !regionCode || z.regionCode.startsWith(regionCode) || regionCode.startsWith(z.regionCode));
  const submit = (v: NewProject) =>
    run(async () => {
      const p = await unwrap(client.POST('/api/v1/projects', { body: { name: v.name, address: v.address, regionCode: v.regionCode, zoneCode: v.zoneCode || null, approvalType: v.approvalType, buildingArea: v.buildingArea ?? null } }));
      navigate(`/portal/projects/${p.id}`);
      return p;
    });
  return (
    <Card title={t('pj.new')} style={{ marginBottom: 16 }} data-testid="new-project">
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ approvalType: '03' }} style={{ maxWidth: 640 }}>
        <Form.Item name="name" label={t('pj.name')} rules={[{ required: true, whitespace: true, message: t('pj.nameRequired') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="address" label={t('pj.address')} rules={[{ required: true, whitespace: true, message: t('pj.addressRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="regionCode" label={t('pj.region')} rules={[{ required: true, message: t('pj.regionRequired') }]}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={regions.loading}
            onChange={() => form.setFieldValue('zoneCode', undefined)}
            options={counties.map((r) => ({ value: r.code, label: `${r.parentCode ? byCode.get(r.parentCode)?.name ?? '' : ''}${r.name}` }))}
          />
        </Form.Item>
        <Form.Item name="zoneCode" label={t('pj.zoneOptional')}>
          <Select allowClear options={zoneOptions.map((z) => ({ value: z.code, label: z.name }))} />
        </Form.Item>
        <Form.Item name="approvalType" label={t('pj.type')}>
          <Radio.Group options={(['03', '02', '01'] as const).map((k) => ({ value: k, label: t(`pj.t${k}`) }))} />
        </Form.Item>
        <Form.Item name="buildingArea" label={t('pj.area')} rules={[{ type: 'number', min: 1, max: 10_000_000, message: t('pj.areaRange') }]}>
          <InputNumber min={1} max={10_000_000} suffix={t('pj.sqm')} style={{ width: '100%', maxWidth: 240 }} />
        </Form.Item>
        <Typography.Paragraph type="secondary" data-testid="code-shape">
          {t('pj.codeShape', { code: `${new Date().getFullYear()}-${regionCode ?? t('pj.codeRegion')}-47-${approvalType}-${t('pj.codeSerial')}` })}
        </Typography.Paragraph>
        <Flex gap={12} wrap="wrap">
          <Button type="primary" htmlType="submit" loading={busy}>{t('pj.register')}</Button>
          <Button onClick={onCancel}>{t('pj.cancel')}</Button>
        </Flex>
      </Form>
    </Card>
  );
}

/** The projects of the company (portal) or of the staff member's region (window, review, supervision). */
export default function ProjectsPage() {
  const t = useT(m);
  const base = useLocation().pathname.replace(/\/projects$/, '');
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/projects', { signal })), []);
  const { me } = useAuth();
  const [adding, setAdding] = useState(false);
  // the building company registers its projects on the portal
  const mayRegister = base === '/portal' && me?.kind === 'business';
  return (
    <>
      <PageHeader
        title={t('pj.title')}
        sub={t('pj.sub')}
        extra={mayRegister && !adding ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>{t('pj.new')}</Button> : undefined}
      />
      {adding ? <RegisterProject onCancel={() => setAdding(false)} /> : null}
      <Loadable loaded={loaded} isEmpty={(d) => d.items.length === 0} empty={<Tag>{t('pj.none')}</Tag>}>
        {(d) => (
          <Table
            rowKey="id"
            scroll={{ x: 'max-content' }}
            size="small"
            pagination={false}
            dataSource={d.items}
            columns={[
              { title: t('pj.name'), dataIndex: 'name', render: (v: string, r) => <Link to={`${base}/projects/${r.id}`}>{v}</Link> },
              { title: t('pj.code'), dataIndex: 'projectCode' },
              { title: t('pj.company'), dataIndex: 'applicantName' },
              { title: t('pj.zone'), render: (_: unknown, r) => r.zone?.name ?? '—' },
              { title: t('pj.stage'), render: (_: unknown, r) => (r.currentStage ? <Tag color="blue">{r.currentStage}</Tag> : <Tag color="green">{t('pj.done')}</Tag>) },
              { title: t('pj.created'), render: (_: unknown, r) => formatTime(r.createdAt) },
            ]}
          />
        )}
      </Loadable>
    </>
  );
}
