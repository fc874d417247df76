import { createHmac } from 'node:crypto';
import { masterKeyOf, type Config } from '../core/index.js';

/** The tree-head key, derived from the master key so that it never sits in the database. */
export function sealingKey(config: Pick<Config, 'masterKey' | 'dataDir'>): Buffer {
  return createHmac('sm3', masterKeyOf(config)).update('banshi/audit-seal/v1').digest();
}
