import { createHash } from 'node:crypto';
import { maskIdNumber } from '../core/index.js';
import { canonicalJson } from '../audit/index.js';
import { parseLicenceId } from './identifier.js';
import { sm2Sign, sm2Verify } from './sm2.js';

/**
 * The compact signed payload a licence's QR code carries: `BSL1.<claims>.<signature>`, both base64url. The signature
 * (SM2 over SM3) covers the ASCII text `BSL1.<claims>`, so a verifier checks exactly the bytes it scanned, and needs
 * nothing but the issuing authority's public key (named by `k`) to do it offline.
 */
export const PAYLOAD_PREFIX = 'BSL1';

export interface LicenceClaims {
  /** Licence identifier, version included. */
  id: string;
  /** Licence type code (`business-licence` …). */
  t: string;
  /**
   * Holder: a business's USCC, or a citizen's ID number masked (first 6 and last 4 characters, 431127********0329):
   * a verifier compares it with the card shown; the full number never leaves in a QR code or its URL.
   */
  h: string;
  /** Holder's name. */
  n: string;
  /** Issuing authority's USCC. */
  i: string;
  /** Valid from / until (YYYY-MM-DD, Asia/Shanghai); until null = long-term. */
  f: string;
  u: string | null;
  /** SM3 digest (base64url) of the licence's content (data, full holder number, validity) with a random salt the platform keeps. */
  d: string;
  /** Signing key id. */
  k: string;
}

export interface LicenceContent {
  identifier: string;
  typeCode: string;
  holderKind: 'business' | 'citizen';
  holderId: string;
  holderName: string;
  issuerUscc: string;
  validFrom: string;
  validUntil: string | null;
  data: Record<string, unknown>;
  /** Random (base64url), so that the digest cannot be matched against guessed contents. */
  salt: string;
}

const b64url = (b: Buffer) => b.toString('base64url');

export function contentDigest(c: LicenceContent): string {
  return b64url(createHash('sm3').update(canonicalJson(c)).digest());
}

export function claimsOf(c: LicenceContent, keyId: string): LicenceClaims {
  const h = c.holderKind === 'citizen' ? maskIdNumber(c.holderId)! : c.holderId;
  return { id: c.identifier, t: c.typeCode, h, n: c.holderName, i: c.issuerUscc, f: c.validFrom, u: c.validUntil, d: contentDigest(c), k: keyId };
}

export function signPayload(claims: LicenceClaims, privateKey: string, publicKey: string): string {
  const signed = `${PAYLOAD_PREFIX}.${b64url(Buffer.from(JSON.stringify(claims), 'utf8'))}`;
  const signature = sm2Sign(Buffer.from(signed, 'ascii'), privateKey, publicKey);
  return `${signed}.${b64url(Buffer.from(signature, 'hex'))}`;
}

export interface ParsedPayload {
  payload: string;
  signed: string;
  signature: string;
  claims: LicenceClaims;
}

const PAYLOAD_PATTERN = /BSL1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}/;

/** Finds the payload in what was scanned: the payload itself, or the verification URL that carries it. */
export function extractPayload(text: string): string | undefined {
  let t = text.trim();
  try {
    t = decodeURIComponent(t);
  } catch {
    // Not URL-encoded: use as is.
  }
  return PAYLOAD_PATTERN.exec(t)?.[0];
}

const isDate = (s: unknown) => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s);

export function parsePayload(text: string): ParsedPayload | undefined {
  const payload = extractPayload(text);
  if (!payload) return undefined;
  const [prefix, body, sig] = payload.split('.') as [string, string, string];
  let claims: LicenceClaims;
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as LicenceClaims;
  } catch {
    return undefined;
  }
  const c = claims as unknown as Record<string, unknown>;
  const strings = ['id', 't', 'h', 'n', 'i', 'd', 'k'].every((k) => typeof c[k] === 'string');
  if (!strings || !isDate(c.f) || !(c.u === null || isDate(c.u))) return undefined;
  return { payload, signed: `${prefix}.${body}`, signature: Buffer.from(sig, 'base64url').toString('hex'), claims };
}

export interface PublicKeyInfo {
  keyId: string;
  publicKey: string;
  issuerUscc: string;
}

export type OfflineVerdict =
  | { valid: true; claims: LicenceClaims; expired: boolean; notYetValid: boolean }
  | { valid: false; reason: 'MALFORMED' | 'UNKNOWN_KEY' | 'BAD_SIGNATURE' | 'ISSUER_MISMATCH' | 'BAD_IDENTIFIER'; claims?: LicenceClaims };

/**
 * The offline check: signature with the authority's public key alone, the identifier's own check character, and the
 * validity dates against `today` (YYYY-MM-DD). It cannot know of a revocation: the online check says that.
 */
export function verifyPayloadOffline(text: string, keyOf: (keyId: string) => PublicKeyInfo | undefined, today: string): OfflineVerdict {
  const parsed = parsePayload(text);
  if (!parsed) return { valid: false, reason: 'MALFORMED' };
  const { claims } = parsed;
  const key = keyOf(claims.k);
  if (!key) return { valid: false, reason: 'UNKNOWN_KEY', claims };
  if (!sm2Verify(Buffer.from(parsed.signed, 'ascii'), parsed.signature, key.publicKey)) return { valid: false, reason: 'BAD_SIGNATURE', claims };
  const id = parseLicenceId(claims.id);
  if (!id.valid) return { valid: false, reason: 'BAD_IDENTIFIER', claims };
  if (key.issuerUscc !== claims.i || id.parts.issuerUscc !== claims.i) return { valid: false, reason: 'ISSUER_MISMATCH', claims };
  return { valid: true, claims, expired: claims.u !== null && claims.u < today, notYetValid: claims.f > today };
}
