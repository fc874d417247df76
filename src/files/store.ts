import type { Queryable } from '../db/index.js';
import type { MediaType } from './detect-type.js';

export interface UploadRow {
  id: string;
  sha256: string;
  original_name: string;
  uploaded_by: string;
  uploaded_at: Date;
  size: number;
  media_type: MediaType;
}

/** Records the content (once per hash) and this person's upload of it, in one round trip. */
export async function insertUpload(
  q: Queryable,
  u: { id: string; sha256: string; size: number; mediaType: MediaType; originalName: string; uploadedBy: string; at: Date },
): Promise<void> {
  await q.query(
    `WITH f AS (
       INSERT INTO files (sha256, size, media_type, created_at) VALUES ($2, $3, $4, $7)
       ON CONFLICT (sha256) DO NOTHING
     )
     INSERT INTO uploads (id, sha256, original_name, uploaded_by, uploaded_at) VALUES ($1, $2, $5, $6, $7)`,
    [u.id, u.sha256, u.size, u.mediaType, u.originalName, u.uploadedBy, u.at],
    { name: 'files_insert_upload' },
  );
}

const UPLOAD_COLUMNS = `u.id, u.sha256, u.original_name, u.uploaded_by, u.uploaded_at, f.size, f.media_type`;

export async function uploadById(q: Queryable, id: string): Promise<UploadRow | undefined> {
  const rows = await q.query<UploadRow>(
    `SELECT ${UPLOAD_COLUMNS} FROM uploads u JOIN files f ON f.sha256 = u.sha256 WHERE u.id = $1`,
    [id],
    { name: 'files_upload_by_id' },
  );
  return rows[0];
}

export async function uploadsByIds(q: Queryable, ids: readonly string[]): Promise<UploadRow[]> {
  if (ids.length === 0) return [];
  return q.query<UploadRow>(
    `SELECT ${UPLOAD_COLUMNS} FROM uploads u JOIN files f ON f.sha256 = u.sha256 WHERE u.id = ANY($1::uuid[])`,
    [ids],
    { name: 'files_uploads_by_ids' },
  );
}

export async function uploadsOf(q: Queryable, userId: string, limit: number): Promise<UploadRow[]> {
  return q.query<UploadRow>(
    `SELECT ${UPLOAD_COLUMNS} FROM uploads u JOIN files f ON f.sha256 = u.sha256
     WHERE u.uploaded_by = $1 ORDER BY u.uploaded_at DESC, u.id LIMIT $2`,
    [userId, limit],
  );
}
