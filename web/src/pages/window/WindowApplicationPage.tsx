import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Card, Checkbox, Col, Descriptions, Flex, Form, Input, Radio, Row, Segmented, Select, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { LinkButton } from '../../components/LinkButton';
import { client, unwrap } from '../../api/typed';
import { useApi } from '../../api/hooks';
import { useItemVersions } from '../../api/useItemVersions';
import { useAuth } from '../../auth/AuthContext';
import { ApplicationDocuments, ApplicationTimeline, CasesTable, Citations, FormValues, MaterialsCheck } from '../../components/ApplicationParts';
import { ConfirmButton } from '../../components/ConfirmButton';
import { CitationComposer, citationsOf, type CitationDraft } from '../../components/CitationComposer';
import { GuideFeedbackButton } from '../../components/GuideFeedback';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { SiteChecksCard } from '../../components/SiteCheckParts';
import { OutstandingNote, owedOutstanding, PendingMaterialsCard } from '../../components/PendingMaterialsCard';
import { AuthorisationNote, CounterIntakeNote } from '../../components/AgentParts';
import { AppStatus } from '../../components/Status';
import { formatDate, formatTime } from '../../format';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'wa.number': ['办件号 {number} · {channel}', 'Application {number} · {channel}'],
  'wa.applicant': ['申请人', 'Applicant'],
  'wa.channelOnline': ['网上申报', 'Online'],
  'wa.channelWindow': ['窗口收件', 'At the window'],
  'wa.channelAgent': ['帮代办', 'Filed by an agent'],
  'wa.name': ['姓名/名称', 'Name'],
  'wa.id': ['证件号码', 'ID number'],
  'wa.uscc': ['统一社会信用代码', 'USCC'],
  'wa.phone': ['电话', 'Phone'],
  'wa.materials': ['材料核验（对照办事指南）', 'Completeness check (against the guide)'],
  'wa.cases': ['分办事项', 'Cases'],
  'wa.timeline': ['办理记录', 'History'],
  'wa.documents': ['办件文书', 'Documents'],
  'wa.actions': ['窗口操作', 'Window actions'],
  'wa.accept': ['受理', 'Accept'],
  'wa.acceptPending': ['容缺受理', 'Accept with pending'],
  'wa.correct': ['补正', 'Corrections'],
  'wa.refuse': ['不予受理', 'Refuse'],
  'wa.acceptHint': ['材料齐全、符合法定形式，予以受理；受理后各部门并联办理并开始计时。', 'Complete and in due form: accept; departments start in parallel and the clock starts.'],
  'wa.crossRegion': ['跨域通办：本窗口代收异地（{region}）办件，须确认已核验身份与材料形式', 'Cross-region: you accept for another region ({region}); confirm the checks'],
  'wa.checkIdentity': ['已核验申请人身份', 'Identity verified'],
  'wa.checkForm': ['材料形式完备', 'Materials in due form'],
  'wa.note': ['备注（可选）', 'Note (optional)'],
  'wa.pendingMaterials': ['容缺材料', 'Pending materials'],
  'wa.pendingDue': ['补交期限', 'Due date'],
  'wa.doAccept': ['确认受理', 'Accept'],
  'wa.doAcceptPending': ['确认容缺受理', 'Accept with pending'],
  'wa.doCorrect': ['发出一次性补正告知', 'Send the correction notice'],
  'wa.doRefuse': ['确认不予受理', 'Refuse'],
  'wa.reason': ['不予受理理由', 'Reason'],
  'wa.basis': ['法律依据', 'Legal basis'],
  'wa.cited': ['所涉指南内容', 'Guide content concerned'],
  'wa.needCitation': ['请至少填写一项（选择材料或条件并说明问题）', 'Add at least one line (a material or condition and the problem)'],
  'wa.accepted': ['已受理', 'Accepted'],
  'wa.corrected': ['已发出一次性补正告知', 'Correction notice sent'],
  'wa.refused': ['已不予受理', 'Refused'],
  'wa.deliver': ['出件', 'Deliver'],
  'wa.deliverHint': ['申请人选择：{mode}，{method}', 'Applicant chose: {mode}, {method}'],
  'wa.together': ['统一出件', 'all together'],
  'wa.each': ['逐项出件', 'each when ready'],
  'wa.window': ['窗口领取', 'at the window'],
  'wa.post': ['邮寄送达', 'by post'],
  'wa.method': ['出件方式', 'Method'],
  'wa.recipient': ['收件人', 'Recipient'],
  'wa.address': ['地址', 'Address'],
  'wa.tracking': ['快递单号', 'Tracking number'],
  'wa.doDeliver': ['确认出件', 'Deliver'],
  'wa.delivered': ['已出件', 'Delivered'],
  'wa.casesToDeliver': ['本次出件的事项', 'Results to hand over'],
  'wa.print': ['打印受理通知书', 'Print the acceptance notice'],
  'wa.correctionSent': ['已告知补正（{time}）', 'Corrections requested ({time})'],
  'wa.noAction': ['当前状态无需窗口操作', 'Nothing for the window to do now'],
  'wa.confirmAccept': ['确认受理本申请？', 'Accept this application?'],
  'wa.confirmAcceptHint': ['受理后各部门开始并联办理并计时，受理不能撤销。', 'The departments start and the clock runs; acceptance cannot be undone.'],
  'wa.confirmPending': ['确认容缺受理？', 'Accept with materials owed?'],
  'wa.confirmPendingHint': ['申请人须在 {due} 前补交所列材料，补齐前不出件；受理不能撤销。', 'The applicant must bring the listed materials by {due}; nothing is delivered before. Acceptance cannot be undone.'],
  'wa.confirmCorrect': ['确认发出一次性补正告知？', 'Send the correction notice?'],
  'wa.confirmCorrectHint': ['补正只能告知一次，请确认已列出全部需要补正的内容。', 'Corrections can be asked for only once: make sure everything is listed.'],
  'wa.confirmRefuse': ['确认不予受理？', 'Refuse this application?'],
  'wa.confirmRefuseHint': ['将向申请人出具不予受理决定，告知理由、依据和救济途径，不能撤销。', 'The applicant receives a written refusal with the reason, basis and remedies; this cannot be undone.'],
  'wa.confirmDeliver': ['确认出件？', 'Hand over the results?'],
  'wa.confirmDeliverHint': ['出件后结果交付申请人，不能撤回。', 'The results go to the applicant; this cannot be undone.'],
});

type Mode = 'accept' | 'pending' | 'correct' | 'refuse';

/** 综合窗口 view of one application: completeness against the guide, then one of the four window decisions, or delivery. */
export default function WindowApplicationPage() {
  const t = useT(m);
  const { id = '' } = useParams();
  const { me } = useAuth();
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/applications/{id}', { params: { path: { id } }, signal })), [id]);
  const specs = useItemVersions(loaded.data?.cases.map((c) => c.itemVersionId) ?? []);
  const [mode, setMode] = useState<Mode>('accept');
  const { busy, run } = useAction(loaded.reload);
  const [checks, setChecks] = useState({ identity: false, formalCompleteness: false });
  const [note, setNote] = useState('');
  const [pending, setPending] = useState<string[]>([]);
  const [due, setDue] = useState('');
  const [citations, setCitations] = useState<CitationDraft[]>([{ problem: '' }]);
  const [refusal, setRefusal] = useState({ reason: '', legalBasis: '' });
  const [deliverForm] = Form.useForm();


  return (
    <Loadable loaded={loaded} rows={12}>
      {(a) => {
        const crossRegion = !!me?.regionCode && me.regionCode !== a.authorityRegion;
        const pendingOptions = (specs.data ?? []).flatMap((i) =>
          i.materials
            .filter((x) => !a.attachments.some((att) => att.materials.some((mm) => mm.itemCode === i.code && mm.materialCode === x.code)))
            .map((x) => ({ value: `${i.code}|${x.code}`, label: `${x.name}（${i.name}）` })),
        );
        const cited = citationsOf(citations);
        const deliverable = a.cases.filter((c) => (c.status === 'approved' || c.status === 'denied') && !c.deliveredAt);
        // 异地代收代办: accepting, asking for corrections and refusing all need the window's checks confirmed
        const crossRegionChecks = crossRegion ? (
          <Alert
            type="warning"
            showIcon
            title={t('wa.crossRegion', { region: a.authorityRegion })}
            description={
              <Flex vertical>
                <Checkbox checked={checks.identity} onChange={(e) => setChecks((c) => ({ ...c, identity: e.target.checked }))}>
                  {t('wa.checkIdentity')}
                </Checkbox>
                <Checkbox checked={checks.formalCompleteness} onChange={(e) => setChecks((c) => ({ ...c, formalCompleteness: e.target.checked }))}>
                  {t('wa.checkForm')}
                </Checkbox>
              </Flex>
            }
          />
        ) : null;
        return (
          <>
            <PageHeader
              title={a.title}
              sub={t('wa.number', { number: a.number, channel: a.channel === 'window' ? t('wa.channelWindow') : a.channel === 'agent' ? t('wa.channelAgent') : t('wa.channelOnline') })}
              extra={
                <>
                  <AppStatus status={a.status} />
                  {a.acceptance ? (
                    <LinkButton to={`/window/applications/${a.id}/receipt`} icon={<PrinterOutlined />}>
                      {t('wa.print')}
                    </LinkButton>
                  ) : null}
                </>
              }
            />
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={15}>
                <Card title={t('wa.applicant')} size="small" style={{ marginBottom: 16 }}>
                  <Descriptions size="small" column={{ xs: 1, md: 2 }}>
                    <Descriptions.Item label={t('wa.name')}>{a.applicant.orgName ?? a.applicant.name}</Descriptions.Item>
                    {a.applicant.uscc ? <Descriptions.Item label={t('wa.uscc')}>{a.applicant.uscc}</Descriptions.Item> : null}
                    <Descriptions.Item label={t('wa.id')}>{a.applicant.idNumber ?? '—'}</Descriptions.Item>
                    <Descriptions.Item label={t('wa.phone')}>{a.applicant.phone ?? '—'}</Descriptions.Item>
                  </Descriptions>
                  <AuthorisationNote authorisation={a.authorisation} />
                  <CounterIntakeNote intake={a.counterIntake} />
                  <FormValues app={a} />
                </Card>
                <Card
                  title={t('wa.materials')}
                  size="small"
                  style={{ marginBottom: 16 }}
                  extra={a.cases[0] ? <GuideFeedbackButton size="small" itemVersionId={a.cases[0].itemVersionId} step="window" applicationId={a.id} /> : null}
                >
                  <MaterialsCheck app={a} />
                </Card>
                <Card title={t('wa.cases')} size="small" style={{ marginBottom: 16 }}>
                  <CasesTable cases={a.cases} />
                </Card>
                <SiteChecksCard applicationId={a.id} reloadKey={a.version} />
              </Col>
              <Col xs={24} xl={9}>
                <Card title={t('wa.actions')} style={{ marginBottom: 16 }}>
                  {a.status === 'submitted' ? (
                    <Flex vertical gap={12}>
                      <Segmented<Mode>
                        block
                        value={mode}
                        onChange={setMode}
                        options={[
                          { value: 'accept', label: t('wa.accept') },
                          { value: 'pending', label: t('wa.acceptPending') },
                          { value: 'correct', label: t('wa.correct') },
                          { value: 'refuse', label: t('wa.refuse') },
                        ]}
                      />
                      {(mode === 'accept' || mode === 'pending') && (
                        <>
                          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                            {t('wa.acceptHint')}
                          </Typography.Paragraph>
                          {crossRegionChecks}
                          {mode === 'pending' ? (
                            <>
                              <label>
                                <Typography.Text strong>{t('wa.pendingMaterials')}</Typography.Text>
                                <Select mode="multiple" style={{ width: '100%' }} value={pending} onChange={setPending} options={pendingOptions} aria-label={t('wa.pendingMaterials')} />
                              </label>
                              <label>
                                <Typography.Text strong>{t('wa.pendingDue')}</Typography.Text>
                                <Input type="date" value={due} onChange={(e) => setDue(e.target.value)} aria-label={t('wa.pendingDue')} />
                              </label>
                            </>
                          ) : null}
                          <label>
                            <Typography.Text>{t('wa.note')}</Typography.Text>
                            <Input value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} aria-label={t('wa.note')} />
                          </label>
                          <ConfirmButton
                            type="primary"
                            loading={busy}
                            disabled={mode === 'pending' && (!pending.length || !due)}
                            confirm={t(mode === 'pending' ? 'wa.confirmPending' : 'wa.confirmAccept')}
                            description={mode === 'pending' ? t('wa.confirmPendingHint', { due: formatDate(due) }) : t('wa.confirmAcceptHint')}
                            onConfirm={() =>
                              run(
                                () =>
                                  unwrap(
                                    client.POST('/api/v1/applications/{id}/accept', {
                                      params: { path: { id: a.id } },
                                      body: {
                                        version: a.version,
                                        ...(crossRegion ? { checks } : {}),
                                        ...(mode === 'pending' ? { pending: pending.map((p) => ({ itemCode: p.split('|')[0] ?? '', materialCode: p.split('|')[1] ?? '', dueDate: due })) } : {}),
                                        note: note || null,
                                      },
                                    }),
                                  ),
                                { done: t('wa.accepted') })
                            }
                          >
                            {mode === 'pending' ? t('wa.doAcceptPending') : t('wa.doAccept')}
                          </ConfirmButton>
                        </>
                      )}
                      {(mode === 'correct' || mode === 'refuse') && (
                        <Loadable loaded={specs} rows={2}>
                          {(items) => (
                            <Flex vertical gap={12}>
                              {mode === 'refuse' ? (
                                <>
                                  <label>
                                    <Typography.Text strong>{t('wa.reason')}</Typography.Text>
                                    <Input.TextArea rows={2} value={refusal.reason} onChange={(e) => setRefusal((r) => ({ ...r, reason: e.target.value }))} aria-label={t('wa.reason')} />
                                  </label>
                                  <label>
                                    <Typography.Text strong>{t('wa.basis')}</Typography.Text>
                                    <Input value={refusal.legalBasis} onChange={(e) => setRefusal((r) => ({ ...r, legalBasis: e.target.value }))} aria-label={t('wa.basis')} />
                                  </label>
                                  <Typography.Text strong>{t('wa.cited')}</Typography.Text>
                                </>
                              ) : null}
                              <CitationComposer items={items} value={citations} onChange={setCitations} />
                              {crossRegionChecks}
                              {cited.length === 0 ? <Typography.Text type="secondary">{t('wa.needCitation')}</Typography.Text> : null}
                              <ConfirmButton
                                type="primary"
                                danger={mode === 'refuse'}
                                loading={busy}
                                disabled={cited.length === 0 || (mode === 'refuse' && (!refusal.reason.trim() || !refusal.legalBasis.trim()))}
                                confirm={t(mode === 'correct' ? 'wa.confirmCorrect' : 'wa.confirmRefuse')}
                                description={t(mode === 'correct' ? 'wa.confirmCorrectHint' : 'wa.confirmRefuseHint')}
                                onConfirm={() =>
                                  mode === 'correct'
                                    ? run(() => unwrap(client.POST('/api/v1/applications/{id}/request-correction', { params: { path: { id: a.id } }, body: { version: a.version, items: cited, ...(crossRegion ? { checks } : {}) } })), { done: t('wa.corrected') })
                                    : run(() => unwrap(client.POST('/api/v1/applications/{id}/refuse', { params: { path: { id: a.id } }, body: { version: a.version, reason: refusal.reason.trim(), legalBasis: refusal.legalBasis.trim(), cited, ...(crossRegion ? { checks } : {}) } })), { done: t('wa.refused') })
                                }
                              >
                                {mode === 'correct' ? t('wa.doCorrect') : t('wa.doRefuse')}
                              </ConfirmButton>
                            </Flex>
                          )}
                        </Loadable>
                      )}
                    </Flex>
                  ) : deliverable.length && (a.status === 'concluded' || (a.status === 'accepted' && a.pickup.mode === 'each')) && owedOutstanding(a) ? (
                    <OutstandingNote />
                  ) : deliverable.length && (a.status === 'concluded' || (a.status === 'accepted' && a.pickup.mode === 'each')) ? (
                    <Form
                      form={deliverForm}
                      layout="vertical"
                      initialValues={{ method: a.pickup.method, recipient: a.pickup.recipient ?? a.applicant.name, phone: a.pickup.phone ?? '', address: a.pickup.address ?? '', caseIds: deliverable.map((c) => c.id) }}
                      onFinish={(v: { method: 'window' | 'post'; recipient?: string; phone?: string; address?: string; trackingNumber?: string; caseIds: string[] }) =>
                        run(
                          () =>
                            unwrap(
                              client.POST('/api/v1/applications/{id}/deliver', {
                                params: { path: { id: a.id } },
                                body: {
                                  version: a.version,
                                  method: v.method,
                                  ...(a.pickup.mode === 'each' ? { caseIds: v.caseIds } : {}),
                                  ...(v.method === 'post' ? { recipient: v.recipient, phone: v.phone, address: v.address, trackingNumber: v.trackingNumber } : {}),
                                },
                              }),
                            ),
                          { done: t('wa.delivered') })
                      }
                    >
                      <Typography.Paragraph>
                        {t('wa.deliverHint', { mode: t(a.pickup.mode === 'each' ? 'wa.each' : 'wa.together'), method: t(a.pickup.method === 'post' ? 'wa.post' : 'wa.window') })}
                      </Typography.Paragraph>
                      {a.pickup.mode === 'each' ? (
                        <Form.Item name="caseIds" label={t('wa.casesToDeliver')}>
                          <Checkbox.Group options={deliverable.map((c) => ({ value: c.id, label: `${c.itemName}（${c.statusName}）` }))} />
                        </Form.Item>
                      ) : null}
                      <Form.Item name="method" label={t('wa.method')}>
                        <Radio.Group options={[{ value: 'window', label: t('wa.window') }, { value: 'post', label: t('wa.post') }]} />
                      </Form.Item>
                      <Form.Item noStyle shouldUpdate>
                        {() =>
                          deliverForm.getFieldValue('method') === 'post' ? (
                            <>
                              <Form.Item name="recipient" label={t('wa.recipient')} rules={[{ required: true }]}>
                                <Input />
                              </Form.Item>
                              <Form.Item name="phone" label={t('wa.phone')} rules={[{ required: true }]}>
                                <Input />
                              </Form.Item>
                              <Form.Item name="address" label={t('wa.address')} rules={[{ required: true }]}>
                                <Input />
                              </Form.Item>
                              <Form.Item name="trackingNumber" label={t('wa.tracking')} rules={[{ required: true }]}>
                                <Input />
                              </Form.Item>
                            </>
                          ) : null
                        }
                      </Form.Item>
                      <ConfirmButton type="primary" loading={busy} confirm={t('wa.confirmDeliver')} description={t('wa.confirmDeliverHint')} onConfirm={() => deliverForm.submit()}>
                        {t('wa.doDeliver')}
                      </ConfirmButton>
                    </Form>
                  ) : (
                    <Typography.Text type="secondary">{t('wa.noAction')}</Typography.Text>
                  )}
                  {a.correction ? (
                    <Alert style={{ marginTop: 12 }} type="warning" showIcon title={t('wa.correctionSent', { time: formatTime(a.correction.requestedAt) })} description={<Citations items={a.correction.items} />} />
                  ) : null}
                </Card>
                <PendingMaterialsCard app={a} onChanged={loaded.reload} />
                <Card title={t('wa.documents')} size="small" style={{ marginBottom: 16 }}>
                  <ApplicationDocuments documents={a.documents} />
                </Card>
                <Card title={t('wa.timeline')} size="small">
                  <ApplicationTimeline applicationId={a.id} reloadKey={a.version} proof={a.fullView} />
                </Card>
              </Col>
            </Row>
          </>
        );
      }}
    </Loadable>
  );
}
