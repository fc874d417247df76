import { Button, Card, Descriptions, Form, Input, InputNumber, Radio, Select, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { client, unwrap } from '../../api/typed';
import { ConfirmButton } from '../../components/ConfirmButton';
import { useApi } from '../../api/hooks';
import { ItemList } from '../../components/ItemList';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { formatTime } from '../../format';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';
import type { PlanSummary, PoolOptions } from './types';

const m = defineMessages({
  'plans.title': ['双随机抽查计划', 'Random inspection plans'],
  'plans.sub': ['先公布计划与随机种子的承诺值，再揭示种子抽取；任何人可复核', 'Publish the plan and a commitment to its seed, then reveal the seed and draw; anyone can re-run it'],
  'plans.new': ['新建抽查计划', 'New plan'],
  'plans.name': ['计划名称', 'Title'],
  'plans.departments': ['参与部门（多选即联合抽查）', 'Departments (several: a joint inspection)'],
  'plans.licenceTypes': ['持有证照', 'Licences held'],
  'plans.regions': ['乡镇', 'Townships'],
  'plans.industries': ['行业', 'Industries'],
  'plans.risks': ['风险等级', 'Risk levels'],
  'plans.any': ['不限', 'Any'],
  'plans.sampling': ['抽取方式', 'Sampling'],
  'plans.rate': ['按比例（%）', 'Rate (%)'],
  'plans.size': ['按户数', 'Number'],
  'plans.amount': ['比例或户数', 'Rate or number'],
  'plans.stratify': ['分层', 'Strata'],
  'plans.stratify.none': ['不分层', 'None'],
  'plans.stratify.region': ['按乡镇', 'By township'],
  'plans.stratify.risk': ['按风险等级', 'By risk'],
  'plans.perVisit': ['每户每部门执法人员数', 'Inspectors per department per visit'],
  'plans.create': ['保存草稿', 'Save draft'],
  'plans.publish': ['公布计划', 'Publish'],
  'plans.draw': ['揭示种子并抽取', 'Reveal seed and draw'],
  'plans.confirmPublish': ['确认公布抽查计划？', 'Publish this plan?'],
  'plans.confirmPublishHint': ['公布后计划和种子承诺向社会公开，不能修改。', 'The plan and the seed commitment become public and cannot be changed.'],
  'plans.confirmDraw': ['确认揭示种子并抽取？', 'Reveal the seed and draw?'],
  'plans.confirmDrawHint': ['抽取结果随即公开，任何人可复算，不能重抽。', 'The result is published at once, anyone can re-run it, and it cannot be redrawn.'],
  'plans.public': ['查看公示', 'Public page'],
  'plans.joint': ['联合抽查', 'Joint'],
  'plans.population': ['检查对象', 'Population'],
  'plans.sample': ['抽取户数', 'Drawn'],
  'plans.commitment': ['种子承诺值 SM3', 'Seed commitment (SM3)'],
  'plans.seed': ['随机种子', 'Seed'],
  'plans.digest': ['抽取结果摘要', 'Draw digest'],
  'plans.households': ['{n} 户', '{n}'],
  'plans.published': ['已公布计划', 'Plan published'],
  'plans.drawn': ['抽取完成', 'Drawn'],
  'plans.list': ['计划列表', 'Plans'],
  'plans.empty': ['还没有抽查计划', 'No plans yet'],
});

const statusColour = { draft: 'default', published: 'blue', drawn: 'green' } as const;

/** The supervisor plans a random inspection, publishes it with a seed commitment, and draws. */
export default function PlansPage() {
  const t = useT(m);
  const [form] = Form.useForm();
  const options = useApi<PoolOptions>((signal) => unwrap(client.GET('/api/v1/inspections/pool-options', { signal })), []);
  const plans = useApi<{ items: PlanSummary[] }>((signal) => unwrap(client.GET('/api/v1/inspections/plans', { signal })), []);
  const { pending: busy, run } = useAction(plans.reload);

  const create = (v: Record<string, any>) =>
    run(async () => {
      await unwrap(
        client.POST('/api/v1/inspections/plans', {
          body: {
            title: v.title,
            departments: (v.departments as string[]).map((code) => ({ code })),
            filter: { licenceTypes: v.licenceTypes, regions: v.regions, industries: v.industries, riskLevels: v.riskLevels },
            sampling: v.samplingKind === 'rate' ? { kind: 'rate', percent: v.amount } : { kind: 'size', size: v.amount },
            stratifyBy: v.stratifyBy,
            inspectorsPerVisit: v.inspectorsPerVisit,
          },
        }),
      );
      form.resetFields();
    }, { key: 'create' });

  const opts = options.data;
  const many = (list: Array<{ value: string; label: string }> | undefined) => ({ mode: 'multiple' as const, allowClear: true, placeholder: t('plans.any'), options: list ?? [] });
  return (
    <>
      <PageHeader title={t('plans.title')} sub={t('plans.sub')} />
      <Card title={t('plans.new')} style={{ marginBottom: 16 }}>
        <Form form={form} layout="vertical" onFinish={create} initialValues={{ samplingKind: 'rate', amount: 5, stratifyBy: 'region', inspectorsPerVisit: 2, departments: ['scjg'] }}>
          <Form.Item name="title" label={t('plans.name')} rules={[{ required: true, min: 2 }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="departments" label={t('plans.departments')} rules={[{ required: true }]}>
            <Select mode="multiple" options={opts?.departments.map((d) => ({ value: d.code, label: d.name })) ?? []} />
          </Form.Item>
          <Space wrap size="large" align="start">
            <Form.Item name="licenceTypes" label={t('plans.licenceTypes')} style={{ minWidth: 260 }}>
              <Select {...many(opts?.licenceTypes.map((l) => ({ value: l.code, label: l.name })))} />
            </Form.Item>
            <Form.Item name="regions" label={t('plans.regions')} style={{ minWidth: 220 }}>
              <Select {...many(opts?.townships.map((x) => ({ value: x.code, label: x.name })))} />
            </Form.Item>
            <Form.Item name="industries" label={t('plans.industries')} style={{ minWidth: 200 }}>
              <Select {...many(opts?.industries.map((x) => ({ value: x, label: x })))} />
            </Form.Item>
            <Form.Item name="riskLevels" label={t('plans.risks')} style={{ minWidth: 180 }}>
              <Select {...many(opts?.riskLevels.map((x) => ({ value: x.code, label: x.name })))} />
            </Form.Item>
          </Space>
          <Space wrap size="large" align="start">
            <Form.Item name="samplingKind" label={t('plans.sampling')}>
              <Radio.Group options={[{ value: 'rate', label: t('plans.rate') }, { value: 'size', label: t('plans.size') }]} />
            </Form.Item>
            <Form.Item name="amount" label={t('plans.amount')} rules={[{ required: true }]}>
              <InputNumber min={0.01} max={100000} step={1} />
            </Form.Item>
            <Form.Item name="stratifyBy" label={t('plans.stratify')}>
              <Radio.Group options={(['none', 'region', 'risk'] as const).map((k) => ({ value: k, label: t(`plans.stratify.${k}`) }))} />
            </Form.Item>
            <Form.Item name="inspectorsPerVisit" label={t('plans.perVisit')}>
              <InputNumber min={1} max={5} />
            </Form.Item>
          </Space>
          <div>
            <Button type="primary" htmlType="submit" loading={busy === 'create'}>
              {t('plans.create')}
            </Button>
          </div>
        </Form>
      </Card>
      <Card title={t('plans.list')}>
        <Loadable loaded={plans} isEmpty={(d) => d.items.length === 0} empty={<Typography.Text type="secondary">{t('plans.empty')}</Typography.Text>}>
          {(d) => (
            <ItemList
              items={d.items.map((p) => ({
                key: p.id,
                title: (
                  <Space wrap>
                    <span>{p.title}</span>
                    <Tag color={statusColour[p.status]}>{p.statusName}</Tag>
                    {p.joint ? <Tag color="purple">{t('plans.joint')}</Tag> : null}
                  </Space>
                ),
                description: `${p.departments.map((x) => x.name).join('、')} · ${formatTime(p.createdAt)}`,
                body: (
                  <Descriptions size="small" column={{ xs: 1, md: 2 }}>
                    <Descriptions.Item label={t('plans.sampling')}>
                      {p.sampling.kind === 'rate' ? `${p.sampling.percent}%` : t('plans.households', { n: p.sampling.size })} · {t(`plans.stratify.${p.stratifyBy}`)}
                    </Descriptions.Item>
                    {p.populationCount !== null ? <Descriptions.Item label={t('plans.population')}>{t('plans.households', { n: p.populationCount })}</Descriptions.Item> : null}
                    {p.sampleCount !== null ? <Descriptions.Item label={t('plans.sample')}>{t('plans.households', { n: p.sampleCount })}</Descriptions.Item> : null}
                    {p.seedCommitment ? <Descriptions.Item label={t('plans.commitment')}><Typography.Text code copyable style={{ wordBreak: 'break-all' }}>{p.seedCommitment}</Typography.Text></Descriptions.Item> : null}
                    {p.seed ? <Descriptions.Item label={t('plans.seed')}><Typography.Text code copyable style={{ wordBreak: 'break-all' }}>{p.seed}</Typography.Text></Descriptions.Item> : null}
                    {p.drawDigest ? <Descriptions.Item label={t('plans.digest')}><Typography.Text code style={{ wordBreak: 'break-all' }}>{p.drawDigest}</Typography.Text></Descriptions.Item> : null}
                  </Descriptions>
                ),
                actions: [
                  p.status === 'draft' ? (
                    <ConfirmButton key="publish" type="primary" size="small" loading={busy === `publish:${p.id}`} confirm={t('plans.confirmPublish')} description={t('plans.confirmPublishHint')} onConfirm={() => void run(() => unwrap(client.POST('/api/v1/inspections/plans/{id}/publish', { params: { path: { id: p.id } }, body: {} })), { key: `publish:${p.id}` })}>
                      {t('plans.publish')}
                    </ConfirmButton>
                  ) : null,
                  p.status === 'published' ? (
                    <ConfirmButton key="draw" type="primary" size="small" loading={busy === `draw:${p.id}`} confirm={t('plans.confirmDraw')} description={t('plans.confirmDrawHint')} onConfirm={() => void run(() => unwrap(client.POST('/api/v1/inspections/plans/{id}/draw', { params: { path: { id: p.id } }, body: {} })), { key: `draw:${p.id}` })}>
                      {t('plans.draw')}
                    </ConfirmButton>
                  ) : null,
                  p.status !== 'draft' ? (
                    <Link key="public" to={`/public/inspections/${p.id}`}>
                      {t('plans.public')}
                    </Link>
                  ) : null,
                ].filter(Boolean),
              }))}
            />
          )}
        </Loadable>
      </Card>
    </>
  );
}
