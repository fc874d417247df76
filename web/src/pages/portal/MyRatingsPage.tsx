import { App, Button, Card, Descriptions, Empty, Flex, Input, Radio, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useApi } from '../../api/hooks';
import { client, unwrap, type Schemas } from '../../api/typed';
import { Loadable } from '../../components/Loadable';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatTime } from '../../format';
import { useAction } from '../../hooks/useAction';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'ratings.title': ['我的评价', 'My ratings'],
  'ratings.sub': ['办结出件后逐项评价（一事一评），窗口办事每次一评；差评由办理部门核实整改并回访', 'Rate each item after delivery; bad ratings are verified, rectified and followed up by the department'],
  'ratings.toRate': ['待评价', 'To rate'],
  'ratings.given': ['已评价', 'Rated'],
  'ratings.none': ['暂无待评价的办件', 'Nothing to rate'],
  'ratings.noneGiven': ['还没有评价', 'No ratings yet'],
  'ratings.comment': ['评价意见（选填）', 'Comment (optional)'],
  'ratings.submit': ['提交评价', 'Submit rating'],
  'ratings.done': ['评价已提交', 'Rating submitted'],
  'ratings.level5': ['非常满意', 'Very satisfied'],
  'ratings.level4': ['满意', 'Satisfied'],
  'ratings.level3': ['基本满意', 'Basically satisfied'],
  'ratings.level2': ['不满意', 'Dissatisfied'],
  'ratings.level1': ['非常不满意', 'Very dissatisfied'],
  'ratings.fillAll': ['请为每一项指标选择评价等级', 'Choose a level for every indicator'],
  'ratings.reason': ['不满意的原因（必填）', 'What went wrong (required)'],
  'ratings.badHint': ['您给了差评：请把不满意的方面评为“不满意”或“非常不满意”，并写明原因，部门会核实整改并回访您。', 'A bad rating: mark the aspects you were unhappy with and say why; the department will check, fix and call you back.'],
  'ratings.needDimension': ['请至少把一个不满意的方面评为“不满意”或“非常不满意”', 'Mark at least one aspect as dissatisfied'],
  'ratings.needReason': ['请写明不满意的原因（至少 4 个字）', 'Say what went wrong (at least 4 characters)'],
  'ratings.outcome': ['部门整改反馈', 'Department response'],
  'ratings.status': ['整改状态', 'Status'],
  'ratings.due': ['整改期限', 'Due'],
  'ratings.finding': ['核实情况', 'Finding'],
  'ratings.action': ['整改措施', 'Action taken'],
  'ratings.followUp': ['回访结果', 'Follow-up'],
  'ratings.waiting': ['办理部门正在核实整改', 'The department is looking into it'],
  'ratings.voided': ['经申诉复核已作废', 'Voided on appeal'],
  'ratings.handledAt': ['办理时间 {at}', 'Handled {at}'],
});

type Handling = Schemas['RatingHandling'];

const gradeColour = { good: 'green', neutral: 'gold', bad: 'red' } as const;

function RateForm({ h, onDone }: { h: Handling; onDone(): void }) {
  const t = useT(m);
  const { message } = App.useApp();
  const [levels, setLevels] = useState<Record<string, number>>({});
  const [comment, setComment] = useState('');
  const { busy, run } = useAction(onDone);
  // a 差评 names the aspect and the reason (GB/T 39734)
  const bad = (levels.overall ?? 5) <= 2;
  const submit = async () => {
    if (h.indicators.some((i) => !levels[i.code])) {
      message.warning(t('ratings.fillAll'));
      return;
    }
    if (bad && !h.indicators.some((i) => i.code !== 'overall' && (levels[i.code] ?? 5) <= 2)) {
      message.warning(t('ratings.needDimension'));
      return;
    }
    if (bad && comment.trim().length < 4) {
      message.warning(t('ratings.needReason'));
      return;
    }
    await run(() => unwrap(client.POST('/api/v1/ratings', { body: { handlingId: h.id, indicators: levels, ...(comment.trim() ? { comment: comment.trim() } : {}) } })), { done: t('ratings.done') });
  };
  return (
    <Card size="small" title={h.itemName} extra={<Tag>{h.channelName}</Tag>} style={{ marginBottom: 12 }}>
      <Typography.Paragraph type="secondary">{t('ratings.handledAt', { at: formatTime(h.handledAt) })}</Typography.Paragraph>
      {h.indicators.map((i) => (
        <Flex key={i.code} gap={12} align="center" wrap="wrap" style={{ marginBottom: 8 }}>
          <Typography.Text strong style={{ minWidth: 120 }}>{i.name}</Typography.Text>
          <div role="radiogroup" aria-label={i.name}>
            <Radio.Group value={levels[i.code]} onChange={(e) => setLevels({ ...levels, [i.code]: e.target.value as number })}>
              {[5, 4, 3, 2, 1].map((l) => (
                <Radio key={l} value={l}>{t(`ratings.level${l}` as 'ratings.level5')}</Radio>
              ))}
            </Radio.Group>
          </div>
        </Flex>
      ))}
      {bad ? <Typography.Paragraph type="warning">{t('ratings.badHint')}</Typography.Paragraph> : null}
      <Input.TextArea aria-label={bad ? t('ratings.reason') : t('ratings.comment')} placeholder={bad ? t('ratings.reason') : t('ratings.comment')} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={1000} rows={2} style={{ marginBlock: 8 }} />
      <Button type="primary" loading={busy} onClick={() => void submit()}>{t('ratings.submit')}</Button>
    </Card>
  );
}

/** 我的评价: rate delivered items and window visits, and see what the department did about a bad rating. */
export default function MyRatingsPage() {
  const t = useT(m);
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/ratings/mine', { signal })), []);
  return (
    <>
      <PageHeader title={t('ratings.title')} sub={t('ratings.sub')} />
      <Loadable loaded={loaded}>
        {(d) => (
          <>
            <Typography.Title level={4}>{t('ratings.toRate')}</Typography.Title>
            {d.toRate.length === 0 ? <Empty description={t('ratings.none')} /> : d.toRate.map((h) => <RateForm key={h.id} h={h} onDone={loaded.reload} />)}
            <Typography.Title level={4} style={{ marginTop: 24 }}>{t('ratings.given')}</Typography.Title>
            {d.ratings.length === 0 ? <Empty description={t('ratings.noneGiven')} /> : d.ratings.map((r) => (
              <Card key={r.id} size="small" style={{ marginBottom: 12 }} title={r.itemName} extra={<Tag color={gradeColour[r.grade]}>{r.levelName}</Tag>}>
                <Typography.Paragraph type="secondary">{r.channelName} · {formatTime(r.ratedAt)}</Typography.Paragraph>
                {r.comment ? <Typography.Paragraph>{r.comment}</Typography.Paragraph> : null}
                {r.status === 'voided' ? <Typography.Paragraph type="warning">{t('ratings.voided')}：{r.voidReason}</Typography.Paragraph> : null}
                {r.rectification && r.status !== 'voided' ? (
                  <Descriptions size="small" bordered column={1} title={t('ratings.outcome')}>
                    <Descriptions.Item label={t('ratings.status')}>{r.rectification.statusName}</Descriptions.Item>
                    <Descriptions.Item label={t('ratings.due')}>{r.rectification.dueDate ? formatDate(r.rectification.dueDate) : '—'}</Descriptions.Item>
                    <Descriptions.Item label={t('ratings.finding')}>{r.rectification.finding ?? t('ratings.waiting')}</Descriptions.Item>
                    <Descriptions.Item label={t('ratings.action')}>{r.rectification.action ?? '—'}</Descriptions.Item>
                    <Descriptions.Item label={t('ratings.followUp')}>
                      {r.rectification.followUp ? `${r.rectification.followUp.methodName ?? ''}：${r.rectification.followUp.resultName ?? ''}${r.rectification.followUp.note ? `（${r.rectification.followUp.note}）` : ''}` : '—'}
                    </Descriptions.Item>
                  </Descriptions>
                ) : null}
              </Card>
            ))}
          </>
        )}
      </Loadable>
    </>
  );
}
