import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/index.js';
import { makeLicenceId } from './identifier.js';
import { activeSigningKey, type SigningDeps, type SigningKey } from './keys.js';
import { claimsOf, contentDigest, signPayload, type LicenceContent } from './payload.js';
import * as store from './store.js';

export interface VersionInput {
  licenceId: string;
  type: string;
  typeCode: string;
  serial: string;
  version: number;
  departmentId: string;
  issuerUscc: string;
  holderKind: 'business' | 'citizen';
  holderId: string;
  holderName: string;
  validFrom: string;
  validUntil: string | null;
  data: Record<string, unknown>;
  change: store.VersionRow['change'];
  reason: string | null;
  actorId: string | null;
}

/** Builds, signs (with the authority's active key, unless the caller has it already) and stores one version of a licence. */
export async function signVersion(tx: Queryable, deps: SigningDeps, v: VersionInput, known?: SigningKey): Promise<store.VersionRow> {
  const row = await signedVersion(tx, deps, v, known);
  await store.insertVersion(tx, row);
  return row;
}

/** One version of a licence built and signed, for the caller to store (with the licence it is the first version of). */
export async function signedVersion(tx: Queryable, deps: SigningDeps, v: VersionInput, known?: SigningKey): Promise<store.VersionRow> {
  const identifier = makeLicenceId({ typeCode: v.typeCode, issuerUscc: v.issuerUscc, serial: v.serial, version: v.version });
  const content: LicenceContent = {
    identifier,
    typeCode: v.type,
    holderKind: v.holderKind,
    holderId: v.holderId,
    holderName: v.holderName,
    issuerUscc: v.issuerUscc,
    validFrom: v.validFrom,
    validUntil: v.validUntil,
    data: v.data,
    salt: randomBytes(16).toString('base64url'),
  };
  const key = known ?? (await activeSigningKey(tx, deps, v.departmentId));
  const row: store.VersionRow = {
    licence_id: v.licenceId,
    version: v.version,
    identifier,
    data: v.data,
    holder_name: v.holderName,
    valid_from: v.validFrom,
    valid_until: v.validUntil,
    change: v.change,
    reason: v.reason,
    key_id: key.keyId,
    digest: contentDigest(content),
    salt: content.salt,
    payload: signPayload(claimsOf(content, key.keyId), key.privateKey, key.publicKey),
    issued_at: deps.clock.now(),
    issued_by: v.actorId,
  };
  return row;
}
