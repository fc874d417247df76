import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Input, Result, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Verdict } from '../../api/licences';
import { client, unwrap } from '../../api/typed';
import { errorText } from '../../components/errors';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatTime } from '../../format';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'vf.title': ['电子证照核验', 'Verify an e-licence'],
  'vf.sub': ['扫描证照上的二维码会直接打开核验结果；也可以粘贴二维码内容或核验链接', 'Scanning the QR code opens the result; or paste its content or link'],
  'vf.input': ['二维码内容或核验链接', 'QR content or verification link'],
  'vf.check': ['核验', 'Verify'],
  'vf.valid': ['证照真实有效', 'Authentic and valid'],
  'vf.signatureOk': ['签名校验通过（SM2）', 'Signature verified (SM2)'],
  'vf.signatureBad': ['签名校验未通过：证照可能被伪造或篡改', 'Signature check failed: forged or altered'],
  'vf.type': ['证照类型', 'Type'],
  'vf.identifier': ['证照标识', 'Identifier'],
  'vf.holder': ['持证主体', 'Holder'],
  'vf.holderId': ['主体代码', 'Holder number'],
  'vf.issuer': ['发证机关', 'Issuer'],
  'vf.validity': ['有效期', 'Validity'],
  'vf.longTerm': ['长期', 'Indefinite'],
  'vf.status': ['当前状态', 'Status now'],
  'vf.checkedAt': ['核验时间', 'Checked at'],
  'vf.permits': ['该主体持有的其他许可（一照通）', 'Other permits of this business'],
  'vf.newer': ['此为第 {v} 版，当前为第 {current} 版', 'This is version {v}; the current one is {current}'],
  'vf.reason': ['原因：{reason}', 'Reason: {reason}'],
});

/** 证照核验 for anyone: the QR link (or a pasted code) checked online: signature, then live status. */
export default function VerifyPage() {
  const t = useT(m);
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('p') ?? '');
  const { busy, run } = useAction();
  const [verdict, setVerdict] = useState<Verdict>();
  const [failure, setFailure] = useState<string>();
  const check = async (value: string) => {
    if (!value.trim()) return;
    setFailure(undefined);
    await run(async () => setVerdict(await unwrap(client.POST('/api/v1/licences/verify', { body: { payload: value.trim() } }))), {
      onError: (e) => {
        setVerdict(undefined);
        setFailure(errorText(e, t));
        return true;
      },
    });
  };
  useEffect(() => {
    const p = params.get('p');
    if (p) void check(p);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const ok = verdict?.status === 'valid' && verdict.signatureValid;
  return (
    <>
      <PageHeader title={t('vf.title')} sub={t('vf.sub')} />
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={8} wrap="wrap" align="end">
          <label style={{ flex: '1 1 320px' }}>
            <Typography.Text strong>{t('vf.input')}</Typography.Text>
            <Input.TextArea value={text} onChange={(e) => setText(e.target.value)} autoSize={{ minRows: 2, maxRows: 4 }} />
          </label>
          <Button
            type="primary"
            loading={busy}
            onClick={() => {
              setParams(text.trim() ? { p: text.trim() } : {}, { replace: true });
              void check(text);
            }}
          >
            {t('vf.check')}
          </Button>
        </Flex>
      </Card>
      {failure ? <Result status="warning" title={failure} /> : null}
      {verdict ? (
        <Card>
          <Result
            style={{ padding: 16 }}
            icon={ok ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : verdict.signatureValid ? <ExclamationCircleFilled style={{ color: '#faad14' }} /> : <CloseCircleFilled style={{ color: '#cf1322' }} />}
            title={ok ? t('vf.valid') : verdict.statusName}
            subTitle={
              <>
                <div>{verdict.signatureValid ? t('vf.signatureOk') : t('vf.signatureBad')}</div>
                {verdict.statusReason ? <div>{t('vf.reason', { reason: verdict.statusReason })}</div> : null}
                {verdict.licence && verdict.licence.version !== verdict.licence.currentVersion ? <div>{t('vf.newer', { v: verdict.licence.version, current: verdict.licence.currentVersion })}</div> : null}
              </>
            }
          />
          {verdict.licence ? (
            <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
              <Descriptions.Item label={t('vf.type')}>{verdict.licence.typeName}</Descriptions.Item>
              <Descriptions.Item label={t('vf.identifier')}>{verdict.licence.identifier}</Descriptions.Item>
              <Descriptions.Item label={t('vf.holder')}>{verdict.licence.holderName}</Descriptions.Item>
              <Descriptions.Item label={t('vf.holderId')}>{verdict.licence.holderId}</Descriptions.Item>
              <Descriptions.Item label={t('vf.issuer')}>{verdict.licence.issuerName}</Descriptions.Item>
              <Descriptions.Item label={t('vf.validity')}>{`${formatDate(verdict.licence.validFrom)} — ${verdict.licence.validUntil ? formatDate(verdict.licence.validUntil) : t('vf.longTerm')}`}</Descriptions.Item>
              <Descriptions.Item label={t('vf.status')}>{verdict.statusName}</Descriptions.Item>
              <Descriptions.Item label={t('vf.checkedAt')}>{formatTime(verdict.checkedAt)}</Descriptions.Item>
            </Descriptions>
          ) : null}
          {verdict.permits?.length ? (
            <>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {t('vf.permits')}
              </Typography.Title>
              <Table
                rowKey="identifier"
                size="small"
                pagination={false}
                dataSource={verdict.permits}
                columns={[
                  { title: t('vf.type'), dataIndex: 'typeName' },
                  { title: t('vf.issuer'), dataIndex: 'issuerName', responsive: ['md'] },
                  { title: t('vf.status'), dataIndex: 'statusName' },
                ]}
              />
            </>
          ) : null}
        </Card>
      ) : null}
    </>
  );
}
