import { Button, Empty, Flex, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useApi } from '../../api/hooks';
import { client, unwrap, type AnswerOf } from '../../api/typed';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';

type Bill = AnswerOf<'/api/v1/bills/{id}', 'get'>;

const m = defineMessages({
  'cb.title': ['窗口缴费', 'Counter payment'],
  'cb.sub': ['本区划待缴费的缴费通知；收取现金或 POS 刷卡后登记，系统开具非税收入电子票据', 'Unpaid bills of your region; record cash or card taken, and the receipt is issued'],
  'cb.number': ['缴费通知书', 'Bill'],
  'cb.payer': ['缴费人', 'Payer'],
  'cb.item': ['事项', 'Item'],
  'cb.total': ['应缴金额', 'Due'],
  'cb.method': ['收款方式', 'Method'],
  'cb.cash': ['现金', 'Cash'],
  'cb.pos': ['POS 刷卡', 'Card (POS)'],
  'cb.reference': ['POS 凭条号', 'POS slip number'],
  'cb.record': ['登记收款', 'Record payment'],
  'cb.recorded': ['已登记收款，电子票据已开具', 'Recorded; the receipt has been issued'],
  'cb.none': ['没有待缴费的缴费通知', 'No unpaid bills'],
});

function Collect({ bill, onDone }: { bill: Bill; onDone: () => void }) {
  const t = useT(m);
  const [method, setMethod] = useState<'cash' | 'pos'>('cash');
  const [reference, setReference] = useState('');
  const { busy, run } = useAction(onDone);
  return (
    <Space wrap>
      <Select aria-label={t('cb.method')} value={method} onChange={setMethod} style={{ width: 110 }} options={[{ value: 'cash', label: t('cb.cash') }, { value: 'pos', label: t('cb.pos') }]} />
      {method === 'pos' ? <Input aria-label={t('cb.reference')} placeholder={t('cb.reference')} value={reference} onChange={(e) => setReference(e.target.value)} style={{ width: 150 }} /> : null}
      <Button type="primary" loading={busy} onClick={() => run(() => unwrap(client.POST('/api/v1/bills/{id}/counter-payment', { params: { path: { id: bill.id } }, body: { method, ...(method === 'pos' && reference.trim() ? { reference: reference.trim() } : {}) } })), { done: t('cb.recorded') })}>
        {t('cb.record')}
      </Button>
    </Space>
  );
}

/** 窗口缴费: a clerk takes a fee in cash or by card and records it; the bill is paid and its receipt issued. */
export default function CounterBillsPage() {
  const t = useT(m);
  const bills = useApi((signal) => unwrap(client.GET('/api/v1/bills', { params: { query: { status: 'unpaid' } }, signal })), []);
  return (
    <>
      <PageHeader title={t('cb.title')} sub={t('cb.sub')} />
      <Loadable loaded={bills} isEmpty={(d) => d.bills.length === 0} empty={<Empty description={t('cb.none')} />}>
        {(data) => (
          <Flex vertical gap={12}>
            <Table size="small" rowKey="id" dataSource={data.bills} pagination={{ pageSize: 20 }} scroll={{ x: true }} columns={[
              { title: t('cb.number'), dataIndex: 'number' },
              { title: t('cb.payer'), dataIndex: 'payerName' },
              { title: t('cb.item'), dataIndex: 'itemName' },
              { title: t('cb.total'), render: (_: unknown, b: Bill) => <Space><Tag color="orange">{b.statusName}</Tag>{b.totalText}</Space> },
              { title: t('cb.record'), render: (_: unknown, b: Bill) => <Collect bill={b} onDone={bills.reload} /> },
            ]} />
          </Flex>
        )}
      </Loadable>
    </>
  );
}
