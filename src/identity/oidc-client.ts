/**
 * The relying party's side of OpenID Connect (authorization code flow with PKCE, state and nonce), through
 * `openid-client`: the only file that speaks to the identity platform.
 */
import * as client from 'openid-client';
import { AppError, type OidcConfig } from '../core/index.js';

const discovered = new Map<string, Promise<client.Configuration>>();

async function configurationOf(cfg: OidcConfig): Promise<client.Configuration> {
  const key = `${cfg.issuer}\u0000${cfg.clientId}`;
  let c = discovered.get(key);
  if (!c) {
    c = client.discovery(new URL(cfg.issuer), cfg.clientId, cfg.clientSecret, client.ClientSecretBasic(cfg.clientSecret), {
      execute: cfg.allowHttp ? [client.allowInsecureRequests] : [],
      timeout: 10,
    });
    discovered.set(key, c);
    // a provider down at the first sign-in is asked again at the next
    c.catch(() => discovered.delete(key));
  }
  try {
    return await c;
  } catch {
    throw new AppError('OIDC_PROVIDER_UNAVAILABLE');
  }
}

export interface AuthorizationRequest {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export async function authorizationRequest(cfg: OidcConfig): Promise<AuthorizationRequest> {
  const config = await configurationOf(cfg);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: cfg.redirectUri,
    scope: cfg.scope,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    // asks for the assurance level in the ID token: providers include `acr` when it is requested
    ...(Object.keys(cfg.acrLevels).length ? { acr_values: Object.keys(cfg.acrLevels).join(' ') } : {}),
  });
  return { url: url.href, state, nonce, codeVerifier };
}

/**
 * Exchanges the code the browser brought back (checking state, nonce, PKCE and the ID token's signature, issuer,
 * audience and lifetime) and reads the user's claims: the ID token's, completed by the userinfo endpoint.
 */
export async function redeemCallback(cfg: OidcConfig, query: string, checks: { state: string; nonce: string; codeVerifier: string }): Promise<Record<string, unknown>> {
  const config = await configurationOf(cfg);
  const current = new URL(cfg.redirectUri);
  current.search = query;
  let tokens;
  try {
    tokens = await client.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
  } catch (e) {
    throw refusal(e);
  }
  const idClaims = tokens.claims()!;
  let info: Record<string, unknown> = {};
  try {
    info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
  } catch (e) {
    throw refusal(e);
  }
  return { ...info, ...idClaims };
}

/** The provider said no, or its answer did not verify: the sign-in is refused (4xx); a network failure is the provider's. */
function refusal(e: unknown): AppError {
  if (e instanceof client.AuthorizationResponseError) {
    return new AppError('OIDC_SIGN_IN_INVALID', e.error === 'access_denied' ? { reason: '您在统一身份认证平台取消了登录', reasonEn: 'cancelled at the identity platform' } : { reason: `统一身份认证平台拒绝了本次登录（${e.error}）`, reasonEn: `refused by the identity platform (${e.error})` });
  }
  if (e instanceof client.ResponseBodyError || e instanceof client.ClientError) {
    return new AppError('OIDC_SIGN_IN_INVALID', { reason: '统一身份认证平台的答复未通过校验', reasonEn: 'the identity platform’s answer did not verify' });
  }
  if (e instanceof TypeError || (e as { name?: string })?.name === 'AbortError' || (e as { name?: string })?.name === 'TimeoutError') return new AppError('OIDC_PROVIDER_UNAVAILABLE');
  return new AppError('OIDC_SIGN_IN_INVALID', { reason: '统一身份认证平台的答复未通过校验', reasonEn: 'the identity platform’s answer did not verify' });
}
