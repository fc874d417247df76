import { Table, Tabs, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { client, unwrap } from '../../api/typed';
import { useApi } from '../../api/hooks';
import type { LicenceSummary, LicenceUse } from '../../api/licences';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatTime } from '../../format';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'ml.title': ['我的证照', 'My licences'],
  'ml.sub': ['电子证照可在办事时免提交纸质材料；每次被调用都有记录', 'E-licences replace paper when you apply; every use is logged'],
  'ml.licences': ['证照', 'Licences'],
  'ml.uses': ['使用记录', 'Use log'],
  'ml.name': ['证照', 'Licence'],
  'ml.identifier': ['证照标识', 'Identifier'],
  'ml.serial': ['编号', 'Number'],
  'ml.issuedAt': ['发证日期', 'Issued on'],
  'ml.issuer': ['发证机关', 'Issuer'],
  'ml.valid': ['有效期', 'Valid'],
  'ml.status': ['状态', 'Status'],
  'ml.until': ['{from} 至 {to}', '{from} to {to}'],
  'ml.longTerm': ['长期', 'Indefinite'],
  'ml.empty': ['暂无电子证照', 'No e-licences yet'],
  'ml.usesEmpty': ['您的证照尚未被调用', 'Your licences have not been used yet'],
  'ml.at': ['时间', 'When'],
  'ml.usedBy': ['调用方', 'Used by'],
  'ml.material': ['代替的材料', 'Instead of'],
  'ml.purpose': ['用途', 'Purpose'],
});

export const statusColour = (s: string) => (s === 'valid' ? 'green' : s === 'suspended' ? 'orange' : s === 'revoked' ? 'red' : 'default');

/** 我的证照 and where they were used (免提交 reuse log). */
export default function MyLicencesPage() {
  const t = useT(m);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'licences';
  const licences = useApi((signal) => unwrap(client.GET('/api/v1/licences/mine', { signal })), []);
  const uses = useApi((signal) => (tab === 'uses' ? unwrap(client.GET('/api/v1/licences/mine/uses', { signal })) : Promise.resolve({ items: [] as LicenceUse[] })), [tab]);
  return (
    <>
      <PageHeader title={t('ml.title')} sub={t('ml.sub')} />
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        items={[
          {
            key: 'licences',
            label: t('ml.licences'),
            children: (
              <Loadable loaded={licences} isEmpty={(d) => d.items.length === 0} empty={<Typography.Paragraph type="secondary">{t('ml.empty')}</Typography.Paragraph>}>
                {(d) => (
                  <Table<LicenceSummary>
                    rowKey="id"
                    dataSource={d.items}
                    pagination={{ pageSize: 20, hideOnSinglePage: true }}
                    columns={[
                      { title: t('ml.name'), key: 'n', render: (_, l) => <Link to={`/portal/licences/${l.id}`}>{l.typeName}</Link> },
                      { title: t('ml.serial'), dataIndex: 'serial' },
                      { title: t('ml.issuedAt'), key: 'ia', render: (_, l) => formatDate(l.issuedAt), responsive: ['md'] },
                      { title: t('ml.issuer'), dataIndex: 'issuerName', responsive: ['md'] },
                      { title: t('ml.identifier'), dataIndex: 'identifier', responsive: ['xl'] },
                      { title: t('ml.valid'), key: 'v', responsive: ['sm'], render: (_, l) => t('ml.until', { from: formatDate(l.validFrom), to: l.validUntil ? formatDate(l.validUntil) : t('ml.longTerm') }) },
                      { title: t('ml.status'), key: 's', render: (_, l) => <Tag color={statusColour(l.status)}>{l.statusName}</Tag> },
                    ]}
                  />
                )}
              </Loadable>
            ),
          },
          {
            key: 'uses',
            label: t('ml.uses'),
            children: (
              <Loadable loaded={uses} isEmpty={(d) => d.items.length === 0} empty={<Typography.Paragraph type="secondary">{t('ml.usesEmpty')}</Typography.Paragraph>}>
                {(d) => (
                  <Table<LicenceUse>
                    rowKey="id"
                    dataSource={d.items}
                    pagination={{ pageSize: 20, hideOnSinglePage: true }}
                    columns={[
                      { title: t('ml.at'), key: 'at', render: (_, u) => formatTime(u.at) },
                      { title: t('ml.name'), dataIndex: 'typeName' },
                      { title: t('ml.usedBy'), key: 'by', responsive: ['md'], render: (_, u) => u.usedByName ?? '—' },
                      { title: t('ml.material'), dataIndex: 'materialName', responsive: ['sm'] },
                      { title: t('ml.purpose'), dataIndex: 'purpose', responsive: ['lg'] },
                    ]}
                  />
                )}
              </Loadable>
            ),
          },
        ]}
      />
    </>
  );
}
