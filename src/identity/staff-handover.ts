import type { Queryable } from '../db/index.js';

/** A person stops handling their work (disabled, moved to another department, or no longer in the role). */
export interface StaffHandover {
  userId: string;
  departmentId: string | null;
  /** the colleague who takes the work over; null: back to the department's queue */
  successorId: string | null;
  actorId: string | null;
  reason: string;
  at: Date;
}

/** One piece of work that changed hands (a case's clock, a ticket's, an owed material's), its due date unchanged. */
export interface HandedOver {
  subjectKind: string;
  subjectId: string;
  title: string;
  dueOn: string | null;
  toUserId: string | null;
}

type Listener = (tx: Queryable, h: StaffHandover) => Promise<HandedOver[]>;
const listeners: Listener[] = [];

/** Registered at module load by the modules that assign work to people (supervision's deadlines). */
export function onStaffHandover(listener: Listener): void {
  listeners.push(listener);
}

/** Runs in the caller's transaction, so that the account change and the handover commit together. */
export async function handOver(tx: Queryable, h: StaffHandover): Promise<HandedOver[]> {
  const moved: HandedOver[] = [];
  for (const l of listeners) moved.push(...(await l(tx, h)));
  return moved;
}
