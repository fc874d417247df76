import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Flex, Form, Input, Radio, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { client, unwrap } from '../../api/typed';
import type { MergedField, MergedForm } from '../../api/forms';
import type { GuidanceCheck } from '../../api/guidance';
import { useApi } from '../../api/hooks';
import { useAuth } from '../../auth/AuthContext';
import { AgentCard, useAgentMessages, type OnBehalf } from '../../components/AgentParts';
import { FieldInput } from '../../components/FormField';
import { GuideFeedbackButton } from '../../components/GuideFeedback';
import { Loadable } from '../../components/Loadable';
import { MaterialUpload, type Uploaded } from '../../components/MaterialUpload';
import { PageHeader } from '../../components/PageHeader';
import { LinkButton } from '../../components/LinkButton';
import { formatDate, formatTime } from '../../format';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useLang, useT } from '../../i18n';
import { JourneySteps } from './BundlePage';
import { OnlineAuthorisationChoice } from './OnlineAuthorisationChoice';

const m = defineMessages({
  'apply.title': ['一表申请 · {name}', 'One form · {name}'],
  'apply.for': ['申请主体', 'Filing for'],
  'apply.forSelf': ['本人', 'Myself'],
  'apply.forBusiness': ['{org}（经办人，授权至 {until}）', '{org} (as its staff, authorised until {until})'],
  'apply.forHint': ['以经办人身份为企业申请时，办件属于企业，企业法定代表人可查看；企业档案记录由您提交', 'Filed for a business, the application is the business’s; its file records that you filed it'],
  'apply.sub': ['各事项共用的信息只填一次；已有信息已自动预填', 'Shared details are asked once; what we know is filled in'],
  'apply.noNoticeTitle': ['在线申请', 'Apply online'],
  'apply.getNotice': ['去生成告知单', 'Get the notice'],
  'apply.noNotice': ['请先通过办事指南或一件事生成一次性告知单，再开始申请。', 'Get a one-time notice from a guide or a bundle first.'],
  'apply.common': ['基本信息（各事项共用，只填一次）', 'Shared details (asked once)'],
  'apply.group': ['{name} 的专项信息', 'Details for {name}'],
  'apply.prefilledProfile': ['已从实名信息预填', 'From your verified profile'],
  'apply.prefilledLicence': ['已从电子证照预填', 'From your e-licence'],
  'apply.prefilledAnswer': ['按您在问卷中的回答填写', 'From your questionnaire answer'],
  'apply.conflict': ['{source}与您填写的不一致，请选择以哪个为准', '{source} says otherwise; choose which one stands'],
  'apply.conflictGiven': ['您填写的：{value}', 'Yours: {value}'],
  'apply.conflictRecorded': ['{source}记载：{value}', '{source}: {value}'],
  'apply.sourceLicence': ['电子证照“{name}”', 'E-licence "{name}"'],
  'apply.sourceProfile': ['实名信息', 'Your verified profile'],
  'apply.reselect': ['按您最终填写的内容，需要办理的事项有变化：{changes}。请按最终内容重新生成一次性告知单后再提交（已填内容会保留）。', 'With what you finally entered, the items change: {changes}. Get the notice again for the final details before submitting (your entries are kept).'],
  'apply.reselectAdded': ['增加“{names}”', 'adds "{names}"'],
  'apply.reselectRemoved': ['不再需要“{names}”', 'no longer needs "{names}"'],
  'apply.renotice': ['按最终内容重新生成告知单', 'Get the notice again'],
  'apply.usedBy': ['用于：{items}', 'Used by: {items}'],
  'apply.materials': ['申请材料', 'Materials'],
  'apply.whyNeeded': ['需要它的事项与依据', 'Needed by (legal basis)'],
  'apply.reused': ['已有电子证照“{name}”，免提交', 'Reused e-licence "{name}": nothing to upload'],
  'apply.produced': ['由本次办理的“{name}”产生，免提交', 'Produced by "{name}": nothing to upload'],
  'apply.required': ['必须', 'Required'],
  'apply.optional': ['视情况', 'If applicable'],
  'apply.commitments': ['告知承诺', 'Commitments'],
  'apply.commit': ['本人承诺符合“{name}”的条件，所填信息真实，愿承担不实承诺的法律责任', 'I declare I meet the conditions of "{name}" and accept liability for a false declaration'],
  'apply.pickup': ['结果领取方式', 'How to receive the results'],
  'apply.together': ['统一出件（全部办结后一次领取）', 'All together, once everything is done'],
  'apply.each': ['逐项出件（每项办结即可领取）', 'Each as soon as it is ready'],
  'apply.window': ['窗口领取', 'Collect at the window'],
  'apply.post': ['邮寄送达（免费）', 'By post (free)'],
  'apply.mode': ['出件方式', 'Delivery'],
  'apply.method': ['领取方式', 'Method'],
  'apply.address': ['邮寄地址', 'Postal address'],
  'apply.addressRequired': ['邮寄送达需填写地址', 'Enter the postal address'],
  'apply.recipient': ['收件人', 'Recipient'],
  'apply.phone': ['收件人电话', 'Recipient phone'],
  'apply.saveDraft': ['保存草稿', 'Save draft'],
  'apply.draftSaved': ['草稿已保存（{time}）', 'Draft saved ({time})'],
  'apply.draftRestored': ['已恢复 {time} 保存的草稿', 'Restored the draft saved at {time}'],
  'apply.submit': ['提交申请', 'Submit'],
  'apply.fixErrors': ['还有 {n} 处需要修改，请查看标红的内容', '{n} fields need fixing (marked in red)'],
  'apply.missingMaterials': ['以下必须材料尚未上传：{list}。除事项允许容缺后补的材料外，须上传后才能提交。', 'Required materials not uploaded yet: {list}. Except those the item lets you bring later (容缺), they must be uploaded before you submit.'],
  'apply.commitHint': ['选择告知承诺方式办理的事项，符合条件的可当场或快速获批，事后核查（可选）', 'Items with a commitment procedure can be approved on your declaration and checked later (optional)'],
  'apply.submitted': ['申请已提交，办件号 {number}', 'Submitted: application {number}'],
});

interface Draft {
  values: Record<string, unknown>;
  uploads: Record<string, Uploaded>;
  savedAt: string;
}

const draftKey = (noticeId: string) => `banshi.draft.${noticeId}`;

function readDraft(noticeId: string): Draft | null {
  try {
    return JSON.parse(localStorage.getItem(draftKey(noticeId)) ?? 'null') as Draft | null;
  } catch {
    return null;
  }
}

const shown = (v: unknown) => (typeof v === 'boolean' ? (v ? '是' : '否') : String(v ?? ''));

/** 一表申请: the merged form of a notice's items, the materials to upload, the pickup choice; then submit. */
export default function ApplyPage() {
  const t = useT(m);
  const { lang } = useLang();
  const { me } = useAuth();
  const [params] = useSearchParams();
  const noticeId = params.get('notice') ?? '';
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const idempotencyKey = useRef(crypto.randomUUID());
  const [uploads, setUploads] = useState<Record<string, Uploaded>>({});
  const [commitments, setCommitments] = useState<Record<string, boolean>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [draftNote, setDraftNote] = useState<string>();
  /** Where a record disagrees with the applicant: 'given' (their answer, the default) or 'recorded'. */
  const [choices, setChoices] = useState<Record<string, 'given' | 'recorded'>>({});
  /** The items changed with the final figures: the notice must be issued again for them. */
  const [reselect, setReselect] = useState<{ answers: GuidanceCheck['answers']; changes: string } | null>(null);
  const { busy, run } = useAction();
  const isAgent = !!me?.roles.includes('agent');
  // 经办人: the businesses whose legal representative authorised this person
  const handling = useApi(
    (signal) => (me?.kind === 'citizen' ? unwrap(client.GET('/api/v1/business/handling-for', { signal })) : Promise.resolve({ items: [] })),
    [me?.kind],
  );
  const [forBusiness, setForBusiness] = useState<string>('');
  const [letter, setLetter] = useState<Uploaded>();
  /** 帮代办 on a principal's online authorisation (its id), instead of a paper letter */
  const [grantId, setGrantId] = useState('');
  const ta = useAgentMessages();

  const loaded = useApi(
    async (signal) => {
      if (!noticeId) return null;
      const saved = readDraft(noticeId);
      const [notice, merged] = await Promise.all([
        unwrap(client.GET('/api/v1/notices/{id}', { params: { path: { id: noticeId } }, signal })),
        unwrap(client.POST('/api/v1/guidance/forms/merged', { body: { noticeId, ...(saved ? { data: saved.values } : {}) }, signal })),
      ]);
      return { notice, merged };
    },
    [noticeId],
  );

  // Start from the prefilled values, or from a saved draft.
  useEffect(() => {
    if (!loaded.data) return;
    const draft = readDraft(noticeId);
    form.setFieldsValue({ ...loaded.data.merged.values, ...(draft?.values ?? {}), pickupMode: 'together', pickupMethod: 'window', ...(draft?.values ?? {}) });
    if (draft) {
      setUploads(draft.uploads);
      setDraftNote(t('apply.draftRestored', { time: formatTime(draft.savedAt) }));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded.data]);

  const fields = useMemo(() => (loaded.data ? [...loaded.data.merged.common, ...loaded.data.merged.groups.flatMap((g) => g.fields)] : []), [loaded.data]);
  const formData = useCallback(() => {
    const all = form.getFieldsValue(true) as Record<string, unknown>;
    const data: Record<string, unknown> = {};
    for (const f of fields) if (all[f.name] !== undefined && all[f.name] !== null && all[f.name] !== '') data[f.name] = all[f.name];
    return data;
  }, [fields, form]);

  /** Inline validation by the same rules the server applies on submission. */
  const check = useCallback(
    async (only?: string) => {
      const res = await unwrap(client.POST('/api/v1/guidance/forms/check', { body: { noticeId, data: formData() } }));
      const byField = new Map<string, string[]>();
      for (const e of res.errors) byField.set(e.field, [...(byField.get(e.field) ?? []), lang === 'en' ? e.message.en : e.message.zh]);
      const warnings = new Map(res.warnings.map((w) => [w.field, [lang === 'en' ? w.message.en : w.message.zh]]));
      form.setFields(fields.filter((f) => !only || f.name === only).map((f) => ({ name: f.name, errors: byField.get(f.name) ?? [], warnings: warnings.get(f.name) ?? [] })));
      return res;
    },
    [fields, form, formData, lang, noticeId],
  );

  const saveDraft = () => {
    const draft: Draft = { values: form.getFieldsValue(true), uploads, savedAt: new Date().toISOString() };
    localStorage.setItem(draftKey(noticeId), JSON.stringify(draft));
    const note = t('apply.draftSaved', { time: formatTime(draft.savedAt) });
    setDraftNote(note);
    message.success(note);
  };

  const submit = async () => {
    if (!loaded.data) return;
    const { notice } = loaded.data;
    setProblems([]);
    await run(async () => {
      const res = await check();
      const issues: string[] = [];
      if (!res.valid) issues.push(t('apply.fixErrors', { n: res.errors.length }));
      const commitItems = notice.items.filter((i) => i.commitment && commitments[i.itemCode]);
      const v = form.getFieldsValue(true) as Record<string, string>;
      if (v.pickupMethod === 'post' && !v.pickupAddress?.trim()) issues.push(t('apply.addressRequired'));
      if (isAgent && !grantId && !letter) issues.push(ta('ag.letterMissing'));
      if (issues.length) {
        setProblems(issues);
        return;
      }
      const answers = Object.fromEntries(notice.answers.map((a) => [a.question, a.answer]));
      if (notice.subject.kind === 'bundle' && notice.answers.some((a) => a.dataElement)) {
        // the applicant's final figures (经营面积 …) decide the items, not the first answers
        const sel = await unwrap(client.POST('/api/v1/guidance/bundles/{code}/check', { params: { path: { code: notice.subject.code } }, body: { answers, form: res.values } }));
        const now = sel.items.map((i) => i.itemCode);
        const before = notice.items.map((i) => i.itemCode);
        const added = sel.items.filter((i) => !before.includes(i.itemCode)).map((i) => i.name);
        const removed = notice.items.filter((i) => !now.includes(i.itemCode)).map((i) => i.name);
        if (added.length || removed.length) {
          const changes = [added.length ? t('apply.reselectAdded', { names: added.join('、') }) : '', removed.length ? t('apply.reselectRemoved', { names: removed.join('、') }) : ''].filter(Boolean).join('，');
          setReselect({ answers: sel.answers, changes });
          return;
        }
      }
      setReselect(null);
      const attachments = notice.materials
        .filter((x) => uploads[x.key])
        .map((x) => ({ uploadId: uploads[x.key]!.id, materials: x.neededBy.map((n) => ({ itemCode: n.itemCode, materialCode: x.code })) }));
      // 免提交: the held e-licence is cited, so that the window sees it as provided (and its use is logged)
      const licences = notice.materials
        .filter((x) => x.reuse && !uploads[x.key])
        .map((x) => ({ licenceId: x.reuse!.licenceId, materials: x.neededBy.filter((n) => n.acceptsLicenceTypes.includes(x.reuse!.typeCode)).map((n) => ({ itemCode: n.itemCode, materialCode: x.code })) }))
        .filter((l) => l.materials.length > 0);
      const ob = (form.getFieldsValue(true) as { onBehalf?: OnBehalf }).onBehalf;
      const onBehalf = grantId
        ? { authorisationId: grantId }
        : isAgent && ob && letter
          ? {
              applicant: {
                kind: ob.kind,
                name: ob.name.trim(),
                idNumber: ob.kind === 'citizen' ? ob.idNumber?.trim().toUpperCase() || null : null,
                uscc: ob.kind === 'business' ? ob.uscc?.trim().toUpperCase() || null : null,
                orgName: ob.kind === 'business' ? ob.orgName?.trim() || null : null,
                phone: ob.phone?.trim() || null,
                username: ob.username?.trim() || null,
              },
              authorisation: { letterUploadId: letter.id, scope: ob.scope.trim(), validUntil: ob.validUntil },
            }
          : {};
      const body = {
        ...onBehalf,
        ...(forBusiness && !grantId ? { business: { uscc: forBusiness } } : {}),
        bundleCode: notice.subject.kind === 'bundle' ? notice.subject.code : null,
        itemCodes: notice.items.map((i) => i.itemCode),
        answers,
        form: res.values,
        attachments,
        ...(licences.length ? { licences } : {}),
        commitments: commitItems.map((i) => ({ itemCode: i.itemCode, signedBy: me?.name ?? '' })),
        pickup: {
          mode: v.pickupMode === 'each' ? ('each' as const) : ('together' as const),
          method: v.pickupMethod === 'post' ? ('post' as const) : ('window' as const),
          ...(v.pickupMethod === 'post' ? { address: v.pickupAddress, recipient: v.pickupRecipient || null, phone: v.pickupPhone || null } : {}),
        },
      };
      const created = await unwrap(client.POST('/api/v1/applications', { params: { header: { 'idempotency-key': idempotencyKey.current } }, body }));
      localStorage.removeItem(draftKey(noticeId));
      message.success(t('apply.submitted', { number: created.number }));
      navigate(`/portal/applications/${created.id}`);
    });
  };

  /** Issues the notice again on the final answers and carries what was entered over to it. */
  const renotice = () =>
    run(async () => {
      if (!loaded.data || !reselect) return;
      const next = await unwrap(client.POST('/api/v1/guidance/bundles/{code}/notice', { params: { path: { code: loaded.data.notice.subject.code } }, body: { answers: reselect.answers } }));
      const draft: Draft = { values: form.getFieldsValue(true), uploads, savedAt: new Date().toISOString() };
      localStorage.setItem(draftKey(next.id), JSON.stringify(draft));
      setReselect(null);
      navigate(`/portal/apply?notice=${next.id}`);
    });

  if (!noticeId) {
    // reached without a notice (an old bookmark, a shared link): say what comes first and lead there
    const bundle = params.get('bundle');
    const item = params.get('item');
    const first = bundle ? `/portal/bundles/${encodeURIComponent(bundle)}` : item ? `/portal/catalog/${encodeURIComponent(item)}` : '/portal/bundles';
    return (
      <>
        <PageHeader title={t('apply.noNoticeTitle')} />
        <Alert type="info" showIcon title={t('apply.noNotice')} action={<LinkButton to={first} type="primary">{t('apply.getNotice')}</LinkButton>} />
      </>
    );
  }

  const prefillTag = (source: 'profile' | 'licence' | 'answer') =>
    source === 'licence' ? t('apply.prefilledLicence') : source === 'answer' ? t('apply.prefilledAnswer') : t('apply.prefilledProfile');

  /** A record that disagrees with the applicant: both shown, theirs chosen until they pick the other. */
  const conflictChoice = (f: MergedField, c: MergedForm['conflicts'][string]) => {
    const origin = c.recorded.origin;
    const source = origin.source === 'licence' ? t('apply.sourceLicence', { name: origin.licenceTypeName ?? origin.licenceType ?? '' }) : t('apply.sourceProfile');
    const unit = f.unit ?? '';
    return (
      <Alert
        type="warning"
        showIcon
        style={{ marginTop: 8 }}
        title={t('apply.conflict', { source })}
        description={
          <Radio.Group
            aria-label={`${f.label}：${t('apply.conflict', { source })}`}
            value={choices[f.name] ?? 'given'}
            onChange={(e) => {
              const pick = e.target.value as 'given' | 'recorded';
              setChoices((s) => ({ ...s, [f.name]: pick }));
              form.setFieldValue(f.name, pick === 'given' ? c.given.value : c.recorded.value);
              setReselect(null);
            }}
            options={[
              { value: 'given', label: t('apply.conflictGiven', { value: `${shown(c.given.value)}${unit}` }) },
              { value: 'recorded', label: t('apply.conflictRecorded', { source, value: `${shown(c.recorded.value)}${unit}` }) },
            ]}
          />
        }
      />
    );
  };

  const renderField = (f: MergedField, merged: MergedForm) => (
    <Form.Item
      key={f.name}
      name={f.name}
      label={
        <span>
          {f.label}
          {merged.prefilled[f.name] ? (
            <Tag color="green" style={{ marginInlineStart: 8 }}>
              {prefillTag(merged.prefilled[f.name]!.source)}
            </Tag>
          ) : null}
        </span>
      }
      required={f.required && !f.visibleIf}
      extra={
        f.usedBy.length > 1 || merged.conflicts?.[f.name] ? (
          <>
            {f.usedBy.length > 1 ? t('apply.usedBy', { items: f.usedBy.map((u) => u.itemName).join('、') }) : null}
            {merged.conflicts?.[f.name] ? conflictChoice(f, merged.conflicts[f.name]!) : null}
          </>
        ) : undefined
      }
      validateTrigger={[]}
    >
      <FieldInput field={f} onBlur={() => void check(f.name).catch(() => {})} />
    </Form.Item>
  );

  return (
    <Loadable loaded={loaded} rows={12}>
      {(data) =>
        data ? (
          <>
            <PageHeader title={t('apply.title', { name: data.notice.subject.name })} sub={t('apply.sub')} />
            <JourneySteps current={2} />
            {draftNote ? <Alert type="success" showIcon title={draftNote} style={{ marginBottom: 16 }} /> : null}
            <Form form={form} layout="vertical" onFinish={submit} scrollToFirstError>
              {handling.data?.items.length ? (
                <Card title={t('apply.for')} style={{ marginBottom: 16 }}>
                  <Radio.Group
                    value={forBusiness}
                    onChange={(e) => setForBusiness(e.target.value as string)}
                    options={[
                      { value: '', label: t('apply.forSelf') },
                      ...handling.data.items.map((h) => ({ value: h.uscc, label: t('apply.forBusiness', { org: h.orgName ?? h.uscc, until: formatDate(h.validUntil) }) })),
                    ]}
                  />
                  {forBusiness ? <Alert type="info" showIcon title={t('apply.forHint')} style={{ marginTop: 12 }} /> : null}
                </Card>
              ) : null}
              <OnlineAuthorisationChoice subject={data.notice.subject} itemCodes={data.notice.items.map((i) => i.itemCode)} paper={isAgent} value={grantId} onChange={setGrantId} />
              {isAgent && !grantId ? <AgentCard form={form} letter={letter} onLetter={setLetter} defaultScope={`代为申请${data.notice.subject.name}并领取办理结果`} /> : null}
              <Card title={t('apply.common')} style={{ marginBottom: 16 }}>
                {data.merged.common.map((f) => renderField(f, data.merged))}
              </Card>
              {data.merged.groups
                .filter((g) => g.fields.length)
                .map((g) => (
                  <Card key={g.versionId} title={t('apply.group', { name: g.itemName })} style={{ marginBottom: 16 }} extra={<GuideFeedbackButton size="small" itemVersionId={g.versionId} step="form" />}>
                    {g.fields.map((f) => renderField(f, data.merged))}
                  </Card>
                ))}
              <Card title={t('apply.materials')} style={{ marginBottom: 16 }}>
                {(() => {
                  const missing = data.notice.materials.filter((x) => x.required && !x.reuse && !x.producedBy && !uploads[x.key]);
                  return missing.length ? <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('apply.missingMaterials', { list: missing.map((x) => x.name).join('、') })} /> : null;
                })()}
                {data.notice.materials.map((x) => (
                  <div key={x.key} style={{ padding: '12px 0', borderBottom: '1px solid rgba(5,5,5,.06)' }}>
                    <Flex justify="space-between" wrap="wrap" gap={8}>
                      <div style={{ flex: '1 1 320px', minWidth: 0 }}>
                        <Typography.Text strong>{x.name}</Typography.Text> {x.required ? <Tag color="red">{t('apply.required')}</Tag> : <Tag>{t('apply.optional')}</Tag>}
                        <div style={{ fontSize: 12 }}>
                          <Typography.Text type="secondary">{t('apply.whyNeeded')}：</Typography.Text>
                          {x.neededBy.map((n) => (
                            <div key={n.versionId}>
                              {n.itemName}（{n.authorityName}）— <Typography.Text type="secondary">{n.legalBasis}</Typography.Text>
                            </div>
                          ))}
                        </div>
                      </div>
                      <div style={{ flex: '1 1 260px' }}>
                        {x.reuse ? (
                          <Tag color="green">{t('apply.reused', { name: x.reuse.typeName })}</Tag>
                        ) : x.producedBy ? (
                          <Tag color="cyan">{t('apply.produced', { name: x.producedBy.itemName })}</Tag>
                        ) : (
                          <MaterialUpload label={x.name} value={uploads[x.key]} onChange={(u) => setUploads((s) => ({ ...s, [x.key]: u }))} />
                        )}
                      </div>
                    </Flex>
                  </div>
                ))}
              </Card>
              {data.notice.items.some((i) => i.commitment) ? (
                <Card title={t('apply.commitments')} style={{ marginBottom: 16 }}>
                  <Typography.Paragraph type="secondary">{t('apply.commitHint')}</Typography.Paragraph>
                  {data.notice.items
                    .filter((i) => i.commitment)
                    .map((i) => (
                      <div key={i.itemCode}>
                        <Checkbox checked={!!commitments[i.itemCode]} onChange={(e) => setCommitments((c) => ({ ...c, [i.itemCode]: e.target.checked }))}>
                          {t('apply.commit', { name: i.name })}
                        </Checkbox>
                      </div>
                    ))}
                </Card>
              ) : null}
              <Card title={t('apply.pickup')} style={{ marginBottom: 16 }}>
                <Form.Item name="pickupMode" label={t('apply.mode')}>
                  <Radio.Group options={[{ value: 'together', label: t('apply.together') }, { value: 'each', label: t('apply.each') }]} />
                </Form.Item>
                <Form.Item name="pickupMethod" label={t('apply.method')}>
                  <Radio.Group options={[{ value: 'window', label: t('apply.window') }, { value: 'post', label: t('apply.post') }]} />
                </Form.Item>
                <Form.Item noStyle shouldUpdate={(a, b) => a.pickupMethod !== b.pickupMethod}>
                  {() =>
                    form.getFieldValue('pickupMethod') === 'post' ? (
                      <>
                        <Form.Item name="pickupAddress" label={t('apply.address')} required>
                          <Input maxLength={200} />
                        </Form.Item>
                        <Flex gap={16} wrap="wrap">
                          <Form.Item name="pickupRecipient" label={t('apply.recipient')}>
                            <Input maxLength={40} />
                          </Form.Item>
                          <Form.Item name="pickupPhone" label={t('apply.phone')}>
                            <Input maxLength={20} inputMode="tel" />
                          </Form.Item>
                        </Flex>
                      </>
                    ) : null
                  }
                </Form.Item>
              </Card>
              {reselect ? (
                <Alert
                  type="warning"
                  showIcon
                  role="alert"
                  style={{ marginBottom: 16 }}
                  title={t('apply.reselect', { changes: reselect.changes })}
                  action={
                    <Button onClick={renotice} loading={busy}>
                      {t('apply.renotice')}
                    </Button>
                  }
                />
              ) : null}
              {problems.length ? (
                <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={problems.join('；')} />
              ) : null}
              <Flex gap={12} wrap="wrap" style={{ padding: '12px 0' }}>
                <Button icon={<SaveOutlined />} onClick={saveDraft}>
                  {t('apply.saveDraft')}
                </Button>
                <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={busy}>
                  {t('apply.submit')}
                </Button>
              </Flex>
            </Form>
          </>
        ) : null
      }
    </Loadable>
  );
}
