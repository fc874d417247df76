import { Button, Card, Flex, Input, Popconfirm, Select, Typography } from 'antd';
import { useState } from 'react';
import { client, unwrap } from '../api/typed';
import type { CaseView } from '../api/applications';
import { formatDate, formatTime } from '../format';
import { useAction } from '../hooks/useAction';
import { defineMessages, useT } from '../i18n';

const m = defineMessages({
  'sp.title': ['特别程序（听证、检验检测、专家评审等，期间不计入时限）', 'Special procedure (hearing, testing, expert review; the clock stops)'],
  'sp.kind': ['程序', 'Procedure'],
  'sp.reason': ['理由', 'Reason'],
  'sp.plannedEnd': ['预计结束日期', 'Expected end'],
  'sp.start': ['启动并暂停计时', 'Start and stop the clock'],
  'sp.startConfirm': ['启动特别程序后办理时限暂停，申请人将收到通知。确定启动？', 'The clock stops and the applicant is told. Start?'],
  'sp.started': ['已启动特别程序', 'Special procedure started'],
  'sp.open': ['进行中：{kind}（{from} 起{until}）', 'Under way: {kind} (since {from}{until})'],
  'sp.until': ['，预计 {date} 结束', ', expected to end {date}'],
  'sp.outcome': ['结果', 'Outcome'],
  'sp.end': ['结束并恢复计时', 'End and resume the clock'],
  'sp.endConfirm': ['结束特别程序并恢复计时？', 'End the procedure and resume the clock?'],
  'sp.ended': ['特别程序已结束', 'Special procedure ended'],
  'sp.past': ['{kind}：{reason} → {outcome}', '{kind}: {reason} → {outcome}'],
  'sp.hearing': ['听证', 'Hearing'],
  'sp.tender': ['招标、拍卖', 'Tender, auction'],
  'sp.testing': ['检验、检测、检疫', 'Testing, inspection, quarantine'],
  'sp.appraisal': ['鉴定', 'Appraisal'],
  'sp.expertReview': ['专家评审', 'Expert review'],
});

const KINDS = ['hearing', 'tender', 'testing', 'appraisal', 'expertReview'] as const;

/** 特别程序 on a case: the handling reviewer or the head starts one (the clock stops) and ends it with its outcome. */
export function SpecialProcedureCard({ c, reload }: { c: CaseView; reload: () => void }) {
  const t = useT(m);
  const { busy, run } = useAction(reload);
  const [draft, setDraft] = useState<{ kind: (typeof KINDS)[number]; reason: string; plannedEnd: string }>({ kind: 'expertReview', reason: '', plannedEnd: '' });
  const [outcome, setOutcome] = useState('');
  const procedures = c.specialProcedures ?? [];
  const open = procedures.find((p) => !p.endedAt);
  return (
    <Card title={t('sp.title')} size="small" style={{ marginBottom: 16 }}>
      <Flex vertical gap={8}>
        {procedures.filter((p) => p.endedAt).map((p) => (
          <Typography.Text key={p.id} type="secondary">{t('sp.past', { kind: p.kindName, reason: p.reason, outcome: p.outcome ?? '' })}</Typography.Text>
        ))}
        {open ? (
          <>
            <Typography.Text strong>{t('sp.open', { kind: open.kindName, from: formatTime(open.startedAt), until: open.plannedEnd ? t('sp.until', { date: formatDate(open.plannedEnd) }) : '' })}</Typography.Text>
            <Typography.Text>{open.reason}</Typography.Text>
            <Input.TextArea rows={2} value={outcome} onChange={(e) => setOutcome(e.target.value)} placeholder={t('sp.outcome')} aria-label={t('sp.outcome')} />
            <Popconfirm title={t('sp.endConfirm')} onConfirm={() => run(() => unwrap(client.POST('/api/v1/cases/{id}/special-procedures/end', { params: { path: { id: c.id } }, body: { outcome: outcome.trim() } })), { done: t('sp.ended') })}>
              <Button disabled={!outcome.trim()} loading={busy}>{t('sp.end')}</Button>
            </Popconfirm>
          </>
        ) : (
          <>
            <Select aria-label={t('sp.kind')} value={draft.kind} onChange={(kind) => setDraft((d) => ({ ...d, kind }))} options={KINDS.map((k) => ({ value: k, label: t(`sp.${k}`) }))} />
            <Input.TextArea rows={2} value={draft.reason} onChange={(e) => setDraft((d) => ({ ...d, reason: e.target.value }))} placeholder={t('sp.reason')} aria-label={t('sp.reason')} />
            <label>
              <Typography.Text>{t('sp.plannedEnd')}</Typography.Text>
              <Input type="date" value={draft.plannedEnd} onChange={(e) => setDraft((d) => ({ ...d, plannedEnd: e.target.value }))} aria-label={t('sp.plannedEnd')} />
            </label>
            <Popconfirm
              title={t('sp.startConfirm')}
              onConfirm={() => run(() => unwrap(client.POST('/api/v1/cases/{id}/special-procedures', { params: { path: { id: c.id } }, body: { kind: draft.kind, reason: draft.reason.trim(), plannedEnd: draft.plannedEnd || null } })), { done: t('sp.started') })}
            >
              <Button disabled={!draft.reason.trim()} loading={busy}>{t('sp.start')}</Button>
            </Popconfirm>
          </>
        )}
      </Flex>
    </Card>
  );
}
