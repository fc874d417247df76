import { sm2 } from 'sm-crypto-v2';

/**
 * SM2 signatures over SM3 (GB/T 32918.2, GB/T 32905) through sm-crypto-v2, with the default distinguishing ID of
 * GB/T 35276 (`1234567812345678`) that other implementations (OpenSSL 3, gmssl, BouncyCastle) also assume.
 * Keys are hex: the private key 32 bytes, the public key uncompressed (04 || x || y). Signatures are r || s, 64 bytes.
 */
export const SM2_USER_ID = '1234567812345678';

type PrecomputedKey = ReturnType<typeof sm2.precomputePublicKey>;

export interface Sm2KeyPair {
  privateKey: string;
  publicKey: string;
}

export function generateSm2KeyPair(): Sm2KeyPair {
  const { privateKey, publicKey } = sm2.generateKeyPairHex();
  return { privateKey, publicKey };
}

export function sm2Sign(message: Uint8Array, privateKey: string, publicKey: string): string {
  return sm2.doSignature(message, privateKey, { hash: true, der: false, publicKey, userId: SM2_USER_ID });
}

const precomputed = new Map<string, PrecomputedKey>();

/** Verification with the public key's multiples precomputed once per key: several times faster when repeated. */
export function sm2Verify(message: Uint8Array, signature: string, publicKey: string): boolean {
  if (!/^[0-9a-f]{128}$/i.test(signature) || !/^04[0-9a-f]{128}$/i.test(publicKey)) return false;
  try {
    let point = precomputed.get(publicKey);
    if (!point) {
      if (!sm2.verifyPublicKey(publicKey)) return false;
      point = sm2.precomputePublicKey(publicKey);
      precomputed.set(publicKey, point);
    }
    return sm2.doVerifySignature(message, signature, point, { hash: true, der: false, userId: SM2_USER_ID });
  } catch {
    return false;
  }
}

// SubjectPublicKeyInfo { { id-ecPublicKey, sm2p256v1 }, BIT STRING 04||x||y }: a fixed 27-byte header for SM2 keys.
const SPKI_PREFIX = '3059301306072a8648ce3d020106082a811ccf5501822d034200';

/** The public key as a PEM SubjectPublicKeyInfo, for tools such as OpenSSL. */
export function sm2PublicKeyPem(publicKey: string): string {
  const b64 = Buffer.from(SPKI_PREFIX + publicKey, 'hex').toString('base64');
  return `-----BEGIN PUBLIC KEY-----\n${b64.match(/.{1,64}/g)!.join('\n')}\n-----END PUBLIC KEY-----\n`;
}

/** The uncompressed public key from a PEM (or DER) SubjectPublicKeyInfo of an SM2 key. */
export function sm2PublicKeyFromSpki(spki: string | Buffer): string {
  const der = typeof spki === 'string' ? Buffer.from(spki.replace(/-----[^-]+-----|\s/g, ''), 'base64') : spki;
  const hex = der.toString('hex');
  if (!hex.startsWith(SPKI_PREFIX) || hex.length !== SPKI_PREFIX.length + 130) throw new Error('not an SM2 SubjectPublicKeyInfo');
  return hex.slice(SPKI_PREFIX.length);
}

function derInteger(hex: string): string {
  let h = hex.replace(/^(00)+/, '') || '00';
  if (h.length % 2) h = '0' + h;
  if (parseInt(h.slice(0, 2), 16) >= 0x80) h = '00' + h;
  return '02' + (h.length / 2).toString(16).padStart(2, '0') + h;
}

/** r || s as the DER SEQUENCE { r INTEGER, s INTEGER } that GB/T 35276 and OpenSSL exchange. */
export function sm2SignatureToDer(signature: string): Buffer {
  const body = derInteger(signature.slice(0, 64)) + derInteger(signature.slice(64));
  return Buffer.from('30' + (body.length / 2).toString(16).padStart(2, '0') + body, 'hex');
}

export function sm2SignatureFromDer(der: Buffer): string {
  let i = 2;
  const read = () => {
    if (der[i] !== 0x02) throw new Error('bad DER signature');
    const len = der[i + 1]!;
    const v = der.subarray(i + 2, i + 2 + len).toString('hex').replace(/^(00)+/, '');
    i += 2 + len;
    return v.padStart(64, '0');
  };
  if (der[0] !== 0x30) throw new Error('bad DER signature');
  return read() + read();
}
