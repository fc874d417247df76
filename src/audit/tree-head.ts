import { createHmac, hash } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';
import { masterKeyOf, type Config } from '../core/index.js';

/**
 * Signed tree heads (RFC 6962 §3.5, RFC 9162 §4.10) with SM2 over SM3 instead of ECDSA over SHA-256.
 *
 * The signed bytes are RFC 6962's TreeHeadSignature, 50 bytes:
 *   0x00 (version v1) || 0x01 (signature type tree_hash) || timestamp (uint64, big-endian, milliseconds since
 *   1970-01-01 UTC) || tree_size (uint64, big-endian) || root hash (32 bytes, SM3 Merkle root, see merkle.ts).
 * The signature is SM2 (GB/T 32918.2) with SM3 and the distinguishing ID 1234567812345678 (GB/T 35276), DER-encoded:
 * `openssl pkeyutl -verify -pubin -inkey audit-key.pem -rawin -digest sm3 -pkeyopt distid:1234567812345678
 *  -in head.bin -sigfile head.sig` checks it.
 */
export const AUDIT_SM2_ID = '1234567812345678';

export interface TreeHead {
  treeSize: number;
  rootHash: string;
  /** milliseconds since the epoch, as signed */
  timestamp: number;
}

export interface SignedTreeHead extends TreeHead {
  /** DER SM2 signature, hex */
  signature: string;
  keyId: string;
}

export interface AuditKey {
  keyId: string;
  /** uncompressed 04 || x || y, hex */
  publicKey: string;
}

export function treeHeadBytes(h: TreeHead): Buffer {
  const b = Buffer.alloc(50);
  b[0] = 0; // v1
  b[1] = 1; // tree_hash
  b.writeBigUInt64BE(BigInt(h.timestamp), 2);
  b.writeBigUInt64BE(BigInt(h.treeSize), 10);
  Buffer.from(h.rootHash, 'hex').copy(b, 18);
  return b;
}

// The order of the SM2 curve (GB/T 32918.5).
const SM2_N = BigInt('0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123');

export const auditKeyId = (publicKey: string): string => `audit-${hash('sm3', Buffer.from(publicKey, 'hex'), 'hex').slice(0, 16)}`;

/**
 * The platform's audit key pair, derived from the master key so that the private key never sits in the database;
 * anyone who can write the database but does not hold the master key cannot sign a tree head.
 */
export function auditKeyPair(config: Pick<Config, 'masterKey' | 'dataDir'>): AuditKey & { privateKey: string } {
  const seed = BigInt(`0x${createHmac('sm3', masterKeyOf(config)).update('banshi/audit-tree-head-key/v1').digest('hex')}`);
  const privateKey = ((seed % (SM2_N - 1n)) + 1n).toString(16).padStart(64, '0');
  const publicKey = sm2.getPublicKeyFromPrivateKey(privateKey);
  return { privateKey, publicKey, keyId: auditKeyId(publicKey) };
}

export function signTreeHead(h: TreeHead, key: AuditKey & { privateKey: string }): SignedTreeHead {
  const signature = sm2.doSignature(treeHeadBytes(h), key.privateKey, { hash: true, der: true, publicKey: key.publicKey, userId: AUDIT_SM2_ID });
  return { ...h, signature, keyId: key.keyId };
}

export function verifyTreeHead(h: SignedTreeHead, keys: readonly AuditKey[]): boolean {
  const key = keys.find((k) => k.keyId === h.keyId);
  if (!key || !/^[0-9a-f]+$/i.test(h.signature) || !/^[0-9a-f]{64}$/.test(h.rootHash)) return false;
  try {
    let point = precomputed.get(key.publicKey);
    if (!point) {
      if (!sm2.verifyPublicKey(key.publicKey)) return false;
      precomputed.set(key.publicKey, (point = sm2.precomputePublicKey(key.publicKey)));
    }
    return sm2.doVerifySignature(treeHeadBytes(h), h.signature, point, { hash: true, der: true, userId: AUDIT_SM2_ID });
  } catch {
    return false;
  }
}

// A key's multiples computed once: verifying every head of a long log is then several times faster.
const precomputed = new Map<string, ReturnType<typeof sm2.precomputePublicKey>>();

// SubjectPublicKeyInfo { { id-ecPublicKey, sm2p256v1 }, BIT STRING 04||x||y }.
const SPKI_PREFIX = '3059301306072a8648ce3d020106082a811ccf5501822d034200';

export function auditPublicKeyPem(publicKey: string): string {
  const b64 = Buffer.from(SPKI_PREFIX + publicKey, 'hex').toString('base64');
  return `-----BEGIN PUBLIC KEY-----\n${b64.match(/.{1,64}/g)!.join('\n')}\n-----END PUBLIC KEY-----\n`;
}
