/**
 * 统一身份认证: sign in through the province's identity platform. The platform starts an authorization request bound
 * to the browser (a cookie), and on the way back takes that request once, verifies the provider's answer, and
 * creates or links the account the verified identity belongs to, raising (never lowering) its real-name level. Only an
 * account whose number was verified is linked (and not while its password is locked); otherwise a new account is made.
 */
import { createHash } from 'node:crypto';
import { appendAudit } from '../audit/index.js';
import { AppError, higherRealNameLevel, newId, newToken, shanghaiDateOf, type Clock, type OidcConfig } from '../core/index.js';
import type { Db } from '../db/index.js';
import type { Actor } from './actor.js';
import { isLocked, lockEndText } from './lockout.js';
import { SESSION_HOURS } from './session-cookie.js';
import { beginSessionRead, rememberSession } from './session.js';
import { identityFromClaims, safeReturnPath, type ProviderIdentity } from './oidc-claims.js';
import { authorizationRequest, redeemCallback } from './oidc-client.js';
import * as store from './store.js';
import * as oidcStore from './store-oidc.js';

/** How long a browser may stay at the provider before its sign-in lapses. */
export const PENDING_MINUTES = 10;

function configOf(cfg: OidcConfig | undefined): OidcConfig {
  if (!cfg) throw new AppError('OIDC_NOT_CONFIGURED');
  return cfg;
}

export async function startProviderSignIn(deps: { db: Db; clock: Clock; oidc?: OidcConfig }, returnTo: unknown): Promise<{ url: string; browser: string }> {
  const cfg = configOf(deps.oidc);
  const req = await authorizationRequest(cfg);
  const browser = newToken();
  const at = deps.clock.now();
  await oidcStore.insertPendingSignIn(deps.db, {
    state: req.state, browser, codeVerifier: req.codeVerifier, nonce: req.nonce, returnTo: safeReturnPath(returnTo), at,
    expiresAt: new Date(at.getTime() + PENDING_MINUTES * 60_000),
  });
  return { url: req.url, browser };
}

const invalid = (zh: string, en: string) => new AppError('OIDC_SIGN_IN_INVALID', { reason: zh, reasonEn: en });

export async function finishProviderSignIn(
  deps: { db: Db; clock: Clock; oidc?: OidcConfig },
  callback: { query: string; state: string | undefined; browser: string | undefined },
): Promise<{ token: string; actor: Actor; expiresAt: Date; returnTo: string }> {
  const cfg = configOf(deps.oidc);
  if (!callback.state) throw invalid('缺少登录请求标识', 'the state is missing');
  const pending = await oidcStore.takePendingSignIn(deps.db, callback.state);
  if (!pending) throw invalid('登录请求不存在、已完成或已失效', 'no such sign-in, or it was used already');
  if (!callback.browser || oidcStore.hashOf(callback.browser) !== pending.browser_hash) throw invalid('登录请求不是从本浏览器发起的', 'the sign-in was started in another browser');
  const now = deps.clock.now();
  if (new Date(pending.expires_at).getTime() < now.getTime()) throw invalid(`登录请求已超过 ${PENDING_MINUTES} 分钟`, `the sign-in is older than ${PENDING_MINUTES} minutes`);
  const claims = await redeemCallback(cfg, callback.query, { state: callback.state, nonce: pending.nonce, codeVerifier: pending.code_verifier });
  const verdict = identityFromClaims(claims, cfg, shanghaiDateOf(now));
  if (!verdict.ok) throw new AppError('OIDC_IDENTITY_INCOMPLETE', { missing: verdict.missing.zh, missingEn: verdict.missing.en });
  const { token, actor, expiresAt } = await signInAs(deps, verdict.identity, now);
  return { token, actor, expiresAt, returnTo: pending.return_to };
}

async function signInAs(deps: { db: Db }, who: ProviderIdentity, now: Date) {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  const userId = await deps.db.transaction(async (tx) => {
    let user = await oidcStore.linkedUser(tx, who.issuer, who.key);
    const kind = who.business ? 'business' : 'citizen';
    let change: 'created' | 'linked' | null = null;
    if (!user) {
      user = await oidcStore.accountToLink(tx, { kind, idNumber: who.idNumber, uscc: who.business?.uscc ?? null });
      change = user ? 'linked' : 'created';
    }
    if (!user) {
      const id = newId();
      await store.insertUser(tx, {
        id,
        username: `sfrz-${createHash('sha256').update(`${who.issuer}\u0000${who.key}`).digest('hex').slice(0, 12)}`,
        // no password: this account signs in through the identity platform (a password can be set later)
        passwordHash: '!',
        name: who.name,
        roles: ['applicant'],
        kind,
        idNumber: who.idNumber,
        uscc: who.business?.uscc ?? null,
        orgName: who.business?.orgName ?? null,
      });
      user = (await store.userById(tx, id))!;
    }
    if (user.disabled_at) throw new AppError('ACCOUNT_DISABLED');
    // a lock means someone is guessing this account's password right now: no new way in is bound to it until it ends
    if (change === 'linked' && isLocked(user.locked_until, now)) throw new AppError('OIDC_LINK_LOCKED', { until: lockEndText(new Date(user.locked_until!)) });
    if (user.kind !== kind) throw invalid('该身份已绑定另一类账号', 'the identity belongs to another kind of account');
    const level = higherRealNameLevel(user.real_name_level, who.level)!;
    await oidcStore.linkIdentity(tx, { issuer: who.issuer, subject: who.key, userId: user.id, acr: who.acr, at: now });
    await oidcStore.applyVerifiedIdentity(tx, user.id, { name: who.name, idNumber: who.idNumber, orgName: who.business?.orgName ?? null, level, at: now });
    const claim = { kind, idNumber: who.idNumber, uscc: who.business?.uscc ?? null } as const;
    for (const other of await oidcStore.dropUnprovenClaims(tx, claim, user.id)) {
      await appendAudit(tx, { chain: `account:${other}`, actorId: user.id, action: 'account.unprovenNumberRemoved', at: now, data: { issuer: who.issuer, field: kind === 'business' ? 'uscc' : 'idNumber' } });
    }
    if (change || level !== user.real_name_level) {
      await appendAudit(tx, {
        chain: `account:${user.id}`,
        actorId: user.id,
        action: change === 'created' ? 'account.createdByProvider' : change === 'linked' ? 'account.linkedToProvider' : 'account.verifiedByProvider',
        at: now,
        data: { issuer: who.issuer, acr: who.acr, realNameLevel: level, before: user.real_name_level },
      });
    }
    // the password lock stays as it is (never lifted here); a sign-in through an identity linked before is not a guess
    await oidcStore.openSession(tx, token, user.id, now, expiresAt);
    return user.id;
  });
  // into the session cache with the row read after the change committed, as a password sign-in's session goes
  const mark = beginSessionRead(deps.db);
  const actor = store.toActor((await store.userById(deps.db, userId))!);
  rememberSession(deps.db, token, { actor, expiresAt }, mark, now);
  return { token, actor, expiresAt };
}
