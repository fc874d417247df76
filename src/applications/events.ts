import { appendAudit, firstEntryInsert, type AuditInput } from '../audit/index.js';
import type { Queryable } from '../db/index.js';

export const applicationChain = (applicationId: string) => `application:${applicationId}`;

export interface ApplicationEvent {
  actorId: string | null;
  action: string;
  at: Date;
  caseId?: string;
  before?: string | null;
  after?: string | null;
  reason?: string | null;
  data?: Record<string, unknown>;
}

/**
 * Appends one transition to the application's audit chain, in the caller's transaction. Callers hold the
 * application row lock (or just created the application), so appends to one chain never race.
 */
export async function recordEvent(tx: Queryable, applicationId: string, e: ApplicationEvent, isFirst = false): Promise<void> {
  await appendAudit(tx, auditInput(applicationId, e), isFirst ? null : undefined);
}

/** The first event of a new application's chain, as a CTE of the statement that creates the application. */
export const firstEventInsert = (applicationId: string, e: ApplicationEvent, first: number, guard: string) =>
  firstEntryInsert(auditInput(applicationId, e), first, guard);

const auditInput = (applicationId: string, e: ApplicationEvent): AuditInput => ({
  chain: applicationChain(applicationId),
  actorId: e.actorId,
  action: e.action,
  at: e.at,
  data: { caseId: e.caseId, before: e.before ?? null, after: e.after ?? null, reason: e.reason ?? null, ...e.data },
});
