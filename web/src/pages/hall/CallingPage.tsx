import { Alert, Button, Card, Empty, Flex, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { HALL_REGION, useScreenStream } from '../../api/hall';
import { useApi } from '../../api/hooks';
import { client, unwrap } from '../../api/typed';
import { useAuth } from '../../auth/AuthContext';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { formatTime } from '../../format';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'cp.title': ['叫号', 'Calling'],
  'cp.sub': ['选择所在窗口，叫下一位；可重呼、转窗口、过号或办结', 'Choose your window and call the next number; recall, transfer, no-show or finish'],
  'cp.window': ['我的窗口', 'My window'],
  'cp.next': ['叫下一位', 'Call next'],
  'cp.called': ['已叫号', 'Called'],
  'cp.current': ['当前办理', 'Serving'],
  'cp.recall': ['重呼', 'Recall'],
  'cp.finish': ['办结', 'Finish'],
  'cp.noShow': ['过号', 'No-show'],
  'cp.noShow.confirm': ['确认该号未到窗口？', 'Mark this number as not present?'],
  'cp.transfer': ['转到窗口', 'Transfer to'],
  'cp.transferred': ['已转窗口', 'Transferred'],
  'cp.waiting': ['等候队列（{n} 人）', 'Waiting ({n})'],
  'cp.none': ['当前没有在办的号', 'Nobody at the window'],
  'cp.visitFor': ['预约办理{kind}：{title}', 'Booked for: {title}'],
  'cp.openApplication': ['打开办件', 'Open the application'],
  'cp.rate': ['{number} 号已办结。请访客对本次服务评价（一次一评）：在评价器上输入评价码 {code}，登录的办事人也可在“我的评价”中评价。', 'Number {number} finished. Ask the visitor to rate this visit: rating code {code} on the counter pad, or under My ratings when signed in.'],
  'col.number': ['号码', 'Number'],
  'col.priority': ['类型', 'Kind'],
  'col.name': ['姓名', 'Name'],
  'col.id': ['身份证号', 'ID number'],
  'col.issued': ['取号时间', 'Taken at'],
});

/** The clerk's calling panel (叫号): one window, its current visitor and its zone's queue. */
export default function CallingPage() {
  const t = useT(m);
  const { me } = useAuth();
  const region = me?.regionCode ?? HALL_REGION;
  const zones = useApi((signal) => unwrap(client.GET('/api/v1/public/hall/zones', { params: { query: { region } }, signal })), [region]);
  const windows = (zones.data?.zones ?? []).flatMap((z) => z.windows.map((w) => ({ ...w, zone: z.name })));
  const [windowId, setWindowId] = useState<string>();
  const [served, setServed] = useState<{ number: string; code: string } | null>(null);
  useEffect(() => { if (!windowId && windows[0]) setWindowId(windows[0].id); }, [windowId, windows]);
  const panel = useApi((signal) => (windowId ? unwrap(client.GET('/api/v1/hall/windows/{id}/panel', { params: { path: { id: windowId } }, signal })) : Promise.resolve(null)), [windowId]);
  // the queue changes as people check in: follow the hall's announcements
  useScreenStream(region, () => panel.reload());
  const { busy, pending, run } = useAction(panel.reload);
  const current = panel.data?.current ?? null;
  const act = (key: string, fn: () => Promise<unknown>, done?: string) => run(fn, { key, done });
  return (
    <>
      <PageHeader title={t('cp.title')} sub={t('cp.sub')} />
      <Flex gap={12} align="center" wrap style={{ marginBottom: 16 }}>
        <span>{t('cp.window')}</span>
        <Select aria-label={t('cp.window')} value={windowId} onChange={setWindowId} style={{ minWidth: 260 }} options={windows.map((w) => ({ value: w.id, label: `${w.name}（${w.zone}）` }))} />
        <Button type="primary" size="large" disabled={!windowId || !!current} loading={pending === 'next'}
          onClick={() => act('next', () => unwrap(client.POST('/api/v1/hall/windows/{id}/call-next', { params: { path: { id: windowId! } } })), t('cp.called'))}>
          {t('cp.next')}
        </Button>
      </Flex>
      {served && <Alert type="success" showIcon closable onClose={() => setServed(null)} style={{ marginBottom: 16 }} data-testid="rating-code"
        message={t('cp.rate', { number: served.number, code: served.code })} />}
      <Loadable loaded={panel}>
        {(p) => p ? (
          <Flex vertical gap={16}>
            <Card size="small" title={t('cp.current')}>
              {current ? (
                <Flex gap={24} align="center" wrap>
                  <Typography.Text strong style={{ fontSize: 48 }} data-testid="current-number">{current.number}</Typography.Text>
                  <Space orientation="vertical">
                    <Space wrap><Tag>{current.priorityName}</Tag><span>{current.name ?? ''}</span><span>{current.idNumber ?? ''}</span></Space>
                    {current.visitFor ? (
                      <Space wrap data-testid="visit-for">
                        <span>{t('cp.visitFor', { kind: current.visitFor.kindName, title: current.visitFor.title })}</span>
                        {current.visitFor.applicationId ? <Link to={`/window/applications/${current.visitFor.applicationId}`}>{t('cp.openApplication')}</Link> : null}
                      </Space>
                    ) : null}
                    <Space wrap>
                      <Button loading={pending === 'recall'} onClick={() => act('recall', () => unwrap(client.POST('/api/v1/hall/tickets/{id}/recall', { params: { path: { id: current.id } } })))}>{t('cp.recall')}</Button>
                      <Button type="primary" loading={pending === 'finish'} onClick={() => act('finish', async () => {
                        const done = await unwrap(client.POST('/api/v1/hall/tickets/{id}/finish', { params: { path: { id: current.id } }, body: {} }));
                        setServed(done.ratingCode ? { number: done.number, code: done.ratingCode } : null);
                      })}>{t('cp.finish')}</Button>
                      <Popconfirm title={t('cp.noShow.confirm')} onConfirm={() => act('noShow', () => unwrap(client.POST('/api/v1/hall/tickets/{id}/no-show', { params: { path: { id: current.id } } })))}>
                        <Button danger disabled={busy}>{t('cp.noShow')}</Button>
                      </Popconfirm>
                      <Select aria-label={t('cp.transfer')} placeholder={t('cp.transfer')} style={{ minWidth: 200 }} value={null}
                        options={windows.filter((w) => w.id !== windowId).map((w) => ({ value: w.id, label: w.name }))}
                        onChange={(to: string) => act('transfer', () => unwrap(client.POST('/api/v1/hall/tickets/{id}/transfer', { params: { path: { id: current.id } }, body: { windowId: to } })), t('cp.transferred'))} />
                    </Space>
                  </Space>
                </Flex>
              ) : <Empty description={t('cp.none')} />}
            </Card>
            <Card size="small" title={t('cp.waiting', { n: p.waitingCount })}>
              <Table size="small" rowKey="id" pagination={false} dataSource={p.waiting} columns={[
                { title: t('col.number'), dataIndex: 'number' },
                { title: t('col.priority'), dataIndex: 'priorityName' },
                { title: t('col.name'), dataIndex: 'name', render: (v: string | null) => v ?? '—' },
                { title: t('col.id'), dataIndex: 'idNumber', render: (v: string | null) => v ?? '—' },
                { title: t('col.issued'), dataIndex: 'issuedAt', render: (v: string) => formatTime(v) },
              ]} />
            </Card>
          </Flex>
        ) : null}
      </Loadable>
    </>
  );
}
