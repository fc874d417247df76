import { Alert, Button, Card, Col, Descriptions, Flex, Input, InputNumber, Radio, Row, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { client, unwrap } from '../../api/typed';
import { useApi } from '../../api/hooks';
import { useItemVersions } from '../../api/useItemVersions';
import { useAuth, hasRole } from '../../auth/AuthContext';
import { ApplicationDocuments, ApplicationTimeline, CasesTable, Citations, FormValues, MaterialsCheck } from '../../components/ApplicationParts';
import { CitationComposer, citationsOf, type CitationDraft } from '../../components/CitationComposer';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Loadable } from '../../components/Loadable';
import { SpecialProcedureCard } from '../../components/SpecialProcedureCard';
import { SiteChecksCard } from '../../components/SiteCheckParts';
import { UrgesCard } from '../../components/UrgeParts';
import { PageHeader } from '../../components/PageHeader';
import { CaseStatusTag, DeadlineTag } from '../../components/Status';
import { formatTime } from '../../format';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'cp.confirmExtend': ['确认批准延期？', 'Approve the extension?'],
  'cp.confirmExtendHint': ['延期后到期日随之推后并告知申请人，不能撤销。', 'The due date moves and the applicant is told; it cannot be undone.'],
  'cp.sub': ['办件号 {number} · {applicant}', 'Application {number} · {applicant}'],
  'cp.form': ['申请信息', 'Application'],
  'cp.materials': ['材料（含引用的电子证照）', 'Materials (with reused e-licences)'],
  'cp.others': ['同一办件的其他事项（并联办理）', 'Other items of this application (in parallel)'],
  'cp.history': ['办理记录', 'History'],
  'cp.actions': ['审核操作', 'Review'],
  'cp.startReview': ['开始审核', 'Start the review'],
  'cp.reviewNote': ['审核意见（可选）', 'Note (optional)'],
  'cp.decide': ['作出决定', 'Decide'],
  'cp.more': ['一次性补正', 'Ask for more'],
  'cp.site': ['现场核查', 'Site check'],
  'cp.approve': ['准予许可', 'Approve'],
  'cp.deny': ['不予许可', 'Deny'],
  'cp.reasons': ['决定理由', 'Reasons'],
  'cp.reasonsRequired': ['请写明决定理由', 'State the reasons'],
  'cp.doDecide': ['确认决定', 'Record the decision'],
  'cp.confirmDecide': ['确认作出“{result}”决定？', 'Record the decision "{result}"?'],
  'cp.confirmDecideHint': ['决定作出后即记录在案并通知申请人，不能修改。', 'The decision is recorded and the applicant told; it cannot be changed.'],
  'cp.confirmMore': ['确认告知申请人补正？', 'Ask the applicant for more?'],
  'cp.confirmMoreHint': ['补正只能告知一次，请确认已列出全部内容。', 'This can be asked only once: list everything.'],
  'cp.decided': ['决定已记录', 'Decision recorded'],
  'cp.reviewStarted': ['已开始审核', 'Review started'],
  'cp.doMore': ['发出补正告知（计时暂停）', 'Ask (the clock pauses)'],
  'cp.moreSent': ['已告知申请人补正', 'The applicant has been asked'],
  'cp.siteWhen': ['核查时间', 'When'],
  'cp.siteWhere': ['核查地址', 'Address'],
  'cp.siteJoint': ['同一办件中同时核查的其他部门事项', 'Cases of other departments to check in the same visit'],
  'cp.doSite': ['安排现场核查', 'Schedule the site check'],
  'cp.siteScheduled': ['已安排现场核查', 'Site check scheduled'],
  'cp.siteResult': ['核查结果', 'Result'],
  'cp.pass': ['符合', 'Pass'],
  'cp.fail': ['不符合', 'Fail'],
  'cp.siteNote': ['核查情况', 'Findings'],
  'cp.doSiteResult': ['登记核查结果', 'Record the result'],
  'cp.siteRecorded': ['核查结果已登记', 'Result recorded'],
  'cp.extend': ['延期（负责人）', 'Extend (head)'],
  'cp.documents': ['办件文书', 'Documents'],
  'cp.extendDays': ['延长工作日', 'Working days'],
  'cp.extendReason': ['延期理由', 'Reason'],
  'cp.doExtend': ['批准延期', 'Extend'],
  'cp.extended': ['已延期', 'Extended'],
  'cp.decision': ['决定：{result}（{time}）', 'Decision: {result} ({time})'],
  'cp.moreOpen': ['已告知补正，等待申请人提交', 'Waiting for the applicant'],
  'cp.nothing': ['当前状态无需操作', 'Nothing to do now'],
  'cp.deadline': ['时限', 'Deadline'],
  'cp.department': ['办理部门', 'Department'],
  'cp.licence': ['查看核发的证照', 'The licence issued'],
  'cp.mode': ['办理方式', 'Procedure'],
  'mode.standard': ['一般程序', 'Standard'],
  'mode.commitment': ['告知承诺', 'Commitment'],
  'mode.auto': ['秒批', 'Automatic'],
});

type Tab = 'decide' | 'more' | 'site';

/** A department's case: the application it belongs to (form, materials, reused licences, history) and the reviewer's actions. */
export default function CasePage() {
  const t = useT(m);
  const { id = '' } = useParams();
  const { me } = useAuth();
  const loaded = useApi(
    async (signal) => {
      const c = await unwrap(client.GET('/api/v1/cases/{id}', { params: { path: { id } }, signal }));
      const app = await unwrap(client.GET('/api/v1/applications/{id}', { params: { path: { id: c.applicationId } }, signal }));
      return { c, app };
    },
    [id],
  );
  const specs = useItemVersions(loaded.data ? [loaded.data.c.itemVersionId] : []);
  const [tab, setTab] = useState<Tab>('decide');
  const { busy, run } = useAction(loaded.reload);
  const [note, setNote] = useState('');
  const [decision, setDecision] = useState<'approve' | 'deny'>('approve');
  const [reasons, setReasons] = useState('');
  const [citations, setCitations] = useState<CitationDraft[]>([{ problem: '' }]);
  const [site, setSite] = useState({ when: '', address: '', joint: [] as string[] });
  const [result, setResult] = useState<{ result: 'pass' | 'fail'; note: string }>({ result: 'pass', note: '' });
  const [ext, setExt] = useState<{ days: number | null; reason: string }>({ days: 5, reason: '' });


  return (
    <Loadable loaded={loaded} rows={12}>
      {({ c, app }) => {
        const others = app.cases.filter((x) => x.id !== c.id);
        const jointOptions = others.filter((x) => x.status === 'reviewing' || x.status === 'accepted').map((x) => ({ value: x.id, label: `${x.itemName}（${x.department?.name ?? ''}）` }));
        return (
          <>
            <PageHeader title={c.itemName} sub={t('cp.sub', { number: app.number, applicant: app.applicant.orgName ?? app.applicant.name })} extra={<CaseStatusTag status={c.status} />} />
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={15}>
                <Card size="small" style={{ marginBottom: 16 }}>
                  <Descriptions size="small" column={{ xs: 1, md: 3 }}>
                    <Descriptions.Item label={t('cp.department')}>{c.department?.name}</Descriptions.Item>
                    <Descriptions.Item label={t('cp.deadline')}>
                      <DeadlineTag deadline={c.deadline} />
                    </Descriptions.Item>
                    <Descriptions.Item label={t('cp.mode')}>{t(`mode.${c.mode}`)}</Descriptions.Item>
                  </Descriptions>
                  {c.decision ? (
                    <Alert
                      type={c.decision.result === 'approved' ? 'success' : 'error'}
                      showIcon
                      title={t('cp.decision', { result: t(c.decision.result === 'approved' ? 'cp.approve' : 'cp.deny'), time: formatTime(c.decision.at) })}
                      description={c.decision.reasons}
                      action={c.licenceId ? <Link to={`/review/licences/${c.licenceId}`}>{t('cp.licence')}</Link> : undefined}
                    />
                  ) : null}
                </Card>
                <UrgesCard kind="case" subjectId={c.id} />
                <SiteChecksCard applicationId={app.id} caseId={c.id} reloadKey={c.version} />
                <Card title={t('cp.form')} size="small" style={{ marginBottom: 16 }}>
                  <FormValues app={app} />
                </Card>
                <Card title={t('cp.materials')} size="small" style={{ marginBottom: 16 }}>
                  <MaterialsCheck app={{ ...app, cases: [c] }} />
                </Card>
                {others.length ? (
                  <Card title={t('cp.others')} size="small">
                    <CasesTable cases={others} />
                  </Card>
                ) : null}
              </Col>
              <Col xs={24} xl={9}>
                <Card title={t('cp.actions')} style={{ marginBottom: 16 }}>
                  {c.status === 'accepted' ? (
                    <Flex vertical gap={8}>
                      <label>
                        <Typography.Text>{t('cp.reviewNote')}</Typography.Text>
                        <Input.TextArea rows={2} value={note} onChange={(e) => setNote(e.target.value)} aria-label={t('cp.reviewNote')} />
                      </label>
                      <Button type="primary" loading={busy} onClick={() => run(() => unwrap(client.POST('/api/v1/cases/{id}/review', { params: { path: { id: c.id } }, body: { version: c.version, note: note || null } })), { done: t('cp.reviewStarted') })}>
                        {t('cp.startReview')}
                      </Button>
                    </Flex>
                  ) : c.status === 'reviewing' ? (
                    <Flex vertical gap={12}>
                      <Segmented<Tab>
                        block
                        value={tab}
                        onChange={setTab}
                        options={[
                          { value: 'decide', label: t('cp.decide') },
                          { value: 'more', label: t('cp.more') },
                          { value: 'site', label: t('cp.site') },
                        ]}
                      />
                      {tab === 'decide' ? (
                        <>
                          <Radio.Group value={decision} onChange={(e) => setDecision(e.target.value)} options={[{ value: 'approve', label: t('cp.approve') }, { value: 'deny', label: t('cp.deny') }]} aria-label={t('cp.decide')} />
                          <label>
                            <Typography.Text strong>{t('cp.reasons')}</Typography.Text>
                            <Input.TextArea rows={3} value={reasons} onChange={(e) => setReasons(e.target.value)} aria-label={t('cp.reasons')} maxLength={1000} />
                          </label>
                          <ConfirmButton
                            type="primary"
                            danger={decision === 'deny'}
                            loading={busy}
                            disabled={!reasons.trim()}
                            confirm={t('cp.confirmDecide', { result: t(decision === 'approve' ? 'cp.approve' : 'cp.deny') })}
                            description={t('cp.confirmDecideHint')}
                            onConfirm={() => run(() => unwrap(client.POST('/api/v1/cases/{id}/decide', { params: { path: { id: c.id } }, body: { version: c.version, decision, reasons: reasons.trim() } })), { done: t('cp.decided') })}
                          >
                            {t('cp.doDecide')}
                          </ConfirmButton>
                          {!reasons.trim() ? <Typography.Text type="secondary">{t('cp.reasonsRequired')}</Typography.Text> : null}
                        </>
                      ) : tab === 'more' ? (
                        <Loadable loaded={specs} rows={2}>
                          {(items) => (
                            <>
                              <CitationComposer items={items} value={citations} onChange={setCitations} />
                              <ConfirmButton
                                type="primary"
                                loading={busy}
                                disabled={citationsOf(citations).length === 0}
                                confirm={t('cp.confirmMore')}
                                description={t('cp.confirmMoreHint')}
                                onConfirm={() => run(() => unwrap(client.POST('/api/v1/cases/{id}/request-more', { params: { path: { id: c.id } }, body: { version: c.version, items: citationsOf(citations) } })), { done: t('cp.moreSent') })}
                              >
                                {t('cp.doMore')}
                              </ConfirmButton>
                            </>
                          )}
                        </Loadable>
                      ) : (
                        <>
                          <label>
                            <Typography.Text strong>{t('cp.siteWhen')}</Typography.Text>
                            <Input type="datetime-local" value={site.when} onChange={(e) => setSite((s) => ({ ...s, when: e.target.value }))} aria-label={t('cp.siteWhen')} />
                          </label>
                          <label>
                            <Typography.Text strong>{t('cp.siteWhere')}</Typography.Text>
                            <Input value={site.address} onChange={(e) => setSite((s) => ({ ...s, address: e.target.value }))} aria-label={t('cp.siteWhere')} />
                          </label>
                          {jointOptions.length ? (
                            <div>
                              <Typography.Text strong>{t('cp.siteJoint')}</Typography.Text>
                              {jointOptions.map((o) => (
                                <div key={o.value}>
                                  <label>
                                    <input
                                      type="checkbox"
                                      checked={site.joint.includes(o.value)}
                                      onChange={(e) => setSite((s) => ({ ...s, joint: e.target.checked ? [...s.joint, o.value] : s.joint.filter((x) => x !== o.value) }))}
                                    />{' '}
                                    {o.label}
                                  </label>
                                </div>
                              ))}
                            </div>
                          ) : null}
                          <Button
                            type="primary"
                            loading={busy}
                            disabled={!site.when || !site.address.trim()}
                            onClick={() =>
                              run(
                                () => unwrap(client.POST('/api/v1/site-checks', { body: { caseIds: [c.id, ...site.joint], scheduledFor: new Date(`${site.when}:00+08:00`).toISOString(), address: site.address.trim() } })),
                                { done: t('cp.siteScheduled') })
                            }
                          >
                            {t('cp.doSite')}
                          </Button>
                        </>
                      )}
                    </Flex>
                  ) : c.status === 'siteCheck' && c.siteCheckId ? (
                    <Flex vertical gap={8}>
                      <Radio.Group value={result.result} onChange={(e) => setResult((r) => ({ ...r, result: e.target.value }))} options={[{ value: 'pass', label: t('cp.pass') }, { value: 'fail', label: t('cp.fail') }]} aria-label={t('cp.siteResult')} />
                      <label>
                        <Typography.Text strong>{t('cp.siteNote')}</Typography.Text>
                        <Input.TextArea rows={2} value={result.note} onChange={(e) => setResult((r) => ({ ...r, note: e.target.value }))} aria-label={t('cp.siteNote')} />
                      </label>
                      <Button
                        type="primary"
                        loading={busy}
                        disabled={!result.note.trim()}
                        onClick={() => run(() => unwrap(client.POST('/api/v1/site-checks/{id}/results', { params: { path: { id: c.siteCheckId! } }, body: { caseId: c.id, result: result.result, note: result.note.trim() } })), { done: t('cp.siteRecorded') })}
                      >
                        {t('cp.doSiteResult')}
                      </Button>
                    </Flex>
                  ) : c.status === 'correction' && c.moreRequest ? (
                    <Alert type="warning" showIcon title={t('cp.moreOpen')} description={<Citations items={c.moreRequest.items} />} />
                  ) : (
                    <Typography.Text type="secondary">{t('cp.nothing')}</Typography.Text>
                  )}
                </Card>
                {hasRole(me, 'reviewer', 'head') && !c.decision && c.deadline && ['accepted', 'reviewing', 'siteCheck'].includes(c.status) ? <SpecialProcedureCard c={c} reload={loaded.reload} /> : null}
                {hasRole(me, 'head') && !c.decision && c.deadline ? (
                  <Card title={t('cp.extend')} size="small" style={{ marginBottom: 16 }}>
                    <Flex vertical gap={8}>
                      <label>
                        <Typography.Text>{t('cp.extendDays')}</Typography.Text>
                        <InputNumber min={1} max={60} value={ext.days} onChange={(v) => setExt((x) => ({ ...x, days: v }))} aria-label={t('cp.extendDays')} style={{ display: 'block' }} />
                      </label>
                      <label>
                        <Typography.Text>{t('cp.extendReason')}</Typography.Text>
                        <Input value={ext.reason} onChange={(e) => setExt((x) => ({ ...x, reason: e.target.value }))} aria-label={t('cp.extendReason')} />
                      </label>
                      <ConfirmButton confirm={t('cp.confirmExtend')} description={t('cp.confirmExtendHint')} disabled={!ext.days || !ext.reason.trim()} loading={busy} onConfirm={() => run(() => unwrap(client.POST('/api/v1/cases/{id}/extend', { params: { path: { id: c.id } }, body: { workingDays: ext.days!, reason: ext.reason.trim() } })), { done: t('cp.extended') })}>
                        {t('cp.doExtend')}
                      </ConfirmButton>
                    </Flex>
                  </Card>
                ) : null}
                <Card title={t('cp.documents')} size="small" style={{ marginBottom: 16 }}>
                  <ApplicationDocuments documents={app.documents} />
                </Card>
                <Card title={t('cp.history')} size="small">
                  <ApplicationTimeline applicationId={app.id} reloadKey={`${app.version}-${c.version}`} />
                </Card>
              </Col>
            </Row>
          </>
        );
      }}
    </Loadable>
  );
}
