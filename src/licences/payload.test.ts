import { describe, expect, it } from 'vitest';
import { makeLicenceId } from './identifier.js';
import { claimsOf, parsePayload, signPayload, verifyPayloadOffline, type LicenceContent, type PublicKeyInfo } from './payload.js';
import { generateSm2KeyPair } from './sm2.js';

const issuer = '11431127006510017X';
const content: LicenceContent = {
  identifier: makeLicenceId({ typeCode: '11100000000013338W011', issuerUscc: issuer, serial: '20260000001', version: 1 }),
  typeCode: 'business-licence',
  holderKind: 'business',
  holderId: '92431127MA4QXW1880',
  holderName: '蓝山县湘味餐饮店',
  issuerUscc: issuer,
  validFrom: '2026-03-02',
  validUntil: '2031-03-01',
  data: { name: '蓝山县湘味餐饮店', address: '蓝山县塔峰镇舜峰路 18 号' },
  salt: 'c2FsdC1mb3ItdGhlLXRlc3Q',
};
const keys = generateSm2KeyPair();
const key: PublicKeyInfo = { keyId: 'scjg-1', publicKey: keys.publicKey, issuerUscc: issuer };
const keyOf = (id: string) => (id === key.keyId ? key : undefined);
const payload = signPayload(claimsOf(content, 'scjg-1'), keys.privateKey, keys.publicKey);

describe('QR payload', () => {
  it('verifies offline with the public key alone', () => {
    const v = verifyPayloadOffline(payload, keyOf, '2026-03-02');
    expect(v).toMatchObject({ valid: true, expired: false, notYetValid: false, claims: { id: content.identifier, h: content.holderId, n: '蓝山县湘味餐饮店' } });
  });

  it('is found inside the verification URL a phone scans', () => {
    expect(verifyPayloadOffline(`https://zwfw.example.gov.cn/v/${payload}`, keyOf, '2026-03-02').valid).toBe(true);
  });

  it('fails when any claim is tampered with', () => {
    const parsed = parsePayload(payload)!;
    for (const change of [{ n: '蓝山县别家餐饮店' }, { u: '2099-12-31' }, { h: '92431127MA4QXW1999' }, { d: 'x' }]) {
      const forged = `BSL1.${Buffer.from(JSON.stringify({ ...parsed.claims, ...change })).toString('base64url')}.${payload.split('.')[2]}`;
      expect(verifyPayloadOffline(forged, keyOf, '2026-03-02')).toMatchObject({ valid: false, reason: 'BAD_SIGNATURE' });
    }
  });

  it('fails with a flipped signature bit, an unknown key or another authority’s key', () => {
    const sig = payload.split('.')[2]!;
    const flipped = payload.slice(0, -sig.length) + (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1);
    expect(verifyPayloadOffline(flipped, keyOf, '2026-03-02')).toMatchObject({ valid: false, reason: 'BAD_SIGNATURE' });
    expect(verifyPayloadOffline(payload, () => undefined, '2026-03-02')).toMatchObject({ valid: false, reason: 'UNKNOWN_KEY' });
    const other = generateSm2KeyPair();
    expect(verifyPayloadOffline(payload, () => ({ ...key, publicKey: other.publicKey }), '2026-03-02')).toMatchObject({ valid: false, reason: 'BAD_SIGNATURE' });
    expect(verifyPayloadOffline(payload, () => ({ ...key, issuerUscc: '11431127006510025R' }), '2026-03-02')).toMatchObject({ valid: false, reason: 'ISSUER_MISMATCH' });
  });

  it('says expired after the last day of validity, still with a good signature', () => {
    expect(verifyPayloadOffline(payload, keyOf, '2031-03-01')).toMatchObject({ valid: true, expired: false });
    expect(verifyPayloadOffline(payload, keyOf, '2031-03-02')).toMatchObject({ valid: true, expired: true });
  });

  it('carries a citizen holder’s number masked, never in full', () => {
    const idNumber = '431127199003070511';
    const card = { ...content, typeCode: 'resident-id-card', holderKind: 'citizen' as const, holderId: idNumber, holderName: '张三' };
    const signed = signPayload(claimsOf(card, 'scjg-1'), keys.privateKey, keys.publicKey);
    expect(signed).not.toContain(idNumber);
    expect(Buffer.from(signed.split('.')[1]!, 'base64url').toString()).not.toContain(idNumber);
    expect(verifyPayloadOffline(signed, keyOf, '2026-03-02')).toMatchObject({ valid: true, claims: { h: '431127********0511' } });
  });

  it('digests the content with its salt, so a guessed content does not match without it', () => {
    expect(claimsOf(content, 'k').d).not.toBe(claimsOf({ ...content, salt: 'b3RoZXItc2FsdA' }, 'k').d);
  });

  it('rejects text that is not a payload', () => {
    for (const bad of ['', 'hello', 'BSL1.abc.def', `BSL1.${Buffer.from('{"id":1}').toString('base64url')}.${'A'.repeat(86)}`]) {
      expect(verifyPayloadOffline(bad, keyOf, '2026-03-02')).toMatchObject({ valid: false, reason: 'MALFORMED' });
    }
  });
});
