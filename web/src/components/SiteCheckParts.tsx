import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { client, unwrap } from '../api/typed';
import { useApi } from '../api/hooks';
import { formatTime } from '../format';
import { defineMessages, useT } from '../i18n';

const m = defineMessages({
  'sc.title': ['现场核查', 'Site checks'],
  'sc.when': ['核查时间', 'When'],
  'sc.where': ['核查地址', 'Address'],
  'sc.by': ['发起人', 'Requested by'],
  'sc.joint': ['联合勘验（多个部门一次上门）', 'Joint check (several departments, one visit)'],
  'sc.recorded': ['{who} 于 {at} 登记', 'Recorded by {who} on {at}'],
  'sc.someone': ['核查人员', 'The inspector'],
  'sc.findings': ['核查情况：{note}', 'Findings: {note}'],
});

const resultColour = { pass: 'green', fail: 'red' } as const;

/** 现场核查 of an application with each department's finding; nothing when no site check was made. */
export function SiteChecksCard({ applicationId, caseId, reloadKey }: { applicationId: string; caseId?: string; reloadKey?: unknown }) {
  const t = useT(m);
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/applications/{id}/site-checks', { params: { path: { id: applicationId } }, signal })), [applicationId, reloadKey]);
  // on a case page: the checks this case took part in
  const checks = (loaded.data?.items ?? []).filter((s) => !caseId || s.cases.some((c) => c.caseId === caseId));
  if (!checks.length) return null;
  return (
    <Card title={t('sc.title')} size="small" style={{ marginBottom: 16 }}>
      <Flex vertical gap={16}>
        {checks.map((s) => (
          <div key={s.id}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('sc.when')}>{formatTime(s.scheduledFor)}</Descriptions.Item>
              <Descriptions.Item label={t('sc.where')}>{s.address}</Descriptions.Item>
              <Descriptions.Item label={t('sc.by')}>{s.requestedBy ?? '—'}</Descriptions.Item>
            </Descriptions>
            {s.joint ? <Typography.Text type="secondary">{t('sc.joint')}</Typography.Text> : null}
            <ul style={{ margin: '8px 0 0', paddingInlineStart: 20 }}>
              {s.cases.map((c) => (
                <li key={c.caseId} style={{ marginBottom: 6 }}>
                  <Typography.Text strong>{c.itemName}</Typography.Text>
                  {c.departmentName ? <Typography.Text type="secondary">（{c.departmentName}）</Typography.Text> : null}{' '}
                  <Tag color={c.result ? resultColour[c.result] : 'default'}>{c.resultName}</Tag>
                  {c.note ? <div>{t('sc.findings', { note: c.note })}</div> : null}
                  {c.recordedAt ? <Typography.Text type="secondary">{t('sc.recorded', { who: c.recordedBy ?? t('sc.someone'), at: formatTime(c.recordedAt) })}</Typography.Text> : null}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </Flex>
    </Card>
  );
}
