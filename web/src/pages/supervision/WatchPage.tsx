import { Button, Card, Descriptions, Drawer, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { client, unwrap } from '../../api/typed';
import { useApi } from '../../api/hooks';
import type { Explained, WatchItem, WatchList } from '../../api/supervision';
import { Loadable } from '../../components/Loadable';
import { UrgeForm, UrgeHistory } from '../../components/UrgeParts';
import { hasRole, useAuth } from '../../auth/AuthContext';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../format';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'w.title': ['红黄牌清单', 'Red and yellow lists'],
  'w.red': ['红牌', 'Red'],
  'w.yellow': ['黄牌', 'Yellow'],
  'w.open': ['全部在办', 'All open'],
  'w.suspended': ['暂停计时', 'Paused'],
  'w.green': ['正常', 'On time'],
  'w.subject': ['办理对象', 'Subject'],
  'w.department': ['部门', 'Department'],
  'w.assignee': ['承办人', 'Assignee'],
  'w.accepted': ['受理日', 'Accepted'],
  'w.due': ['到期日', 'Due'],
  'w.left': ['剩余/超期', 'Left / overdue'],
  'w.daysLeft': ['剩 {n} 个工作日', '{n} working days left'],
  'w.overdue': ['超期 {n} 个工作日', '{n} working days overdue'],
  'w.empty': ['没有符合条件的期限', 'No deadlines here'],
  'w.detail': ['期限说明', 'Deadline explained'],
  'w.more': ['加载更多', 'Load more'],
  'w.filtered': ['已按部门或类别筛选', 'Filtered'],
  'w.clear': ['清除筛选', 'Clear the filter'],
  'w.limit': ['时限', 'Limit'],
  'w.limitDays': ['{n} 个工作日（延期 {ext} 日）', '{n} working days (+{ext} extension)'],
  'w.recomputed': ['按记录重新计算的到期日', 'Due date recomputed from the record'],
  'w.suspensions': ['暂停次数', 'Suspensions'],
  'w.extension': ['延期 {n} 个工作日：{reason}', 'Extended by {n} working days: {reason}'],
  'w.date': ['日期', 'Date'],
  'w.reason': ['计算', 'Counting'],
  'w.ordinal': ['第几个工作日', 'Working day'],
  'w.day.counted': ['计入', 'Counted'],
  'w.day.suspended': ['暂停', 'Suspended'],
  'w.day.weekend': ['周末', 'Weekend'],
  'w.day.holiday': ['法定节假日', 'Holiday'],
  'w.day.regional': ['地区休息日', 'Regional day off'],
  'w.urge': ['督办', 'Urge'],
  'w.urges': ['督办', 'Urges'],
  'w.urgeRow': ['督办：{title}', 'Urge: {title}'],
});

type Colour = 'red' | 'yellow' | 'open' | 'suspended';
const colourTag = { red: 'red', yellow: 'gold', green: 'green', suspended: 'default' } as const;

/** Red and yellow lists, by department when drilled down from the dashboard; each deadline explained day by day. */
export default function WatchPage() {
  const t = useT(m);
  const [params, setParams] = useSearchParams();
  const colour = (params.get('colour') ?? 'red') as Colour;
  const departmentId = params.get('departmentId') ?? undefined;
  const subjectKind = params.get('subjectKind') ?? undefined;
  const [detail, setDetail] = useState<string | null>(null);
  const { me } = useAuth();
  const mayUrge = hasRole(me, 'supervisor', 'head');
  const loaded = useApi<WatchList>((signal) => unwrap(client.GET('/api/v1/supervision/deadlines', { params: { query: { colour, departmentId, subjectKind, limit: 100 } }, signal })), [colour, departmentId, subjectKind]);
  const explained = useApi<Explained | null>((signal) => (detail ? unwrap(client.GET('/api/v1/supervision/deadlines/{id}', { params: { path: { id: detail } }, signal })) : Promise.resolve(null)), [detail]);
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) v ? next.set(k, v) : next.delete(k);
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageHeader
        title={t('w.title')}
        sub={departmentId || subjectKind ? t('w.filtered') : undefined}
        extra={departmentId || subjectKind ? <Button onClick={() => set({ departmentId: undefined, subjectKind: undefined })}>{t('w.clear')}</Button> : undefined}
      />
      <Segmented<Colour>
        style={{ marginBottom: 16 }}
        value={colour}
        onChange={(v) => set({ colour: v })}
        options={(['red', 'yellow', 'open', 'suspended'] as const).map((c) => ({ value: c, label: t(`w.${c}`) }))}
      />
      <Loadable loaded={loaded}>
        {(d) => (
          <Table<WatchItem>
            rowKey="id"
            dataSource={d.items}
            locale={{ emptyText: t('w.empty') }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            onRow={(r) => ({ onClick: () => setDetail(r.id), style: { cursor: 'pointer' } })}
            columns={[
              {
                title: t('w.subject'),
                key: 's',
                render: (_, r) => (
                  <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => setDetail(r.id)}>
                    {r.title}
                  </Button>
                ),
              },
              { title: t('w.department'), key: 'd', responsive: ['md'], render: (_, r) => r.department.name },
              { title: t('w.assignee'), key: 'a', responsive: ['lg'], render: (_, r) => r.assignee?.name ?? '—' },
              { title: t('w.due'), key: 'due', render: (_, r) => formatDate(r.dueOn) },
              {
                title: t('w.left'),
                key: 'left',
                render: (_, r) => (
                  <Tag color={colourTag[r.colour]}>{r.workingDaysLeft === null ? '—' : r.workingDaysLeft < 0 ? t('w.overdue', { n: -r.workingDaysLeft }) : t('w.daysLeft', { n: r.workingDaysLeft })}</Tag>
                ),
              },
              ...(mayUrge
                ? [
                    {
                      title: t('w.urge'),
                      key: 'urge',
                      render: (_: unknown, r: WatchItem) =>
                        r.colour === 'red' || r.colour === 'yellow' ? (
                          <Button size="small" danger aria-label={t('w.urgeRow', { title: r.title })} onClick={(e) => { e.stopPropagation(); setDetail(r.id); }}>
                            {t('w.urge')}
                          </Button>
                        ) : null,
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Loadable>
      <Drawer open={!!detail} onClose={() => setDetail(null)} title={t('w.detail')} size={520}>
        {detail ? (
          <Loadable loaded={explained} rows={6}>
            {(x) =>
              x ? (
                <>
                  <Typography.Title level={5}>{x.title}</Typography.Title>
                  <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
                    <Descriptions.Item label={t('w.accepted')}>{formatDate(x.acceptedOn)}</Descriptions.Item>
                    <Descriptions.Item label={t('w.limit')}>{t('w.limitDays', { n: x.workingDays, ext: x.extensionDays })}</Descriptions.Item>
                    <Descriptions.Item label={t('w.due')}>{formatDate(x.dueOn)}</Descriptions.Item>
                    <Descriptions.Item label={t('w.recomputed')}>{formatDate(x.recomputedDueOn)}</Descriptions.Item>
                    <Descriptions.Item label={t('w.suspensions')}>{x.suspensions.length}</Descriptions.Item>
                  </Descriptions>
                  <Card size="small" title={t('w.urges')} style={{ marginBottom: 12 }}>
                    <UrgeHistory urges={x.urges} />
                    {mayUrge && (x.colour === 'red' || x.colour === 'yellow') ? (
                      <div style={{ marginTop: 12 }}>
                        <UrgeForm deadlineId={x.id} onDone={explained.reload} />
                      </div>
                    ) : null}
                  </Card>
                  {x.extensions.length ? (
                    <ul>
                      {x.extensions.map((e, n) => (
                        <li key={n}>{t('w.extension', { n: e.workingDays, reason: e.reason })}</li>
                      ))}
                    </ul>
                  ) : null}
                  <Table
                    size="small"
                    rowKey="date"
                    pagination={false}
                    dataSource={x.days}
                    columns={[
                      { title: t('w.date'), dataIndex: 'date' },
                      { title: t('w.reason'), key: 'r', render: (_, d) => `${t(`w.day.${d.reason}`)}${d.name ? `（${d.name}）` : ''}` },
                      { title: t('w.ordinal'), key: 'o', render: (_, d) => d.day ?? '' },
                    ]}
                  />
                </>
              ) : null
            }
          </Loadable>
        ) : null}
      </Drawer>
    </>
  );
}
