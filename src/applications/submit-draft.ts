import type { AppDeps } from '../core/index.js';
import type { Actor } from '../identity/index.js';
import { changeApplication } from './window-action.js';

/** A saved draft is submitted as it stands; submitting it twice answers INVALID_TRANSITION, never a second application. */
export async function submitDraft(deps: AppDeps, actor: Actor, id: string, input: { version?: number }) {
  const { app } = await changeApplication(deps, actor, {
    id,
    action: 'submit',
    policy: 'supply',
    expectedVersion: input.version,
    patch: (_a, at) => ({ submitted_at: at }),
  });
  return app;
}
