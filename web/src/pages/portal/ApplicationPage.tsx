import { Alert, Button, Card, Col, Descriptions, Flex, Form, Input, Radio, Row, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { LinkButton } from '../../components/LinkButton';
import { client, unwrap } from '../../api/typed';
import type { Citation, Pickup } from '../../api/applications';
import { useApi } from '../../api/hooks';
import { ApplicationDocuments, AuditProofDownload, CasesTable, Citations } from '../../components/ApplicationParts';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Loadable } from '../../components/Loadable';
import { MaterialUpload, type Uploaded } from '../../components/MaterialUpload';
import { AuthorisationNote, CounterIntakeNote } from '../../components/AgentParts';
import { PageHeader } from '../../components/PageHeader';
import { AppStatus } from '../../components/Status';
import { formatDate, formatTime } from '../../format';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';
import { ProgressSteps } from './ProgressView';

const m = defineMessages({
  'ad.number': ['办件号 {number}', 'Application {number}'],
  'ad.cases': ['办理进度（各部门并联办理）', 'Progress (departments in parallel)'],
  'ad.timeline': ['办理记录', 'History'],
  'ad.documents': ['办件文书', 'Documents'],
  'ad.owed': ['需要您处理', 'Action needed'],
  'ad.correction': ['窗口一次性告知：请补正以下全部内容', 'The window asks, once, for all of the following'],
  'ad.more': ['“{item}”审核中需要补充以下内容（计时暂停）', '"{item}" needs the following (the clock is paused)'],
  'ad.pending': ['容缺受理：请在期限前补交', 'Accepted with pending materials: bring them by the date'],
  'ad.pendingItem': ['{name}（{date} 前）', '{name} (by {date})'],
  'ad.note': ['补充说明（可选）', 'Note (optional)'],
  'ad.supply': ['提交补正', 'Send the corrections'],
  'ad.supplied': ['已提交，等待窗口重新审查', 'Sent; the window will check again'],
  'ad.refused': ['不予受理', 'Refused'],
  'ad.refusalBasis': ['法律依据：{basis}', 'Legal basis: {basis}'],
  'ad.pickup': ['结果领取方式', 'How you receive the results'],
  'ad.together': ['统一出件', 'All together'],
  'ad.each': ['逐项出件', 'Each when ready'],
  'ad.window': ['窗口领取', 'At the window'],
  'ad.post': ['邮寄送达', 'By post'],
  'ad.address': ['邮寄地址', 'Postal address'],
  'ad.changePickup': ['更改领取方式', 'Change'],
  'ad.pickupSaved': ['领取方式已更新', 'Updated'],
  'ad.delivered': ['已于 {time} 出件', 'Delivered on {time}'],
  'ad.outcome': ['办理结果', 'Outcome'],
  'ad.granted': ['准予：{list}', 'Granted: {list}'],
  'ad.denied': ['不予：{list}', 'Denied: {list}'],
  'ad.rate': ['评价本次服务', 'Rate this service'],
  'ad.rateHint': ['办件已出件，欢迎对本次服务作出评价（好差评）', 'Delivered: please rate the service'],
  'ad.uploadFor': ['{title}', '{title}'],
  'ad.withdraw': ['撤回申请', 'Withdraw'],
  'ad.confirmWithdraw': ['确认撤回本申请？', 'Withdraw this application?'],
  'ad.confirmWithdrawHint': ['受理前可以撤回；撤回后各事项不再办理，如需办理须重新申请，不能恢复。', 'Before acceptance you may withdraw; nothing is handled any more and you would have to apply again. This cannot be undone.'],
  'ad.withdrawn': ['申请已撤回', 'Withdrawn'],
});

/** What has happened, in the applicant's words and per item (no internal steps of the platform). */
function ApplicantHistory({ applicationId, reloadKey }: { applicationId: string; reloadKey: unknown }) {
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/applications/{id}/progress', { params: { path: { id: applicationId } }, signal })), [applicationId, reloadKey]);
  return <Loadable loaded={loaded} rows={4}>{(d) => <ProgressSteps steps={d.steps} />}</Loadable>;
}

function SupplyForm({ citations, onSend, busy }: { citations: Citation[]; onSend: (uploads: Record<string, Uploaded>, note: string) => void; busy: boolean }) {
  const t = useT(m);
  const [uploads, setUploads] = useState<Record<string, Uploaded>>({});
  const [note, setNote] = useState('');
  const materials = citations.filter((c) => c.kind === 'material');
  return (
    <Flex vertical gap={8}>
      {materials.map((c) => (
        <div key={`${c.itemCode}:${c.ref}`}>
          <Typography.Text strong>{t('ad.uploadFor', { title: c.title })}</Typography.Text>
          <MaterialUpload label={c.title} value={uploads[`${c.itemCode}:${c.ref}`]} onChange={(u) => setUploads((s) => ({ ...s, [`${c.itemCode}:${c.ref}`]: u }))} />
        </div>
      ))}
      <label>
        <Typography.Text>{t('ad.note')}</Typography.Text>
        <Input.TextArea value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={500} />
      </label>
      <div>
        <Button type="primary" loading={busy} onClick={() => onSend(uploads, note)}>
          {t('ad.supply')}
        </Button>
      </div>
    </Flex>
  );
}

const attachmentsOf = (uploads: Record<string, Uploaded>) =>
  Object.entries(uploads).map(([key, u]) => ({ uploadId: u.id, materials: [{ itemCode: key.slice(0, key.indexOf(':')), materialCode: key.slice(key.indexOf(':') + 1) }] }));

/** One application as its applicant follows it: status, what is owed, progress per department, results, history. */
export default function ApplicationPage() {
  const t = useT(m);
  const { id = '' } = useParams();
  const [pickupForm] = Form.useForm();
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/applications/{id}', { params: { path: { id } }, signal })), [id]);
  const { busy, run } = useAction(loaded.reload);

  return (
    <Loadable loaded={loaded} rows={10}>
      {(a) => {
        const moreCases = a.cases.filter((c) => c.status === 'correction' && c.moreRequest);
        const pending = a.pending.filter((p) => !p.receivedAt);
        const owed = a.status === 'correction' || moreCases.length > 0 || pending.length > 0;
        return (
          <>
            <PageHeader
              title={a.title}
              sub={t('ad.number', { number: a.number })}
              extra={
                <>
                  <AppStatus status={a.status} />
                  {a.status === 'draft' || a.status === 'submitted' || a.status === 'correction' ? (
                    <ConfirmButton
                      danger
                      loading={busy}
                      confirm={t('ad.confirmWithdraw')}
                      description={t('ad.confirmWithdrawHint')}
                      onConfirm={() => run(() => unwrap(client.POST('/api/v1/applications/{id}/withdraw', { params: { path: { id: a.id } }, body: { version: a.version } })), { done: t('ad.withdrawn') })}
                    >
                      {t('ad.withdraw')}
                    </ConfirmButton>
                  ) : null}
                </>
              }
            />
            <AuthorisationNote authorisation={a.authorisation} />
            <CounterIntakeNote intake={a.counterIntake} />
            {owed ? (
              <Card title={t('ad.owed')} style={{ marginBottom: 16, borderColor: '#faad14' }}>
                {a.status === 'correction' && a.correction ? (
                  <Flex vertical gap={12}>
                    <Alert type="warning" showIcon title={t('ad.correction')} description={<Citations items={a.correction.items} />} />
                    <SupplyForm
                      citations={a.correction.items}
                      busy={busy}
                      onSend={(uploads, note) => run(() => unwrap(client.POST('/api/v1/applications/{id}/corrections', { params: { path: { id: a.id } }, body: { attachments: attachmentsOf(uploads), note: note || null } })), { done: t('ad.supplied') })}
                    />
                  </Flex>
                ) : null}
                {moreCases.map((c) => (
                  <Flex key={c.id} vertical gap={12} style={{ marginTop: 12 }}>
                    <Alert type="warning" showIcon title={t('ad.more', { item: c.itemName })} description={<Citations items={c.moreRequest!.items} />} />
                    <SupplyForm
                      citations={c.moreRequest!.items}
                      busy={busy}
                      onSend={(uploads, note) => run(() => unwrap(client.POST('/api/v1/cases/{id}/supply-more', { params: { path: { id: c.id } }, body: { attachments: attachmentsOf(uploads), note: note || null } })), { done: t('ad.supplied') })}
                    />
                  </Flex>
                ))}
                {pending.length ? (
                  <Flex vertical gap={8} style={{ marginTop: 12 }}>
                    <Alert type="info" showIcon title={t('ad.pending')} />
                    {pending.map((p) => (
                      <div key={`${p.itemCode}:${p.materialCode}`}>
                        <Typography.Text strong>{t('ad.pendingItem', { name: p.name, date: formatDate(p.dueDate) })}</Typography.Text>
                        <MaterialUpload
                          label={p.name}
                          onChange={(u) => run(() => unwrap(client.POST('/api/v1/applications/{id}/pending-materials', { params: { path: { id: a.id } }, body: { itemCode: p.itemCode, materialCode: p.materialCode, uploadId: u.id } })), { done: t('ad.supplied') })}
                        />
                      </div>
                    ))}
                  </Flex>
                ) : null}
              </Card>
            ) : null}
            {a.refusal ? (
              <Alert
                type="error"
                showIcon
                style={{ marginBottom: 16 }}
                title={`${t('ad.refused')}：${a.refusal.reason}`}
                description={
                  <>
                    <div>{t('ad.refusalBasis', { basis: a.refusal.legalBasis })}</div>
                    <Citations items={a.refusal.cited} />
                  </>
                }
              />
            ) : null}
            {a.status === 'delivered' ? (
              <Alert
                type="success"
                showIcon
                style={{ marginBottom: 16 }}
                title={t('ad.delivered', { time: formatTime(a.deliveredAt) })}
                description={t('ad.rateHint')}
                action={
                  <LinkButton to={`/portal/applications/${a.id}/rate`} type="primary">
                    {t('ad.rate')}
                  </LinkButton>
                }
              />
            ) : null}
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={16}>
                <Card title={t('ad.cases')} style={{ marginBottom: 16 }}>
                  <CasesTable cases={a.cases} licenceLink={(lid) => `/portal/licences/${lid}`} />
                  {a.outcome ? (
                    <Descriptions size="small" column={1} style={{ marginTop: 12 }} title={t('ad.outcome')}>
                      {a.outcome.granted.length ? <Descriptions.Item label="✓">{t('ad.granted', { list: a.outcome.granted.join('、') })}</Descriptions.Item> : null}
                      {a.outcome.denied.length ? <Descriptions.Item label="✗">{t('ad.denied', { list: a.outcome.denied.join('、') })}</Descriptions.Item> : null}
                    </Descriptions>
                  ) : null}
                </Card>
                <Card title={t('ad.pickup')}>
                  {a.status === 'delivered' || a.status === 'refused' || a.status === 'withdrawn' ? (
                    <Typography.Text>
                      {t(a.pickup.mode === 'each' ? 'ad.each' : 'ad.together')} · {t(a.pickup.method === 'post' ? 'ad.post' : 'ad.window')}
                      {a.pickup.address ? ` · ${a.pickup.address}` : ''}
                    </Typography.Text>
                  ) : (
                    <Form
                      form={pickupForm}
                      layout="vertical"
                      initialValues={a.pickup}
                      onFinish={(v: Pick<Pickup, 'mode' | 'method'> & { address?: string }) =>
                        run(() => unwrap(client.PUT('/api/v1/applications/{id}/pickup', { params: { path: { id: a.id } }, body: { mode: v.mode, method: v.method, address: v.method === 'post' ? v.address ?? null : null, version: a.version } })), { done: t('ad.pickupSaved') })
                      }
                    >
                      <Form.Item name="mode" label={t('ad.together') + ' / ' + t('ad.each')}>
                        <Radio.Group options={[{ value: 'together', label: t('ad.together') }, { value: 'each', label: t('ad.each') }]} />
                      </Form.Item>
                      <Form.Item name="method" label={t('ad.window') + ' / ' + t('ad.post')}>
                        <Radio.Group options={[{ value: 'window', label: t('ad.window') }, { value: 'post', label: t('ad.post') }]} />
                      </Form.Item>
                      <Form.Item noStyle shouldUpdate>
                        {() =>
                          pickupForm.getFieldValue('method') === 'post' ? (
                            <Form.Item name="address" label={t('ad.address')} rules={[{ required: true }]}>
                              <Input maxLength={200} />
                            </Form.Item>
                          ) : null
                        }
                      </Form.Item>
                      <Button htmlType="submit" loading={busy}>
                        {t('ad.changePickup')}
                      </Button>
                    </Form>
                  )}
                </Card>
              </Col>
              <Col xs={24} lg={8}>
                <Card title={t('ad.documents')} style={{ marginBottom: 16 }}>
                  <ApplicationDocuments documents={a.documents} />
                </Card>
                <Card title={t('ad.timeline')}>
                  <ApplicantHistory applicationId={a.id} reloadKey={a.version} />
                  {a.fullView && <AuditProofDownload applicationId={a.id} />}
                </Card>
              </Col>
            </Row>
          </>
        );
      }}
    </Loadable>
  );
}
