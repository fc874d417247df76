/**
 * 经办人: the verified legal representative of a business authorises people to file for it, with a scope (items, or
 * all) and an end date, and revokes them. Each change goes to the business's audit chain with who and why.
 */
import { appendAudit, chainEntries } from '../audit/index.js';
import { AppError, identifierReasonText, maskIdNumber, newId, shanghaiDateOf, validateIdNumber, type Clock } from '../core/index.js';
import type { Db, Queryable } from '../db/index.js';
import type { Actor } from './actor.js';
import { covers, handlerStatus, isLive, isVerifiedIdentity, latestValidUntil, validUntilAllowed } from './handler-rules.js';
import * as store from './store-handlers.js';
import { userById, type UserRow } from './store.js';

export const businessChain = (uscc: string) => `business:${uscc}`;

export interface GrantHandlerInput {
  name: string;
  idNumber: string;
  phone?: string | null;
  /** null: every item */
  itemCodes: string[] | null;
  validUntil: string;
  reason: string;
}

/** The legal representative acting for their business, verified; else BUSINESS_NOT_VERIFIED or FORBIDDEN. */
export function requireLegalRepresentative(actor: Actor): Actor & { uscc: string } {
  if (actor.kind !== 'business') throw new AppError('FORBIDDEN');
  // a credit code counts only once proved (an unproved one never reaches the actor), so both say how to get verified
  if (!actor.uscc || !isVerifiedIdentity(actor.realNameLevel)) throw new AppError('BUSINESS_NOT_VERIFIED');
  return actor as Actor & { uscc: string };
}

export async function grantHandler(deps: { db: Db; clock: Clock }, actor: Actor, input: GrantHandlerInput): Promise<store.HandlerRow> {
  const rep = requireLegalRepresentative(actor);
  const now = deps.clock.now();
  const today = shanghaiDateOf(now);
  const id = validateIdNumber(input.idNumber, today);
  if (!id.valid) throw new AppError('INVALID_ID_NUMBER', { reason: identifierReasonText[id.reason].zh });
  if (id.normalized === rep.idNumber) throw new AppError('HANDLER_IS_LEGAL_REPRESENTATIVE');
  if (!validUntilAllowed(input.validUntil, today)) throw new AppError('HANDLER_VALID_UNTIL_INVALID', { today, max: latestValidUntil(today) });
  const row = {
    id: newId(),
    uscc: rep.uscc,
    business_user_id: rep.userId,
    handler_name: input.name,
    handler_id_number: id.normalized,
    handler_phone: input.phone ?? null,
    item_codes: input.itemCodes && input.itemCodes.length ? [...new Set(input.itemCodes)] : null,
    valid_until: input.validUntil,
    granted_by: rep.userId,
    granted_at: now,
  };
  await deps.db.transaction(async (tx) => {
    await store.insertHandler(tx, row);
    await appendAudit(tx, {
      chain: businessChain(rep.uscc),
      actorId: rep.userId,
      action: 'handler.granted',
      at: now,
      data: { handlerId: row.id, name: row.handler_name, idNumber: maskIdNumber(row.handler_id_number), itemCodes: row.item_codes, validUntil: row.valid_until, reason: input.reason },
    });
  });
  return (await store.handlerById(deps.db, row.id))!;
}

export async function revokeHandler(deps: { db: Db; clock: Clock }, actor: Actor, handlerId: string, reason: string): Promise<store.HandlerRow> {
  const rep = requireLegalRepresentative(actor);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const h = await store.handlerById(tx, handlerId, true);
    // another business's authorisation is as unknown as a missing one
    if (!h || h.uscc !== rep.uscc) throw new AppError('HANDLER_NOT_FOUND');
    if (!(await store.revokeHandler(tx, h.id, rep.userId, now, reason))) throw new AppError('HANDLER_ALREADY_REVOKED');
    await appendAudit(tx, { chain: businessChain(rep.uscc), actorId: rep.userId, action: 'handler.revoked', at: now, data: { handlerId: h.id, name: h.handler_name, reason } });
  });
  return (await store.handlerById(deps.db, handlerId))!;
}

export async function handlersOf(q: Queryable, actor: Actor): Promise<store.HandlerRow[]> {
  if (actor.kind !== 'business' || !actor.uscc) throw new AppError('FORBIDDEN');
  return store.handlersOfBusiness(q, actor.uscc);
}

/** The businesses a signed-in person may file for now (their live authorisations), for the apply page. */
export async function businessesOfHandler(q: Queryable, actor: Actor, today: string): Promise<store.HandlerRow[]> {
  if (actor.kind !== 'citizen' || !actor.idNumber || !isVerifiedIdentity(actor.realNameLevel)) return [];
  return (await store.handlerGrantsOfPerson(q, actor.idNumber, actor.name)).filter((g) => isLive(toGrant(g), today));
}

const toGrant = (h: store.HandlerRow) => ({ itemCodes: h.item_codes, validUntil: h.valid_until, revokedAt: h.revoked_at });

export interface BusinessFiling {
  /** the business's account: the application is the business's, and its legal representative sees it */
  business: UserRow;
  handler: store.HandlerRow;
}

/**
 * Whether a person may file these items for the business now, as one of its 经办人: their identity verified, the
 * authorisation (matched on ID number and name) live and covering every item. Refused with what to do otherwise.
 */
export async function checkBusinessFiling(q: Queryable, actor: Actor, uscc: string, items: ReadonlyArray<{ code: string; name: string }>, today: string): Promise<BusinessFiling> {
  if (actor.kind === 'business' && actor.uscc === uscc) throw new AppError('HANDLER_IS_LEGAL_REPRESENTATIVE');
  if (actor.kind !== 'citizen') throw new AppError('HANDLER_NOT_AUTHORISED', { uscc });
  if (!actor.idNumber || !isVerifiedIdentity(actor.realNameLevel)) throw new AppError('HANDLER_NOT_VERIFIED');
  const live = (await store.handlerGrantsOfPerson(q, actor.idNumber, actor.name, uscc)).filter((g) => isLive(toGrant(g), today));
  if (live.length === 0) throw new AppError('HANDLER_NOT_AUTHORISED', { uscc });
  const handler = live.find((g) => items.every((i) => covers(toGrant(g), i.code)));
  if (!handler) {
    const missing = items.find((i) => !live.some((g) => covers(toGrant(g), i.code)))!;
    throw new AppError('HANDLER_OUT_OF_SCOPE', { itemName: missing?.name ?? items[0]!.name });
  }
  const business = await userById(q, handler.business_user_id);
  if (!business || business.disabled_at) throw new AppError('HANDLER_NOT_AUTHORISED', { uscc });
  return { business, handler };
}

export const handlerActionNames: Record<string, string> = { 'handler.granted': '授权经办人', 'handler.revoked': '撤销经办人授权' };

/** The business's chain of authorisation changes, for its legal representative. */
export async function handlerHistory(q: Queryable, uscc: string) {
  return (await chainEntries(q, businessChain(uscc))).map((e) => ({
    seq: e.seq,
    at: e.at.toISOString(),
    action: e.action,
    actionName: handlerActionNames[e.action] ?? e.action,
    name: typeof e.data.name === 'string' ? e.data.name : null,
    reason: typeof e.data.reason === 'string' ? e.data.reason : null,
  }));
}

export { handlerStatus };
