import { appendAudit } from '../audit/index.js';
import { AppError, newId, shanghaiDateOf, type AppDeps } from '../core/index.js';
import { applicantByPhone, hasRole, normalisePhone, userByUsername, type Actor, type UserRow } from '../identity/index.js';
import { authorisationState, periodProblem, uncoveredBy } from './authorisation-rules.js';
import { publishedBundle, publishedItems } from './catalog-port.js';
import * as store from './store/authorisations.js';

export const authorisationChain = (id: string) => `authorisation:${id}`;

export interface GrantInput {
  /** the agent: a user name, or a registered citizen's mobile number */
  agent: string;
  itemCodes: string[];
  bundleCodes: string[];
  validFrom?: string | null;
  validUntil: string;
}

/** Who may be an agent: a staff 帮代办员, or another citizen with an account; never a disabled account or oneself. */
function eligibleAgent(u: UserRow | undefined, principal: Actor): u is UserRow {
  if (!u || u.disabled_at || u.id === principal.userId) return false;
  return (u.kind === 'staff' && u.roles.includes('agent')) || (u.kind === 'citizen' && u.roles.includes('applicant'));
}

/** 授权: a citizen or business authorises an agent for named items or bundles, for a period. */
export async function grantAuthorisation(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor, input: GrantInput): Promise<store.AuthorisationRow> {
  if (actor.kind === 'staff' || !hasRole(actor, 'applicant')) throw new AppError('FORBIDDEN');
  const now = deps.clock.now();
  const today = shanghaiDateOf(now);
  const validFrom = input.validFrom ?? today;
  if (periodProblem(validFrom, input.validUntil, today)) throw new AppError('AUTHORISATION_PERIOD_INVALID');
  const phone = normalisePhone(input.agent);
  const agent = (await userByUsername(deps.db, input.agent.trim())) ?? (phone ? await applicantByPhone(deps.db, phone) : undefined);
  if (!eligibleAgent(agent, actor)) throw new AppError('AGENT_NOT_ELIGIBLE');
  const itemCodes = [...new Set(input.itemCodes)];
  const bundleCodes = [...new Set(input.bundleCodes)];
  if (itemCodes.length + bundleCodes.length === 0) throw new AppError('NO_ITEMS');
  const items = await publishedItems(deps.db, itemCodes);
  for (const c of itemCodes) if (!items.some((i) => i.code === c)) throw new AppError('ITEM_NOT_FOUND', { itemCode: c });
  const scope: store.AuthorisationRow['scope'] = itemCodes.map((c) => ({ kind: 'item', code: c, name: items.find((i) => i.code === c)!.name }));
  for (const c of bundleCodes) {
    const b = await publishedBundle(deps.db, c);
    if (!b) throw new AppError('BUNDLE_NOT_FOUND', { bundleCode: c });
    scope.push({ kind: 'bundle', code: c, name: b.name });
  }
  const id = newId();
  await deps.db.transaction(async (tx) => {
    await store.insertAuthorisation(tx, { id, principalId: actor.userId, agentId: agent.id, itemCodes, bundleCodes, scope, validFrom, validUntil: input.validUntil, at: now });
    await appendAudit(tx, { chain: authorisationChain(id), actorId: actor.userId, action: 'authorisation.granted', at: now, data: { agentId: agent.id, itemCodes, bundleCodes, validFrom, validUntil: input.validUntil } });
  });
  return (await store.authorisationById(deps.db, id))!;
}

/** 撤销授权: only the principal, at any time; filings made before stay as they are. */
export async function revokeAuthorisation(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor, id: string): Promise<store.AuthorisationRow> {
  const now = deps.clock.now();
  const done = await deps.db.transaction(async (tx) => {
    if (!(await store.revokeAuthorisation(tx, id, actor.userId, now))) return false;
    await appendAudit(tx, { chain: authorisationChain(id), actorId: actor.userId, action: 'authorisation.revoked', at: now, data: {} });
    return true;
  });
  const row = await store.authorisationById(deps.db, id);
  if (!row || row.principal_user_id !== actor.userId) throw new AppError('AUTHORISATION_NOT_FOUND');
  if (!done && !row.revoked_at) throw new AppError('CONFLICT');
  return row;
}

/**
 * The authorisation an agent's filing relies on, if it is the agent's own, live today, and covers what is filed;
 * else the reason it may not be used. Someone else's authorisation is answered as not found.
 */
export async function liveAuthorisation(deps: Pick<AppDeps, 'db' | 'clock'>, actor: Actor, id: string, filing: { bundleCode: string | null; itemCodes: readonly string[] }): Promise<store.AuthorisationRow> {
  const a = await store.authorisationById(deps.db, id);
  if (!a || a.agent_user_id !== actor.userId) throw new AppError('AUTHORISATION_NOT_FOUND');
  const state = authorisationState(a, shanghaiDateOf(deps.clock.now()));
  if (state === 'revoked') throw new AppError('AUTHORISATION_REVOKED');
  if (state !== 'live') throw new AppError('AUTHORISATION_OUT_OF_PERIOD', { validFrom: a.valid_from, validUntil: a.valid_until });
  const missing = uncoveredBy(a, filing);
  if (missing) throw new AppError('AUTHORISATION_OUT_OF_SCOPE', { what: missing.code });
  return a;
}
