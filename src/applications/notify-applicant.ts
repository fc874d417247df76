import type { Queryable } from '../db/index.js';
import { notify } from '../notifications/index.js';
import type { ApplicationRow } from './store/rows.js';

/** In-app message to the applicant (and to the agent or clerk who filed for them, when that is someone else with an account). */
export async function notifyApplicant(tx: Queryable, app: ApplicationRow, key: string, title: string, body: string, at?: Date): Promise<void> {
  const link = `/applications/${app.id}`;
  const to = new Set<string>();
  if (app.applicant_user_id) to.add(app.applicant_user_id);
  if (app.channel === 'agent') to.add(app.submitted_by);
  for (const userId of to) await notify(tx, { userId, title, body: `办件编号 ${app.number}：${body}`, link, key: `${key}:${userId}` }, { at });
}
