import { maskIdNumber, shanghaiDateOf } from '../core/index.js';
import type { AppealRow, CreditFlagRow } from './store/credit-flags.js';

export const flagSourceNames: Record<CreditFlagRow['source'], string> = {
  inspection: '双随机抽查发现严重问题',
  commitment: '未履行告知承诺',
  manual: '监管部门认定',
};

/** A credit flag as it leaves the API. `full` shows the citizen ID number (the person themself, supervisors). */
export function presentFlag(f: CreditFlagRow, at: Date, opts: { full?: boolean } = {}) {
  const standing = f.status === 'active' && f.starts_at <= at && at < f.ends_at;
  return {
    id: f.id,
    uscc: f.uscc,
    idNumber: opts.full ? f.id_number : maskIdNumber(f.id_number),
    subjectName: f.subject_name,
    reason: f.reason,
    source: f.source,
    sourceName: flagSourceNames[f.source],
    sourceRef: f.source_ref,
    startsAt: f.starts_at.toISOString(),
    endsAt: f.ends_at.toISOString(),
    endsOn: shanghaiDateOf(new Date(f.ends_at.getTime() - 1)),
    status: f.status,
    standing,
    revokedAt: f.revoked_at?.toISOString() ?? null,
  };
}

export function presentAppeal(a: AppealRow) {
  return {
    id: a.id,
    flagId: a.flag_id,
    statement: a.statement,
    filedAt: a.filed_at.toISOString(),
    decision: a.decision,
    decisionNote: a.decision_note,
    decidedAt: a.decided_at?.toISOString() ?? null,
  };
}
