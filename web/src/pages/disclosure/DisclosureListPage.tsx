import { Card, Col, Collapse, Row, Segmented, Statistic } from 'antd';
import { useState } from 'react';
import { useLocation } from 'react-router-dom';
import { client, unwrap } from '../../api/typed';
import { useApi } from '../../api/hooks';
import type { DisclosureList, DisclosureRequest } from '../../api/disclosure';
import { DisclosureForm, FiledNotice } from '../../components/DisclosureForm';
import { DisclosureTable } from '../../components/DisclosureParts';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'dl.title': ['依申请公开', 'Disclosure requests'],
  'dl.registerTitle': ['依申请公开登记台账', 'Disclosure register'],
  'dl.sub': ['本机关收到的政府信息公开申请：20 个工作日内答复，可延期一次（最长 20 个工作日），征求第三方意见期间不计时', 'Answer within 20 working days; one extension of up to 20; the clock stops while a third party is consulted'],
  'dl.registerSub': ['全部机关的申请、答复类型与按期情况', 'Every agency’s requests, answers and timeliness'],
  'dl.all': ['全部', 'All'],
  'dl.inPerson': ['登记当面或书面申请', 'Register a request made in person or in writing'],
  'dl.received': ['办理中', 'In progress'],
  'dl.consulting': ['征求意见中', 'Consulting'],
  'dl.answered': ['已答复', 'Answered'],
  'dl.total': ['收到申请', 'Received'],
  'dl.answeredCount': ['已答复', 'Answered'],
  'dl.onTime': ['按期答复', 'On time'],
  'dl.onTheSpot': ['当场答复', 'On the spot'],
  'dl.extended': ['延期答复', 'Extended'],
  'dl.disclosed': ['予以公开', 'Disclosed'],
  'dl.partly': ['部分公开', 'Partly'],
  'dl.notHeld': ['信息不存在', 'Not held'],
  'dl.notDisclosable': ['不予公开', 'Withheld'],
});

/** The office's disclosure requests (window, department) or the bureau's register (supervision), with deadlines. */
export default function DisclosureListPage() {
  const t = useT(m);
  const { pathname } = useLocation();
  const base = pathname.replace(/\/$/, '');
  const register = base.startsWith('/supervision');
  const [status, setStatus] = useState<'all' | DisclosureRequest['status']>(register ? 'all' : 'received');
  const atWindow = base.startsWith('/window');
  const [filed, setFiled] = useState<DisclosureRequest>();
  const list = useApi<DisclosureList>((signal) => unwrap(client.GET('/api/v1/disclosure/requests', { params: { query: { status: status === 'all' ? undefined : status } }, signal })), [status, filed?.id]);
  return (
    <>
      <PageHeader title={register ? t('dl.registerTitle') : t('dl.title')} sub={register ? t('dl.registerSub') : t('dl.sub')} />
      {atWindow ? (
        <Collapse
          style={{ marginBottom: 16 }}
          items={[{ key: 'in-person', label: t('dl.inPerson'), children: <>{filed ? <FiledNotice x={filed} /> : null}<DisclosureForm atWindow onFiled={setFiled} /></> }]}
        />
      ) : null}
      <Loadable loaded={list} rows={8}>
        {(d) => (
          <>
            {d.summary ? (
              <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
                {(
                  [
                    ['dl.total', d.summary.total],
                    ['dl.answeredCount', d.summary.answered],
                    ['dl.onTime', d.summary.onTime],
                    ['dl.onTheSpot', d.summary.onTheSpot],
                    ['dl.extended', d.summary.extended],
                    ['dl.disclosed', d.summary.byType.disclosed],
                    ['dl.partly', d.summary.byType['partly-disclosed']],
                    ['dl.notHeld', d.summary.byType['not-held']],
                    ['dl.notDisclosable', d.summary.byType['not-disclosable']],
                  ] as const
                ).map(([k, v]) => (
                  <Col key={k} xs={12} md={8} xl={4}>
                    <Card size="small"><Statistic title={t(k)} value={v} /></Card>
                  </Col>
                ))}
              </Row>
            ) : null}
            <Segmented style={{ marginBottom: 12 }} value={status} onChange={(v) => setStatus(v as typeof status)} options={(['received', 'consulting', 'answered', 'all'] as const).map((v) => ({ value: v, label: t(`dl.${v}`) }))} />
            <DisclosureTable items={d.items} base={base} />
          </>
        )}
      </Loadable>
    </>
  );
}
