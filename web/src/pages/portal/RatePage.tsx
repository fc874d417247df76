import { Alert, Button, Card, Flex, Input, Rate, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { formatTime } from '../../format';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'rate.title': ['评价本次服务（好差评）', 'Rate the service'],
  'rate.sub': ['一事一评：每个办结的事项分别评价；差评将由部门核实整改并回访', 'One rating per item; bad ratings are checked, fixed and followed up'],
  'rate.none': ['暂无待评价的事项（出件后即可评价）', 'Nothing to rate yet (you can rate after delivery)'],
  'rate.comment': ['意见建议（可选）', 'Comment (optional)'],
  'rate.submit': ['提交评价', 'Submit'],
  'rate.thanks': ['感谢您的评价', 'Thank you for rating'],
  'rate.back': ['返回办件', 'Back to the application'],
  'rate.handled': ['办结于 {time}', 'Handled {time}'],
  'rate.l1': ['非常不满意', 'Very dissatisfied'],
  'rate.l2': ['不满意', 'Dissatisfied'],
  'rate.l3': ['基本满意', 'Basically satisfied'],
  'rate.l4': ['满意', 'Satisfied'],
  'rate.l5': ['非常满意', 'Very satisfied'],
  'rate.done': ['已评价', 'Rated'],
});

interface Handling {
  id: string;
  channel: string;
  channelName: string;
  applicationId: string | null;
  itemName: string;
  handledAt: string;
  indicators: Array<{ code: string; name: string }>;
}

function RateOne({ h, onDone }: { h: Handling; onDone: () => void }) {
  const t = useT(m);
  const [scores, setScores] = useState<Record<string, number>>(Object.fromEntries(h.indicators.map((i) => [i.code, 5])));
  const [comment, setComment] = useState('');
  const { busy, run } = useAction(onDone);
  const labels = [t('rate.l1'), t('rate.l2'), t('rate.l3'), t('rate.l4'), t('rate.l5')];
  const send = () => run(() => api.post('/api/v1/ratings', { handlingId: h.id, indicators: scores, ...(comment.trim() ? { comment: comment.trim() } : {}) }), { done: t('rate.thanks') });
  return (
    <Card title={h.itemName} extra={<Typography.Text type="secondary">{t('rate.handled', { time: formatTime(h.handledAt) })}</Typography.Text>} style={{ marginBottom: 16 }}>
      <Flex vertical gap={8}>
        {h.indicators.map((i) => (
          <Flex key={i.code} gap={12} align="center" wrap="wrap">
            <span style={{ minWidth: 120 }} id={`ind-${h.id}-${i.code}`}>
              {i.name}
            </span>
            <Rate aria-labelledby={`ind-${h.id}-${i.code}`} value={scores[i.code]} onChange={(v) => setScores((s) => ({ ...s, [i.code]: v || 1 }))} tooltips={labels} allowClear={false} />
            <Typography.Text type="secondary">{labels[(scores[i.code] ?? 5) - 1]}</Typography.Text>
          </Flex>
        ))}
        <label>
          <Typography.Text>{t('rate.comment')}</Typography.Text>
          <Input.TextArea rows={2} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={1000} />
        </label>
        <div>
          <Button type="primary" loading={busy} onClick={send}>
            {t('rate.submit')}
          </Button>
        </div>
      </Flex>
    </Card>
  );
}

/** 好差评 after delivery: one rating per handled item of the application. */
export default function RatePage() {
  const t = useT(m);
  const { id = '' } = useParams();
  const loaded = useApi((signal) => api.get<{ toRate: Handling[]; ratings: Array<{ id: string; applicationId?: string | null; itemName?: string }> }>('/api/v1/ratings/mine', undefined, { signal }), []);
  return (
    <>
      <PageHeader title={t('rate.title')} sub={t('rate.sub')} extra={<Link to={`/portal/applications/${id}`}>{t('rate.back')}</Link>} />
      <Loadable loaded={loaded}>
        {(d) => {
          const mine = d.toRate.filter((h) => h.applicationId === id);
          return mine.length ? (
            <>
              {mine.map((h) => (
                <RateOne key={h.id} h={h} onDone={loaded.reload} />
              ))}
            </>
          ) : (
            <Alert type="success" showIcon title={d.ratings.length ? t('rate.done') : t('rate.none')} />
          );
        }}
      </Loadable>
    </>
  );
}
