import { Alert, Button, Card, Empty, Flex, Input, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useApi } from '../../api/hooks';
import { client, unwrap, type AnswerOf } from '../../api/typed';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';

type Reconciliation = AnswerOf<'/api/v1/payments/reconciliations', 'post'>;

const m = defineMessages({
  'rc.title': ['缴费对账', 'Payment reconciliation'],
  'rc.sub': ['本平台的网上缴费、退费记录与统一公共支付平台日对账单逐笔比对，列出差异', 'Our online payments and refunds against the payment platform’s daily statement, with the differences'],
  'rc.day': ['对账日期', 'Day'],
  'rc.run': ['发起对账', 'Reconcile'],
  'rc.started': ['已发起对账，稍后刷新查看结果', 'Reconciliation started; refresh shortly for the result'],
  'rc.matched': ['相符 {n} 笔，差异 {d} 笔', '{n} matched, {d} differences'],
  'rc.kind': ['差异', 'Difference'],
  'rc.movement': ['类型', 'Movement'],
  'rc.order': ['订单号', 'Order'],
  'rc.trade': ['支付平台交易号', 'Platform trade number'],
  'rc.ours': ['本平台', 'Ours'],
  'rc.theirs': ['支付平台', 'Platform'],
  'rc.none': ['还没有对账记录', 'No reconciliations yet'],
  'rc.refresh': ['刷新', 'Refresh'],
});

/** 缴费对账: a supervisor reconciles a day and reads the differences. */
export default function ReconciliationPage() {
  const t = useT(m);
  const list = useApi((signal) => unwrap(client.GET('/api/v1/payments/reconciliations', { signal })), []);
  const [day, setDay] = useState<string | null>(null);
  const { busy, run } = useAction(list.reload);
  return (
    <>
      <PageHeader title={t('rc.title')} sub={t('rc.sub')} extra={
        <Space>
          <Input type="date" aria-label={t('rc.day')} value={day ?? ''} onChange={(e) => setDay(e.target.value || null)} style={{ width: 160 }} />
          <Button type="primary" loading={busy} onClick={() => run(() => unwrap(client.POST('/api/v1/payments/reconciliations', { body: day ? { day } : {} })), { done: t('rc.started') })}>{t('rc.run')}</Button>
          <Button onClick={list.reload}>{t('rc.refresh')}</Button>
        </Space>
      } />
      <Loadable loaded={list} isEmpty={(d) => d.reconciliations.length === 0} empty={<Empty description={t('rc.none')} />}>
        {(data) => (
          <Flex vertical gap={12}>
            {data.reconciliations.map((r: Reconciliation) => (
              <Card key={r.id} size="small" title={<Space><span>{r.dayText}</span><Tag>{r.originName}</Tag><Tag color={r.status === 'done' ? (r.differences.length ? 'red' : 'green') : r.status === 'failed' ? 'red' : 'blue'}>{r.statusName}</Tag></Space>}>
                {r.error ? <Alert type="error" showIcon title={r.error} /> : null}
                {r.status === 'done' ? <p>{t('rc.matched', { n: r.matched, d: r.differences.length })}</p> : null}
                {r.differences.length ? (
                  <Table size="small" pagination={false} rowKey={(d: Reconciliation['differences'][number]) => `${d.movement}:${d.orderNo}`} dataSource={r.differences} scroll={{ x: true }} columns={[
                    { title: t('rc.kind'), dataIndex: 'kindName' },
                    { title: t('rc.movement'), dataIndex: 'movementName' },
                    { title: t('rc.order'), dataIndex: 'orderNo' },
                    { title: t('rc.trade'), dataIndex: 'tradeNo' },
                    { title: t('rc.ours'), dataIndex: 'ours' },
                    { title: t('rc.theirs'), dataIndex: 'theirs' },
                  ]} />
                ) : null}
              </Card>
            ))}
          </Flex>
        )}
      </Loadable>
    </>
  );
}
