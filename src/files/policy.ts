import type { Actor } from '../identity/index.js';
import type { UploadRow } from './store.js';

export type FileAction = 'upload' | 'read';

/** Uploads belong to whoever made them; other modules grant wider access through their own policies. */
export function can(actor: Actor | null, action: FileAction, upload?: Pick<UploadRow, 'uploaded_by'>): boolean {
  if (!actor) return false;
  switch (action) {
    case 'upload':
      return true;
    case 'read':
      return !!upload && upload.uploaded_by === actor.userId;
  }
}
