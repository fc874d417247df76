import { shanghaiDateOf, type AppDeps } from '../core/index.js';
import type { Actor } from '../identity/index.js';
import { filedItemsOf, requireSubmittable } from './application-materials.js';
import { checkBundleSelection } from './bundle-selection.js';
import { checkSubmittedForm } from './form-port.js';
import { requireDraftRealName } from './real-name-check.js';
import * as store from './store/applications.js';
import { changeApplication } from './window-action.js';

/**
 * A saved draft is submitted as it stands; submitting it twice answers INVALID_TRANSITION, never a second application.
 * It is checked as a direct submission is: a bundle's items must be the ones its answers select, the merged form must
 * be valid and the materials complete (or owed only where the item allows 容缺).
 */
export async function submitDraft(deps: AppDeps, actor: Actor, id: string, input: { version?: number }) {
  let answers: Record<string, unknown> | undefined;
  const { app } = await changeApplication(deps, actor, {
    id,
    action: 'submit',
    policy: 'supply',
    expectedVersion: input.version,
    check: async (a) => {
      const now = deps.clock.now();
      const items = await filedItemsOf(deps.db, a.id);
      await requireDraftRealName(deps.db, actor, a, items, now);
      answers = a.bundle_code ? await checkBundleSelection(deps.db, a.bundle_code, a.answers, items.map((i) => i.code), a.applicant, now, a.form) : a.answers;
      await checkSubmittedForm(deps.db, actor, items.map((i) => i.versionId), answers, a.form, shanghaiDateOf(now));
      const attachments = (await store.attachmentsOf(deps.db, a.id)).map((x) => ({ id: x.id, kind: x.kind, licenceId: x.licence_id, licenceType: x.licence_type, materialKeys: x.material_keys }));
      await requireSubmittable(deps.db, { items, applicant: a.applicant, answers, form: a.form, attachments, at: now });
    },
    patch: (_a, at) => ({ submitted_at: at, ...(answers ? { answers } : {}) }),
  });
  return app;
}
