import { appendAudit } from '../audit/index.js';
import { AppError, newId, type Clock } from '../core/index.js';
import type { Db, Queryable } from '../db/index.js';
import { usersOfDepartment, type Actor } from '../identity/index.js';
import { notify } from '../notifications/index.js';
import { canUrge } from './policy.js';
import { colourOf } from './present.js';
import * as store from './store.js';
import { insertUrge, urgesOf, type UrgeRow } from './store-urges.js';
import type { DeadlineRow } from './types.js';

export interface Urge {
  id: string;
  deadlineId: string;
  urgedBy: { id: string; name: string | null };
  urgedAt: string;
  colour: 'yellow' | 'red';
  colourName: string;
  message: string;
  notifiedCount: number;
}

const colourNames = { yellow: '黄牌', red: '红牌' } as const;

export const presentUrge = (u: UrgeRow): Urge => ({
  id: u.id,
  deadlineId: u.deadline_id,
  urgedBy: { id: u.urged_by, name: u.urged_by_name },
  urgedAt: u.urged_at.toISOString(),
  colour: u.colour,
  colourName: colourNames[u.colour],
  message: u.message,
  notifiedCount: u.notified.length,
});

/** Where the handler opens the subject of a deadline (a neutral link: the web app maps it to the reader's area). */
function linkOf(row: DeadlineRow): string | undefined {
  switch (row.subject_kind) {
    case 'case':
      return `/review/cases/${row.subject_id}`;
    case 'ticket':
      return `/tickets/${row.subject_id}`;
    case 'disclosure':
      return `/disclosure/${row.subject_id}`;
    case 'rectification':
      return '/ratings/rectifications';
    default:
      return undefined;
  }
}

/**
 * 督办: a supervisor or the department's head urges the handler of a yellow or red deadline. The urge is kept on the
 * deadline (who, when, message), appended to its audit chain, and the handler told, all in one transaction; a deadline
 * not yet taken by anyone tells the department's reviewers.
 */
export async function urgeDeadline(deps: { db: Db; clock: Clock }, actor: Actor, deadlineId: string, message: string): Promise<Urge> {
  return deps.db.transaction(async (tx) => {
    const row = await store.byIdForUpdate(tx, deadlineId);
    if (!row) throw new AppError('DEADLINE_NOT_FOUND');
    if (!canUrge(actor, { departmentId: row.department_id, regionCode: row.region_code.trim() })) throw new AppError('FORBIDDEN');
    if (row.status === 'closed') throw new AppError('DEADLINE_CLOSED');
    const at = deps.clock.now();
    const colour = colourOf(row, at);
    if (colour !== 'yellow' && colour !== 'red') throw new AppError('DEADLINE_NOT_URGEABLE');
    const recipients = await handlersOf(tx, row);
    const id = newId();
    await insertUrge(tx, { id, deadline_id: row.id, urged_by: actor.userId, urged_at: at, colour, message, notified: recipients });
    await appendAudit(tx, { chain: `deadline:${row.id}`, actorId: actor.userId, action: 'deadline.urged', data: { urgeId: id, subjectKind: row.subject_kind, subjectId: row.subject_id, colour, message, notified: recipients }, at });
    const title = `督办：${row.title}（${colourNames[colour]}）`;
    const body = `${colour === 'red' ? `办理期限 ${row.due_on} 已过` : `办理期限为 ${row.due_on}`}，督办意见：${message}`;
    for (const userId of recipients) await notify(tx, { userId, title, body, link: linkOf(row), key: `urge:${id}:${userId}` }, { at });
    return presentUrge((await urgesOf(tx, [row.id])).find((u) => u.id === id)!);
  });
}

async function handlersOf(tx: Queryable, row: DeadlineRow): Promise<string[]> {
  if (row.assignee_id) return [row.assignee_id];
  return (await usersOfDepartment(tx, row.department_id, 'reviewer')).map((u) => u.id);
}

export async function urgesOfDeadline(q: Queryable, deadlineId: string): Promise<Urge[]> {
  return (await urgesOf(q, [deadlineId])).map(presentUrge);
}
