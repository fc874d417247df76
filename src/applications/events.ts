import { appendAudit } from '../audit/index.js';
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
  await appendAudit(
    tx,
    {
      chain: applicationChain(applicationId),
      actorId: e.actorId,
      action: e.action,
      at: e.at,
      data: { caseId: e.caseId, before: e.before ?? null, after: e.after ?? null, reason: e.reason ?? null, ...e.data },
    },
    isFirst ? null : undefined,
  );
}
