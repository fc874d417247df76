import { Table, Tag } from 'antd';
import { Link, useLocation } from 'react-router-dom';
import { useApi } from '../../api/hooks';
import { client, unwrap } from '../../api/typed';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { formatTime } from '../../format';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'pj.title': ['工程建设项目', 'Construction projects'],
  'pj.sub': ['按立项用地规划许可、工程建设许可、施工许可、竣工验收四个阶段分段申报，上一阶段出件后再申报下一阶段', 'Filed stage by stage: each stage opens once the previous one has its results'],
  'pj.name': ['项目名称', 'Project'],
  'pj.code': ['项目代码', 'Project code'],
  'pj.zone': ['所在园区', 'Zone'],
  'pj.stage': ['所处阶段', 'Stage'],
  'pj.done': ['已全部出件', 'All stages done'],
  'pj.company': ['建设单位', 'Company'],
  'pj.created': ['登记时间', 'Registered'],
  'pj.none': ['还没有工程建设项目', 'No construction projects yet'],
});

/** The projects of the company (portal) or of the staff member's region (window, review, supervision). */
export default function ProjectsPage() {
  const t = useT(m);
  const base = useLocation().pathname.replace(/\/projects$/, '');
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/projects', { signal })), []);
  return (
    <>
      <PageHeader title={t('pj.title')} sub={t('pj.sub')} />
      <Loadable loaded={loaded} isEmpty={(d) => d.items.length === 0} empty={<Tag>{t('pj.none')}</Tag>}>
        {(d) => (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.items}
            columns={[
              { title: t('pj.name'), dataIndex: 'name', render: (v: string, r) => <Link to={`${base}/projects/${r.id}`}>{v}</Link> },
              { title: t('pj.code'), dataIndex: 'projectCode' },
              { title: t('pj.company'), dataIndex: 'applicantName' },
              { title: t('pj.zone'), render: (_: unknown, r) => r.zone?.name ?? '—' },
              { title: t('pj.stage'), render: (_: unknown, r) => (r.currentStage ? <Tag color="blue">{r.currentStage}</Tag> : <Tag color="green">{t('pj.done')}</Tag>) },
              { title: t('pj.created'), render: (_: unknown, r) => formatTime(r.createdAt) },
            ]}
          />
        )}
      </Loadable>
    </>
  );
}
