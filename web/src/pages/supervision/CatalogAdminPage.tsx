import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Input, Progress, Table, Tabs, Tag, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError, client, hrefOf, unwrap, uploadTo, type AnswerOf } from '../../api/typed';
import type { BundleSummary, ItemSummary } from '../../api/catalog';
import { useApi } from '../../api/hooks';
import { errorText } from '../../components/errors';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { formatTime } from '../../format';
import { defineMessages, useT } from '../../i18n';
import { SynonymsPanel } from './SynonymsPanel';

const m = defineMessages({
  'ca.title': ['事项目录管理', 'Catalog management'],
  'ca.sub': ['事项与一件事按版本管理：草稿 → 发布 → 废止；已发布版本不可修改', 'Versioned: draft → published → retired; published versions never change'],
  'ca.items': ['事项', 'Items'],
  'ca.bundles': ['一件事', 'Bundles'],
  'ca.import': ['导入导出', 'Import and export'],
  'ca.filter': ['筛选', 'Filter'],
  'ca.name': ['名称', 'Name'],
  'ca.code': ['编码', 'Code'],
  'ca.department': ['部门', 'Department'],
  'ca.version': ['版本', 'Version'],
  'ca.published': ['发布时间', 'Published'],
  'ca.authorised': ['授权窗口', 'Authorised to window'],
  'ca.yes': ['是', 'Yes'],
  'ca.no': ['否', 'No'],
  'ca.importTitle': ['导入事项目录（.xlsx 或 .json）', 'Import a catalog (.xlsx or .json)'],
  'ca.importHint': ['整个文件全部通过校验才会导入；有错误时逐行列出，不导入任何内容。', 'All or nothing: with any error, each is listed by row and nothing is imported.'],
  'ca.choose': ['选择文件并导入', 'Choose a file and import'],
  'ca.uploading': ['正在导入', 'Importing'],
  'ca.export': ['导出为 Excel', 'Export as Excel'],
  'ca.exportJson': ['导出为 JSON', 'Export as JSON'],
  'ca.errors': ['导入失败：共 {n} 处错误，未导入任何内容', 'Import failed: {n} errors; nothing imported'],
  'ca.sheet': ['工作表', 'Sheet'],
  'ca.row': ['行', 'Row'],
  'ca.column': ['列', 'Column'],
  'ca.message': ['问题', 'Problem'],
  'ca.done': ['导入成功', 'Imported'],
  'ca.created': ['新建', 'Created'],
  'ca.updated': ['更新', 'Updated'],
  'ca.unchanged': ['未变', 'Unchanged'],
  'ca.dataElements': ['数据元', 'Data elements'],
  'ca.abolished': ['已取消证明事项', 'Abolished certificates'],
  'ca.promise': ['承诺时限', 'Promise'],
  'ca.itemCount': ['事项数', 'Items'],
  'ca.synonyms': ['搜索同义词', 'Search synonyms'],
});

/** What the page reads until the route declares its answer. */
interface ImportSummaryExpected {
  dataElements: number;
  abolishedCertificates: number;
  items: { created: number; updated: number; unchanged: number };
  bundles: { created: number; updated: number; unchanged: number };
}
type ImportSummary = AnswerOf<'/api/v1/catalog/import', 'post', ImportSummaryExpected>;
/** One row the import refused (details.errors of CATALOG_IMPORT_INVALID). */
interface ImportError {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

function ImportPanel() {
  const t = useT(m);
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<ImportSummary>();
  const [rowErrors, setRowErrors] = useState<ImportError[]>();
  const [failure, setFailure] = useState<string>();
  const send = async (file: File) => {
    setResult(undefined);
    setRowErrors(undefined);
    setFailure(undefined);
    setProgress(0);
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      setResult(await uploadTo('/api/v1/catalog/import', form, setProgress));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CATALOG_IMPORT_INVALID') setRowErrors(e.details.errors as ImportError[]);
      else setFailure(errorText(e, t));
    } finally {
      setProgress(null);
    }
  };
  return (
    <Flex vertical gap={16}>
      <Card title={t('ca.importTitle')}>
        <Typography.Paragraph type="secondary">{t('ca.importHint')}</Typography.Paragraph>
        <input
          ref={input}
          type="file"
          accept=".xlsx,.json"
          aria-label={t('ca.importTitle')}
          style={{ display: 'none' }}
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void send(f);
            e.target.value = '';
          }}
        />
        <Flex gap={8} wrap="wrap">
          <Button type="primary" icon={<UploadOutlined />} loading={progress !== null} onClick={() => input.current?.click()}>
            {t('ca.choose')}
          </Button>
          <a href={hrefOf('/api/v1/catalog/export', { query: { format: 'xlsx' } })}>
            <Button icon={<DownloadOutlined />}>{t('ca.export')}</Button>
          </a>
          <a href={hrefOf('/api/v1/catalog/export', { query: { format: 'json' } })}>
            <Button icon={<DownloadOutlined />}>{t('ca.exportJson')}</Button>
          </a>
        </Flex>
        {progress !== null ? <Progress percent={progress} aria-label={t('ca.uploading')} style={{ marginTop: 12 }} /> : null}
      </Card>
      {failure ? <Alert type="error" showIcon role="alert" title={failure} /> : null}
      {rowErrors ? (
        <Card title={<Typography.Text type="danger">{t('ca.errors', { n: rowErrors.length })}</Typography.Text>}>
          <Table<ImportError>
            size="small"
            rowKey={(r) => `${r.sheet}|${r.row}|${r.column}|${r.message}`}
            dataSource={rowErrors}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            columns={[
              { title: t('ca.sheet'), dataIndex: 'sheet', width: 140 },
              { title: t('ca.row'), dataIndex: 'row', width: 70 },
              { title: t('ca.column'), dataIndex: 'column', width: 160 },
              { title: t('ca.message'), dataIndex: 'message' },
            ]}
          />
        </Card>
      ) : null}
      {result ? (
        <Alert
          type="success"
          showIcon
          title={t('ca.done')}
          description={
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('ca.items')}>{`${t('ca.created')} ${result.items.created} · ${t('ca.updated')} ${result.items.updated} · ${t('ca.unchanged')} ${result.items.unchanged}`}</Descriptions.Item>
              <Descriptions.Item label={t('ca.bundles')}>{`${t('ca.created')} ${result.bundles.created} · ${t('ca.updated')} ${result.bundles.updated} · ${t('ca.unchanged')} ${result.bundles.unchanged}`}</Descriptions.Item>
              <Descriptions.Item label={t('ca.dataElements')}>{result.dataElements}</Descriptions.Item>
              <Descriptions.Item label={t('ca.abolished')}>{result.abolishedCertificates}</Descriptions.Item>
            </Descriptions>
          }
        />
      ) : null}
    </Flex>
  );
}

/** 事项目录管理 for supervisors: items and bundles with their versions, and the workbook import with row errors. */
export default function CatalogAdminPage() {
  const t = useT(m);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'items';
  const [filter, setFilter] = useState('');
  const items = useApi((signal) => unwrap(client.GET('/api/v1/catalog/items', { params: { query: { limit: 500 } }, signal })), []);
  const bundles = useApi((signal) => unwrap(client.GET('/api/v1/catalog/bundles', { signal })), []);
  const shown = useMemo(() => (items.data?.items ?? []).filter((i) => !filter || `${i.name}${i.code}${i.department.name}`.includes(filter)), [items.data, filter]);
  return (
    <>
      <PageHeader title={t('ca.title')} sub={t('ca.sub')} />
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        items={[
          {
            key: 'items',
            label: t('ca.items'),
            children: (
              <Loadable loaded={items}>
                {() => (
                  <>
                    <Input.Search aria-label={t('ca.filter')} placeholder={t('ca.filter')} allowClear onChange={(e) => setFilter(e.target.value)} style={{ maxWidth: 320, marginBottom: 12 }} />
                    <Table<ItemSummary>
                      rowKey="code"
                      size="small"
                      dataSource={shown}
                      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
                      columns={[
                        { title: t('ca.name'), key: 'n', render: (_, i) => <Link to={`/supervision/catalog/items/${encodeURIComponent(i.code)}`}>{i.name}</Link> },
                        { title: t('ca.code'), dataIndex: 'code', responsive: ['md'] },
                        { title: t('ca.department'), key: 'd', responsive: ['md'], render: (_, i) => i.department.name },
                        { title: t('ca.version'), key: 'v', render: (_, i) => <Tag>v{i.version}</Tag> },
                        { title: t('ca.authorised'), key: 'a', responsive: ['lg'], render: (_, i) => (i.authorisedToWindow ? t('ca.yes') : t('ca.no')) },
                        { title: t('ca.published'), key: 'p', responsive: ['lg'], render: (_, i) => formatTime(i.publishedAt) },
                      ]}
                    />
                  </>
                )}
              </Loadable>
            ),
          },
          {
            key: 'bundles',
            label: t('ca.bundles'),
            children: (
              <Loadable loaded={bundles}>
                {(d) => (
                  <Table<BundleSummary>
                    rowKey="code"
                    size="small"
                    dataSource={d.items}
                    pagination={false}
                    columns={[
                      { title: t('ca.name'), key: 'n', render: (_, b) => <Link to={`/supervision/catalog/bundles/${b.code}`}>{b.name}</Link> },
                      { title: t('ca.code'), dataIndex: 'code', responsive: ['md'] },
                      { title: t('ca.itemCount'), dataIndex: 'itemCount' },
                      { title: t('ca.version'), key: 'v', render: (_, b) => <Tag>v{b.version}</Tag> },
                      { title: t('ca.promise'), key: 'p', render: (_, b) => (b.promisedHours ? t('unit.hours', { n: b.promisedHours }) : t('unit.days', { n: b.promisedDays })) },
                    ]}
                  />
                )}
              </Loadable>
            ),
          },
          { key: 'synonyms', label: t('ca.synonyms'), children: <SynonymsPanel /> },
          { key: 'import', label: t('ca.import'), children: <ImportPanel /> },
        ]}
      />
    </>
  );
}
