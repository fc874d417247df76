import { z } from 'zod';
import path from 'node:path';
import { isRealNameLevel, type RealNameLevel } from './real-name.js';

/** `N/W`: at most N requests per window W (`30s`, `1m`, `10m`, `1h`) from one client address. */
const RateLimitEnv = z
  .string()
  .trim()
  .regex(/^\d{1,7}\/\d{1,4}[smh]$/, 'N/W, e.g. 10/1m')
  .transform((v): RateLimit => {
    const [max, window] = v.split('/') as [string, string];
    const unit = { s: 1_000, m: 60_000, h: 3_600_000 }[window.slice(-1) as 's' | 'm' | 'h'];
    return { max: Number(max), windowMs: Number(window.slice(0, -1)) * unit };
  });

/**
 * Fastify's trustProxy: `off` (default: the client address and protocol are the socket's), `on` (trust every hop),
 * a number of hops, or a comma-separated list of proxy addresses/CIDRs.
 */
function parseTrustProxy(v: string): boolean | number | string[] {
  if (v === '' || v === 'off' || v === 'false' || v === '0') return false;
  if (v === 'on' || v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v.split(',').map((s) => s.trim()).filter(Boolean);
}

/** Environment, validated once at start-up (the edge), then trusted. */
const EnvSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  // one or more PostgreSQL streaming replicas, comma-separated: lists, dashboards, public pages and verification read there
  DATABASE_REPLICA_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.string().url())),
  DATABASE_REPLICA_MAX_LAG: z.coerce.number().min(0).max(3600).default(10),
  DATABASE_REPLICA_WAIT_MS: z.coerce.number().int().min(0).max(10_000).default(200),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  BANSHI_DATA_DIR: z.string().default('./data'),
  BANSHI_MASTER_KEY: z.string().min(32).optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).optional(),
  BANSHI_MAX_IN_FLIGHT: z.coerce.number().int().min(1).default(256),
  BANSHI_PUBLIC_URL: z.string().url().optional(),
  BANSHI_CORRECTION_DAYS: z.coerce.number().int().min(5).max(365).default(30),
  BANSHI_COMMITMENT_CHECK_DAYS: z.coerce.number().int().min(1).max(365).default(20),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BANSHI_TRUST_PROXY: z.string().trim().default('off'),
  BANSHI_RATE_LIMITS: z.enum(['on', 'off']).default('on'),
  BANSHI_RATE_LIMIT_STORE: z.enum(['memory', 'database']).optional(),
  BANSHI_RATE_LIMIT_LOGIN: RateLimitEnv.prefault('30/1m'),
  BANSHI_RATE_LIMIT_FORMS: RateLimitEnv.prefault('20/10m'),
  BANSHI_RATE_LIMIT_VERIFY: RateLimitEnv.prefault('120/1m'),
  BANSHI_RATE_LIMIT_UPLOADS: RateLimitEnv.prefault('60/1m'),
  BANSHI_RATE_LIMIT_CODES: RateLimitEnv.prefault('10/1h'),
  BANSHI_RATE_LIMIT_CODES_PER_NUMBER: RateLimitEnv.prefault('5/1h'),
  // unset: the development channel, except in production, where it must be chosen on purpose (smsConfigOf)
  BANSHI_SMS_PROVIDER: z.enum(['development', 'http']).optional(),
  BANSHI_SMS_URL: z.string().url().optional(),
  BANSHI_SMS_TOKEN: z.string().min(1).optional(),
  BANSHI_SMS_SIGN_NAME: z.string().min(1).optional(),
  BANSHI_SMS_TEMPLATE: z.string().min(1).optional(),
  BANSHI_OIDC_ISSUER: z.string().url().optional(),
  BANSHI_OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  BANSHI_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  BANSHI_OIDC_REDIRECT_URI: z.string().url().optional(),
  BANSHI_OIDC_NAME: z.string().trim().min(1).max(40).default('统一身份认证'),
  BANSHI_OIDC_SCOPE: z.string().trim().default('openid profile'),
  BANSHI_OIDC_ACR_LEVELS: z.string().trim().default('1=phone,2=provider,3=counter'),
  BANSHI_SITE_SPONSOR: z.string().trim().min(1).max(60).optional(),
  BANSHI_SITE_CODE: z.string().trim().min(1).max(30).optional(),
  BANSHI_SITE_ICP: z.string().trim().min(1).max(60).optional(),
  BANSHI_SITE_PSB: z.string().trim().min(1).max(60).optional(),
  BANSHI_PAY_URL: z.string().url().optional(),
  BANSHI_PAY_MERCHANT_ID: z.string().trim().min(1).max(64).optional(),
  BANSHI_PAY_PRIVATE_KEY: z.string().regex(/^[0-9a-f]{64}$/i, 'SM2 private key, 64 hex digits').optional(),
  BANSHI_PAY_PUBLIC_KEY: z.string().regex(/^04[0-9a-f]{128}$/i, 'SM2 public key, 04 || x || y in hex').optional(),
  BANSHI_PAY_PLATFORM_PUBLIC_KEY: z.string().regex(/^04[0-9a-f]{128}$/i, 'SM2 public key, 04 || x || y in hex').optional(),
});

/** `acr=level,…`: which assurance levels of the identity platform mean which real-name level here. */
function parseAcrLevels(v: string): Record<string, RealNameLevel> {
  const out: Record<string, RealNameLevel> = {};
  for (const pair of v.split(',').map((s) => s.trim()).filter(Boolean)) {
    const i = pair.lastIndexOf('=');
    const level = pair.slice(i + 1).trim();
    if (i <= 0 || !isRealNameLevel(level)) throw new Error(`BANSHI_OIDC_ACR_LEVELS: "${pair}" is not acr=phone|provider|counter`);
    out[pair.slice(0, i).trim()] = level;
  }
  return out;
}

/** The province's identity platform (统一身份认证), an OpenID Connect provider this platform is a client of. */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where the platform sends the browser back (registered with the provider): …/api/v1/auth/oidc/callback. */
  redirectUri: string;
  /** What the sign-in button says. */
  name: string;
  scope: string;
  /** The provider's `acr` values and the real-name level each stands for; an unlisted value verifies nothing. */
  acrLevels: Record<string, RealNameLevel>;
  /** Plain http to the provider: only for a provider on this machine in tests and development. */
  allowHttp?: boolean;
}

export interface Config {
  databaseUrl?: string;
  /** PostgreSQL streaming replicas for reads that may be a moment behind (ignored by the embedded engine). */
  replicas?: ReplicaConfig;
  port: number;
  host: string;
  dataDir: string;
  /** 32+ characters; encrypts private keys at rest. Absent: a development key is kept in the data dir. */
  masterKey?: string;
  poolSize?: number;
  maxInFlight: number;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  /** The address the public reaches the platform at (printed in licence QR codes). Absent: http://host:port. */
  publicUrl?: string;
  /** Which proxies' X-Forwarded-* headers are believed (client address, https). Absent or false: none. */
  trustProxy?: boolean | number | string[];
  /** Per-client request limits on the routes open to abuse. Absent: no limits (tests, benchmarks). */
  rateLimits?: RateLimits;
  /** NODE_ENV=production or `serve --no-seed`: no demo accounts are offered, whatever the database holds. */
  production?: boolean;
  /** Working days an applicant has to answer a correction request before the application counts as withdrawn (default 30). */
  correctionWorkingDays?: number;
  /** Working days within which the department verifies a commitment-based (告知承诺) approval (default 20). */
  commitmentCheckWorkingDays?: number;
  /** Where one-time codes go. Absent: the development channel (server log and the administrator's page). */
  sms?: SmsConfig;
  /** 统一身份认证 through OpenID Connect; absent: only passwords. Read at each sign-in. */
  oidc?: OidcConfig;
  /** The site's identity in every page's footer (政府网站标识). Absent: the placeholders of DEFAULT_SITE. */
  site?: SiteIdentity;
  /** 统一公共支付平台: absent, `serve` starts the sandbox (bin/pay-sandbox.js) unless in production. */
  payment?: PaymentConfig;
}

/** The provincial payment platform this platform is a merchant of (BANSHI_PAY_*), or the sandbox standing in for it. */
export interface PaymentConfig {
  url: string;
  merchantId: string;
  /** the merchant's SM2 key pair (hex), which signs requests */
  privateKey: string;
  publicKey: string;
  /** the platform's SM2 public key, which its answers and notifications must verify under */
  platformPublicKey: string;
  /** the sandbox process, not a real platform (the pay page says so) */
  sandbox?: boolean;
}

/**
 * What a government website must show at its foot: who runs it (主办单位), its 网站标识码 from the national register of
 * government websites, its ICP 备案号 and its 公安机关备案号. The defaults are placeholders to be replaced at go-live
 * (BANSHI_SITE_SPONSOR, BANSHI_SITE_CODE, BANSHI_SITE_ICP, BANSHI_SITE_PSB).
 */
export interface SiteIdentity {
  sponsor: string;
  siteCode: string;
  icp: string;
  psb: string;
}

export const DEFAULT_SITE: SiteIdentity = {
  sponsor: '蓝山县行政审批服务局',
  siteCode: '4311270000',
  icp: '湘ICP备00000000号',
  psb: '湘公网安备43112702000000号',
};

export const siteOf = (config: Config): SiteIdentity => config.site ?? DEFAULT_SITE;

/** The SMS provider of one-time codes: the development channel, or an HTTP gateway of a real provider. */
export type SmsConfig =
  /** `chosen`: set on purpose (BANSHI_SMS_PROVIDER=development), not fallen back to */
  | { provider: 'development'; chosen?: boolean }
  | { provider: 'http'; url: string; token: string; signName: string; template: string };

export interface ReplicaConfig {
  urls: string[];
  /** A replica further behind the primary than this is skipped (DATABASE_REPLICA_MAX_LAG, seconds; default 10). */
  maxLagMs: number;
  /** How long a read waits for a replica to replay its session's last write before reading the primary (default 200 ms). */
  waitMs: number;
}

export interface RateLimit {
  max: number;
  windowMs: number;
}

export interface RateLimits {
  /** `memory` counts in this process; `database` shares the counters between processes through PostgreSQL. */
  store: 'memory' | 'database';
  login: RateLimit;
  /** Anonymous forms: 12345 tickets, disclosure requests, ratings. */
  forms: RateLimit;
  /** Licence verification: /v/… pages and the verify API. */
  verify: RateLimit;
  uploads: RateLimit;
  /** One-time codes requested from one client address. */
  codes: RateLimit;
  /** One-time codes requested for one mobile number, from wherever. */
  codesPerNumber: RateLimit;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = EnvSchema.parse(env);
  return {
    databaseUrl: e.DATABASE_URL,
    replicas: e.DATABASE_REPLICA_URL.length ? { urls: e.DATABASE_REPLICA_URL, maxLagMs: e.DATABASE_REPLICA_MAX_LAG * 1000, waitMs: e.DATABASE_REPLICA_WAIT_MS } : undefined,
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.BANSHI_DATA_DIR),
    masterKey: e.BANSHI_MASTER_KEY,
    poolSize: e.DB_POOL_SIZE,
    maxInFlight: e.BANSHI_MAX_IN_FLIGHT,
    logLevel: e.LOG_LEVEL,
    publicUrl: e.BANSHI_PUBLIC_URL?.replace(/\/+$/, ''),
    trustProxy: parseTrustProxy(e.BANSHI_TRUST_PROXY),
    rateLimits:
      e.BANSHI_RATE_LIMITS === 'off'
        ? undefined
        : {
            // one embedded database serves one process; a server may have several in front of it
            store: e.BANSHI_RATE_LIMIT_STORE ?? (e.DATABASE_URL ? 'database' : 'memory'),
            login: e.BANSHI_RATE_LIMIT_LOGIN,
            forms: e.BANSHI_RATE_LIMIT_FORMS,
            verify: e.BANSHI_RATE_LIMIT_VERIFY,
            uploads: e.BANSHI_RATE_LIMIT_UPLOADS,
            codes: e.BANSHI_RATE_LIMIT_CODES,
            codesPerNumber: e.BANSHI_RATE_LIMIT_CODES_PER_NUMBER,
          },
    production: env.NODE_ENV === 'production',
    correctionWorkingDays: e.BANSHI_CORRECTION_DAYS,
    commitmentCheckWorkingDays: e.BANSHI_COMMITMENT_CHECK_DAYS,
    sms: smsConfigOf(e, env.NODE_ENV === 'production'),
    oidc: oidcConfigOf(e),
    payment: paymentConfigOf(e),
    site: {
      sponsor: e.BANSHI_SITE_SPONSOR ?? DEFAULT_SITE.sponsor,
      siteCode: e.BANSHI_SITE_CODE ?? DEFAULT_SITE.siteCode,
      icp: e.BANSHI_SITE_ICP ?? DEFAULT_SITE.icp,
      psb: e.BANSHI_SITE_PSB ?? DEFAULT_SITE.psb,
    },
  };
}

function paymentConfigOf(e: z.infer<typeof EnvSchema>): PaymentConfig | undefined {
  if (!e.BANSHI_PAY_URL) return undefined;
  if (!e.BANSHI_PAY_MERCHANT_ID || !e.BANSHI_PAY_PRIVATE_KEY || !e.BANSHI_PAY_PUBLIC_KEY || !e.BANSHI_PAY_PLATFORM_PUBLIC_KEY) {
    throw new Error('BANSHI_PAY_URL needs BANSHI_PAY_MERCHANT_ID, BANSHI_PAY_PRIVATE_KEY, BANSHI_PAY_PUBLIC_KEY and BANSHI_PAY_PLATFORM_PUBLIC_KEY');
  }
  return { url: e.BANSHI_PAY_URL.replace(/\/+$/, ''), merchantId: e.BANSHI_PAY_MERCHANT_ID, privateKey: e.BANSHI_PAY_PRIVATE_KEY, publicKey: e.BANSHI_PAY_PUBLIC_KEY, platformPublicKey: e.BANSHI_PAY_PLATFORM_PUBLIC_KEY };
}

function oidcConfigOf(e: z.infer<typeof EnvSchema>): OidcConfig | undefined {
  if (!e.BANSHI_OIDC_ISSUER) return undefined;
  const publicUrl = e.BANSHI_PUBLIC_URL?.replace(/\/+$/, '') ?? `http://${e.HOST}:${e.PORT}`;
  if (!e.BANSHI_OIDC_CLIENT_ID || !e.BANSHI_OIDC_CLIENT_SECRET) throw new Error('BANSHI_OIDC_ISSUER needs BANSHI_OIDC_CLIENT_ID and BANSHI_OIDC_CLIENT_SECRET');
  const issuer = new URL(e.BANSHI_OIDC_ISSUER);
  return {
    issuer: e.BANSHI_OIDC_ISSUER,
    clientId: e.BANSHI_OIDC_CLIENT_ID,
    clientSecret: e.BANSHI_OIDC_CLIENT_SECRET,
    redirectUri: e.BANSHI_OIDC_REDIRECT_URI ?? `${publicUrl}/api/v1/auth/oidc/callback`,
    name: e.BANSHI_OIDC_NAME,
    scope: e.BANSHI_OIDC_SCOPE,
    acrLevels: parseAcrLevels(e.BANSHI_OIDC_ACR_LEVELS),
    allowHttp: issuer.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname),
  };
}

/**
 * A production start never falls back to the development channel: citizens would get no code and the codes would sit
 * in the server log. It runs without SMS only when BANSHI_SMS_PROVIDER=development says so (a trial before the
 * provider contract), and even then the development-messages page stays closed (phone-routes.ts).
 */
export function smsStartProblem(sms: SmsConfig | undefined, production: boolean, explicit: boolean): string | null {
  if (!production || sms?.provider === 'http' || explicit) return null;
  return '生产模式须接入短信服务商：请设置 BANSHI_SMS_PROVIDER=http 及 BANSHI_SMS_URL、BANSHI_SMS_TOKEN、BANSHI_SMS_SIGN_NAME、BANSHI_SMS_TEMPLATE；'
    + '如确需在未接入短信时试运行，请明确设置 BANSHI_SMS_PROVIDER=development（验证码只写入服务器日志，不提供开发短信页面）';
}

function smsConfigOf(e: z.infer<typeof EnvSchema>, production: boolean): SmsConfig {
  if (e.BANSHI_SMS_PROVIDER !== 'http') {
    const problem = smsStartProblem(undefined, production, e.BANSHI_SMS_PROVIDER === 'development');
    if (problem) throw new Error(problem);
    return { provider: 'development', chosen: e.BANSHI_SMS_PROVIDER === 'development' };
  }
  const missing = (['BANSHI_SMS_URL', 'BANSHI_SMS_TOKEN', 'BANSHI_SMS_SIGN_NAME', 'BANSHI_SMS_TEMPLATE'] as const).filter((k) => !e[k]);
  if (missing.length) throw new Error(`BANSHI_SMS_PROVIDER=http needs ${missing.join(', ')}`);
  return { provider: 'http', url: e.BANSHI_SMS_URL!, token: e.BANSHI_SMS_TOKEN!, signName: e.BANSHI_SMS_SIGN_NAME!, template: e.BANSHI_SMS_TEMPLATE! };
}
