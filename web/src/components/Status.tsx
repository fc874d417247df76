import { Tag } from 'antd';
import type { ApplicationStatus, CaseStatus, DeadlineBrief } from '../api/applications';
import { formatDate } from '../format';
import { defineMessages, useT } from '../i18n';

const m = defineMessages({
  'as.draft': ['草稿', 'Draft'],
  'as.submitted': ['已提交，待受理', 'Submitted'],
  'as.correction': ['待补正', 'Corrections requested'],
  'as.accepted': ['已受理，办理中', 'Accepted, in progress'],
  'as.refused': ['不予受理', 'Refused'],
  'as.concluded': ['已办结，待出件', 'Decided, awaiting delivery'],
  'as.delivered': ['已出件', 'Delivered'],
  'as.withdrawn': ['已撤回', 'Withdrawn'],
  'cs.pending': ['待受理', 'Pending'],
  'cs.blocked': ['等待前置事项办结', 'Waiting for another item'],
  'cs.accepted': ['已受理，待审核', 'Accepted'],
  'cs.reviewing': ['审核中', 'Under review'],
  'cs.siteCheck': ['现场核查中', 'Site check'],
  'cs.correction': ['待补正（计时暂停）', 'More requested (clock paused)'],
  'cs.approved': ['准予许可', 'Approved'],
  'cs.denied': ['不予许可', 'Denied'],
  'cs.cancelled': ['已终止', 'Cancelled'],
  'dl.due': ['{date} 到期', 'Due {date}'],
  'dl.green': ['正常', 'On time'],
  'dl.yellow': ['黄牌预警', 'Yellow card'],
  'dl.red': ['红牌超期', 'Red card'],
  'dl.paused': ['计时暂停', 'Paused'],
  'dl.closed': ['已结束计时', 'Clock stopped'],
  'dl.suspended': ['计时暂停', 'Paused'],
});

const appColour: Record<ApplicationStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  correction: 'warning',
  accepted: 'blue',
  refused: 'error',
  concluded: 'cyan',
  delivered: 'success',
  withdrawn: 'default',
};
const caseColour: Record<CaseStatus, string> = {
  pending: 'default',
  blocked: 'default',
  accepted: 'processing',
  reviewing: 'blue',
  siteCheck: 'purple',
  correction: 'warning',
  approved: 'success',
  denied: 'error',
  cancelled: 'default',
};

export function AppStatus({ status }: { status: ApplicationStatus }) {
  const t = useT(m);
  return <Tag color={appColour[status]}>{t(`as.${status}`)}</Tag>;
}

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const t = useT(m);
  return <Tag color={caseColour[status]}>{t(`cs.${status}`)}</Tag>;
}

/** The deadline as a coloured card: green on time, yellow near the limit, red overdue. */
export function DeadlineTag({ deadline }: { deadline: Pick<DeadlineBrief, 'dueOn' | 'status' | 'colour'> | null }) {
  const t = useT(m);
  if (!deadline) return <span>—</span>;
  const known = ['green', 'yellow', 'red', 'closed', 'suspended'] as const;
  const colour = (known as readonly string[]).includes(deadline.colour ?? '') ? (deadline.colour as (typeof known)[number]) : deadline.status === 'suspended' ? 'suspended' : deadline.status === 'closed' ? 'closed' : 'green';
  const tagColour = colour === 'red' ? 'red' : colour === 'yellow' ? 'gold' : colour === 'green' ? 'green' : 'default';
  return (
    <Tag color={tagColour} aria-label={`${t(`dl.${colour}`)} ${t('dl.due', { date: formatDate(deadline.dueOn) })}`}>
      {t(`dl.${colour}`)} · {t('dl.due', { date: formatDate(deadline.dueOn) })}
    </Tag>
  );
}
