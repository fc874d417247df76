import type { Queryable } from '../db/index.js';
import type { ApplicationStatus } from './state.js';
import * as store from './store/applications.js';

/** What a construction project reads of one stage's filing: where it stands, when its clock ran, whether anything was denied. */
export interface FilingState {
  applicationId: string;
  number: string;
  status: ApplicationStatus;
  acceptedAt: Date | null;
  deliveredAt: Date | null;
  anyDenied: boolean;
}

export async function filingState(q: Queryable, applicationId: string): Promise<FilingState | undefined> {
  const app = await store.applicationById(q, applicationId);
  if (!app) return undefined;
  const cases = await store.casesOf(q, applicationId);
  return {
    applicationId: app.id, number: app.number, status: app.status, acceptedAt: app.accepted_at, deliveredAt: app.delivered_at,
    anyDenied: cases.some((c) => c.status === 'denied'),
  };
}

/** The application this user filed with this Idempotency-Key, if any: a project stage's retried filing finds its first. */
export async function filedWithKey(q: Queryable, submittedBy: string, key: string): Promise<{ id: string; number: string; status: ApplicationStatus } | undefined> {
  const app = await store.applicationByKey(q, submittedBy, key);
  return app ? { id: app.id, number: app.number, status: app.status } : undefined;
}
