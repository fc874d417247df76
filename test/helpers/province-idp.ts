/**
 * The province's identity platform (统一身份认证) for tests: a real OpenID Connect provider (`oidc-provider`) on a
 * local port, with its own small sign-in page, people and businesses. The platform under test is its client.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import type { OidcConfig } from '../../src/core/index.js';

export const ACR = { phone: 'urn:hn:sfrz:loa:1', provider: 'urn:hn:sfrz:loa:2', counter: 'urn:hn:sfrz:loa:3' } as const;

export interface ProvinceAccount {
  password: string;
  acr: string;
  claims: { name: string; id_number: string; uscc?: string; org_name?: string; legal_representative?: boolean };
}

export interface ProvinceIdp {
  issuer: string;
  /** Registers the platform's callback address and returns the platform's configuration for this provider. */
  register(redirectUri: string): OidcConfig;
  accounts: Map<string, ProvinceAccount>;
  close(): Promise<void>;
}

const CLAIMS = ['name', 'id_number', 'uscc', 'org_name', 'legal_representative'];

const page = (uid: string, error = '') => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>湖南省统一身份认证平台</title></head>
<body><h1>湖南省统一身份认证平台（测试）</h1>${error ? `<p role="alert">${error}</p>` : ''}
<form method="post" action="/interaction/${uid}">
<label>账号 <input name="login" autocomplete="off"></label>
<label>密码 <input name="password" type="password"></label>
<button type="submit">登录并授权</button></form></body></html>`;

async function bodyOf(req: http.IncomingMessage): Promise<URLSearchParams> {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  return new URLSearchParams(raw);
}

export async function startProvinceIdp(): Promise<ProvinceIdp> {
  const accounts = new Map<string, ProvinceAccount>();
  let provider: Provider | undefined;
  const server = http.createServer(async (req, res) => {
    try {
      const m = req.url?.match(/^\/interaction\/([\w-]+)$/);
      if (!provider) throw new Error('the provider is not registered yet');
      if (req.url === '/favicon.ico') return void res.writeHead(204).end();
      if (!m) return provider.callback()(req, res);
      await provider.interactionDetails(req, res);
      if (req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(m[1]!));
        return;
      }
      const form = await bodyOf(req);
      const login = form.get('login') ?? '';
      const account = accounts.get(login);
      if (!account || account.password !== form.get('password')) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(m[1]!, '账号或密码错误'));
        return;
      }
      await provider.interactionFinished(req, res, { login: { accountId: login, acr: account.acr } }, { mergeWithLastSubmission: false });
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'banshi-lanshan';
  const clientSecret = 'a-client-secret-of-the-test-province';

  return {
    issuer,
    accounts,
    register(redirectUri) {
      provider = new Provider(issuer, {
        clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], response_types: ['code'], grant_types: ['authorization_code'], token_endpoint_auth_method: 'client_secret_basic' }],
        pkce: { methods: ['S256'], required: () => true },
        acrValues: Object.values(ACR),
        claims: { acr: null, auth_time: null, sid: null, openid: ['sub'], profile: CLAIMS },
        features: { devInteractions: { enabled: false } },
        interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
        // plain http on this machine: SameSite=None cookies would need Secure, and every step here is a top-level navigation
        cookies: { keys: ['a-cookie-key-of-the-test-province'], long: { sameSite: 'lax' }, short: { sameSite: 'lax' } },
        async findAccount(_ctx, id) {
          const a = accounts.get(id);
          return a ? { accountId: id, claims: async () => ({ sub: id, ...a.claims }) } : undefined;
        },
        // the province's platform does not ask its citizens to consent to a registered government platform
        async loadExistingGrant(ctx) {
          const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
          grant.addOIDCScope('openid profile');
          grant.addOIDCClaims(CLAIMS);
          await grant.save();
          return grant;
        },
      });
      return {
        issuer,
        clientId,
        clientSecret,
        redirectUri,
        name: '统一身份认证',
        scope: 'openid profile',
        acrLevels: { [ACR.phone]: 'phone', [ACR.provider]: 'provider', [ACR.counter]: 'counter' },
        allowHttp: true,
      };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A browser's cookies and redirects, by hand: each response's Set-Cookie kept per host, redirects followed. */
export class CookieBrowser {
  private jar = new Map<string, Map<string, string>>();
  /** Every address visited, in order. */
  readonly visited: string[] = [];

  cookie(host: string, name: string): string | undefined {
    return this.jar.get(host)?.get(name);
  }

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const u = new URL(url);
    const cookies = [...(this.jar.get(u.host) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join('; ');
    this.visited.push(url);
    const res = await fetch(u, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: { ...(cookies ? { cookie: cookies } : {}), ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    const jar = this.jar.get(u.host) ?? new Map<string, string>();
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(';');
      const i = pair!.indexOf('=');
      const name = pair!.slice(0, i).trim();
      const value = pair!.slice(i + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    this.jar.set(u.host, jar);
    return res;
  }

  /** Follows redirects from `url` until a page that is not one; `stop` ends early at an address (not requested). */
  async follow(url: string, init: { method?: string; form?: Record<string, string> } = {}, stop?: (u: URL) => boolean): Promise<{ res: Response | null; url: string }> {
    let res = await this.request(url, init);
    let at = url;
    for (let hops = 0; res.status >= 300 && res.status < 400 && hops < 20; hops++) {
      at = new URL(res.headers.get('location')!, at).href;
      if (stop?.(new URL(at))) return { res: null, url: at };
      res = await this.request(at);
    }
    return { res, url: at };
  }
}

/**
 * Signs in through the province as a browser would (the platform listening at `base`), and returns the platform's
 * session token as API headers.
 */
export async function signInThroughProvince(base: string, login: string, password: string): Promise<Record<string, string>> {
  const b = new CookieBrowser();
  const atProvince = await b.follow(`${base}/api/v1/auth/oidc/start`);
  const done = await b.follow(atProvince.url, { method: 'POST', form: { login, password } }, (u) => u.origin === base && !u.pathname.startsWith('/api/v1/auth/oidc'));
  const token = b.cookie(new URL(base).host, 'banshi_sid');
  if (!token) throw new Error(`no session after signing in as ${login} (ended at ${done.url}, ${done.res?.status})`);
  return { authorization: `Bearer ${token}` };
}
