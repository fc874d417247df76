import { AppError } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import * as store from './store.js';

/** The licence a lifecycle step acts on: it must exist and not be revoked (revocation is final). */
export async function loadForChange(tx: Queryable, licenceId: string): Promise<store.LicenceRow> {
  const l = await store.licenceById(tx, licenceId);
  if (!l) throw new AppError('NOT_FOUND', { licenceId });
  if (l.status === 'revoked') throw new AppError('LICENCE_REVOKED');
  return l;
}
