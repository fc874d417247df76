import { describe, expect, it } from 'vitest';
import { makeIdNumber, makeUscc } from '../core/index.js';
import { identityFromClaims, safeReturnPath } from './oidc-claims.js';

const cfg = { issuer: 'https://sfrz.example.cn', acrLevels: { 'loa-2': 'provider', 'loa-3': 'counter' } as const };
const id = makeIdNumber('431127', '19900101', '123');
const person = { sub: 'p-1', name: '王芳', id_number: id, acr: 'loa-2' };

describe('identityFromClaims', () => {
  it('takes the verified name, ID number and assurance level of a person', () => {
    expect(identityFromClaims(person, cfg, '2026-03-02')).toEqual({
      ok: true,
      identity: { issuer: cfg.issuer, key: 'p-1', name: '王芳', idNumber: id, acr: 'loa-2', level: 'provider', business: null },
    });
  });

  it('refuses a sign-in without a valid ID number or with an assurance level nobody configured', () => {
    expect(identityFromClaims({ ...person, id_number: id.slice(0, 17) + (id.endsWith('1') ? '2' : '1') }, cfg, '2026-03-02')).toMatchObject({ ok: false, missing: { zh: '公民身份号码' } });
    expect(identityFromClaims({ ...person, acr: 'loa-9' }, cfg, '2026-03-02')).toMatchObject({ ok: false, missing: { zh: '实名认证等级' } });
    expect(identityFromClaims({ ...person, name: ' ' }, cfg, '2026-03-02')).toMatchObject({ ok: false });
  });

  it('makes a legal representative’s sign-in the business’s, keyed apart from the same person’s own', () => {
    const uscc = makeUscc('91', '431127', 'MA4R8N3P');
    const v = identityFromClaims({ ...person, uscc, org_name: '蓝山县新开面馆', legal_representative: true }, cfg, '2026-03-02');
    expect(v).toMatchObject({ ok: true, identity: { key: `p-1#${uscc}`, business: { uscc, orgName: '蓝山县新开面馆' } } });
    // a person signing in for a business they do not represent is only themselves
    expect(identityFromClaims({ ...person, uscc, org_name: '蓝山县新开面馆' }, cfg, '2026-03-02')).toMatchObject({ ok: true, identity: { key: 'p-1', business: null } });
  });
});

describe('safeReturnPath', () => {
  it('keeps paths of this site and drops anything that leaves it', () => {
    expect(safeReturnPath('/business/handlers')).toBe('/business/handlers');
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', undefined, '/a\nb']) expect(safeReturnPath(bad)).toBe('/');
  });
});
