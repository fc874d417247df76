import { ItemEnglishCard } from './ItemEnglishCard';
import { Alert, Button, Card, Col, Flex, Input, Row, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation, useParams } from 'react-router-dom';
import { ApiError, client, unwrap, type AnswerOf, type BodyOf } from '../../api/typed';
import { useApi } from '../../api/hooks';
import { errorText } from '../../components/errors';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatTime } from '../../format';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';
import { ItemVersionEditor } from './ItemVersionEditor';
import { RetireButton } from './RetireDialog';
import type { ItemContent } from './itemDiff';

const m = defineMessages({
  'cv.versions': ['版本', 'Versions'],
  'cv.version': ['版本', 'Version'],
  'cv.status': ['状态', 'Status'],
  'cv.published': ['发布时间', 'Published'],
  'cv.draft': ['草稿', 'Draft'],
  'cv.publishedTag': ['已发布', 'Published'],
  'cv.retired': ['已废止', 'Retired'],
  'cv.newDraft': ['从当前版本新建草稿', 'New draft from the current version'],
  'cv.save': ['保存草稿', 'Save the draft'],
  'cv.publish': ['发布此草稿', 'Publish this draft'],
  'cv.confirmPublish': ['确认发布此版本？', 'Publish this version?'],
  'cv.confirmPublishHint': ['发布后即对外生效、替代上一版本，已发布的版本不能再修改。', 'It takes effect at once and replaces the previous version; a published version cannot be edited.'],
  'cv.saved': ['草稿已保存', 'Draft saved'],
  'cv.publishedOk': ['已发布；此后提交的申请按新版本办理，已提交的仍按原版本', 'Published; new applications use it, filed ones keep their version'],
  'cv.content': ['版本内容（JSON，字段同办事指南导入格式）', 'Version content (JSON, as in the import format)'],
  'cv.itemContent': ['办事指南内容', 'Guide content'],
  'cv.scheduledTag': ['{date} 生效', 'From {date}'],
  'cv.readonly': ['已发布和已废止的版本不可修改；如需调整请新建草稿', 'Published and retired versions cannot change; make a new draft'],
  'cv.badJson': ['JSON 格式不正确：{reason}', 'Invalid JSON: {reason}'],
  'cv.choose': ['选择左侧的版本查看内容', 'Choose a version on the left'],
  'cv.itemTitle': ['事项版本：{code}', 'Item versions: {code}'],
  'cv.bundleTitle': ['一件事版本：{code}', 'Bundle versions: {code}'],
});

/** What the page reads of a version row, the same for items and bundles. */
interface VersionRow {
  versionId: string;
  version: number;
  status: 'draft' | 'published' | 'retired';
  name: string;
  publishedAt: string | null;
  effectiveOn?: string | null;
}

type Versions = { items: VersionRow[] };
/** A stored item or bundle version, edited as JSON. */
type StoredVersion = Record<string, unknown>;

const ITEM_KEYS = ['code', 'name', 'kind', 'departmentCode', 'level', 'implementationCode', 'applicantType', 'legalBasis', 'handling', 'legalDays', 'promisedDays', 'fees', 'place', 'officeHours', 'phone', 'conditions', 'steps', 'visitsNeeded', 'onlineCapable', 'authorisedToWindow', 'decidedOnPlatform', 'commitmentAllowed', 'commitmentText', 'autoApproval', 'producesLicenceType', 'keywords', 'materials', 'formFields', 'pendingAllowed', 'pendingLapse', 'realNameLevel'];
const BUNDLE_KEYS = ['code', 'name', 'audience', 'description', 'keywords', 'promisedDays', 'promisedHours', 'place', 'members', 'questions', 'stages'];

/** The editable input of a stored version: exactly the fields the API accepts. */
function inputOf(kind: 'item' | 'bundle', v: Record<string, unknown>): Record<string, unknown> {
  const keys = kind === 'item' ? ITEM_KEYS : BUNDLE_KEYS;
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    if (k === 'departmentCode') out[k] = (v.department as { code?: string } | undefined)?.code;
    else if (k in v) out[k] = v[k];
  }
  return out;
}

/** Versions of one item or bundle: new draft, edit, publish. */
export default function CatalogVersionsPage() {
  const t = useT(m);
  const { code = '' } = useParams();
  const kind: 'item' | 'bundle' = useLocation().pathname.includes('/bundles/') ? 'bundle' : 'item';
  const versions = useApi<Versions>(
    (signal) =>
      kind === 'item'
        ? unwrap(client.GET('/api/v1/catalog/items/{code}/versions', { params: { path: { code } }, signal }))
        : unwrap(client.GET('/api/v1/catalog/bundles/{code}/versions', { params: { path: { code } }, signal })),
    [code, kind],
  );
  const [selected, setSelected] = useState<string>();
  const detail = useApi<StoredVersion | null>(
    (signal) =>
      !selected
        ? Promise.resolve(null)
        : kind === 'item'
          ? unwrap(client.GET('/api/v1/catalog/item-versions/{id}', { params: { path: { id: selected } }, signal }))
          : unwrap(client.GET('/api/v1/catalog/bundle-versions/{id}', { params: { path: { id: selected } }, signal })),
    [selected, kind],
  );
  const publishedId = versions.data?.items.find((v) => v.status === 'published')?.versionId;
  const published = useApi<StoredVersion | null>(
    (signal) => (kind === 'item' && publishedId ? unwrap(client.GET('/api/v1/catalog/item-versions/{id}', { params: { path: { id: publishedId } }, signal })) : Promise.resolve(null)),
    [publishedId, kind],
  );
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<{ title: string; issues: Array<{ path: string; message: string }> }>();

  useEffect(() => {
    if (!selected && versions.data?.items.length) setSelected([...versions.data.items].sort((a, b) => b.version - a.version)[0]!.versionId);
  }, [versions.data, selected]);
  useEffect(() => {
    if (detail.data) setText(JSON.stringify(inputOf(kind, detail.data), null, 2));
    setProblem(undefined);
  }, [detail.data, kind]);

  const row = versions.data?.items.find((v) => v.versionId === selected);
  const action = useAction(() => {
    versions.reload();
    detail.reload();
  });
  const busy = action.busy;
  const run = (fn: () => Promise<unknown>, done: string) => {
    setProblem(undefined);
    return action.run(fn, {
      done,
      onError: (e) => {
        if (!(e instanceof ApiError && e.issues.length)) return false;
        setProblem({ title: errorText(e, t), issues: e.issues });
        return true;
      },
    });
  };
  const save = () => {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (e) {
      setProblem({ title: t('cv.badJson', { reason: (e as Error).message }), issues: [] });
      return;
    }
    // the server checks the edited JSON against the version's schema and lists each problem beside the editor
    const id = selected ?? '';
    void run(
      () =>
        kind === 'item'
          ? unwrap(client.PUT('/api/v1/catalog/item-versions/{id}', { params: { path: { id } }, body: body as BodyOf<'/api/v1/catalog/item-versions/{id}', 'put'> }))
          : unwrap(client.PUT('/api/v1/catalog/bundle-versions/{id}', { params: { path: { id } }, body: body as BodyOf<'/api/v1/catalog/bundle-versions/{id}', 'put'> })),
      t('cv.saved'),
    );
  };
  const newDraft = () =>
    run(async () => {
      const d: { versionId: string } =
        kind === 'item'
          ? await unwrap(client.POST('/api/v1/catalog/items/{code}/drafts', { params: { path: { code } }, body: null }))
          : await unwrap(client.POST('/api/v1/catalog/bundles/{code}/drafts', { params: { path: { code } }, body: null }));
      setSelected(d.versionId);
    }, t('cv.saved'));

  return (
    <>
      <PageHeader title={t(kind === 'item' ? 'cv.itemTitle' : 'cv.bundleTitle', { code })} sub={row?.name} extra={
          <Flex gap={8}>
            <Button onClick={newDraft} loading={busy}>{t('cv.newDraft')}</Button>
            {publishedId ? <RetireButton kind={kind} code={code} name={versions.data?.items.find((v) => v.versionId === publishedId)?.name ?? code} onRetired={() => (versions.reload(), detail.reload())} /> : null}
          </Flex>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card title={t('cv.versions')} size="small">
            <Loadable loaded={versions}>
              {(d) => (
                <Table<Versions['items'][number]>
                  rowKey="versionId"
                  size="small"
                  pagination={false}
                  dataSource={[...d.items].sort((a, b) => b.version - a.version)}
                  rowSelection={{ type: 'radio', selectedRowKeys: selected ? [selected] : [], onChange: (keys) => setSelected(String(keys[0])) }}
                  columns={[
                    { title: t('cv.version'), key: 'v', render: (_, v) => `v${v.version}` },
                    {
                      title: t('cv.status'),
                      key: 's',
                      render: (_, v) => (
                        <>
                          <Tag color={v.status === 'published' ? 'green' : v.status === 'draft' ? 'blue' : 'default'}>{t(v.status === 'published' ? 'cv.publishedTag' : v.status === 'draft' ? 'cv.draft' : 'cv.retired')}</Tag>
                          {v.status === 'draft' && v.effectiveOn ? <Tag color="orange">{t('cv.scheduledTag', { date: formatDate(v.effectiveOn) })}</Tag> : null}
                        </>
                      ),
                    },
                    { title: t('cv.published'), key: 'p', render: (_, v) => formatTime(v.publishedAt) },
                  ]}
                />
              )}
            </Loadable>
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <Card title={t(kind === 'item' ? 'cv.itemContent' : 'cv.content')} size="small">
            {!selected ? (
              <Typography.Text type="secondary">{t('cv.choose')}</Typography.Text>
            ) : kind === 'item' ? (
              <Loadable loaded={detail} rows={10}>
                {(d) =>
                  d ? (
                    <ItemVersionEditor
                      value={inputOf('item', d) as Parameters<typeof ItemVersionEditor>[0]['value']}
                      published={published.data && published.data.versionId !== d.versionId ? (inputOf('item', published.data) as ItemContent) : null}
                      status={(d.status as VersionRow['status']) ?? 'draft'}
                      effectiveOn={(d.effectiveOn as string | null | undefined) ?? null}
                      versionId={String(d.versionId)}
                      onChanged={() => {
                        versions.reload();
                        detail.reload();
                      }}
                    />
                  ) : null
                }
              </Loadable>
            ) : !selected ? (
              <Typography.Text type="secondary">{t('cv.choose')}</Typography.Text>
            ) : (
              <Loadable loaded={detail} rows={10}>
                {() => (
                  <Flex vertical gap={12}>
                    {row && row.status !== 'draft' ? <Alert type="info" showIcon title={t('cv.readonly')} /> : null}
                    <Input.TextArea aria-label={t('cv.content')} value={text} onChange={(e) => setText(e.target.value)} readOnly={row?.status !== 'draft'} autoSize={{ minRows: 12, maxRows: 30 }} style={{ fontFamily: 'monospace', fontSize: 12 }} spellCheck={false} />
                    {problem ? (
                      <Alert
                        type="error"
                        showIcon
                        role="alert"
                        title={problem.title}
                        description={
                          problem.issues.length ? (
                            <ul style={{ margin: 0 }}>
                              {problem.issues.map((i, n) => (
                                <li key={n}>
                                  <code>{i.path}</code>：{i.message}
                                </li>
                              ))}
                            </ul>
                          ) : undefined
                        }
                      />
                    ) : null}
                    {row?.status === 'draft' ? (
                      <Flex gap={8}>
                        <Button onClick={save} loading={busy}>
                          {t('cv.save')}
                        </Button>
                        <ConfirmButton type="primary" loading={busy} confirm={t('cv.confirmPublish')} description={t('cv.confirmPublishHint')} onConfirm={() => run(() => unwrap(client.POST('/api/v1/catalog/bundle-versions/{id}/publish', { params: { path: { id: selected! } }, body: {} })), t('cv.publishedOk'))}>
                          {t('cv.publish')}
                        </ConfirmButton>
                      </Flex>
                    ) : null}
                  </Flex>
                )}
              </Loadable>
            )}
          </Card>
        </Col>
      </Row>
      {kind === 'item' && publishedId ? <ItemEnglishCard code={code} /> : null}
    </>
  );
}
