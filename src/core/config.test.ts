import { describe, expect, it } from 'vitest';
import { loadConfig, smsStartProblem } from './config.js';

describe('loadConfig', () => {
  it('trusts no proxy and limits abuse-prone routes by default, counting in the process on the embedded engine', () => {
    const c = loadConfig({});
    expect(c.trustProxy).toBe(false);
    expect(c.rateLimits).toEqual({
      store: 'memory',
      login: { max: 30, windowMs: 60_000 },
      forms: { max: 20, windowMs: 600_000 },
      verify: { max: 120, windowMs: 60_000 },
      uploads: { max: 60, windowMs: 60_000 },
      codes: { max: 10, windowMs: 3_600_000 },
      codesPerNumber: { max: 5, windowMs: 3_600_000 },
    });
  });

  it('shares the counters through the database when a server is configured, and reads N/W limits', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://db/banshi', BANSHI_RATE_LIMIT_LOGIN: '5/30s', BANSHI_RATE_LIMIT_FORMS: '100/1h' });
    expect(c.rateLimits?.store).toBe('database');
    expect(c.rateLimits?.login).toEqual({ max: 5, windowMs: 30_000 });
    expect(c.rateLimits?.forms).toEqual({ max: 100, windowMs: 3_600_000 });
    expect(loadConfig({ BANSHI_RATE_LIMITS: 'off' }).rateLimits).toBeUndefined();
    expect(() => loadConfig({ BANSHI_RATE_LIMIT_LOGIN: 'ten a minute' })).toThrow();
  });

  it('reads one or more replicas, comma-separated, with the lag bound in seconds and the wait for an own write', () => {
    expect(loadConfig({}).replicas).toBeUndefined();
    expect(loadConfig({ DATABASE_REPLICA_URL: ' ' }).replicas).toBeUndefined();
    expect(loadConfig({ DATABASE_REPLICA_URL: 'postgres://r1/banshi, postgres://r2:5433/banshi', DATABASE_REPLICA_MAX_LAG: '2.5' }).replicas).toEqual({
      urls: ['postgres://r1/banshi', 'postgres://r2:5433/banshi'],
      maxLagMs: 2500,
      waitMs: 200,
    });
    expect(() => loadConfig({ DATABASE_REPLICA_URL: 'postgres://r1/banshi,replica two' })).toThrow();
    expect(() => loadConfig({ DATABASE_REPLICA_URL: 'postgres://r1/banshi', DATABASE_REPLICA_MAX_LAG: '-1' })).toThrow();
  });

  it('reads the trusted proxy as on, a number of hops or a list of addresses', () => {
    expect(loadConfig({ BANSHI_TRUST_PROXY: 'on' }).trustProxy).toBe(true);
    expect(loadConfig({ BANSHI_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ BANSHI_TRUST_PROXY: '10.0.0.1, 10.0.1.0/24' }).trustProxy).toEqual(['10.0.0.1', '10.0.1.0/24']);
  });

  it('configures 统一身份认证 from the issuer, client and redirect address, with acr values mapped to real-name levels', () => {
    expect(loadConfig({}).oidc).toBeUndefined();
    const c = loadConfig({
      BANSHI_PUBLIC_URL: 'https://zwfw.example.cn/',
      BANSHI_OIDC_ISSUER: 'https://sfrz.hunan.example.cn/oidc',
      BANSHI_OIDC_CLIENT_ID: 'banshi-lanshan',
      BANSHI_OIDC_CLIENT_SECRET: 's3cret',
      BANSHI_OIDC_ACR_LEVELS: 'urn:hn:loa:2=provider, urn:hn:loa:3=counter',
    });
    expect(c.oidc).toMatchObject({
      issuer: 'https://sfrz.hunan.example.cn/oidc',
      redirectUri: 'https://zwfw.example.cn/api/v1/auth/oidc/callback',
      name: '统一身份认证',
      acrLevels: { 'urn:hn:loa:2': 'provider', 'urn:hn:loa:3': 'counter' },
      allowHttp: false,
    });
    expect(() => loadConfig({ BANSHI_OIDC_ISSUER: 'https://sfrz.example.cn' })).toThrow(/CLIENT_ID/);
    expect(() => loadConfig({ BANSHI_OIDC_ISSUER: 'https://sfrz.example.cn', BANSHI_OIDC_CLIENT_ID: 'a', BANSHI_OIDC_CLIENT_SECRET: 'b', BANSHI_OIDC_ACR_LEVELS: '2=gold' })).toThrow(/ACR_LEVELS/);
  });

  it('refuses a production start without an SMS provider unless the development channel is chosen on purpose', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/BANSHI_SMS_PROVIDER=http/);
    expect(loadConfig({ NODE_ENV: 'production', BANSHI_SMS_PROVIDER: 'development' }).sms).toEqual({ provider: 'development', chosen: true });
    expect(loadConfig({}).sms).toEqual({ provider: 'development', chosen: false });
    // `serve --no-seed` makes a production start of a configuration loaded without NODE_ENV
    expect(smsStartProblem(loadConfig({}).sms, true, false)).toContain('生产模式须接入短信服务商');
    expect(smsStartProblem(loadConfig({}).sms, false, false)).toBeNull();
  });
});

