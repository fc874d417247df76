import { shanghaiDateOf } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { publicKeyById } from './keys.js';
import { parsePayload, verifyPayloadOffline, type PublicKeyInfo } from './payload.js';
import { effectiveStatus, maskHolder, statusNames } from './rules.js';
import * as store from './store.js';
import { COMBINED_LICENCE_TYPE, licenceTypeOf } from './types.js';

export type VerificationStatus = 'valid' | 'suspended' | 'revoked' | 'expired' | 'not-yet-valid' | 'superseded' | 'unknown' | 'invalid';

export interface PermitLine {
  type: string;
  typeName: string;
  identifier: string;
  issuerName: string;
  validFrom: string;
  validUntil: string | null;
  status: string;
  statusName: string;
}

export interface OnlineVerdict {
  /** The signature checks out with the authority's published key (what an offline verifier also sees). */
  signatureValid: boolean;
  status: VerificationStatus;
  statusName: string;
  statusReason: string | null;
  statusSince: string | null;
  licence: null | {
    identifier: string;
    type: string;
    typeName: string;
    version: number;
    currentVersion: number;
    holderName: string;
    holderId: string;
    issuerName: string;
    validFrom: string;
    validUntil: string | null;
    keyId: string;
  };
  /** 一照通: for a business licence, every other licence the business holds, read now. */
  permits?: PermitLine[];
  checkedAt: string;
}

// Signature results are cached by payload: a payload's signature never changes its verdict, its status may.
const signatureCache = new Map<string, boolean>();
const CACHE_LIMIT = 20_000;

function cachedSignatureCheck(payload: string, key: PublicKeyInfo | undefined, today: string): boolean {
  const hit = signatureCache.get(payload);
  if (hit !== undefined) return hit;
  const ok = verifyPayloadOffline(payload, () => key, today).valid;
  if (key) {
    if (signatureCache.size >= CACHE_LIMIT) signatureCache.clear();
    signatureCache.set(payload, ok);
  }
  return ok;
}

const invalid = (at: Date, status: 'invalid' | 'unknown', signatureValid = false): OnlineVerdict => ({
  signatureValid,
  status,
  statusName: statusNames[status].zh,
  statusReason: null,
  statusSince: null,
  licence: null,
  checkedAt: at.toISOString(),
});

/**
 * The online check behind the public verification page: the signature (cached), then the licence's live status.
 * A payload with a good signature that differs from what was issued under its identifier counts as invalid.
 */
export async function verifyLicenceOnline(q: Queryable, text: string, at: Date): Promise<OnlineVerdict> {
  const parsed = parsePayload(text);
  if (!parsed) return invalid(at, 'invalid');
  const today = shanghaiDateOf(at);
  const key = await publicKeyById(q, parsed.claims.k);
  if (!cachedSignatureCheck(parsed.payload, key, today)) return invalid(at, 'invalid');
  const row = await store.statusByIdentifier(q, parsed.claims.id);
  if (!row) return invalid(at, 'unknown', true);
  if (row.payload !== parsed.payload) return invalid(at, 'invalid', true);

  const live = effectiveStatus(row, today);
  const status: VerificationStatus = live === 'valid' && row.version < row.current_version ? 'superseded' : live;
  const verdict: OnlineVerdict = {
    signatureValid: true,
    status,
    statusName: statusNames[status].zh,
    statusReason: row.status === 'suspended' || row.status === 'revoked' ? row.status_reason : null,
    statusSince: row.status === 'valid' ? null : row.status_at.toISOString(),
    licence: {
      identifier: parsed.claims.id,
      type: row.type,
      typeName: licenceTypeOf(row.type)?.name ?? row.type,
      version: row.version,
      currentVersion: row.current_version,
      holderName: row.holder_name,
      holderId: maskHolder(row.holder_kind, row.holder_id),
      issuerName: row.issuer_name,
      validFrom: row.valid_from,
      validUntil: row.valid_until,
      keyId: parsed.claims.k,
    },
    checkedAt: at.toISOString(),
  };
  if (row.type === COMBINED_LICENCE_TYPE && row.holder_kind === 'business') verdict.permits = await permitsOf(q, row.holder_id, row.licence_id, today);
  return verdict;
}

async function permitsOf(q: Queryable, uscc: string, except: string, today: string): Promise<PermitLine[]> {
  const rows = await store.licencesOfHolders(q, [uscc]);
  return rows
    .filter((l) => l.id !== except)
    .map((l) => {
      const s = effectiveStatus(l, today);
      return {
        type: l.type,
        typeName: licenceTypeOf(l.type)?.name ?? l.type,
        identifier: l.identifier,
        issuerName: l.issuer_name,
        validFrom: l.valid_from,
        validUntil: l.valid_until,
        status: s,
        statusName: statusNames[s].zh,
      };
    });
}
