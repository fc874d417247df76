import { FilePdfOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Row, Table, Tag, Typography } from 'antd';
import { Link, useLocation, useParams } from 'react-router-dom';
import { client, hrefOf, unwrap } from '../../api/typed';
import { useApi } from '../../api/hooks';
import type { LicenceDetail, LicenceFace, LicenceUse } from '../../api/licences';
import { hasRole, useAuth } from '../../auth/AuthContext';
import { LicenceActions } from '../../components/LicenceActions';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatTime } from '../../format';
import { defineMessages, useT } from '../../i18n';
import { statusColour } from './MyLicencesPage';

const m = defineMessages({
  'lp.identifier': ['证照标识', 'Identifier'],
  'lp.holder': ['持证主体', 'Holder'],
  'lp.holderId': ['主体代码', 'Holder number'],
  'lp.issuer': ['发证机关', 'Issuer'],
  'lp.validFrom': ['有效期起', 'Valid from'],
  'lp.validUntil': ['有效期至', 'Valid until'],
  'lp.longTerm': ['长期', 'Indefinite'],
  'lp.status': ['状态', 'Status'],
  'lp.issuedAt': ['签发时间', 'Issued'],
  'lp.version': ['版本', 'Version'],
  'lp.qr': ['核验二维码', 'Verification QR code'],
  'lp.qrHint': ['任何人扫码即可核验真伪与当前状态；签名可离线校验', 'Anyone can scan to check authenticity and status; the signature verifies offline'],
  'lp.openVerify': ['打开核验页面', 'Open the verification page'],
  'lp.pdf': ['下载证照 PDF', 'Download the PDF'],
  'lp.serial': ['编号', 'Number'],
  'lp.issuedOn': ['发证日期', 'Issued on'],
  'lp.origin': ['来源', 'Origin'],
  'lp.registrationReason': ['登记原因', 'Why registered'],
  'change.issue': ['签发', 'Issued'],
  'change.change': ['变更', 'Changed'],
  'change.renew': ['延续', 'Renewed'],
  'lp.versions': ['版本记录', 'Versions'],
  'lp.change': ['变更', 'Change'],
  'lp.reason': ['原因', 'Reason'],
  'lp.uses': ['使用记录', 'Use log'],
  'lp.usesEmpty': ['尚未被调用', 'Not used yet'],
  'lp.usedBy': ['调用方', 'Used by'],
  'lp.material': ['代替的材料', 'Instead of'],
  'lp.at': ['时间', 'When'],
  'lp.application': ['来源办件', 'From application'],
  'lp.statusReason': ['状态说明', 'Status note'],
});

/** The licence as on paper: its title, its type's fields (two columns for a certificate), the issuer and the date. */
function LicenceFaceCard({ face, issuedOnLabel }: { face: LicenceFace; issuedOnLabel: string }) {
  const certificate = face.layout === 'certificate';
  const columns = certificate ? [face.fields.filter((f) => f.side !== 'right'), face.fields.filter((f) => f.side === 'right')] : [face.fields];
  return (
    <Card size="small" style={{ marginBottom: 16, border: '2px solid #b3261e' }}>
      {/* the licence's own printed title: the page's heading already names it */}
      <div style={{ textAlign: 'center', letterSpacing: '0.3em', margin: '8px 0 16px', fontSize: 24, fontWeight: 600 }}>{face.title}</div>
      <Row gutter={24}>
        {columns.map((rows, i) => (
          <Col key={i} xs={24} md={certificate ? 12 : 24}>
            <Descriptions size="small" column={1} styles={{ label: { fontWeight: 600, whiteSpace: 'nowrap' } }}>
              {rows.map((f) => (
                <Descriptions.Item key={f.key} label={f.label}>
                  {f.value}
                </Descriptions.Item>
              ))}
            </Descriptions>
          </Col>
        ))}
      </Row>
      {face.note ? <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>{face.note}</Typography.Paragraph> : null}
      <div style={{ textAlign: 'right' }}>
        <div>{face.issuerName}</div>
        <Typography.Text type="secondary">
          {issuedOnLabel}：{formatDate(face.issuedOn)}
        </Typography.Text>
      </div>
    </Card>
  );
}

/** One e-licence: its contents as printed, QR code for verification, PDF, versions and where it was used. */
export default function LicencePage() {
  const t = useT(m);
  const { id = '' } = useParams();
  const { me } = useAuth();
  const staffPage = !useLocation().pathname.startsWith('/portal');
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/licences/{id}', { params: { path: { id } }, signal })), [id]);
  // the use log is the holder's, the issuing department's and the supervisors': another department's staff see the licence only
  const mayReadUses = !staffPage || hasRole(me, 'supervisor', 'admin') || (!!loaded.data && me?.departmentId === loaded.data.departmentId);
  const uses = useApi(
    (signal) => (mayReadUses ? unwrap(client.GET('/api/v1/licences/{id}/uses', { params: { path: { id } }, signal })) : Promise.resolve({ items: [] as LicenceUse[] })),
    [id, mayReadUses],
  );
  return (
    <Loadable loaded={loaded} rows={10}>
      {(l) => {
        const verifyPath = (() => {
          try {
            const u = new URL(l.verifyUrl, window.location.origin);
            return u.pathname + u.search + u.hash;
          } catch {
            return l.verifyUrl;
          }
        })();
        return (
          <>
            <PageHeader
              title={l.typeName}
              sub={l.holderName}
              extra={
                <>
                  <Tag color={statusColour(l.status)}>{l.statusName}</Tag>
                  <Button href={hrefOf('/api/v1/licences/{id}/pdf', { id: l.id })} target="_blank" rel="noreferrer" icon={<FilePdfOutlined />}>
                    {t('lp.pdf')}
                  </Button>
                </>
              }
            />
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={16}>
                <Card size="small" style={{ marginBottom: 16 }}>
                  <Descriptions size="small" column={{ xs: 1, md: 2 }}>
                    <Descriptions.Item label={t('lp.identifier')}>{l.identifier}</Descriptions.Item>
                    <Descriptions.Item label={t('lp.serial')}>{l.serial}</Descriptions.Item>
                    <Descriptions.Item label={t('lp.version')}>v{l.version}</Descriptions.Item>
                    <Descriptions.Item label={t('lp.origin')}>{l.originName}</Descriptions.Item>
                    {l.registrationReason ? <Descriptions.Item label={t('lp.registrationReason')}>{l.registrationReason}</Descriptions.Item> : null}
                    <Descriptions.Item label={t('lp.holder')}>{l.holderName}</Descriptions.Item>
                    <Descriptions.Item label={t('lp.holderId')}>{l.holderId}</Descriptions.Item>
                    <Descriptions.Item label={t('lp.issuer')}>{l.issuerName}</Descriptions.Item>
                    <Descriptions.Item label={t('lp.issuedAt')}>{formatTime(l.issuedAt)}</Descriptions.Item>
                    <Descriptions.Item label={t('lp.validFrom')}>{formatDate(l.validFrom)}</Descriptions.Item>
                    <Descriptions.Item label={t('lp.validUntil')}>{l.validUntil ? formatDate(l.validUntil) : t('lp.longTerm')}</Descriptions.Item>
                    {l.statusReason ? <Descriptions.Item label={t('lp.statusReason')}>{l.statusReason}</Descriptions.Item> : null}
                    {l.applicationId && !staffPage ? (
                      <Descriptions.Item label={t('lp.application')}>
                        <Link to={`/portal/applications/${l.applicationId}`}>{t('lp.application')}</Link>
                      </Descriptions.Item>
                    ) : null}
                  </Descriptions>
                </Card>
                <LicenceFaceCard face={l.face} issuedOnLabel={t('lp.issuedOn')} />
                {mayReadUses ? (
                <Card size="small" title={t('lp.uses')} style={{ marginBottom: 16 }}>
                  <Loadable loaded={uses} rows={2} isEmpty={(d) => d.items.length === 0} empty={<Typography.Text type="secondary">{t('lp.usesEmpty')}</Typography.Text>}>
                    {(d) => (
                      <Table<LicenceUse>
                        rowKey="id"
                        size="small"
                        pagination={false}
                        dataSource={d.items}
                        columns={[
                          { title: t('lp.at'), key: 'at', render: (_, u) => formatTime(u.at) },
                          { title: t('lp.usedBy'), key: 'b', render: (_, u) => u.usedByName ?? '—' },
                          { title: t('lp.material'), dataIndex: 'materialName' },
                        ]}
                      />
                    )}
                  </Loadable>
                </Card>
                ) : null}
                <Card size="small" title={t('lp.versions')}>
                  <Table
                    rowKey="version"
                    size="small"
                    pagination={false}
                    dataSource={l.versions}
                    columns={[
                      { title: t('lp.version'), key: 'v', render: (_, v) => `v${v.version}` },
                      { title: t('lp.change'), key: 'c', render: (_, v) => t(`change.${v.change}` as 'change.issue') },
                      { title: t('lp.reason'), key: 'r', render: (_, v) => v.reason ?? '—' },
                      { title: t('lp.issuedAt'), key: 'i', render: (_, v) => formatTime(v.issuedAt) },
                    ]}
                  />
                </Card>
              </Col>
              <Col xs={24} lg={8}>
                {staffPage && hasRole(me, 'reviewer', 'head') && me?.departmentId === l.departmentId && l.status !== 'revoked' ? <LicenceActions licenceId={l.id} onChanged={loaded.reload} /> : null}
                <Card size="small" title={t('lp.qr')} style={{ textAlign: 'center' }}>
                  <img src={hrefOf('/api/v1/licences/{id}/qr', { id: l.id })} alt={t('lp.qr')} width={220} height={220} style={{ display: 'block', margin: '0 auto 12px' }} />
                  <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                    {t('lp.qrHint')}
                  </Typography.Paragraph>
                  <Button href={verifyPath} target="_blank" rel="noreferrer" icon={<SafetyCertificateOutlined />}>
                    {t('lp.openVerify')}
                  </Button>
                </Card>
              </Col>
            </Row>
          </>
        );
      }}
    </Loadable>
  );
}
