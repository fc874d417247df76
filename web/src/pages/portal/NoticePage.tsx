import { EditOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { client, unwrap } from '../../api/typed';
import type { Notice, NoticeItem } from '../../api/guidance';
import { useApi } from '../../api/hooks';
import { GuideFeedbackButton } from '../../components/GuideFeedback';
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
                <a href={n.links.pdf} target="_blank" rel="noreferrer">
                  <Button icon={<FilePdfOutlined />}>{t('notice.pdf')}</Button>
                </a>
                <a href={n.links.html} target="_blank" rel="noreferrer">
                  <Button icon={<PrinterOutlined />}>{t('notice.print')}</Button>
                </a>
                <Link to={`/portal/apply?notice=${id}`}>
                  <Button type="primary" icon={<EditOutlined />}>
                    {t('notice.apply')}
                  </Button>
                </Link>
              </>
            }
          />
          <JourneySteps current={1} />
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
            <Table<NoticeItem>
              rowKey="versionId"
              size="small"
              pagination={false}
              dataSource={n.items}
              expandable={{ expandedRowRender: (i) => <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{t('notice.basis')}：{i.legalBasis}</Typography.Paragraph> }}
              columns={[
                {
                  title: t('notice.item'),
                  key: 'name',
                  render: (_, i) => (
                    <Flex vertical gap={2}>
                      <span>
                        {i.name} {i.commitment ? <Tag color="purple">{t('notice.commitment')}</Tag> : null}
                      </span>
                      {i.after.length ? (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('notice.after', { list: i.after.map((a) => a.itemName).join('、') })}
                        </Typography.Text>
                      ) : null}
                    </Flex>
                  ),
                },
                { title: t('notice.authority'), key: 'auth', responsive: ['sm'], render: (_, i) => i.authority.name },
                { title: t('notice.limit'), key: 'limit', width: 120, render: (_, i) => (i.handling === 'immediate' ? t('handling.immediate') : t('unit.days', { n: i.promisedDays })) },
                { title: '', key: 'fb', width: 120, responsive: ['lg'], render: (_, i) => <GuideFeedbackButton size="small" itemVersionId={i.versionId} step="notice" /> },
              ]}
            />
          </Card>
          <Card title={t('notice.materials')} size="small">
            <NoticeMaterials materials={n.materials} licenceTypeNames={n.licenceTypeNames} />
          </Card>
        </>
      )}
    </Loadable>
  );
}
