import { AppError } from '../core/index.js';
import type { YellowRule } from '../calendar/index.js';
import type { Queryable } from '../db/index.js';
import { saveRecomputed } from './recompute.js';
import * as store from './store.js';

/**
 * Changes when deadlines turn yellow, and recomputes the running ones (a supervisor does this rarely; it walks the
 * running deadlines in batches inside one transaction).
 */
export async function changeYellowRule(tx: Queryable, rule: YellowRule, at: Date): Promise<{ recomputed: number }> {
  if (!Number.isInteger(rule.minDays) || rule.minDays < 0 || rule.minDays > 30 || !(rule.fraction >= 0 && rule.fraction <= 1)) {
    throw new AppError('DEADLINE_BAD_INPUT', { reason: 'yellow rule' });
  }
  await store.saveYellowRule(tx, rule);
  let afterId = '00000000-0000-0000-0000-000000000000';
  let n = 0;
  for (;;) {
    const rows = await store.liveIdsAfter(tx, afterId, 500);
    for (const row of rows) {
      await saveRecomputed(tx, row, { status: row.status, suspensions: row.suspensions, extensions: row.extensions, event: 'recomputed', at, note: '黄牌规则调整' }, { rule });
      n++;
    }
    if (rows.length < 500) return { recomputed: n };
    afterId = rows[rows.length - 1]!.id;
  }
}
