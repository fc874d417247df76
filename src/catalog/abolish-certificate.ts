import { AppError, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { abolishedCertificateIn } from './guide-rules.js';
import * as store from './store.js';
import type { AbolishedCertificate } from './types.js';

/**
 * Adds (or rewrites) an abolished certificate. No published guide may keep requiring it: if one does,
 * the supervisor is told which, and revises those guides first.
 */
export async function abolishCertificate(deps: { db: Db; clock: Clock }, input: AbolishedCertificate): Promise<AbolishedCertificate> {
  return deps.db.transaction(async (tx) => {
    const published = (await store.listPublishedItems(tx, { limit: 100_000, offset: 0 })).items;
    const still = published.flatMap((item) => item.materials.filter((m) => abolishedCertificateIn(m.name, [input])).map((m) => `${item.code}“${item.name}”的“${m.name}”`));
    if (still.length > 0) throw new AppError('CATALOG_CERTIFICATE_STILL_REQUIRED', { name: input.name, items: still.join('、') });
    await store.upsertAbolishedCertificate(tx, input);
    return (await store.listAbolishedCertificates(tx)).find((c) => c.code === input.code)!;
  });
}
