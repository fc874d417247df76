import { AppError, newId, shanghaiDateOf, type AppDeps } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { getPublishedItemByCode } from '../catalog/index.js';
import { departmentByCode, fitsUnder, hasRole, inActorRegion, isWithinRegion, regionByCode, type Actor } from '../identity/index.js';
import { delegateDecides, delegationState, nextReviewDue, periodProblems, type DelegationMode, type ReviewConclusion } from './rules.js';
import * as store from './store.js';

/** How many cases were filed under each delegation, as the module that holds applications counts them. */
export interface DelegationUseSource {
  usesOf(q: Queryable, delegationIds: readonly string[]): Promise<Map<string, number>>;
}
let uses: DelegationUseSource | null = null;
/** Registered at module load by the applications module. */
export function provideDelegationUses(s: DelegationUseSource): void {
  uses = s;
}
export const usesOf = (q: Queryable, ids: readonly string[]): Promise<Map<string, number>> => (uses && ids.length ? uses.usesOf(q, ids) : Promise.resolve(new Map()));

/** Who handles an item filed at a place under a delegation in force. */
export interface DelegatedHandling {
  delegationId: string;
  mode: DelegationMode;
  /** the deciding department and its region: the delegate's, or (审批直报) still the delegating department's */
  departmentId: string | null;
  regionCode: string | null;
  /** whose window alone accepts it */
  delegateRegion: string;
}

/**
 * The one place the catalog's authority gives way to a delegation: for each item filed at a window in a delegate's
 * region on a day its delegation is in force, who accepts and who decides. Items not delegated there are absent.
 */
export async function delegatedHandling(q: Queryable, items: ReadonlyArray<{ code: string; departmentId: string }>, place: string, day: string): Promise<Map<string, DelegatedHandling>> {
  const out = new Map<string, DelegatedHandling>();
  if (items.length === 0) return out;
  for (const d of await store.inForceAt(q, items.map((i) => i.code), place, day)) {
    const item = items.find((i) => i.code === d.item_code);
    if (!item || item.departmentId !== d.department_id) continue; // the item has since moved to another department
    const decides = delegateDecides(d.mode);
    out.set(d.item_code, {
      delegationId: d.id,
      mode: d.mode,
      departmentId: decides ? d.delegate_department_id : null,
      regionCode: decides ? d.delegate_region.trim() : null,
      delegateRegion: d.delegate_region.trim(),
    });
  }
  return out;
}

export const canManageDelegations = (actor: Actor | null): actor is Actor => hasRole(actor, 'supervisor');

export interface DelegationInput {
  itemCode: string;
  delegateDepartmentCode: string;
  mode: DelegationMode;
  basis: string;
  scope: string;
  validFrom: string;
  validUntil: string;
  reviewEveryDays?: number | undefined;
}

/** 赋权: the item's department hands it to a zone's administration or a township within the item's region. */
export async function delegateItem(deps: AppDeps, actor: Actor, input: DelegationInput): Promise<store.DelegationRow> {
  if (!canManageDelegations(actor)) throw new AppError('FORBIDDEN');
  const item = await getPublishedItemByCode(deps.db, input.itemCode);
  if (!item) throw new AppError('DELEGATION_ITEM_NOT_FOUND', { code: input.itemCode });
  const region = item.regionCode.trim();
  if (!inActorRegion(actor, region)) throw new AppError('POWERS_OUT_OF_REACH');
  const today = shanghaiDateOf(deps.clock.now());
  const problems = periodProblems(input.validFrom, input.validUntil, today);
  if (problems.length) throw new AppError('VALIDATION_FAILED', { issues: problems });
  const delegate = await departmentByCode(deps.db, input.delegateDepartmentCode);
  if (!delegate) throw new AppError('DEPARTMENT_NOT_FOUND');
  const delegateRegion = await regionByCode(deps.db, delegate.region_code.trim());
  // a zone's administration or a township: a region below the item's, at township level
  if (!delegateRegion || delegateRegion.code.trim().length !== 9 || !fitsUnder(delegateRegion.code.trim(), region)) throw new AppError('DELEGATION_DELEGATE_INVALID');
  return deps.db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`delegation:${item.code}`]);
    const clash = await store.overlapping(tx, item.code, input.validFrom, input.validUntil);
    if (clash.length) throw new AppError('DELEGATION_OVERLAPS', { code: item.code, delegate: clash[0]!.delegate_department_name });
    const id = newId();
    await store.insertDelegation(tx, {
      id, item_code: item.code, item_name: item.name, department_id: item.department.id, delegate_department_id: delegate.id,
      delegate_region: delegateRegion.code.trim(), mode: input.mode, basis: input.basis, scope: input.scope,
      valid_from: input.validFrom, valid_until: input.validUntil, review_every_days: input.reviewEveryDays ?? 180,
      created_at: deps.clock.now(), created_by: actor.userId,
    });
    return (await store.delegationById(tx, id))!;
  });
}

async function reachable(deps: AppDeps, actor: Actor, id: string): Promise<store.DelegationRow> {
  if (!canManageDelegations(actor)) throw new AppError('FORBIDDEN');
  const d = await store.delegationById(deps.db, id);
  if (!d || !(isWithinRegion(d.delegate_region, actor.regionCode))) throw new AppError('DELEGATION_NOT_FOUND');
  return d;
}

/** 收回赋权: applications filed before stay with the delegate; new ones go to the department again. */
export async function revokeDelegation(deps: AppDeps, actor: Actor, id: string, reason: string): Promise<store.DelegationRow> {
  await reachable(deps, actor, id);
  if (!(await store.revokeDelegation(deps.db, id, deps.clock.now(), actor.userId, reason))) throw new AppError('DELEGATION_REVOKED');
  return (await store.delegationById(deps.db, id))!;
}

/** 回头看: the review records the uses so far and a conclusion; withdrawing revokes the delegation from today. */
export async function reviewDelegation(deps: AppDeps, actor: Actor, id: string, input: { conclusion: ReviewConclusion; findings: string }): Promise<store.DelegationRow> {
  const d = await reachable(deps, actor, id);
  if (d.revoked_at) throw new AppError('DELEGATION_REVOKED');
  const n = (await usesOf(deps.db, [id])).get(id) ?? 0;
  const today = shanghaiDateOf(deps.clock.now());
  await deps.db.transaction(async (tx) => {
    await store.insertReview(tx, { id: newId(), delegation_id: id, reviewed_on: today, reviewed_by: actor.userId, uses: n, conclusion: input.conclusion, findings: input.findings });
    if (input.conclusion === 'withdraw') await store.revokeDelegation(tx, id, deps.clock.now(), actor.userId, `回头看：${input.findings}`);
  });
  return (await store.delegationById(deps.db, id))!;
}

export interface DelegationView extends store.DelegationRow {
  state: ReturnType<typeof delegationState>;
  uses: number;
  nextReviewOn: string | null;
  reviewDue: boolean;
}

export async function delegationViews(q: Queryable, rows: store.DelegationRow[], today: string): Promise<DelegationView[]> {
  const counts = await usesOf(q, rows.map((r) => r.id));
  return rows.map((r) => {
    const state = delegationState(r, today);
    const next = state === 'inForce' ? nextReviewDue(r, r.last_reviewed_on) : null;
    return { ...r, state, uses: counts.get(r.id) ?? 0, nextReviewOn: next, reviewDue: !!next && next <= today };
  });
}
