import type { Queryable } from '../db/index.js';
import type { LicenceRow } from './store.js';

/** A licence was revoked (撤销): by its issuing department, or on a breached commitment. */
export interface LicenceRevoked {
  licence: Pick<LicenceRow, 'id' | 'identifier' | 'type' | 'application_id' | 'case_id' | 'department_id'>;
  reason: string;
  actorId: string | null;
  at: Date;
}

type Listener = (tx: Queryable, e: LicenceRevoked) => Promise<void>;
const listeners: Listener[] = [];

/** Registered at module load by the modules that answer a revocation (applications: the written decision). */
export function onLicenceRevoked(listener: Listener): void {
  listeners.push(listener);
}

/** Runs in the revocation's transaction, so that the licence and what follows from it change together. */
export async function licenceRevoked(tx: Queryable, e: LicenceRevoked): Promise<void> {
  for (const l of listeners) await l(tx, e);
}
