import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { client, unwrap } from '../../api/typed';
import { useApi } from '../../api/hooks';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatTime } from '../../format';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'rc.title': ['受理通知书', 'Acceptance notice'],
  'rc.org': ['蓝山县政务服务中心', 'Lanshan County Government Service Centre'],
  'rc.to': ['{name}：', 'To {name}:'],
  'rc.body': ['您于 {submitted} 提交的“{title}”申请，材料齐全、符合法定形式，本中心已于 {accepted} 予以受理。各事项由下列部门并联办理：', 'Your application "{title}" submitted on {submitted} was accepted on {accepted}. The items are handled in parallel by:'],
  'rc.pending': ['容缺受理：请于期限前补交以下材料，补齐前不出件：', 'Accepted with pending materials; bring these before the dates:'],
  'rc.item': ['事项', 'Item'],
  'rc.dept': ['办理部门', 'Department'],
  'rc.due': ['办结期限', 'Due'],
  'rc.number': ['办件号：{number}', 'Application: {number}'],
  'rc.query': ['可凭办件号在网上办事大厅或拨打 12345 查询办理进度。', 'Follow it online with the number, or call 12345.'],
  'rc.seal': ['（受理专用章）', '(Acceptance seal)'],
  'rc.print': ['打印', 'Print'],
  'rc.notAccepted': ['该办件尚未受理', 'Not accepted yet'],
  'rc.immediate': ['即办', 'Immediate'],
});

/** 受理通知书: a printable acceptance notice (the browser's print; layout chrome is hidden in print CSS). */
export default function ReceiptPage() {
  const t = useT(m);
  const { id = '' } = useParams();
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/applications/{id}', { params: { path: { id } }, signal })), [id]);
  return (
    <Loadable loaded={loaded} rows={8}>
      {(a) => (
        <>
          <div className="no-print">
            <PageHeader
              title={t('rc.title')}
              extra={
                <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
                  {t('rc.print')}
                </Button>
              }
            />
          </div>
          <Card style={{ maxWidth: 760, margin: '0 auto' }}>
            {!a.acceptance ? (
              <Typography.Text type="secondary">{t('rc.notAccepted')}</Typography.Text>
            ) : (
              <Flex vertical gap={12}>
                <Typography.Title level={3} style={{ textAlign: 'center', margin: 0 }}>
                  {t('rc.org')}
                  <br />
                  {t('rc.title')}
                </Typography.Title>
                <Typography.Text style={{ textAlign: 'right' }}>{t('rc.number', { number: a.number })}</Typography.Text>
                <Typography.Paragraph style={{ margin: 0 }}>{t('rc.to', { name: a.applicant.orgName ?? a.applicant.name })}</Typography.Paragraph>
                <Typography.Paragraph style={{ textIndent: '2em', margin: 0 }}>
                  {t('rc.body', { submitted: formatTime(a.submittedAt), title: a.title, accepted: formatTime(a.acceptance.at) })}
                </Typography.Paragraph>
                <table style={{ width: '100%', borderCollapse: 'collapse' }}>
                  <thead>
                    <tr>
                      {[t('rc.item'), t('rc.dept'), t('rc.due')].map((h) => (
                        <th key={h} style={{ border: '1px solid #999', padding: 6, textAlign: 'left' }}>
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {a.cases.map((c) => (
                      <tr key={c.id}>
                        <td style={{ border: '1px solid #999', padding: 6 }}>{c.itemName}</td>
                        <td style={{ border: '1px solid #999', padding: 6 }}>{c.department?.name}</td>
                        <td style={{ border: '1px solid #999', padding: 6 }}>{c.immediate ? t('rc.immediate') : c.deadline ? formatDate(c.deadline.dueOn) : t('unit.days', { n: c.promisedDays })}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {a.pending.length ? (
                  <>
                    <Typography.Text>{t('rc.pending')}</Typography.Text>
                    <ul style={{ margin: 0 }}>
                      {a.pending.map((p) => (
                        <li key={`${p.itemCode}:${p.materialCode}`}>
                          {p.name}（{formatDate(p.dueDate)}）
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                <Typography.Paragraph style={{ margin: 0 }}>{t('rc.query')}</Typography.Paragraph>
                <Typography.Paragraph style={{ textAlign: 'right', margin: 0 }}>
                  {t('rc.org')}
                  <br />
                  {t('rc.seal')}
                  <br />
                  {formatDate(a.acceptance.at)}
                </Typography.Paragraph>
              </Flex>
            )}
          </Card>
        </>
      )}
    </Loadable>
  );
}
