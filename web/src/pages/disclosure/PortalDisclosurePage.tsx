import { Card, Col, Row } from 'antd';
import { useState } from 'react';
import { client, unwrap } from '../../api/typed';
import { useApi } from '../../api/hooks';
import type { DisclosureRequest } from '../../api/disclosure';
import { DisclosureForm, FiledNotice } from '../../components/DisclosureForm';
import { DisclosureTable } from '../../components/DisclosureParts';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'pd.title': ['政府信息公开申请', 'Request government information'],
  'pd.sub': ['依申请公开：能够当场答复的当场答复，否则自收到申请之日起 20 个工作日内答复', 'Answered on the spot where possible, otherwise within 20 working days'],
  'pd.file': ['提交申请', 'File a request'],
  'pd.mine': ['我的申请', 'My requests'],
});

/** 依申请公开 online: file a request and follow one's own requests and answers. */
export default function PortalDisclosurePage() {
  const t = useT(m);
  const [filed, setFiled] = useState<DisclosureRequest>();
  const mine = useApi<{ items: DisclosureRequest[] }>((signal) => unwrap(client.GET('/api/v1/disclosure/requests', { signal })), [filed?.id]);
  return (
    <>
      <PageHeader title={t('pd.title')} sub={t('pd.sub')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('pd.file')}>
            {filed ? <FiledNotice x={filed} /> : null}
            <DisclosureForm onFiled={setFiled} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('pd.mine')}>
            <Loadable loaded={mine}>{(d) => <DisclosureTable items={d.items} base="/portal/disclosure" showApplicant={false} />}</Loadable>
          </Card>
        </Col>
      </Row>
    </>
  );
}

