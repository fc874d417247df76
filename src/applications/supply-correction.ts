import { AppError, newId, type AppDeps } from '../core/index.js';
import { uploadsByIds } from '../files/index.js';
import type { Actor } from '../identity/index.js';
import { filedItemsOf } from './filed-items.js';
import { materialKey, type MaterialRef } from './guide-rules.js';
import * as store from './store/applications.js';
import { changeApplication } from './window-action.js';

export interface SupplyInput {
  attachments: Array<{ uploadId: string; materials: MaterialRef[] }>;
  form?: Record<string, unknown>;
  note?: string | null;
}

/** Turns uploads into attachments (the uploader's own files only), checking each cites a listed material key. */
export async function newAttachments(deps: Pick<AppDeps, 'db'>, actor: Actor, list: SupplyInput['attachments'], allowedKeys: ReadonlySet<string>): Promise<store.NewAttachment[]> {
  const uploads = await uploadsByIds(deps.db, list.map((a) => a.uploadId));
  return list.map((a) => {
    const u = uploads.find((x) => x.id === a.uploadId);
    if (!u || u.uploaded_by !== actor.userId) throw new AppError('ATTACHMENT_NOT_YOURS', { uploadId: a.uploadId });
    const keys = [...new Set(a.materials.map((m) => materialKey(m.itemCode, m.materialCode)))];
    const bad = keys.find((k) => !allowedKeys.has(k));
    if (bad) throw new AppError('UNKNOWN_MATERIAL', { material: bad });
    return { id: newId(), kind: 'upload' as const, uploadId: u.id, sha256: u.sha256, licenceId: null, licenceType: null, materialKeys: keys };
  });
}

/** The applicant answers the correction notice: every listed material must come back in this one round. */
export async function supplyCorrection(deps: AppDeps, actor: Actor, id: string, input: SupplyInput) {
  let attachments: store.NewAttachment[] = [];
  const { app } = await changeApplication(deps, actor, {
    id,
    action: 'supplyCorrection',
    policy: 'supply',
    check: async (a) => {
      const wanted = (a.correction?.items ?? []).filter((i) => i.kind === 'material').map((i) => materialKey(i.itemCode, i.ref));
      const allowed = new Set((a.correction?.items ?? []).map((i) => (i.kind === 'material' ? materialKey(i.itemCode, i.ref) : '')).filter(Boolean));
      // materials of the guide may be re-supplied too, even if not listed (a better scan of something else)
      attachments = await newAttachments(deps, actor, input.attachments, new Set([...allowed, ...(await guideKeys(deps, a.id))]));
      const got = new Set(attachments.flatMap((x) => x.materialKeys));
      const missing = wanted.filter((k) => !got.has(k));
      if (missing.length) throw new AppError('CORRECTION_INCOMPLETE', { missing: missing.join('、') });
    },
    patch: (a, at) => ({
      correction: { ...a.correction!, suppliedAt: at.toISOString(), note: input.note ?? null },
      form: { ...a.form, ...(input.form ?? {}) },
      submitted_at: at,
    }),
    data: () => ({ attachments: attachments.map((x) => x.materialKeys) }),
    then: async (tx, updated, _b, at) => {
      await store.insertAttachments(tx, updated.id, updated.correction_count, actor.userId, at, attachments);
    },
  });
  return app;
}

async function guideKeys(deps: Pick<AppDeps, 'db'>, applicationId: string): Promise<string[]> {
  const items = await filedItemsOf(deps.db, await store.casesOf(deps.db, applicationId));
  return items.flatMap((i) => i.materials.map((m) => materialKey(i.code, m.code)));
}
