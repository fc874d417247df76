import { AppError, newId, shanghaiDateOf, type AppDeps } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { hasRole, type Actor } from '../identity/index.js';
import { enqueue, registerOutboxHandler } from '../outbox/index.js';
import type { StatementLine } from './protocol.js';
import { jobClock, provider } from './provider.js';
import * as store from './store.js';

const TOPIC = 'payments.reconcile';

type Ours = Awaited<ReturnType<typeof store.onlineMovementsOn>>[number];

/**
 * 对账: our online payments and refunds of a day against the platform's statement of that day, matched by order and
 * movement. What only one side has, or what the two record at different amounts, is a difference. Pure.
 */
export function compareStatement(ours: readonly Ours[], theirs: readonly StatementLine[]): { matched: number; differences: store.Difference[] } {
  const key = (orderNo: string, kind: string) => `${kind}:${orderNo}`;
  const mine = new Map(ours.map((o) => [key(o.order_no, o.kind), o]));
  const differences: store.Difference[] = [];
  let matched = 0;
  const seen = new Set<string>();
  for (const l of theirs) {
    const k = key(l.orderNo, l.kind);
    seen.add(k);
    const o = mine.get(k);
    if (!o) differences.push({ kind: 'missing-here', movement: l.kind, orderNo: l.orderNo, tradeNo: l.tradeNo, oursFen: null, theirsFen: l.amount, regionCode: null });
    else if (o.amount_fen !== l.amount) differences.push({ kind: 'amount', movement: l.kind, orderNo: l.orderNo, tradeNo: l.tradeNo, oursFen: o.amount_fen, theirsFen: l.amount, regionCode: o.region_code });
    else matched++;
  }
  for (const [k, o] of mine) {
    if (!seen.has(k)) differences.push({ kind: 'missing-there', movement: o.kind, orderNo: o.order_no, tradeNo: o.trade_no, oursFen: o.amount_fen, theirsFen: null, regionCode: o.region_code });
  }
  return { matched, differences };
}

/** A supervisor asks for a day's reconciliation (yesterday by default); the outbox runs it. */
export async function requestReconciliation(deps: AppDeps, actor: Actor, day: string | undefined): Promise<store.ReconciliationRow> {
  if (actor.kind !== 'staff' || !hasRole(actor, 'supervisor') || !actor.regionCode) throw new AppError('FORBIDDEN');
  const at = deps.clock.now();
  const d = day ?? shanghaiDateOf(new Date(at.getTime() - 86_400_000));
  const id = newId();
  await deps.db.transaction(async (tx) => {
    await store.insertReconciliation(tx, { id, day: d, region_code: actor.regionCode!, requested_by: actor.userId, requested_at: at });
    await enqueue(tx, TOPIC, { id });
  });
  return (await store.reconciliationById(deps.db, id))!;
}

/** From this Beijing hour the platform's statement of the day before is ready. */
export const STATEMENT_READY_HOUR = 2;

/**
 * The daily run (a server timer): once the statement of yesterday is ready, each region whose bills are paid here
 * gets yesterday's reconciliation, once, without anybody asking; a supervisor may still ask again for any day.
 * Returns how many were scheduled now.
 */
export async function scheduleDailyReconciliations(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<number> {
  const at = deps.clock.now();
  const beijing = new Date(at.getTime() + 8 * 3_600_000);
  if (beijing.getUTCHours() < STATEMENT_READY_HOUR) return 0;
  const day = shanghaiDateOf(new Date(at.getTime() - 86_400_000));
  let scheduled = 0;
  for (const region of await store.payingRegions(deps.db)) {
    await deps.db.transaction(async (tx) => {
      const id = newId();
      if (!(await store.insertDailyReconciliation(tx, { id, day, region_code: region, requested_at: at }))) return;
      await enqueue(tx, TOPIC, { id });
      scheduled++;
    });
  }
  return scheduled;
}

async function runReconciliation(tx: Queryable, payload: Record<string, unknown>): Promise<void> {
  const r = await store.reconciliationById(tx, String(payload.id));
  if (!r || r.status !== 'pending') return;
  const at = jobClock(tx).now();
  try {
    const theirs = await provider(tx).statement(r.day, at);
    const { matched, differences } = compareStatement(await store.onlineMovementsOn(tx, r.day), theirs);
    await store.finishReconciliation(tx, r.id, { status: 'done', matched, differences, error: null, at });
  } catch (e) {
    await store.finishReconciliation(tx, r.id, { status: 'failed', matched: 0, differences: [], error: (e as Error).message, at });
  }
}

registerOutboxHandler(TOPIC, runReconciliation);
