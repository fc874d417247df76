import { randomBytes } from 'node:crypto';
import { AppError, masterKeyOf, shanghaiDateOf, type Clock, type Config } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { appendAudit } from '../audit/index.js';
import { departmentById, type DepartmentRow } from '../identity/index.js';
import { openPrivateKey, sealPrivateKey } from './key-encryption.js';
import type { PublicKeyInfo } from './payload.js';
import { generateSm2KeyPair } from './sm2.js';
import * as store from './store.js';

export interface SigningDeps {
  config: Pick<Config, 'masterKey' | 'dataDir'>;
  clock: Clock;
}

export interface SigningKey extends PublicKeyInfo {
  privateKey: string;
}

const newKeyId = (department: DepartmentRow, at: Date) =>
  `${department.code}-${shanghaiDateOf(at).replaceAll('-', '')}-${randomBytes(3).toString('hex')}`;

/** Makes the department's key: the row made, or undefined when another transaction made one first. */
async function createKey(tx: Queryable, deps: SigningDeps, department: DepartmentRow): Promise<store.SigningKeyRow | undefined> {
  if (!department.uscc) throw new AppError('LICENCE_ISSUER_UNKNOWN', { department: department.code });
  const at = deps.clock.now();
  const id = newKeyId(department, at);
  const pair = generateSm2KeyPair();
  const row = {
    id,
    department_id: department.id,
    issuer_uscc: department.uscc,
    issuer_name: department.name,
    public_key: pair.publicKey,
    private_key_sealed: sealPrivateKey(masterKeyOf(deps.config), id, pair.privateKey),
    created_at: at,
  };
  if (!(await store.insertKey(tx, row))) return undefined;
  await appendAudit(tx, { chain: `signing-key:${department.id}`, actorId: null, action: 'create-key', data: { keyId: id, publicKey: pair.publicKey }, at });
  return { ...row, retired_at: null };
}

function tryOpen(deps: SigningDeps, row: store.SigningKeyRow): string | undefined {
  try {
    return openPrivateKey(masterKeyOf(deps.config), row.id, row.private_key_sealed);
  } catch {
    return undefined;
  }
}

/**
 * The authority's active signing key with its private half opened; created on first use. A key sealed under another
 * master key (demo data seeded elsewhere, a restored backup) cannot sign here: it is retired and replaced, and what
 * it signed keeps verifying with its published public key. Refusals come before writes (a retire that lost its race
 * wrote nothing), except a key another transaction made at the same moment that cannot be opened here: the retired
 * unopenable key then stays retired, which is right on its own.
 */
export async function activeSigningKey(tx: Queryable, deps: SigningDeps, departmentId: string): Promise<SigningKey> {
  let row = await store.activeKeyOf(tx, departmentId);
  let privateKey = row && tryOpen(deps, row);
  if (!row || !privateKey) {
    const department = await departmentById(tx, departmentId);
    if (!department) throw new AppError('LICENCE_ISSUER_UNKNOWN', { department: departmentId });
    if (row) {
      const at = deps.clock.now();
      if (!(await store.retireKey(tx, row.id, at))) throw new AppError('CONFLICT', { department: department.code });
      await appendAudit(tx, { chain: `signing-key:${department.id}`, actorId: null, action: 'retire-unopenable-key', data: { keyId: row.id }, at });
    }
    // the key just made is known; only one another transaction made first is read
    row = (await createKey(tx, deps, department)) ?? (await store.activeKeyOf(tx, departmentId));
    privateKey = row && tryOpen(deps, row);
    if (!row || !privateKey) throw new AppError('CONFLICT', { department: department.code });
  }
  return { keyId: row.id, publicKey: row.public_key, issuerUscc: row.issuer_uscc, privateKey };
}

/**
 * Retires the authority's key and makes a new one. Licences signed with the old key keep verifying: the payload names
 * its key, and retired public keys stay published.
 */
export async function rotateSigningKey(tx: Queryable, deps: SigningDeps, departmentId: string, actorId: string | null): Promise<store.SigningKeyRow> {
  const department = await departmentById(tx, departmentId);
  if (!department) throw new AppError('LICENCE_ISSUER_UNKNOWN', { department: departmentId });
  const old = await store.activeKeyOf(tx, departmentId);
  const at = deps.clock.now();
  if (old && !(await store.retireKey(tx, old.id, at))) throw new AppError('CONFLICT', { department: department.code });
  const fresh = await createKey(tx, deps, department);
  if (!fresh) throw new AppError('CONFLICT', { department: department.code });
  await appendAudit(tx, { chain: `signing-key:${department.id}`, actorId, action: 'rotate-key', data: { retired: old?.id ?? null, active: fresh.id }, at });
  return fresh;
}

// Public keys never change once made (only retired_at does), so a process keeps them once read.
const publicKeys = new Map<string, PublicKeyInfo>();

export async function publicKeyById(q: Queryable, keyId: string): Promise<PublicKeyInfo | undefined> {
  const hit = publicKeys.get(keyId);
  if (hit) return hit;
  const row = await store.keyById(q, keyId);
  if (!row) return undefined;
  const info = { keyId: row.id, publicKey: row.public_key, issuerUscc: row.issuer_uscc };
  publicKeys.set(keyId, info);
  return info;
}

/** The published key set (well-known URL): every authority's keys, retired ones included. */
export interface PublishedKey {
  kid: string;
  alg: 'SM2-SM3';
  userId: string;
  issuer: { uscc: string; name: string };
  publicKey: string;
  createdAt: string;
  retiredAt: string | null;
}

export async function publishedKeys(q: Queryable): Promise<PublishedKey[]> {
  return (await store.allKeys(q)).map((k) => ({
    kid: k.id,
    alg: 'SM2-SM3',
    userId: '1234567812345678',
    issuer: { uscc: k.issuer_uscc, name: k.issuer_name },
    publicKey: k.public_key,
    createdAt: k.created_at.toISOString(),
    retiredAt: k.retired_at?.toISOString() ?? null,
  }));
}
