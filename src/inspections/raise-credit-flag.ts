import { AppError, identifierReasonText, newId, validateIdNumber, validateUscc } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { appendAudit } from '../audit/index.js';
import { defaultFlagEnd } from './credit-flag-rules.js';
import { flagBySource, insertFlag, type CreditFlagRow } from './store/credit-flags.js';

export interface RaiseCreditFlagInput {
  uscc?: string | null;
  idNumber?: string | null;
  subjectName: string;
  reason: string;
  source: CreditFlagRow['source'];
  /** The record that caused it (a result id, an application id): one flag per record. */
  sourceRef?: string | null;
  startsAt: Date;
  endsAt?: Date;
  actorId: string | null;
}

/**
 * Flags a business or a person (失信). Called for a serious inspection finding, a broken commitment
 * (告知承诺 not honoured, by the applications module) or a supervisor's decision. Idempotent per source record.
 */
export async function raiseCreditFlag(tx: Queryable, input: RaiseCreditFlagInput): Promise<CreditFlagRow> {
  const uscc = input.uscc ? checked(validateUscc(input.uscc), 'INVALID_USCC') : null;
  const idNumber = input.idNumber ? checked(validateIdNumber(input.idNumber), 'INVALID_ID_NUMBER') : null;
  if (!uscc && !idNumber) throw new AppError('CREDIT_FLAG_SUBJECT_REQUIRED');
  const endsAt = input.endsAt ?? defaultFlagEnd(input.source, input.startsAt);
  if (endsAt.getTime() <= input.startsAt.getTime()) throw new AppError('CREDIT_FLAG_ENDS_BEFORE_START');
  const row = {
    id: newId(),
    uscc,
    id_number: idNumber,
    subject_name: input.subjectName,
    reason: input.reason,
    source: input.source,
    source_ref: input.sourceRef ?? null,
    starts_at: input.startsAt,
    ends_at: endsAt,
    created_by: input.actorId,
    created_at: input.startsAt,
  };
  const inserted = await insertFlag(tx, row);
  if (!inserted) return (await flagBySource(tx, row.source, row.source_ref!))!;
  await appendAudit(tx, {
    chain: `credit-flag:${row.id}`,
    actorId: input.actorId,
    action: 'creditFlag.raised',
    data: { uscc, idNumber, reason: row.reason, source: row.source, sourceRef: row.source_ref, endsAt: endsAt.toISOString() },
    at: input.startsAt,
  }, null);
  return inserted;
}

function checked(v: ReturnType<typeof validateUscc>, code: 'INVALID_USCC' | 'INVALID_ID_NUMBER'): string {
  if (!v.valid) throw new AppError(code, { reason: identifierReasonText[v.reason].zh });
  return v.normalized;
}
