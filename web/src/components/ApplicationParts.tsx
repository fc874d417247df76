import { Button, Descriptions, Flex, Table, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { client, hrefOf, unwrap, type AnswerOf, type BodyOf } from '../api/typed';
import type { ApplicationDocument, ApplicationView, CaseView, Citation } from '../api/applications';
import { useApi } from '../api/hooks';
import { useAction } from '../hooks/useAction';
import { formatTime } from '../format';
import { defineMessages, useT } from '../i18n';
import { Loadable } from './Loadable';
import { CaseStatusTag, DeadlineTag } from './Status';

const m = defineMessages({
  'ap.item': ['事项', 'Item'],
  'ap.department': ['办理部门', 'Department'],
  'ap.status': ['状态', 'Status'],
  'ap.deadline': ['办理时限', 'Deadline'],
  'ap.decision': ['决定', 'Decision'],
  'ap.licence': ['电子证照', 'E-licence'],
  'ap.viewLicence': ['查看证照', 'View licence'],
  'ap.material': ['材料', 'Material'],
  'ap.provided': ['提供情况', 'Provided'],
  'ap.download': ['查看文件', 'Open file'],
  'ap.basis': ['依据', 'Basis'],
  'ap.required': ['必须', 'Required'],
  'ap.form': ['申请表内容', 'Form'],
  'ap.noTimeline': ['暂无记录', 'No events yet'],
  'ap.proof': ['下载存证证明', 'Download proof of record'],
  'ap.proofHelp': [
    '存证证明含本办件的全部办理记录及其在平台签名树根中的位置，记录一经改动即无法通过核对。离线核对：另存公开的签名树根（/api/v1/public/audit/heads/export），运行 banshi audit check-proof 证明文件 --heads 树根文件。',
    'The proof holds every record of this application and its place under the platform’s signed tree head; any change to a record fails the check. To check it offline, keep the published heads (/api/v1/public/audit/heads/export) and run banshi audit check-proof PROOF --heads HEADS.',
  ],
  'ap.withoutReview': ['未经审核环节即作出决定', 'Decided without the review steps'],
  'ap.byRule': ['秒批', 'Auto-approved'],
  'ap.paused': ['暂停计时', 'Clock stopped'],
  'ap.docTitle': ['文书', 'Document'],
  'ap.docNumber': ['文号', 'Number'],
  'ap.docIssued': ['出具时间', 'Issued'],
  'ap.docOpen': ['下载 PDF', 'Download PDF'],
  'ap.noDocuments': ['暂无文书', 'No documents yet'],
  'cite.material': ['材料', 'Material'],
  'cite.condition': ['条件', 'Condition'],
  'cite.exception': ['经批准的例外', 'Approved exception'],
});

export function CasesTable({ cases, caseLink, licenceLink }: { cases: CaseView[]; caseLink?: (c: CaseView) => string; licenceLink?: (id: string) => string }) {
  const t = useT(m);
  return (
    <Table<CaseView>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={cases}
      columns={[
        { title: t('ap.item'), key: 'item', render: (_, c) => (caseLink ? <Link to={caseLink(c)}>{c.itemName}</Link> : c.itemName) },
        { title: t('ap.department'), key: 'dept', responsive: ['sm'], render: (_, c) => c.department?.name ?? '—' },
        { title: t('ap.status'), key: 'status', render: (_, c) => <CaseStatusTag status={c.status} /> },
        { title: t('ap.deadline'), key: 'deadline', responsive: ['md'], render: (_, c) => {
            if (c.decision) return formatTime(c.decision.at);
            const open = c.deadline?.pauses?.find((p) => !p.to);
            return (
              <Flex vertical gap={4}>
                <DeadlineTag deadline={c.deadline} />
                {open ? <Typography.Text type="secondary">{t('ap.paused')}：{open.reason ?? open.kindName}</Typography.Text> : null}
              </Flex>
            );
          } },
        {
          title: t('ap.decision'),
          key: 'decision',
          responsive: ['lg'],
          render: (_, c) =>
            c.decision ? (
              <Flex vertical>
                <span>{c.decision.reasons ?? ''}</span>
                {c.decision.byRule ? <Tag color="cyan">{t('ap.byRule')}</Tag> : null}
                {c.decision.withoutReview ? <Tag color="red">{t('ap.withoutReview')}</Tag> : null}
              </Flex>
            ) : (
              '—'
            ),
        },
        {
          title: t('ap.licence'),
          key: 'licence',
          render: (_, c) => (c.licenceId && licenceLink ? <Link to={licenceLink(c.licenceId)}>{t("ap.viewLicence")}</Link> : c.licenceId ? t("ap.licence") : "—"),
        },
      ]}
    />
  );
}

/** 办件文书: the statutory documents issued so far, each with its number, as PDFs. */
export function ApplicationDocuments({ documents }: { documents: ApplicationDocument[] | undefined }) {
  const t = useT(m);
  if (!documents?.length) return <Typography.Text type="secondary">{t('ap.noDocuments')}</Typography.Text>;
  return (
    <Table<ApplicationDocument>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={documents}
      columns={[
        { title: t('ap.docTitle'), key: 'title', render: (_, d) => d.title },
        { title: t('ap.docNumber'), key: 'number', render: (_, d) => d.number },
        { title: t('ap.docIssued'), key: 'issued', responsive: ['md'], render: (_, d) => formatTime(d.issuedAt) },
        { title: '', key: 'open', render: (_, d) => <a href={d.url} target="_blank" rel="noreferrer">{t('ap.docOpen')}</a> },
      ]}
    />
  );
}

/** Citations of a correction, refusal or request for more: each names the guide's material or condition and its basis. */
export function Citations({ items }: { items: Citation[] }) {
  const t = useT(m);
  return (
    <ol style={{ margin: 0, paddingInlineStart: 20 }}>
      {items.map((c, n) => (
        <li key={n}>
          <Tag>{t(`cite.${c.kind}`)}</Tag>
          <strong>{c.title}</strong>：{c.problem}
          {c.legalBasis ? (
            <div style={{ fontSize: 12 }}>
              <Typography.Text type="secondary">
                {t('ap.basis')}：{c.legalBasis}
              </Typography.Text>
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** The history's proof of record as a file, for those who see the application unmasked (the API refuses the others). */
export function AuditProofDownload({ applicationId }: { applicationId: string }) {
  const t = useT(m);
  const action = useAction();
  const download = () =>
    action.run(async () => {
      const proof = await unwrap(client.GET('/api/v1/applications/{id}/audit-proof', { params: { path: { id: applicationId } } }));
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([JSON.stringify(proof, null, 2)], { type: 'application/json' }));
      a.download = `banshi-audit-proof-${proof.label ?? applicationId}.json`;
      a.click();
      URL.revokeObjectURL(a.href);
    }, { after: false });
  return (
    <div style={{ marginBottom: 12 }}>
      <Button size="small" onClick={download} loading={action.busy}>
        {t('ap.proof')}
      </Button>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 0' }}>
        {t('ap.proofHelp')}
      </Typography.Paragraph>
    </div>
  );
}

export function ApplicationTimeline({ applicationId, reloadKey, proof }: { applicationId: string; reloadKey?: unknown; proof?: boolean }) {
  const t = useT(m);
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/applications/{id}/timeline', { params: { path: { id: applicationId } }, signal })), [applicationId, reloadKey]);
  return (
    <>
    {proof ? <AuditProofDownload applicationId={applicationId} /> : null}
    <Loadable loaded={loaded} rows={4} isEmpty={(d) => d.items.length === 0} empty={<Typography.Text type="secondary">{t('ap.noTimeline')}</Typography.Text>}>
      {(d) => (
        <Timeline
          items={d.items.map((e) => ({
            key: e.seq,
            content: (
              <>
                <strong>{e.actionName}</strong> · {e.actor.name}
                <div style={{ fontSize: 12, color: 'rgba(0,0,0,.55)' }}>{formatTime(e.at)}</div>
              </>
            ),
          }))}
        />
      )}
    </Loadable>
    </>
  );
}

/** One material of the guides and how the application satisfies it (GET /applications/:id/materials). */
export interface MaterialLineView {
  itemCode: string;
  itemName: string;
  materialCode: string;
  name: string;
  required: boolean;
  legalBasis: string;
  mayBeOwed: boolean;
  state: 'uploaded' | 'reused' | 'produced' | 'pending' | 'missing' | 'notNeeded';
  stateName: string;
  licence: { id: string; typeName: string | null; link: string } | null;
  attachmentIds: string[];
}

/** What the check reads until the route declares its answer. */
type MaterialsChecked = AnswerOf<'/api/v1/applications/{id}/materials', 'get', { complete: boolean; items: MaterialLineView[] }>;

const stateColour: Record<MaterialLineView['state'], string | null> = { uploaded: 'blue', reused: 'green', produced: 'cyan', pending: 'gold', missing: 'red', notNeeded: null };

/** 材料核验: every material each item's guide asks for, against what was provided (upload, reused licence, pending). */
export function MaterialsCheck({ app }: { app: ApplicationView }) {
  const t = useT(m);
  const codes = new Set(app.cases.map((c) => c.itemCode));
  const loaded = useApi<MaterialsChecked>((signal) => unwrap(client.GET('/api/v1/applications/{id}/materials', { params: { path: { id: app.id } }, signal })), [app.id, app.version]);
  return (
    <Loadable loaded={loaded} rows={4}>
      {(d) => (
        <Table<MaterialLineView>
          rowKey={(r) => `${r.itemCode}:${r.materialCode}`}
          size="small"
          pagination={false}
          dataSource={d.items.filter((r) => codes.has(r.itemCode))}
          columns={[
            {
              title: t('ap.material'),
              key: 'm',
              render: (_, r) => (
                <Flex vertical>
                  <span>
                    {r.name} {r.required ? <Tag color="red">{t('ap.required')}</Tag> : null}
                  </span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.itemName} · {t('ap.basis')}：{r.legalBasis}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              title: t('ap.provided'),
              key: 'p',
              width: 280,
              render: (_, r) => {
                const colour = stateColour[r.state];
                return (
                  <Flex vertical gap={2}>
                    {colour ? <Tag color={colour}>{r.stateName}</Tag> : <Typography.Text type="secondary">{r.stateName}</Typography.Text>}
                    {r.licence ? (
                      <a href={r.licence.link} target="_blank" rel="noreferrer">
                        {t('ap.viewLicence')}
                      </a>
                    ) : null}
                    {r.attachmentIds.map((id) => (
                      <a key={id} href={hrefOf('/api/v1/applications/{id}/attachments/{attachmentId}/content', { id: app.id, attachmentId: id })} target="_blank" rel="noreferrer">
                        {t('ap.download')}
                      </a>
                    ))}
                  </Flex>
                );
              },
            },
          ]}
        />
      )}
    </Loadable>
  );
}

/** The form as filed, with the labels of the merged form. */
export function FormValues({ app }: { app: ApplicationView }) {
  const t = useT(m);
  const ids = [...new Set(app.cases.map((c) => c.itemVersionId))];
  const loaded = useApi(
    (signal) => unwrap(client.POST('/api/v1/guidance/forms/merged', { body: { itemVersionIds: ids, answers: app.answers as BodyOf<'/api/v1/guidance/forms/merged', 'post'>['answers'] }, signal })),
    [ids.join(',')],
  );
  const labels = new Map<string, string>();
  loaded.data?.common.forEach((f) => labels.set(f.name, f.label));
  loaded.data?.groups.forEach((g) => g.fields.forEach((f) => labels.set(f.name, `${f.label}（${g.itemName}）`)));
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} title={t('ap.form')}>
      {Object.entries(app.form).map(([k, v]) => (
        <Descriptions.Item key={k} label={labels.get(k) ?? k}>
          {typeof v === 'boolean' ? (v ? t('yes') : t('no')) : String(v ?? '')}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
