import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Descriptions, Flex, Form, Input, InputNumber, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useAuth } from '../../auth/AuthContext';
import { useApi } from '../../api/hooks';
import { client, unwrap, type AnswerOf } from '../../api/typed';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../format';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useLang, useT } from '../../i18n';

const m = defineMessages({
  'zn.title': ['园区与区域评估', 'Zones and area assessments'],
  'zn.sub': ['园区内的工程建设项目免交区域评估已覆盖的材料；园区关联管理机构的行政区划后，赋权给该机构的事项在园区窗口办理', "A zone's projects skip the materials its area assessments cover; once linked to its administration's region, items delegated to it are handled at the zone's window"],
  'zn.none': ['本区划还没有登记园区', 'No zones registered in your region yet'],
  'zn.new': ['登记园区', 'Register a zone'],
  'zn.code': ['园区代码', 'Zone code'],
  'zn.codeHint': ['小写字母、数字和连字符，如 lanshan-kfq', 'Lower-case letters, digits and hyphens, e.g. lanshan-kfq'],
  'zn.codeShape': ['园区代码只能包含小写字母、数字和连字符，以字母开头', 'Letters, digits and hyphens, starting with a letter'],
  'zn.name': ['园区名称', 'Zone name'],
  'zn.nameRequired': ['请填写园区名称', 'Enter the zone name'],
  'zn.county': ['所在区县', 'County'],
  'zn.countyRequired': ['请选择所在区县', 'Choose the county'],
  'zn.area': ['面积', 'Area'],
  'zn.km2': ['平方千米', 'km²'],
  'zn.admin': ['管理机构所在区划', "Administration's region"],
  'zn.adminNone': ['未关联（园区没有单独的管理机构区划）', 'Not linked (no region of its own)'],
  'zn.adminHint': ['开发区管委会或乡镇的 9 位区划代码；关联后，赋权给该机构的事项由园区窗口受理', "The 9-digit region of the zone's administration; items delegated to it are then filed at the zone's window"],
  'zn.link': ['关联管理机构', 'Link the administration'],
  'zn.relink': ['更改关联', 'Change the link'],
  'zn.unlink': ['解除关联', 'Unlink'],
  'zn.linkConfirm': ['关联后，园区内项目的赋权事项将在{region}办理，已申报的办件不受影响。确定关联？', "Items delegated to {region} will then be filed there for the zone's projects; filings made stay where they are. Link?"],
  'zn.unlinkConfirm': ['解除后，园区内项目的事项回到县级部门办理，已申报的办件不受影响。确定解除？', "The zone's projects then file with the county's departments again; filings made stay where they are. Unlink?"],
  'zn.linked': ['已关联：{region}', 'Linked: {region}'],
  'zn.unlinked': ['已解除关联', 'Unlinked'],
  'zn.registered': ['园区已登记', 'Zone registered'],
  'zn.register': ['登记', 'Register'],
  'zn.cancel': ['取消', 'Cancel'],
  'zn.choose': ['选择区划', 'Choose a region'],
  'zn.assessments': ['区域评估成果', 'Area assessments'],
  'zn.noAssessments': ['暂无区域评估成果', 'No area assessments yet'],
  'zn.validUntil': ['有效期至 {date}', 'Valid until {date}'],
  'zn.covers': ['代替 {count} 项申请材料', 'Stands in for {count} materials'],
  'zn.record': ['记录区域评估成果', 'Record an area assessment'],
  'zn.kind': ['评估事项', 'Assessment'],
  'zn.kindRequired': ['请选择评估事项', 'Choose the assessment'],
  'zn.aTitle': ['成果名称', 'Title'],
  'zn.aTitleHint': ['如：蓝山经济开发区区域环境影响评价报告书（批复文号）', "E.g. the report's title and the approval's reference"],
  'zn.aTitleRequired': ['请填写成果名称', 'Enter the title'],
  'zn.conclusion': ['评估结论', 'Conclusion'],
  'zn.conclusionRequired': ['请填写评估结论', 'Enter the conclusion'],
  'zn.aCovers': ['代替的申请材料', 'Materials it stands in for'],
  'zn.aCoversHint': ['园区内的项目申报这些事项时不再提交所选材料，由平台附上本成果的说明', "The zone's projects no longer supply the chosen materials; the platform attaches a statement of this assessment instead"],
  'zn.aCoversRequired': ['请至少选择一项材料', 'Choose at least one material'],
  'zn.aValid': ['有效期至', 'Valid until'],
  'zn.aValidHint': ['不填为长期有效', 'Leave empty if it does not expire'],
  'zn.replaces': ['本园区已有“{kind}”成果，记录后将替换原成果', 'This zone already has a {kind} assessment; it will be replaced'],
  'zn.recorded': ['区域评估成果已记录', 'Area assessment recorded'],
  'zn.save': ['记录', 'Record'],
});

/** The kinds of area assessment a zone may hold (区域评估), in the order the reform documents list them. */
const KINDS = {
  environment: ['环境影响评价', 'Environmental impact'],
  water: ['水资源论证', 'Water resources'],
  soilWater: ['水土保持', 'Soil and water conservation'],
  geology: ['地质灾害危险性评估', 'Geological hazards'],
  seismic: ['地震安全性评价', 'Seismic safety'],
  energy: ['节能评价', 'Energy conservation'],
  mineral: ['压覆重要矿产资源评估', 'Overlying mineral resources'],
  traffic: ['交通影响评价', 'Traffic impact'],
  flood: ['洪水影响评价', 'Flood impact'],
  heritage: ['文物考古调查', 'Archaeological survey'],
} as const;
type Kind = keyof typeof KINDS;
/** The bundle a construction project is filed under: its items' materials are what an assessment can stand in for. */
const PROJECT_BUNDLE = 'gongcheng-jianshe-xiaoxing';

type Zone = AnswerOf<'/api/v1/public/zones', 'get'>['zones'][number];
/** Whether `code` is `root` or lies below it, by the regions' own parent links. */
function within(byCode: Map<string, Region>, code: string, root: string): boolean {
  for (let at: Region | undefined = byCode.get(code); at; at = at.parentCode ? byCode.get(at.parentCode) : undefined) if (at.code === root) return true;
  return false;
}

type Region = { code: string; name: string; parentCode: string | null; level: string };

function Assessments({ zone }: { zone: Zone }) {
  const t = useT(m);
  if (zone.assessments.length === 0) return <Typography.Text type="secondary">{t('zn.noAssessments')}</Typography.Text>;
  return (
    <Space direction="vertical" size={4}>
      {zone.assessments.map((a) => (
        <div key={a.kind}>
          <Tag color="blue">{a.kindName}</Tag>
          <Typography.Text strong>{a.title}</Typography.Text>
          <Typography.Text type="secondary">
            {' · '}{t('zn.covers', { count: a.covers.length })}
            {a.validUntil ? ` · ${t('zn.validUntil', { date: formatDate(a.validUntil) })}` : ''}
          </Typography.Text>
        </div>
      ))}
    </Space>
  );
}

/**
 * Linking the zone to its administration's region (a development zone or township of the same county), or unlinking;
 * a region another zone holds is not offered.
 */
function AdministrationLink({ zone, regions, taken, onDone }: { zone: Zone; regions: Region[]; taken: Set<string>; onDone: () => void }) {
  const t = useT(m);
  const { busy, run } = useAction(onDone);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  // the development zones and townships of the zone's county
  const candidates = regions.filter((r) => r.parentCode === zone.regionCode);
  const chosenName = candidates.find((r) => r.code === chosen)?.name ?? '';
  const send = (adminRegionCode: string | null) =>
    run(() => unwrap(client.PATCH('/api/v1/zones/{code}', { params: { path: { code: zone.code } }, body: { adminRegionCode } })), {
      done: adminRegionCode ? t('zn.linked', { region: chosenName }) : t('zn.unlinked'),
    }).then(() => setChosen(undefined));
  return (
    <Flex gap={8} wrap="wrap" align="center">
      <Select
        aria-label={t('zn.admin')}
        placeholder={t('zn.choose')}
        style={{ minWidth: 220 }}
        value={chosen}
        onChange={setChosen}
        options={candidates.filter((r) => r.code !== zone.adminRegion?.code && !taken.has(r.code)).map((r) => ({ value: r.code, label: r.name }))}
      />
      <ConfirmButton disabled={!chosen} loading={busy} confirm={t('zn.linkConfirm', { region: chosenName })} onConfirm={() => send(chosen!)}>
        {zone.adminRegion ? t('zn.relink') : t('zn.link')}
      </ConfirmButton>
      {zone.adminRegion ? (
        <ConfirmButton danger loading={busy} confirm={t('zn.unlinkConfirm')} onConfirm={() => send(null)}>
          {t('zn.unlink')}
        </ConfirmButton>
      ) : null}
    </Flex>
  );
}

interface NewAssessment {
  kind: Kind;
  title: string;
  conclusion: string;
  covers: string[];
  validUntil?: Dayjs | null;
}

/** The materials of the construction project's items, grouped by item, as 'item:material' choices. */
function useProjectMaterials() {
  return useApi(async (signal) => {
    const bundle = await unwrap(client.GET('/api/v1/catalog/bundles/{code}', { params: { path: { code: PROJECT_BUNDLE } }, signal }));
    const items = await Promise.all(
      bundle.items.map((i) => unwrap(client.GET('/api/v1/catalog/items/{code}', { params: { path: { code: i.code } }, signal }))),
    );
    return items
      .filter((i) => i.materials.length > 0)
      .map((i) => ({
        label: i.name,
        title: i.name,
        options: i.materials.map((mat) => ({ value: `${i.code}:${mat.code}`, label: mat.name, title: mat.name, chosen: `${mat.name}（${i.name}）` })),
      }));
  }, []);
}

/** Recording an area assessment (区域评估) of the zone: what it is, its conclusion, and which materials it stands in for. */
function RecordAssessment({ zone, onDone }: { zone: Zone; onDone: () => void }) {
  const t = useT(m);
  const { lang } = useLang();
  const [form] = Form.useForm<NewAssessment>();
  const { busy, run } = useAction(() => {
    form.resetFields();
    onDone();
  });
  const materials = useProjectMaterials();
  const kind = Form.useWatch('kind', form);
  const held = kind ? zone.assessments.find((a) => a.kind === kind) : undefined;
  const submit = (v: NewAssessment) =>
    run(
      () =>
        unwrap(
          client.POST('/api/v1/zones/{code}/assessments', {
            params: { path: { code: zone.code } },
            body: {
              kind: v.kind,
              title: v.title.trim(),
              conclusion: v.conclusion.trim(),
              covers: v.covers.map((key) => ({ itemCode: key.slice(0, key.indexOf(':')), materialCode: key.slice(key.indexOf(':') + 1) })),
              validUntil: v.validUntil ? v.validUntil.format('YYYY-MM-DD') : null,
            },
          }),
        ),
      { done: t('zn.recorded') },
    );
  return (
    <Form form={form} name={`assessment-${zone.code}`} layout="vertical" onFinish={(v) => void submit(v)} style={{ maxWidth: 720 }} data-testid={`record-assessment-${zone.code}`}>
      <Form.Item name="kind" label={t('zn.kind')} rules={[{ required: true, message: t('zn.kindRequired') }]}>
        <Select options={(Object.keys(KINDS) as Kind[]).map((k) => ({ value: k, label: KINDS[k][lang === 'en' ? 1 : 0] }))} style={{ maxWidth: 320 }} />
      </Form.Item>
      {held ? <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('zn.replaces', { kind: held.kindName })} /> : null}
      <Form.Item name="title" label={t('zn.aTitle')} extra={t('zn.aTitleHint')} rules={[{ required: true, whitespace: true, message: t('zn.aTitleRequired') }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="conclusion" label={t('zn.conclusion')} rules={[{ required: true, whitespace: true, message: t('zn.conclusionRequired') }]}>
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.Item name="covers" label={t('zn.aCovers')} extra={t('zn.aCoversHint')} rules={[{ required: true, type: 'array', min: 1, message: t('zn.aCoversRequired') }]}>
        <Select mode="multiple" showSearch optionFilterProp="chosen" optionLabelProp="chosen" loading={materials.loading} options={materials.data ?? []} maxCount={40} />
      </Form.Item>
      <Form.Item name="validUntil" label={t('zn.aValid')} extra={t('zn.aValidHint')}>
        <DatePicker />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>{t('zn.save')}</Button>
    </Form>
  );
}

interface NewZone {
  code: string;
  name: string;
  regionCode: string;
  areaKm2?: number | null;
}

function RegisterZone({ counties, onDone }: { counties: Region[]; onDone: () => void }) {
  const t = useT(m);
  const [form] = Form.useForm<NewZone>();
  const { busy, run } = useAction(onDone);
  const submit = (v: NewZone) =>
    run(() => unwrap(client.POST('/api/v1/zones', { body: { code: v.code, name: v.name, regionCode: v.regionCode, areaKm2: v.areaKm2 ?? null } })), { done: t('zn.registered') });
  return (
    <Card title={t('zn.new')} style={{ marginBottom: 16 }} data-testid="new-zone">
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} style={{ maxWidth: 560 }} initialValues={{ regionCode: counties.length === 1 ? counties[0]!.code : undefined }}>
        <Form.Item name="name" label={t('zn.name')} rules={[{ required: true, whitespace: true, message: t('zn.nameRequired') }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="code" label={t('zn.code')} extra={t('zn.codeHint')} rules={[{ required: true, pattern: /^[a-z][a-z0-9-]{1,47}$/, message: t('zn.codeShape') }]}>
          <Input maxLength={48} />
        </Form.Item>
        <Form.Item name="regionCode" label={t('zn.county')} rules={[{ required: true, message: t('zn.countyRequired') }]}>
          <Select options={counties.map((r) => ({ value: r.code, label: r.name }))} />
        </Form.Item>
        <Form.Item name="areaKm2" label={t('zn.area')}>
          <InputNumber min={0.01} max={100000} suffix={t('zn.km2')} style={{ width: '100%', maxWidth: 220 }} />
        </Form.Item>
        <Flex gap={12} wrap="wrap">
          <Button type="primary" htmlType="submit" loading={busy}>{t('zn.register')}</Button>
          <Button onClick={onDone}>{t('zn.cancel')}</Button>
        </Flex>
      </Form>
    </Card>
  );
}

/** 园区: the supervisor's zones, each with its administration's region (linked or not) and its area assessments. */
export default function ZonesPage() {
  const t = useT(m);
  const { me } = useAuth();
  const region = me?.regionCode ?? '';
  const [adding, setAdding] = useState(false);
  // a county's supervisor sees the county's zones, a city's or the province's those of every county below
  const zones = useApi((signal) => unwrap(client.GET('/api/v1/public/zones', { params: { query: region ? { region: region.slice(0, 6) } : {} }, signal })), [region]);
  const regions = useApi((signal) => unwrap(client.GET('/api/v1/regions', { signal })), []);
  const all = (regions.data?.items ?? []) as Region[];
  const byCode = new Map(all.map((r) => [r.code, r]));
  const counties = all.filter((r) => r.level === 'county' && within(byCode, r.code, region));
  return (
    <>
      <PageHeader
        title={t('zn.title')}
        sub={t('zn.sub')}
        extra={!adding ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>{t('zn.new')}</Button> : undefined}
      />
      {adding ? <RegisterZone counties={counties} onDone={() => { setAdding(false); zones.reload(); }} /> : null}
      <Loadable loaded={zones} isEmpty={(d) => d.zones.length === 0} empty={<Tag>{t('zn.none')}</Tag>}>
        {(d) => (
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            {d.zones.map((z) => (
              <Card key={z.code} title={z.name} data-testid={`zone-${z.code}`}>
                <Descriptions column={{ xs: 1, md: 2 }} size="small">
                  <Descriptions.Item label={t('zn.code')}>{z.code}</Descriptions.Item>
                  <Descriptions.Item label={t('zn.county')}>{z.regionName}</Descriptions.Item>
                  <Descriptions.Item label={t('zn.area')}>{z.areaKm2 === null ? '—' : `${z.areaKm2} ${t('zn.km2')}`}</Descriptions.Item>
                  <Descriptions.Item label={t('zn.admin')}>{z.adminRegion ? z.adminRegion.name : t('zn.adminNone')}</Descriptions.Item>
                </Descriptions>
                <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>{t('zn.adminHint')}</Typography.Paragraph>
                <AdministrationLink zone={z} regions={all} taken={new Set(d.zones.flatMap((o) => (o.adminRegion ? [o.adminRegion.code] : [])))} onDone={zones.reload} />
                <Typography.Title level={5} style={{ marginTop: 16 }}>{t('zn.assessments')}</Typography.Title>
                <Assessments zone={z} />
                <Typography.Title level={5} style={{ marginTop: 16 }}>{t('zn.record')}</Typography.Title>
                <RecordAssessment zone={z} onDone={zones.reload} />
              </Card>
            ))}
          </Space>
        )}
      </Loadable>
    </>
  );
}
