import { AppError, type Config } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { readBlob } from './blob-store.js';
import * as store from './store.js';

/** The bytes and metadata of an upload; callers decide first who may read it. */
export async function readUpload(deps: { db: Queryable; config: Pick<Config, 'dataDir'> }, uploadId: string) {
  const row = await store.uploadById(deps.db, uploadId);
  if (!row) throw new AppError('FILE_NOT_FOUND');
  const content = await readBlob(deps.config.dataDir, row.sha256);
  return { upload: presentUpload(row), content };
}

export function presentUpload(r: store.UploadRow) {
  return {
    id: r.id,
    sha256: r.sha256,
    size: r.size,
    mediaType: r.media_type,
    originalName: r.original_name,
    uploadedAt: r.uploaded_at.toISOString(),
  };
}
export type PresentedUpload = ReturnType<typeof presentUpload>;
