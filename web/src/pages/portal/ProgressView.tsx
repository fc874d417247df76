import { Card, Flex, Tag, Timeline, Typography } from 'antd';
import type { AnswerOf } from '../../api/typed';
import { formatDate, formatTime } from '../../format';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'pv.applicant': ['申请人：{name}', 'Applicant: {name}'],
  'pv.submitted': ['提交时间：{time}', 'Submitted: {time}'],
  'pv.items': ['办理事项', 'Services'],
  'pv.due': ['办结期限：{date}', 'Due: {date}'],
  'pv.steps': ['办理经过', 'What has happened'],
});

type Progress = AnswerOf<'/api/v1/applications/{id}/progress', 'get'>;

/** An application's progress in the applicant's words: each item with its state and due date, then the steps. */
export function ProgressView({ progress: p, showHeader = true }: { progress: Progress; showHeader?: boolean }) {
  const t = useT(m);
  return (
    <Flex vertical gap={16}>
      {showHeader ? (
        <Card title={<span style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}>{p.title}</span>} extra={<Tag color="blue">{p.statusName}</Tag>}>
          <Flex vertical gap={4}>
            <Typography.Text style={{ overflowWrap: 'anywhere' }}>{p.number}</Typography.Text>
            <Typography.Text type="secondary">{t('pv.applicant', { name: p.applicantName })}</Typography.Text>
            {p.submittedAt ? <Typography.Text type="secondary">{t('pv.submitted', { time: formatTime(p.submittedAt) })}</Typography.Text> : null}
          </Flex>
        </Card>
      ) : null}
      <Card title={t('pv.items')} size="small">
        <Flex vertical gap={8}>
          {p.items.map((i) => (
            <Flex key={i.itemName} justify="space-between" gap={8} wrap="wrap">
              <div style={{ minWidth: 0, flex: '1 1 180px' }}>
                <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>{i.itemName}</Typography.Text>
                <br />
                <Typography.Text type="secondary">{i.departmentName}</Typography.Text>
              </div>
              <Flex vertical align="end">
                <Tag color={i.done ? 'green' : 'processing'}>{i.statusName}</Tag>
                {i.dueOn && !i.done ? <Typography.Text type="secondary">{t('pv.due', { date: formatDate(i.dueOn) })}</Typography.Text> : null}
              </Flex>
            </Flex>
          ))}
        </Flex>
      </Card>
      <Card title={t('pv.steps')} size="small">
        <ProgressSteps steps={p.steps} />
      </Card>
    </Flex>
  );
}

/** The steps so far, newest first, each naming the item it concerns. */
export function ProgressSteps({ steps }: { steps: Progress['steps'] }) {
  return (
    <Timeline
      items={steps
        .slice()
        .reverse()
        .map((s, i) => ({
          key: i,
          content: (
            <>
              <Typography.Text>{s.itemName ? `${s.itemName}：${s.text}` : s.text}</Typography.Text>
              <br />
              <Typography.Text type="secondary">{formatTime(s.at)}</Typography.Text>
            </>
          ),
        }))}
    />
  );
}
