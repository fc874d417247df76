import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Config } from './config.js';

const cache = new Map<string, Buffer>();

/**
 * The master key: from BANSHI_MASTER_KEY in production. Without it (a laptop, a demo), a random key is
 * created once in the data dir so that a restart can still open what it encrypted.
 */
export function masterKeyOf(config: Pick<Config, 'masterKey' | 'dataDir'>): Buffer {
  if (config.masterKey) return Buffer.from(config.masterKey, 'utf8');
  const file = path.join(config.dataDir, 'master.key');
  const hit = cache.get(file);
  if (hit) return hit;
  let key: Buffer;
  if (fs.existsSync(file)) key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  else {
    fs.mkdirSync(config.dataDir, { recursive: true });
    key = randomBytes(32);
    fs.writeFileSync(file, key.toString('base64'), { mode: 0o600 });
  }
  cache.set(file, key);
  return key;
}
