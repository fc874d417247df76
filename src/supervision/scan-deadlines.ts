import { shanghaiDateOf, startPeriodic, type Clock } from '../core/index.js';
import type { Db, Queryable } from '../db/index.js';
import { usersOfDepartment } from '../identity/index.js';
import { notify } from '../notifications/index.js';
import { claimRed, claimYellow, type ClaimedCard } from './store-scan.js';
import { warnMissingCalendar } from './warn-missing-calendar.js';

const BATCH = 200;

async function sendCard(tx: Queryable, card: ClaimedCard, colour: 'yellow' | 'red', heads: Map<string, string[]>): Promise<void> {
  let headIds = heads.get(card.department_id);
  if (!headIds) {
    headIds = (await usersOfDepartment(tx, card.department_id, 'head')).map((u) => u.id);
    heads.set(card.department_id, headIds);
  }
  const recipients = [...new Set([card.assignee_id, ...headIds].filter((x): x is string => !!x))];
  const title = colour === 'red' ? `红牌：${card.title} 已超期` : `黄牌预警：${card.title} 即将到期`;
  const body =
    colour === 'red'
      ? `办理期限 ${card.due_on} 已过，事项仍未办结。请尽快办结，并向监管部门说明超期原因。`
      : `办理期限为 ${card.due_on}，剩余时间不多，请抓紧办理。`;
  for (const userId of recipients) {
    await notify(tx, { userId, title, body, link: `/supervision/deadlines/${card.id}`, key: `deadline:${card.id}:${card.revision}:${colour}:${userId}` });
  }
}

/**
 * Sends the yellow and red cards due today: each transition once, to the responsible person and the department's
 * heads, even when several server processes scan at the same time. Returns how many deadlines changed colour.
 */
export async function scanDeadlines(db: Db, clock: Clock, opts: { batch?: number } = {}): Promise<{ yellow: number; red: number }> {
  const today = shanghaiDateOf(clock.now());
  const batch = opts.batch ?? BATCH;
  const heads = new Map<string, string[]>();
  const counts = { yellow: 0, red: 0 };
  for (const colour of ['red', 'yellow'] as const) {
    for (;;) {
      const n = await db.transaction(async (tx) => {
        const cards = colour === 'red' ? await claimRed(tx, today, batch) : await claimYellow(tx, today, batch);
        for (const card of cards) await sendCard(tx, card, colour, heads);
        return cards.length;
      });
      counts[colour] += n;
      if (n < batch) break;
    }
  }
  await warnMissingCalendar(db, clock.now());
  return counts;
}

/** Scans periodically in the background (server); returns a stop function. */
export function startDeadlineScanner(db: Db, clock: Clock, intervalMs = 60_000, onError: (e: unknown) => void = () => undefined): () => Promise<void> {
  return startPeriodic(() => scanDeadlines(db, clock), intervalMs, onError);
}
