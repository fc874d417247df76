import { Table, Tabs, Tag } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { client, unwrap } from '../../api/typed';
import type { ApplicationRow } from '../../api/applications';
import { useApi } from '../../api/hooks';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { AppStatus } from '../../components/Status';
import { formatTime } from '../../format';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'queue.title': ['办件队列', 'Queue'],
  'queue.submitted': ['待受理', 'To accept'],
  'queue.correction': ['待补正', 'Awaiting corrections'],
  'queue.accepted': ['办理中', 'In progress'],
  'queue.concluded': ['待出件', 'To deliver'],
  'queue.done': ['已办结', 'Closed'],
  'queue.number': ['办件号', 'Number'],
  'queue.title2': ['申请事项', 'Application'],
  'queue.applicant': ['申请人', 'Applicant'],
  'queue.channel': ['渠道', 'Channel'],
  'queue.submittedAt': ['提交时间', 'Submitted'],
  'queue.status': ['状态', 'Status'],
  'queue.crossRegion': ['跨域通办', 'Cross-region'],
  'queue.empty': ['队列为空', 'The queue is empty'],
  'queue.open': ['办理', 'Handle'],
});

const tabs = {
  submitted: 'submitted',
  correction: 'correction',
  accepted: 'accepted',
  concluded: 'concluded',
  done: 'delivered,refused,withdrawn',
} as const;

/** 综合窗口 queue: submitted applications first, then the other stages. */
export default function QueuePage() {
  const t = useT(m);
  const [params, setParams] = useSearchParams();
  const tab = (params.get('tab') ?? 'submitted') as keyof typeof tabs;
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/applications', { params: { query: { status: tabs[tab] ?? tabs.submitted, limit: 200 } }, signal })), [tab]);
  return (
    <>
      <PageHeader title={t('queue.title')} />
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        items={(Object.keys(tabs) as Array<keyof typeof tabs>).map((k) => ({ key: k, label: t(`queue.${k}`) }))}
      />
      <Loadable loaded={loaded}>
        {(d) => (
          <Table<ApplicationRow>
            rowKey="id"
            dataSource={d.items}
            locale={{ emptyText: t('queue.empty') }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: t('queue.number'), dataIndex: 'number', width: 180 },
              {
                title: t('queue.title2'),
                key: 'title',
                render: (_, a) => (
                  <>
                    <Link to={`/window/applications/${a.id}`} aria-label={`${t('queue.open')} ${a.title} ${a.applicantName}`}>
                      {a.title}
                    </Link>
                    {a.crossRegion ? <Tag color="purple" style={{ marginInlineStart: 8 }}>{t('queue.crossRegion')}</Tag> : null}
                  </>
                ),
              },
              { title: t('queue.applicant'), dataIndex: 'applicantName', responsive: ['sm'] },
              { title: t('queue.submittedAt'), key: 'at', responsive: ['md'], render: (_, a) => formatTime(a.submittedAt) },
              { title: t('queue.status'), key: 'status', render: (_, a) => <AppStatus status={a.status} /> },
            ]}
          />
        )}
      </Loadable>
    </>
  );
}
