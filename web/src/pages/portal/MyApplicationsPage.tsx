import { Card, Flex, Input, Segmented, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { client, unwrap } from '../../api/typed';
import type { ApplicationRow, ApplicationStatus } from '../../api/applications';
import { useApi } from '../../api/hooks';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { AppStatus } from '../../components/Status';
import { formatTime } from '../../format';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'my.title': ['我的办件', 'My applications'],
  'my.number': ['办件号 {number}', 'No. {number}'],
  'my.submitted': ['提交于 {time}', 'Submitted {time}'],
  'my.empty': ['您还没有办件。可以从“一件事”或“办事指南”开始办理。', 'No applications yet. Start from a bundle or a guide.'],
  'my.noMatch': ['没有符合条件的办件', 'No application matches'],
  'my.filter': ['按办件号或名称筛选', 'Filter by number or name'],
  'my.all': ['全部', 'All'],
  'my.todo': ['需要我处理', 'Needs me'],
  'my.running': ['办理中', 'In progress'],
  'my.done': ['已办结', 'Finished'],
  'my.count': ['共 {n} 件', '{n} in all'],
});

type Filter = 'all' | 'todo' | 'running' | 'done';
const groups: Record<Exclude<Filter, 'all'>, ApplicationStatus[]> = {
  todo: ['draft', 'correction'],
  running: ['submitted', 'accepted', 'concluded'],
  done: ['delivered', 'refused', 'withdrawn'],
};

/** The applicant's applications as cards (they read on a phone): number, date and state, filtered by state or text. */
export default function MyApplicationsPage() {
  const t = useT(m);
  const [params, setParams] = useSearchParams();
  const filter = (params.get('show') as Filter | null) ?? 'all';
  const text = params.get('q') ?? '';
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    if (v && v !== 'all') next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/applications', { params: { query: { limit: 100 } }, signal })), []);
  const shown = useMemo(() => {
    const q = text.trim();
    return (loaded.data?.items ?? []).filter((a) => (filter === 'all' || groups[filter].includes(a.status)) && (!q || a.number.includes(q) || a.title.includes(q)));
  }, [loaded.data, filter, text]);
  return (
    <>
      <PageHeader title={t('my.title')} />
      <Loadable loaded={loaded} isEmpty={(d) => d.items.length === 0} empty={<Typography.Paragraph type="secondary">{t('my.empty')}</Typography.Paragraph>}>
        {() => (
          <Flex vertical gap={12}>
            <Flex gap={12} wrap="wrap" align="center">
              <Segmented<Filter>
                value={filter}
                onChange={(v) => set('show', v)}
                options={[
                  { value: 'all', label: t('my.all') },
                  { value: 'todo', label: t('my.todo') },
                  { value: 'running', label: t('my.running') },
                  { value: 'done', label: t('my.done') },
                ]}
              />
              <Input.Search allowClear aria-label={t('my.filter')} placeholder={t('my.filter')} defaultValue={text} onChange={(e) => set('q', e.target.value)} style={{ flex: '1 1 200px', maxWidth: 360 }} />
              <Typography.Text type="secondary">{t('my.count', { n: shown.length })}</Typography.Text>
            </Flex>
            {shown.length === 0 ? <Typography.Paragraph type="secondary">{t('my.noMatch')}</Typography.Paragraph> : null}
            {shown.map((a: ApplicationRow) => (
              <Card key={a.id} size="small">
                <Flex justify="space-between" gap={8} wrap="wrap">
                  <div style={{ minWidth: 0, flex: '1 1 200px' }}>
                    <Link to={`/portal/applications/${a.id}`} style={{ fontSize: 16, overflowWrap: 'anywhere' }}>
                      {a.title}
                    </Link>
                    <div>
                      <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                        {t('my.number', { number: a.number })}
                      </Typography.Text>
                    </div>
                    {a.submittedAt ? <Typography.Text type="secondary">{t('my.submitted', { time: formatTime(a.submittedAt) })}</Typography.Text> : null}
                  </div>
                  <div>
                    <AppStatus status={a.status} />
                  </div>
                </Flex>
              </Card>
            ))}
          </Flex>
        )}
      </Loadable>
    </>
  );
}
