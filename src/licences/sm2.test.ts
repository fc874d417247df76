import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPrivateKey, sealPrivateKey } from './key-encryption.js';
import {
  generateSm2KeyPair,
  sm2PublicKeyFromSpki,
  sm2PublicKeyPem,
  sm2Sign,
  sm2SignatureFromDer,
  sm2SignatureToDer,
  sm2Verify,
} from './sm2.js';
import { claimsOf, parsePayload, signPayload } from './payload.js';

// OpenSSL 3 is the independent SM2 implementation. Its pkeyutl uses an empty distinguishing ID unless told, so the
// standard default ID of GB/T 35276 is passed explicitly.
const DISTID = ['-pkeyopt', 'distid:1234567812345678'];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banshi-sm2-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content?: string | Buffer) => {
  const p = path.join(dir, name);
  if (content !== undefined) fs.writeFileSync(p, content);
  return p;
};
const openssl = (...args: string[]) => execFileSync('openssl', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const message = Buffer.from('BSL1.电子证照 蓝山县湘味餐饮店 1.2.156.3005.2', 'utf8');

function opensslVerifies(publicKey: string, signature: string, msg: Buffer): boolean {
  const pub = file('pub.pem', sm2PublicKeyPem(publicKey));
  const sig = file('sig.der', sm2SignatureToDer(signature));
  const data = file('msg.bin', msg);
  try {
    return openssl('pkeyutl', '-verify', '-pubin', '-inkey', pub, '-rawin', '-digest', 'sm3', '-in', data, '-sigfile', sig, ...DISTID).includes('Signature Verified Successfully');
  } catch {
    return false;
  }
}

describe('SM2 over SM3 interoperability', () => {
  it('OpenSSL verifies a signature made here', () => {
    const keys = generateSm2KeyPair();
    const signature = sm2Sign(message, keys.privateKey, keys.publicKey);
    expect(opensslVerifies(keys.publicKey, signature, message)).toBe(true);
  });

  it('OpenSSL verifies a licence QR payload whose holder is a masked citizen number', () => {
    const keys = generateSm2KeyPair();
    const idNumber = '431127199003070511';
    const payload = signPayload(
      claimsOf(
        {
          identifier: '1.2.156.3005.2.11100000000013018T001.11431127006510039B.20260000001.001.X', typeCode: 'resident-id-card', holderKind: 'citizen',
          holderId: idNumber, holderName: '张三', issuerUscc: '11431127006510039B', validFrom: '2026-03-02', validUntil: '2046-03-01', data: { name: '张三' }, salt: 'c2FsdA',
        },
        'gaj-1',
      ),
      keys.privateKey,
      keys.publicKey,
    );
    expect(payload).not.toContain(idNumber);
    const parsed = parsePayload(payload)!;
    expect(parsed.claims.h).toBe('431127********0511');
    expect(opensslVerifies(keys.publicKey, parsed.signature, Buffer.from(parsed.signed, 'ascii'))).toBe(true);
  });

  it('OpenSSL rejects a signature made here over another message', () => {
    const keys = generateSm2KeyPair();
    const signature = sm2Sign(message, keys.privateKey, keys.publicKey);
    expect(opensslVerifies(keys.publicKey, signature, Buffer.from('tampered'))).toBe(false);
  });

  it('verifies here a signature made by OpenSSL', () => {
    const key = file('key.pem');
    openssl('genpkey', '-algorithm', 'SM2', '-out', key);
    const publicKey = sm2PublicKeyFromSpki(openssl('pkey', '-in', key, '-pubout'));
    const sigFile = file('ossl.sig');
    openssl('pkeyutl', '-sign', '-inkey', key, '-rawin', '-digest', 'sm3', '-in', file('msg2.bin', message), '-out', sigFile, ...DISTID);
    const signature = sm2SignatureFromDer(fs.readFileSync(sigFile));
    expect(sm2Verify(message, signature, publicKey)).toBe(true);
    expect(sm2Verify(Buffer.from('tampered'), signature, publicKey)).toBe(false);
  });

  it('round-trips signatures through DER', () => {
    for (let i = 0; i < 20; i++) {
      const keys = generateSm2KeyPair();
      const signature = sm2Sign(message, keys.privateKey, keys.publicKey);
      expect(sm2SignatureFromDer(sm2SignatureToDer(signature))).toBe(signature);
    }
  });

  it('rejects garbage instead of throwing', () => {
    const keys = generateSm2KeyPair();
    expect(sm2Verify(message, 'zz', keys.publicKey)).toBe(false);
    expect(sm2Verify(message, '0'.repeat(128), keys.publicKey)).toBe(false);
    expect(sm2Verify(message, '1'.repeat(128), '04' + '1'.repeat(128))).toBe(false);
  });
});

describe('private keys at rest', () => {
  const master = Buffer.from('test-master-key-0123456789abcdef');

  it('opens what it sealed, and only under the same key id and master key', () => {
    const { privateKey } = generateSm2KeyPair();
    const sealed = sealPrivateKey(master, 'k1', privateKey);
    expect(sealed).not.toContain(privateKey);
    expect(openPrivateKey(master, 'k1', sealed)).toBe(privateKey);
    expect(() => openPrivateKey(master, 'k2', sealed)).toThrow();
    expect(() => openPrivateKey(Buffer.from('another-master-key-0123456789abcd'), 'k1', sealed)).toThrow();
  });
});
