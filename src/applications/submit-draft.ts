import type { AppDeps } from '../core/index.js';
import type { Actor } from '../identity/index.js';
import { checkBundleSelection } from './bundle-selection.js';
import * as store from './store/applications.js';
import { changeApplication } from './window-action.js';

/**
 * A saved draft is submitted as it stands; submitting it twice answers INVALID_TRANSITION, never a second application.
 * A bundle draft's items must by then be the ones its answers select.
 */
export async function submitDraft(deps: AppDeps, actor: Actor, id: string, input: { version?: number }) {
  const { app } = await changeApplication(deps, actor, {
    id,
    action: 'submit',
    policy: 'supply',
    expectedVersion: input.version,
    check: async (a) => {
      if (!a.bundle_code) return;
      const codes = (await store.casesOf(deps.db, a.id)).map((c) => c.item_code);
      await checkBundleSelection(deps.db, a.bundle_code, a.answers, codes, a.applicant, deps.clock.now());
    },
    patch: (_a, at) => ({ submitted_at: at }),
  });
  return app;
}
