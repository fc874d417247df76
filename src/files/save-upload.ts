import { createHash } from 'node:crypto';
import { AppError, newId, type Clock, type Config } from '../core/index.js';
import type { Db } from '../db/index.js';
import { writeBlob } from './blob-store.js';
import { detectMediaType, type MediaType } from './detect-type.js';
import { SIZE_LIMITS } from './limits.js';
import * as store from './store.js';

export interface SavedUpload {
  id: string;
  sha256: string;
  size: number;
  mediaType: MediaType;
  originalName: string;
  uploadedAt: Date;
}

/** Checks the bytes (type by magic bytes, size by type), stores them by hash and records the upload. */
export async function saveUpload(
  deps: { db: Db; clock: Clock; config: Pick<Config, 'dataDir'> },
  input: { content: Buffer; originalName: string; uploadedBy: string },
): Promise<SavedUpload> {
  const { content } = input;
  if (content.length === 0) throw new AppError('FILE_EMPTY');
  const detected = detectMediaType(content);
  if (!detected.type) throw new AppError('FILE_TYPE_NOT_ALLOWED', { detected: detected.found });
  const limit = SIZE_LIMITS[detected.type];
  if (content.length > limit) throw new AppError('FILE_TOO_LARGE', { size: content.length, limit });
  const sha256 = createHash('sha256').update(content).digest('hex');
  // Bytes first, then the row: a row never points at a missing blob (an orphan blob is harmless).
  await writeBlob(deps.config.dataDir, sha256, content);
  const upload = {
    id: newId(),
    sha256,
    size: content.length,
    mediaType: detected.type,
    originalName: cleanName(input.originalName),
    uploadedBy: input.uploadedBy,
    at: deps.clock.now(),
  };
  await store.insertUpload(deps.db, upload);
  return { id: upload.id, sha256, size: upload.size, mediaType: upload.mediaType, originalName: upload.originalName, uploadedAt: upload.at };
}

/** Keeps the base name only, without control characters, at most 200 characters. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return clean || 'upload';
}
