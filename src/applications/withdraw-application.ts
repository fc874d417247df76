import type { AppDeps } from '../core/index.js';
import type { Actor } from '../identity/index.js';
import { moveCase } from './case-flow.js';
import { notifyApplicant } from './notify-applicant.js';
import * as store from './store/applications.js';
import { changeApplication } from './window-action.js';

/**
 * 撤回: the applicant (or their agent) withdraws an application not yet accepted — a draft, one waiting for the
 * window, or one waiting for corrections. Its cases end before they start; after acceptance only the authority's
 * procedure (终止) can end it.
 */
export async function withdrawApplication(deps: AppDeps, actor: Actor, id: string, input: { version?: number; reason?: string | null }) {
  const { app } = await changeApplication(deps, actor, {
    id,
    action: 'withdraw',
    policy: 'supply',
    expectedVersion: input.version,
    patch: () => ({}),
    reason: () => input.reason ?? null,
    then: async (tx, updated, before, at) => {
      for (const c of await store.casesOf(tx, updated.id)) await moveCase(tx, updated, c, 'cancel', ['system'], null, at, {}, { reason: '申请人撤回申请' });
      if (before.status !== 'draft') await notifyApplicant(tx, updated, `withdrawn:${updated.id}`, '申请已撤回', `您已撤回申请${input.reason ? `（${input.reason}）` : ''}，本办件不再办理`, at);
    },
  });
  return app;
}
