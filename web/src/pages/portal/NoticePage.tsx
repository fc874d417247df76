import { EditOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { client, unwrap } from '../../api/typed';
import type { Notice, NoticeItem } from '../../api/guidance';
import { useApi } from '../../api/hooks';
import { GuideFeedbackButton } from '../../components/GuideFeedback';
import { LinkButton } from '../../components/LinkButton';
import { Loadable } from '../../components/Loadable';
import { NoticeMaterials } from '../../components/NoticeMaterials';
import { PageHeader } from '../../components/PageHeader';
import { formatTime } from '../../format';
import { defineMessages, useT } from '../../i18n';
import { JourneySteps } from './BundlePage';

const m = defineMessages({
  'notice.title': ['一次性告知单', 'One-time notice'],
  'notice.no': ['告知单号 {id} · {time}', 'Notice {id} · {time}'],
  'notice.pdf': ['下载 PDF', 'Download PDF'],
  'notice.print': ['打印版', 'Printable'],
  'notice.apply': ['开始申请（一表填报）', 'Apply (one form)'],
  'notice.answers': ['您的回答', 'Your answers'],
  'notice.items': ['办理事项', 'Items'],
  'notice.materials': ['申请材料（每份材料注明需要它的事项和依据）', 'Materials (with the item and legal basis needing each)'],
  'notice.summary': ['办理概况', 'Summary'],
  'notice.itemCount': ['事项数', 'Items'],
  'notice.materialCount': ['材料数', 'Materials'],
  'notice.reusable': ['可免提交', 'Not needed (reused)'],
  'notice.promised': ['承诺时限', 'Promised time'],
  'notice.visits': ['跑动次数', 'Visits'],
  'notice.fee': ['收费', 'Fees'],
  'notice.authorities': ['办理部门', 'Departments'],
  'notice.places': ['办理地点', 'Places'],
  'notice.item': ['事项', 'Item'],
  'notice.authority': ['部门', 'Department'],
  'notice.limit': ['时限', 'Limit'],
  'notice.basis': ['设定依据', 'Legal basis'],
  'notice.after': ['需先取得：{list}', 'Needs first: {list}'],
  'notice.commitment': ['可告知承诺', 'Commitment allowed'],
  'notice.next': ['接下来怎么办', 'What to do next'],
  'notice.nextText': ['准备好下面列出的 {m} 份材料（其中 {r} 份已有电子证照，可免提交），然后点“开始申请”，在线填写一张表、上传材料即可，共 {i} 个事项一次办理。', 'Get the {m} materials listed below ({r} are covered by e-licences you hold), then press Apply: one form and the uploads, {i} services in one go.'],
});

export default function NoticePage() {
  const t = useT(m);
  const { id = '' } = useParams();
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/notices/{id}', { params: { path: { id } }, signal })), [id]);
  return (
    <Loadable loaded={loaded} rows={10}>
      {(n) => (
        <>
          <PageHeader
            title={`${t('notice.title')} · ${n.subject.name}`}
            sub={t('notice.no', { id: id.slice(0, 8).toUpperCase(), time: formatTime(n.generatedAt) })}
            extra={
              <>
                <Button href={n.links.pdf} target="_blank" rel="noreferrer" icon={<FilePdfOutlined />}>
                  {t('notice.pdf')}
                </Button>
                <Button href={n.links.html} target="_blank" rel="noreferrer" icon={<PrinterOutlined />}>
                  {t('notice.print')}
                </Button>
              </>
            }
          />
          <JourneySteps current={1} />
          <Card title={t('notice.next')} size="small" style={{ marginBottom: 16, borderColor: '#1f5fbf' }}>
            <Flex vertical gap={12}>
              <Typography.Text>{t('notice.nextText', { m: n.summary.materialCount, r: n.summary.reusableMaterialCount, i: n.summary.itemCount })}</Typography.Text>
              <LinkButton to={`/portal/apply?notice=${id}`} type="primary" size="large" icon={<EditOutlined />} block>
                {t('notice.apply')}
              </LinkButton>
            </Flex>
          </Card>
          <Card title={t('notice.summary')} size="small" style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
              <Descriptions.Item label={t('notice.itemCount')}>{n.summary.itemCount}</Descriptions.Item>
              <Descriptions.Item label={t('notice.materialCount')}>{n.summary.materialCount}</Descriptions.Item>
              <Descriptions.Item label={t('notice.reusable')}>{n.summary.reusableMaterialCount}</Descriptions.Item>
              <Descriptions.Item label={t('notice.promised')}>
                {n.summary.promisedHours ? t('unit.hours', { n: n.summary.promisedHours }) : n.summary.immediate ? t('handling.immediate') : t('unit.days', { n: n.summary.promisedDays })}
              </Descriptions.Item>
              <Descriptions.Item label={t('notice.visits')}>{n.summary.visits === 0 ? t('unit.zeroVisits') : t('unit.visits', { n: n.summary.visits })}</Descriptions.Item>
              <Descriptions.Item label={t('notice.fee')}>{n.summary.totalFee ? t('unit.yuan', { n: n.summary.totalFee }) : t('unit.free')}</Descriptions.Item>
              <Descriptions.Item label={t('notice.authorities')}>{n.summary.authorities.join('、')}</Descriptions.Item>
              <Descriptions.Item label={t('notice.places')}>{n.summary.places.join('；')}</Descriptions.Item>
            </Descriptions>
          </Card>
          {n.answers.length ? (
            <Card title={t('notice.answers')} size="small" style={{ marginBottom: 16 }}>
              <Descriptions size="small" column={{ xs: 1, md: 2 }}>
                {n.answers.map((a) => (
                  <Descriptions.Item key={a.question} label={a.text}>
                    {a.label}
                  </Descriptions.Item>
                ))}
              </Descriptions>
            </Card>
          ) : null}
          <Card title={t('notice.items')} size="small" style={{ marginBottom: 16 }}>
            <Flex vertical gap={10}>
              {n.items.map((i: NoticeItem) => (
                <Flex key={i.versionId} justify="space-between" gap={8} wrap="wrap" style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 8 }}>
                  <Flex vertical gap={2} style={{ minWidth: 0, flex: '1 1 220px' }}>
                    <span style={{ overflowWrap: 'anywhere' }}>
                      {i.name} {i.commitment ? <Tag color="purple">{t('notice.commitment')}</Tag> : null}
                    </span>
                    <Typography.Text type="secondary">{i.authority.name}</Typography.Text>
                    {i.after.length ? <Typography.Text type="secondary">{t('notice.after', { list: i.after.map((a) => a.itemName).join('、') })}</Typography.Text> : null}
                    <details>
                      <summary>{t('notice.basis')}</summary>
                      <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{i.legalBasis}</Typography.Paragraph>
                    </details>
                  </Flex>
                  <Flex vertical align="end" gap={4}>
                    <Typography.Text strong>{i.handling === 'immediate' ? t('handling.immediate') : t('unit.days', { n: i.promisedDays })}</Typography.Text>
                    <GuideFeedbackButton size="small" itemVersionId={i.versionId} step="notice" />
                  </Flex>
                </Flex>
              ))}
            </Flex>
          </Card>
          <Card title={t('notice.materials')} size="small" style={{ marginBottom: 16 }}>
            <NoticeMaterials materials={n.materials} licenceTypeNames={n.licenceTypeNames} />
          </Card>
          {/* on a phone the list of materials is long: the action stays within reach at the foot of the screen */}
          <div className="phone-only no-print" style={{ position: 'sticky', bottom: 0, padding: '12px 0', background: 'rgba(255,255,255,.96)', borderTop: '1px solid #e5e5e5', zIndex: 5 }}>
            <LinkButton to={`/portal/apply?notice=${id}`} type="primary" size="large" icon={<EditOutlined />} block>
              {t('notice.apply')}
            </LinkButton>
          </div>
        </>
      )}
    </Loadable>
  );
}
