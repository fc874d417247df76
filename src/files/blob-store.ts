import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** Where the bytes of a hash live: <dataDir>/files/ab/cd/<sha256>. */
export function blobPath(dataDir: string, sha256: string): string {
  return path.join(dataDir, 'files', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

/**
 * Writes content under its hash. Written to a temporary name and renamed, so a crash never leaves a
 * half file under a hash; an existing blob is left alone (same hash, same bytes).
 */
export async function writeBlob(dataDir: string, sha256: string, content: Buffer): Promise<void> {
  const target = blobPath(dataDir, sha256);
  if (fs.existsSync(target)) return;
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  await fs.promises.writeFile(tmp, content, { flag: 'wx' });
  await fs.promises.rename(tmp, target);
}

export async function readBlob(dataDir: string, sha256: string): Promise<Buffer> {
  return fs.promises.readFile(blobPath(dataDir, sha256));
}
