import { Segmented, Table } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { client, unwrap, type AnswerOf } from '../../api/typed';
import { useApi } from '../../api/hooks';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { CaseStatusTag, DeadlineTag } from '../../components/Status';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'inbox.title': ['待办事项', 'Inbox'],
  'inbox.open': ['待办', 'Open'],
  'inbox.all': ['全部', 'All'],
  'inbox.number': ['办件号', 'Number'],
  'inbox.item': ['事项', 'Item'],
  'inbox.applicant': ['申请人', 'Applicant'],
  'inbox.status': ['状态', 'Status'],
  'inbox.deadline': ['时限', 'Deadline'],
  'inbox.empty': ['本部门暂无待办事项', 'Nothing waiting for your department'],
  'inbox.legend': ['绿色：正常；黄色：临近时限；红色：已超期', 'Green: on time; yellow: close to the limit; red: overdue'],
});

type InboxCase = AnswerOf<'/api/v1/cases', 'get'>['items'][number];
const rank = { red: 0, yellow: 1, green: 2, suspended: 3, closed: 4 } as const;

/** 审核人员收件箱: the department's cases, most urgent first, with their deadline colours. */
export default function InboxPage() {
  const t = useT(m);
  const [params, setParams] = useSearchParams();
  const all = params.get('all') === 'true';
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/cases', { params: { query: { all: all ? 'true' : 'false', limit: 200 } }, signal })), [all]);
  return (
    <>
      <PageHeader title={t('inbox.title')} sub={t('inbox.legend')} />
      <Segmented
        style={{ marginBottom: 16 }}
        value={all ? 'all' : 'open'}
        onChange={(v) => setParams(v === 'all' ? { all: 'true' } : {}, { replace: true })}
        options={[
          { value: 'open', label: t('inbox.open') },
          { value: 'all', label: t('inbox.all') },
        ]}
      />
      <Loadable loaded={loaded}>
        {(d) => (
          <Table<InboxCase>
            rowKey="id"
            locale={{ emptyText: t('inbox.empty') }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            dataSource={[...d.items].sort((a, b) => rank[a.deadline?.colour ?? 'green'] - rank[b.deadline?.colour ?? 'green'] || (a.deadline?.dueOn ?? '').localeCompare(b.deadline?.dueOn ?? ''))}
            columns={[
              { title: t('inbox.item'), key: 'item', render: (_, c) => <Link to={`/review/cases/${c.id}`}>{c.itemName}</Link> },
              { title: t('inbox.number'), dataIndex: 'number', responsive: ['lg'] },
              { title: t('inbox.applicant'), dataIndex: 'applicantName', responsive: ['md'] },
              { title: t('inbox.status'), key: 'status', render: (_, c) => <CaseStatusTag status={c.status} /> },
              { title: t('inbox.deadline'), key: 'deadline', render: (_, c) => <DeadlineTag deadline={c.deadline} /> },
            ]}
          />
        )}
      </Loadable>
    </>
  );
}
