import { Alert, Button, Card, Flex, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { client, unwrap, type AnswerOf } from '../api/typed';
import { useApi } from '../api/hooks';
import { formatTime } from '../format';
import { useAction } from '../hooks/useAction';
import { defineMessages, useT } from '../i18n';

const m = defineMessages({
  'urge.history': ['督办记录', 'Urges'],
  'urge.none': ['尚无督办', 'Not urged yet'],
  'urge.by': ['{who} 于 {at} 督办（{colour}）', '{who} urged on {at} ({colour})'],
  'urge.someone': ['监管人员', 'A supervisor'],
  'urge.message': ['督办意见', 'Message to the handler'],
  'urge.placeholder': ['写明要求，如“请于今日内办结并书面说明超期原因”', 'What you ask, e.g. "conclude today and explain the delay in writing"'],
  'urge.send': ['督办', 'Urge'],
  'urge.sent': ['已督办，承办人已收到消息', 'Urged; the handler has been told'],
  'urge.required': ['请填写督办意见', 'Write the message'],
  'urge.tooLong': ['督办意见请控制在 500 字以内', 'At most 500 characters'],
});

export type Urge = AnswerOf<'/api/v1/supervision/subjects/{kind}/{subjectId}/urges', 'get'>['items'][number];

/** The urges of a deadline, oldest first: who, when, at which card, what they asked. */
export function UrgeHistory({ urges }: { urges: Urge[] }) {
  const t = useT(m);
  if (!urges.length) return <Typography.Text type="secondary">{t('urge.none')}</Typography.Text>;
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {urges.map((u) => (
        <li key={u.id} style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
          <Flex vertical gap={2}>
            <Typography.Text type="secondary">
              <Tag color={u.colour === 'red' ? 'red' : 'gold'}>{u.colourName}</Tag>
              {t('urge.by', { who: u.urgedBy.name ?? t('urge.someone'), at: formatTime(u.urgedAt), colour: u.colourName })}
            </Typography.Text>
            <Typography.Text>{u.message}</Typography.Text>
          </Flex>
        </li>
      ))}
    </ul>
  );
}

/** 督办 on a yellow or red deadline: the message goes to the handler and stays on the deadline. */
export function UrgeForm({ deadlineId, onDone }: { deadlineId: string; onDone: () => void }) {
  const t = useT(m);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();
  const { busy, run } = useAction(onDone);
  const send = () => {
    const message = text.trim();
    if (!message) return setProblem(t('urge.required'));
    if (message.length > 500) return setProblem(t('urge.tooLong'));
    setProblem(undefined);
    void run(() => unwrap(client.POST('/api/v1/supervision/deadlines/{id}/urges', { params: { path: { id: deadlineId } }, body: { message } })), { done: t('urge.sent') }).then((r) => r && setText(''));
  };
  return (
    <Flex vertical gap={8}>
      <label htmlFor={`urge-${deadlineId}`}>{t('urge.message')}</label>
      <Input.TextArea id={`urge-${deadlineId}`} rows={3} maxLength={500} showCount value={text} onChange={(e) => setText(e.target.value)} placeholder={t('urge.placeholder')} status={problem ? 'error' : undefined} />
      {problem ? <Alert type="error" showIcon title={problem} role="alert" /> : null}
      <Button type="primary" danger onClick={send} loading={busy} style={{ alignSelf: 'flex-start' }}>
        {t('urge.send')}
      </Button>
    </Flex>
  );
}

/** The urges of a subject's deadline (a case, a ticket …), for the page where the handler works on it; nothing when none. */
export function UrgesCard({ kind, subjectId }: { kind: string; subjectId: string }) {
  const t = useT(m);
  const loaded = useApi((signal) => unwrap(client.GET('/api/v1/supervision/subjects/{kind}/{subjectId}/urges', { params: { path: { kind, subjectId } }, signal })), [kind, subjectId]);
  const urges = loaded.data?.items ?? [];
  if (!urges.length) return null;
  return (
    <Card title={t('urge.history')} size="small" style={{ marginBottom: 16 }}>
      <UrgeHistory urges={urges} />
    </Card>
  );
}
