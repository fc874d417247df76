import { Card, Flex, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { client, unwrap } from '../api/typed';
import type { ApplicationView } from '../api/applications';
import { formatDate, formatTime } from '../format';
import { useAction } from '../hooks/useAction';
import { defineMessages, useT } from '../i18n';
import { ConfirmButton } from './ConfirmButton';
import { MaterialUpload } from './MaterialUpload';

const m = defineMessages({
  'pm.title': ['容缺材料', 'Materials owed (容缺)'],
  'pm.due': ['{date} 前补交', 'Due by {date}'],
  'pm.owed': ['待补交', 'Owed'],
  'pm.received': ['已补交，待核验（{time}）', 'Brought in, to be checked ({time})'],
  'pm.checked': ['已核验（{time}）', 'Checked ({time})'],
  'pm.lapsed': ['逾期未补交', 'Not brought in time'],
  'pm.accept': ['核验通过', 'Accept'],
  'pm.confirmAccept': ['确认“{name}”核验通过？', 'Accept "{name}"?'],
  'pm.confirmAcceptHint': ['核验通过即视为材料补齐；该事项暂缓核发的证照随即核发，不能撤回。', 'The material counts as complete; a licence withheld for it is issued now. This cannot be undone.'],
  'pm.return': ['退回重交', 'Return'],
  'pm.problem': ['退回原因（{name}）', 'What is wrong ({name})'],
  'pm.confirmReturn': ['确认退回“{name}”？', 'Return "{name}"?'],
  'pm.confirmReturnHint': ['申请人将收到退回原因，须在原期限内重新补交。', 'The applicant is told why and must bring it again by the same date.'],
  'pm.atWindow': ['窗口收取（当场核验）：{name}', 'Taken at the window (checked now): {name}'],
  'pm.checkedDone': ['已核验', 'Checked'],
  'pm.returnedDone': ['已退回', 'Returned'],
  'pm.receivedDone': ['已收取并核验', 'Taken and checked'],
  'pm.outstanding': ['容缺材料补齐并经核验前不出件', 'Nothing is delivered until the owed materials are in and checked'],
});

type Owed = ApplicationView['pending'][number];

/**
 * 容缺 at the window: each owed material with its due date and state; what the applicant uploaded is checked here
 * (accepted, or returned with the reason), and what they bring to the counter is scanned and checked on the spot.
 */
export function PendingMaterialsCard({ app, onChanged }: { app: ApplicationView; onChanged: () => void }) {
  const t = useT(m);
  const { busy, run } = useAction(onChanged);
  const [problems, setProblems] = useState<Record<string, string>>({});
  if (!app.pending.length) return null;
  const keyOf = (p: Owed) => `${p.itemCode}:${p.materialCode}`;
  const check = (p: Owed, accepted: boolean) =>
    run(
      () =>
        unwrap(
          client.POST('/api/v1/applications/{id}/pending-materials/check', {
            params: { path: { id: app.id } },
            body: { itemCode: p.itemCode, materialCode: p.materialCode, accepted, problem: accepted ? null : problems[keyOf(p)]?.trim() ?? null },
          }),
        ),
      { done: t(accepted ? 'pm.checkedDone' : 'pm.returnedDone') },
    );
  const open = app.status !== 'withdrawn' && app.status !== 'refused';
  return (
    <Card title={t('pm.title')} size="small" style={{ marginBottom: 16 }}>
      <Flex vertical gap={12}>
        {app.pending.map((p) => {
          const state = p.lapsedAt ? (
            <Tag color="red">{t('pm.lapsed')}</Tag>
          ) : p.checkedAt ? (
            <Tag color="green">{t('pm.checked', { time: formatTime(p.checkedAt) })}</Tag>
          ) : p.receivedAt ? (
            <Tag color="blue">{t('pm.received', { time: formatTime(p.receivedAt) })}</Tag>
          ) : (
            <Tag color="gold">{t('pm.owed')}</Tag>
          );
          return (
            <div key={keyOf(p)} style={{ borderBottom: '1px solid rgba(5,5,5,.06)', paddingBottom: 8 }}>
              <Flex justify="space-between" wrap="wrap" gap={8}>
                <span>
                  <Typography.Text strong>{p.name}</Typography.Text>{' '}
                  <Typography.Text type="secondary">{t('pm.due', { date: formatDate(p.dueDate) })}</Typography.Text>
                </span>
                {state}
              </Flex>
              {open && p.receivedAt && !p.checkedAt && !p.lapsedAt ? (
                <Flex vertical gap={8} style={{ marginTop: 8 }}>
                  <ConfirmButton type="primary" loading={busy} confirm={t('pm.confirmAccept', { name: p.name })} description={t('pm.confirmAcceptHint')} onConfirm={() => check(p, true)}>
                    {t('pm.accept')}
                  </ConfirmButton>
                  <Input
                    value={problems[keyOf(p)] ?? ''}
                    onChange={(e) => setProblems((s) => ({ ...s, [keyOf(p)]: e.target.value }))}
                    maxLength={500}
                    aria-label={t('pm.problem', { name: p.name })}
                    placeholder={t('pm.problem', { name: p.name })}
                  />
                  <ConfirmButton danger loading={busy} disabled={!problems[keyOf(p)]?.trim()} confirm={t('pm.confirmReturn', { name: p.name })} description={t('pm.confirmReturnHint')} onConfirm={() => check(p, false)}>
                    {t('pm.return')}
                  </ConfirmButton>
                </Flex>
              ) : null}
              {open && !p.receivedAt && !p.lapsedAt ? (
                <div style={{ marginTop: 8 }}>
                  <Typography.Text type="secondary">{t('pm.atWindow', { name: p.name })}</Typography.Text>
                  <MaterialUpload
                    label={p.name}
                    onChange={(u) =>
                      run(
                        () => unwrap(client.POST('/api/v1/applications/{id}/pending-materials', { params: { path: { id: app.id } }, body: { itemCode: p.itemCode, materialCode: p.materialCode, uploadId: u.id } })),
                        { done: t('pm.receivedDone') },
                      )
                    }
                  />
                </div>
              ) : null}
            </div>
          );
        })}
      </Flex>
    </Card>
  );
}

/** Whether owed materials still stand between a concluded application and its delivery. */
export const owedOutstanding = (app: ApplicationView) => app.pending.some((p) => !p.checkedAt && !p.lapsedAt);

export function OutstandingNote() {
  const t = useT(m);
  return <Typography.Text type="warning">{t('pm.outstanding')}</Typography.Text>;
}
