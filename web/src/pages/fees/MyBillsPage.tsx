import { Alert, Button, Card, Descriptions, Empty, Flex, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/hooks';
import { client, hrefOf, unwrap, type AnswerOf } from '../../api/typed';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { formatTime } from '../../format';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';

type Bill = AnswerOf<'/api/v1/bills/{id}', 'get'>;
type Started = AnswerOf<'/api/v1/bills/{id}/pay', 'post'>;

const m = defineMessages({
  'mb.title': ['我的缴费', 'My fees'],
  'mb.sub': ['按收费目录清单收费，清单之外无收费；缴费后可下载非税收入电子票据', 'Only fees of the published fee list are charged; after payment, download the electronic receipt'],
  'mb.unpaid': ['待缴费 {n} 笔，合计 {total}', '{n} unpaid, {total} in all'],
  'mb.none': ['没有缴费通知', 'No bills'],
  'mb.application': ['办件', 'Application'],
  'mb.point': ['收费环节', 'Charged'],
  'mb.total': ['应缴金额', 'Amount due'],
  'mb.paidAt': ['缴费时间', 'Paid at'],
  'mb.afterPayment': ['本事项缴费后出件', 'Results are handed over after payment'],
  'mb.fee': ['收费项目', 'Fee'],
  'mb.basis': ['收费依据', 'Legal basis'],
  'mb.reckoning': ['计费', 'Reckoning'],
  'mb.due': ['应缴', 'Due'],
  'mb.pay': ['网上缴费', 'Pay online'],
  'mb.receipt': ['下载非税收入电子票据', 'Download the receipt'],
  'mb.payTitle': ['统一公共支付平台缴费', 'Pay through the public payment platform'],
  'mb.scan': ['请用手机扫描二维码，或打开支付页面完成支付', 'Scan the code with your phone, or open the payment page'],
  'mb.open': ['打开支付页面', 'Open the payment page'],
  'mb.done': ['我已完成支付', 'I have paid'],
  'mb.sandbox': ['当前为支付平台沙箱，不发生真实扣款', 'This is the payment sandbox: no money moves'],
  'mb.paid': ['缴费成功，电子票据已开具', 'Paid; the receipt has been issued'],
  'mb.reason': ['说明', 'Note'],
});

function BillCard({ bill, highlight, onPay }: { bill: Bill; highlight: boolean; onPay: (b: Bill) => void }) {
  const t = useT(m);
  const color = bill.status === 'unpaid' ? 'orange' : bill.status === 'paid' ? 'green' : bill.status === 'refunded' || bill.status === 'refunding' ? 'purple' : 'default';
  return (
    <Card size="small" data-testid="bill" style={highlight ? { borderColor: '#1677ff' } : undefined}
      title={<Space wrap><Tag color={color}>{bill.statusName}</Tag><span>{bill.itemName}</span><Typography.Text type="secondary">{bill.number}</Typography.Text></Space>}
      extra={bill.status === 'unpaid' ? <Button type="primary" onClick={() => onPay(bill)}>{t('mb.pay')}</Button> : bill.receiptId ? <a href={hrefOf('/api/v1/bills/{id}/receipt.pdf', { id: bill.id })} target="_blank" rel="noreferrer">{t('mb.receipt')}</a> : null}
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} items={[
        { key: 'a', label: t('mb.application'), children: <Link to={`/portal/applications/${bill.applicationId}`}>{bill.applicationNumber}</Link> },
        { key: 'p', label: t('mb.point'), children: bill.pointName },
        { key: 't', label: t('mb.total'), children: <Typography.Text strong data-testid="bill-total">{bill.totalText}</Typography.Text> },
        ...(bill.paidAt ? [{ key: 'd', label: t('mb.paidAt'), children: formatTime(bill.paidAt) }] : []),
        ...(bill.closeReason ? [{ key: 'r', label: t('mb.reason'), children: bill.closeReason }] : []),
      ]} />
      {bill.deliveryAfterPayment && bill.status === 'unpaid' ? <Alert type="info" showIcon title={t('mb.afterPayment')} style={{ margin: '8px 0' }} /> : null}
      <Table size="small" pagination={false} rowKey="code" dataSource={bill.lines} columns={[
        { title: t('mb.fee'), dataIndex: 'name' },
        { title: t('mb.reckoning'), dataIndex: 'reckoning' },
        { title: t('mb.due'), dataIndex: 'dueText' },
        { title: t('mb.basis'), render: (_: unknown, l: Bill['lines'][number]) => <span>{l.legalBasis}{l.exemption ? `；减免依据：${l.exemption.basis}` : ''}</span> },
      ]} />
    </Card>
  );
}

/** 我的缴费: the applicant's bills (待缴费 with amount and items), online payment by the platform's page or QR code, receipts. */
export default function MyBillsPage() {
  const t = useT(m);
  const [params] = useSearchParams();
  const returned = params.get('bill');
  const bills = useApi((signal) => unwrap(client.GET('/api/v1/bills', { signal })), []);
  const [paying, setPaying] = useState<{ bill: Bill; started: Started } | null>(null);
  const { run } = useAction(() => bills.reload());
  const pay = (bill: Bill) => run(async () => setPaying({ bill, started: await unwrap(client.POST('/api/v1/bills/{id}/pay', { params: { path: { id: bill.id } } })) }));
  const justPaid = returned && bills.data?.bills.find((b) => b.id === returned && b.status === 'paid');
  return (
    <>
      <PageHeader title={t('mb.title')} sub={t('mb.sub')} />
      <Loadable loaded={bills}>
        {(data) => (
          <Flex vertical gap={12}>
            {justPaid ? <Alert type="success" showIcon title={t('mb.paid')} /> : null}
            {data.unpaidCount ? <Alert type="warning" showIcon title={t('mb.unpaid', { n: data.unpaidCount, total: data.unpaidTotalText })} /> : null}
            {data.bills.length === 0 ? <Empty description={t('mb.none')} /> : data.bills.map((b) => <BillCard key={b.id} bill={b} highlight={b.id === returned} onPay={pay} />)}
          </Flex>
        )}
      </Loadable>
      <Modal open={!!paying} title={t('mb.payTitle')} footer={null} onCancel={() => { setPaying(null); bills.reload(); }}>
        {paying ? (
          <Flex vertical align="center" gap={12}>
            <Typography.Text strong style={{ fontSize: 24 }}>{paying.bill.totalText}</Typography.Text>
            <span>{t('mb.scan')}</span>
            <div data-testid="pay-qr" style={{ width: 200 }} dangerouslySetInnerHTML={{ __html: paying.started.qrSvg }} />
            {paying.started.sandbox ? <Typography.Text type="secondary">{t('mb.sandbox')}</Typography.Text> : null}
            <Space>
              <Button type="primary" href={paying.started.payUrl}>{t('mb.open')}</Button>
              <Button onClick={() => { setPaying(null); bills.reload(); }}>{t('mb.done')}</Button>
            </Space>
          </Flex>
        ) : null}
      </Modal>
    </>
  );
}
