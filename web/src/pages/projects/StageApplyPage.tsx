import { SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { MergedField, MergedForm } from '../../api/forms';
import { useApi } from '../../api/hooks';
import { client, unwrap } from '../../api/typed';
import { FieldInput } from '../../components/FormField';
import { Loadable } from '../../components/Loadable';
import { MaterialUpload, type Uploaded } from '../../components/MaterialUpload';
import { PageHeader } from '../../components/PageHeader';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useLang, useT } from '../../i18n';
import { JourneySteps } from '../portal/BundlePage';

const m = defineMessages({
  'sa.title': ['申报本阶段 · {stage}', 'File this stage · {stage}'],
  'sa.sub': ['工程建设项目 {name}（项目代码 {code}）本阶段的事项和材料；项目名称和代码由平台填写', 'This stage of project {name} ({code}); the project’s name and code are filled in by the platform'],
  'sa.items': ['本阶段办理的事项', 'Items of this stage'],
  'sa.common': ['基本信息（各事项共用，只填一次）', 'Shared details (asked once)'],
  'sa.group': ['{name} 的专项信息', 'Details for {name}'],
  'sa.prefilled': ['已预填', 'Filled in'],
  'sa.materials': ['本阶段申请材料', 'Materials of this stage'],
  'sa.required': ['必须', 'Required'],
  'sa.optional': ['视情况', 'If applicable'],
  'sa.whyNeeded': ['需要它的事项', 'Needed by'],
  'sa.covered': ['已由区域评估覆盖（{title}），免提交', 'Covered by the zone assessment ({title}): nothing to upload'],
  'sa.reused': ['已有电子证照“{name}”，免提交', 'Reused e-licence "{name}": nothing to upload'],
  'sa.produced': ['由本次办理的“{name}”产生，免提交', 'Produced by "{name}": nothing to upload'],
  'sa.missing': ['以下必须材料尚未上传：{list}', 'Required materials not uploaded yet: {list}'],
  'sa.fixErrors': ['还有 {n} 处需要修改，请查看标红的内容', '{n} fields need fixing (marked in red)'],
  'sa.pickup': ['结果领取方式', 'How to receive the results'],
  'sa.window': ['全部办结后在政务服务中心窗口统一领取', 'All results together, at the service centre’s window'],
  'sa.submit': ['提交本阶段申报', 'File this stage'],
  'sa.back': ['返回项目', 'Back to the project'],
  'sa.filed': ['本阶段已申报，办件号 {number}', 'Stage filed: application {number}'],
  'sa.notice': ['请从项目页面点击“申报本阶段”开始', 'Start from the project page (申报本阶段)'],
});

/** Whose material this is: a key per item and material, as the stage's list on the project says it. */
const keyOf = (itemCode: string, materialCode: string) => `${itemCode}:${materialCode}`;

/**
 * 申报本阶段, the one form: the stage's notice (its items only), the merged form of those items, the stage's materials
 * (those the zone's 区域评估 covers are not asked), then the filing of the project's stage. The ordinary 一表申请
 * (portal/ApplyPage) is left as it is: this page reuses its parts (the fields, the uploads, the journey), not its logic.
 */
export default function StageApplyPage() {
  const t = useT(m);
  const { lang } = useLang();
  const { id = '', stage = '' } = useParams();
  const [params] = useSearchParams();
  const noticeId = params.get('notice') ?? '';
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const idempotencyKey = useRef(crypto.randomUUID());
  const [uploads, setUploads] = useState<Record<string, Uploaded>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const { busy, run } = useAction();

  const loaded = useApi(
    async (signal) => {
      if (!noticeId) return null;
      const [notice, merged, project] = await Promise.all([
        unwrap(client.GET('/api/v1/notices/{id}', { params: { path: { id: noticeId } }, signal })),
        unwrap(client.POST('/api/v1/guidance/forms/merged', { body: { noticeId }, signal })),
        unwrap(client.GET('/api/v1/projects/{id}', { params: { path: { id } }, signal })),
      ]);
      return { notice, merged, project };
    },
    [noticeId, id],
  );

  useEffect(() => {
    if (!loaded.data) return;
    const p = loaded.data.project;
    // the project's own facts, as registered
    form.setFieldsValue({ ...loaded.data.merged.values, projectName: p.name, projectCode: p.projectCode, projectAddress: p.address });
  }, [loaded.data, form]);

  const fields = useMemo(() => (loaded.data ? [...loaded.data.merged.common, ...loaded.data.merged.groups.flatMap((g) => g.fields)] : []), [loaded.data]);
  const formData = useCallback(() => {
    const all = form.getFieldsValue(true) as Record<string, unknown>;
    const data: Record<string, unknown> = {};
    for (const f of fields) if (all[f.name] !== undefined && all[f.name] !== null && all[f.name] !== '') data[f.name] = all[f.name];
    return data;
  }, [fields, form]);

  const check = useCallback(
    async (only?: string) => {
      const res = await unwrap(client.POST('/api/v1/guidance/forms/check', { body: { noticeId, data: formData() } }));
      const byField = new Map<string, string[]>();
      for (const e of res.errors) byField.set(e.field, [...(byField.get(e.field) ?? []), lang === 'en' ? e.message.en : e.message.zh]);
      form.setFields(fields.filter((f) => !only || f.name === only).map((f) => ({ name: f.name, errors: byField.get(f.name) ?? [] })));
      return res;
    },
    [fields, form, formData, lang, noticeId],
  );

  if (!noticeId) {
    return (
      <>
        <PageHeader title={t('sa.title', { stage: '' })} />
        <Alert type="info" showIcon title={t('sa.notice')} action={<Button onClick={() => navigate(`/portal/projects/${id}`)}>{t('sa.back')}</Button>} />
      </>
    );
  }

  return (
    <Loadable loaded={loaded} rows={12}>
      {(data) => {
        if (!data) return null;
        const { notice, merged, project } = data;
        const s = project.stages.find((x) => x.key === stage);
        /** 区域评估: the title of the assessment that covers this material for every item needing it, if one does */
        const coveredBy = new Map((s?.materials ?? []).filter((x) => x.coveredBy).map((x) => [keyOf(x.itemCode, x.materialCode), x.coveredBy!]));
        const covered = (x: (typeof notice.materials)[number]) => {
          const titles = x.neededBy.map((n) => coveredBy.get(keyOf(n.itemCode, x.code)));
          return titles.length > 0 && titles.every(Boolean) ? titles[0]! : null;
        };
        const asked = notice.materials.filter((x) => !covered(x) && !x.reuse && !x.producedBy);
        const missing = asked.filter((x) => x.required && !uploads[x.key]);

        const submit = () =>
          run(async () => {
            setProblems([]);
            const res = await check();
            const issues: string[] = [];
            if (!res.valid) issues.push(t('sa.fixErrors', { n: res.errors.length }));
            if (missing.length) issues.push(t('sa.missing', { list: missing.map((x) => x.name).join('、') }));
            if (issues.length) {
              setProblems(issues);
              return;
            }
            const attachments = asked
              .filter((x) => uploads[x.key])
              .map((x) => ({ uploadId: uploads[x.key]!.id, materials: x.neededBy.map((n) => ({ itemCode: n.itemCode, materialCode: x.code })) }));
            const licences = notice.materials
              .filter((x) => x.reuse && !covered(x))
              .map((x) => ({ licenceId: x.reuse!.licenceId, materials: x.neededBy.filter((n) => n.acceptsLicenceTypes.includes(x.reuse!.typeCode)).map((n) => ({ itemCode: n.itemCode, materialCode: x.code })) }))
              .filter((l) => l.materials.length > 0);
            const filed = await unwrap(
              client.POST('/api/v1/projects/{id}/stages/{stage}/filing', {
                params: { path: { id, stage }, header: { 'idempotency-key': idempotencyKey.current } },
                body: {
                  itemCodes: notice.items.map((i) => i.itemCode),
                  answers: Object.fromEntries(notice.answers.map((a) => [a.question, a.answer])),
                  form: res.values,
                  attachments,
                  ...(licences.length ? { licences } : {}),
                  pickup: { mode: 'together', method: 'window' },
                },
              }),
            );
            message.success(t('sa.filed', { number: filed.number }));
            navigate(`/portal/projects/${id}`);
          }, { after: false });

        const renderField = (f: MergedField, mf: MergedForm) => (
          <Form.Item
            key={f.name}
            name={f.name}
            label={<span>{f.label}{mf.prefilled[f.name] ? <Tag color="green" style={{ marginInlineStart: 8 }}>{t('sa.prefilled')}</Tag> : null}</span>}
            required={f.required && !f.visibleIf}
            validateTrigger={[]}
          >
            <FieldInput field={f} onBlur={() => void check(f.name).catch(() => {})} />
          </Form.Item>
        );

        return (
          <>
            <PageHeader title={t('sa.title', { stage: s?.name ?? notice.subject.name })} sub={t('sa.sub', { name: project.name, code: project.projectCode })} />
            <JourneySteps current={2} />
            <Card size="small" title={t('sa.items')} style={{ marginBottom: 16 }}>
              <Flex wrap gap={8}>{notice.items.map((i) => <Tag key={i.itemCode} style={{ whiteSpace: 'normal' }}>{i.name}</Tag>)}</Flex>
            </Card>
            <Form form={form} layout="vertical" onFinish={() => void submit()} scrollToFirstError>
              <Card title={t('sa.common')} style={{ marginBottom: 16 }}>{merged.common.map((f) => renderField(f, merged))}</Card>
              {merged.groups.filter((g) => g.fields.length).map((g) => (
                <Card key={g.versionId} title={t('sa.group', { name: g.itemName })} style={{ marginBottom: 16 }}>{g.fields.map((f) => renderField(f, merged))}</Card>
              ))}
              <Card title={t('sa.materials')} style={{ marginBottom: 16 }} data-testid="stage-materials">
                {notice.materials.map((x) => {
                  const by = covered(x);
                  return (
                    <div key={x.key} style={{ padding: '12px 0', borderBottom: '1px solid rgba(5,5,5,.06)' }} data-testid={`material-${x.code}`}>
                      <Flex justify="space-between" wrap="wrap" gap={8}>
                        <div style={{ flex: '1 1 320px', minWidth: 0 }}>
                          <Typography.Text strong>{x.name}</Typography.Text> {x.required ? <Tag color="red">{t('sa.required')}</Tag> : <Tag>{t('sa.optional')}</Tag>}
                          <div style={{ fontSize: 12 }}>
                            <Typography.Text type="secondary">{t('sa.whyNeeded')}：{x.neededBy.map((n) => `${n.itemName}（${n.authorityName}）`).join('、')}</Typography.Text>
                          </div>
                        </div>
                        <div style={{ flex: '1 1 260px', minWidth: 0 }}>
                          {by ? (
                            <Tag color="green" style={{ whiteSpace: 'normal' }}>{t('sa.covered', { title: by })}</Tag>
                          ) : x.reuse ? (
                            <Tag color="green" style={{ whiteSpace: 'normal' }}>{t('sa.reused', { name: x.reuse.typeName })}</Tag>
                          ) : x.producedBy ? (
                            <Tag color="cyan" style={{ whiteSpace: 'normal' }}>{t('sa.produced', { name: x.producedBy.itemName })}</Tag>
                          ) : (
                            <MaterialUpload label={x.name} value={uploads[x.key]} onChange={(u) => setUploads((v) => ({ ...v, [x.key]: u }))} />
                          )}
                        </div>
                      </Flex>
                    </div>
                  );
                })}
              </Card>
              <Card title={t('sa.pickup')} style={{ marginBottom: 16 }}>
                <Typography.Text>{t('sa.window')}</Typography.Text>
              </Card>
              {problems.length ? <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={problems.join('；')} /> : null}
              <Flex gap={12} wrap="wrap" style={{ padding: '12px 0' }}>
                <Button onClick={() => navigate(`/portal/projects/${id}`)}>{t('sa.back')}</Button>
                <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={busy}>{t('sa.submit')}</Button>
              </Flex>
            </Form>
          </>
        );
      }}
    </Loadable>
  );
}
