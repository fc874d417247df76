import { Alert, Button, Card, Flex, Input, Rate, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { client, unwrap, type Schemas } from '../../api/typed';
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
  'rate.pick': ['请选择', 'Choose'],
  'rate.unrated': ['还有 {n} 项未评价：{list}', '{n} not rated yet: {list}'],
  'rate.badHint': ['您给了差评。请把不满意的方面评为“不满意”或“非常不满意”，并写明原因，部门会核实整改并回访您。', 'A bad rating: mark the aspects you were unhappy with and say why; the department will check, fix and call you back.'],
  'rate.needDimension': ['请至少把一个不满意的方面评为“不满意”或“非常不满意”', 'Mark at least one aspect as dissatisfied'],
  'rate.reason': ['不满意的原因（必填）', 'What went wrong (required)'],
  'rate.needReason': ['请写明不满意的原因（至少 4 个字）', 'Say what went wrong (at least 4 characters)'],
});

type Handling = Schemas['RatingHandling'];

function RateOne({ h, onDone }: { h: Handling; onDone: () => void }) {
  const t = useT(m);
  // no stars are given for the rater: every aspect starts unrated
  const [scores, setScores] = useState<Record<string, number>>({});
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const { busy, run } = useAction(onDone);
  const labels = [t('rate.l1'), t('rate.l2'), t('rate.l3'), t('rate.l4'), t('rate.l5')];
  const unrated = h.indicators.filter((i) => !scores[i.code]);
  const bad = (scores.overall ?? 5) <= 2;
  const needDimension = bad && !h.indicators.some((i) => i.code !== 'overall' && (scores[i.code] ?? 5) <= 2);
  const needReason = bad && comment.trim().length < 4;
  const send = () => {
    setTried(true);
    if (unrated.length || needDimension || needReason) return;
    void run(() => unwrap(client.POST('/api/v1/ratings', { body: { handlingId: h.id, indicators: scores, ...(comment.trim() ? { comment: comment.trim() } : {}) } })), { done: t('rate.thanks') });
  };
  return (
    <Card title={<span style={{ whiteSpace: 'normal' }}>{h.itemName}</span>} style={{ marginBottom: 16 }}>
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('rate.handled', { time: formatTime(h.handledAt) })}</Typography.Text>
        {h.indicators.map((i) => (
          <Flex key={i.code} gap={12} align="center" wrap="wrap">
            <span style={{ minWidth: 120 }} id={`ind-${h.id}-${i.code}`}>
              {i.name}
            </span>
            <Rate aria-labelledby={`ind-${h.id}-${i.code}`} value={scores[i.code] ?? 0} onChange={(v) => setScores((s) => ({ ...s, [i.code]: v || 1 }))} tooltips={labels} allowClear={false} />
            <Typography.Text type={scores[i.code] ? 'secondary' : 'warning'}>{scores[i.code] ? labels[scores[i.code]! - 1] : t('rate.pick')}</Typography.Text>
          </Flex>
        ))}
        {bad ? <Alert type="warning" showIcon title={t('rate.badHint')} /> : null}
        {tried && needDimension ? <Alert type="error" showIcon title={t('rate.needDimension')} /> : null}
        <label>
          <Typography.Text>{bad ? t('rate.reason') : t('rate.comment')}</Typography.Text>
          <Input.TextArea rows={bad ? 3 : 2} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={1000} status={tried && needReason ? 'error' : undefined} />
        </label>
        {tried && needReason ? <Typography.Text type="danger">{t('rate.needReason')}</Typography.Text> : null}
        {tried && unrated.length ? <Typography.Text type="danger">{t('rate.unrated', { n: unrated.length, list: unrated.map((i) => i.name).join('、') })}</Typography.Text> : null}
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
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/ratings/mine', { signal })), []);
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
