import { Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { client, unwrap } from '../../api/typed';
import type { ApplicationRow } from '../../api/applications';
import { useApi } from '../../api/hooks';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { AppStatus } from '../../components/Status';
import { formatTime } from '../../format';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'my.title': ['我的办件', 'My applications'],
  'my.number': ['办件号', 'Number'],
  'my.what': ['申请事项', 'Application'],
  'my.status': ['状态', 'Status'],
  'my.submitted': ['提交时间', 'Submitted'],
  'my.empty': ['您还没有办件。可以从“一件事”或“办事指南”开始办理。', 'No applications yet. Start from a bundle or a guide.'],
});

export default function MyApplicationsPage() {
  const t = useT(m);
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/applications', { params: { query: { limit: 100 } }, signal })), []);
  return (
    <>
      <PageHeader title={t('my.title')} />
      <Loadable loaded={loaded} isEmpty={(d) => d.items.length === 0} empty={<Typography.Paragraph type="secondary">{t('my.empty')}</Typography.Paragraph>}>
        {(d) => (
          <Table<ApplicationRow>
            rowKey="id"
            dataSource={d.items}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: t('my.what'), key: 'title', render: (_, a) => <Link to={`/portal/applications/${a.id}`}>{a.title}</Link> },
              { title: t('my.number'), dataIndex: 'number', responsive: ['md'] },
              { title: t('my.status'), key: 'status', render: (_, a) => <AppStatus status={a.status} /> },
              { title: t('my.submitted'), key: 'at', responsive: ['sm'], render: (_, a) => formatTime(a.submittedAt) },
            ]}
          />
        )}
      </Loadable>
    </>
  );
}
