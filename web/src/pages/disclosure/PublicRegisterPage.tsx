import { Card, Col, Row, Select, Statistic, Table } from 'antd';
import { useState } from 'react';
import { client, unwrap, type AnswerOf } from '../../api/typed';
import { useApi } from '../../api/hooks';
import type { RegisterSummary } from '../../api/disclosure';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'pr.title': ['依申请公开情况', 'Disclosure on request'],
  'pr.sub': ['各机关收到和答复政府信息公开申请的情况（按年度汇总，不含申请人信息）', 'Requests received and answered by each agency, per year (nothing about the applicants)'],
  'pr.year': ['年度', 'Year'],
  'pr.yearOption': ['{year} 年', '{year}'],
  'pr.total': ['收到申请', 'Received'],
  'pr.answered': ['已答复', 'Answered'],
  'pr.onTime': ['按期答复', 'On time'],
  'pr.onTheSpot': ['当场答复', 'On the spot'],
  'pr.extended': ['延期答复', 'Extended'],
  'pr.agency': ['机关', 'Agency'],
  'pr.disclosed': ['予以公开', 'Disclosed'],
  'pr.partly': ['部分公开', 'Partly'],
  'pr.notHeld': ['信息不存在', 'Not held'],
  'pr.notDisclosable': ['不予公开', 'Withheld'],
  'pr.empty': ['该年度暂无申请', 'No requests this year'],
});

/** What the page reads until the route declares its answer. */
type PublicRegister = AnswerOf<'/api/v1/public/disclosure/register', 'get', { year: number; summary: RegisterSummary; departments: Array<{ department: { id: string; name: string } } & RegisterSummary> }>;

/** 依申请公开情况: the public register, per year and agency. */
export default function PublicRegisterPage() {
  const t = useT(m);
  const [year, setYear] = useState<number>();
  const loaded = useApi<PublicRegister>((signal) => unwrap(client.GET('/api/v1/public/disclosure/register', { params: { query: { year } }, signal })), [year]);
  const shown = loaded.data?.year;
  const [latest, setLatest] = useState<number>();
  if (shown && !latest) setLatest(shown);
  return (
    <>
      <PageHeader
        title={t('pr.title')}
        sub={t('pr.sub')}
        extra={shown ? <Select aria-label={t('pr.year')} value={shown} onChange={setYear} style={{ width: 120 }} options={[0, 1, 2].map((n) => ({ value: (latest ?? shown) - n, label: t('pr.yearOption', { year: (latest ?? shown) - n }) }))} /> : null}
      />
      <Loadable loaded={loaded} rows={8}>
        {(d) => (
          <>
            <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
              {(
                [
                  ['pr.total', d.summary.total],
                  ['pr.answered', d.summary.answered],
                  ['pr.onTime', d.summary.onTime],
                  ['pr.onTheSpot', d.summary.onTheSpot],
                  ['pr.extended', d.summary.extended],
                ] as const
              ).map(([k, v]) => (
                <Col key={k} xs={12} md={8} xl={4}>
                  <Card size="small"><Statistic title={t(k)} value={v} /></Card>
                </Col>
              ))}
            </Row>
            <Table
              rowKey={(r) => r.department.id}
              size="small"
              dataSource={d.departments}
              pagination={false}
              scroll={{ x: 720 }}
              locale={{ emptyText: t('pr.empty') }}
              columns={[
                { title: t('pr.agency'), key: 'agency', render: (_: unknown, r) => r.department.name },
                { title: t('pr.total'), dataIndex: 'total' },
                { title: t('pr.disclosed'), key: 'disclosed', render: (_: unknown, r) => r.byType.disclosed },
                { title: t('pr.partly'), key: 'partly', render: (_: unknown, r) => r.byType['partly-disclosed'] },
                { title: t('pr.notHeld'), key: 'notHeld', render: (_: unknown, r) => r.byType['not-held'] },
                { title: t('pr.notDisclosable'), key: 'notDisclosable', render: (_: unknown, r) => r.byType['not-disclosable'] },
                { title: t('pr.onTime'), dataIndex: 'onTime' },
                { title: t('pr.extended'), dataIndex: 'extended' },
              ]}
            />
          </>
        )}
      </Loadable>
    </>
  );
}
