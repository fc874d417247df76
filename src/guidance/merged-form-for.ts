/**
 * The merged form for a signed-in applicant: for the items of a Notice they were given (or item versions chosen
 * directly), prefilled from their profile and the e-licences they hold. Staff get the bare form: a clerk entering
 * an application at the counter must not see their own details filled in.
 */
import { AppError, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { userById, type Actor } from '../identity/index.js';
import type { LicencesOf } from './holder-licences.js';
import { getNotice } from './issue-notice.js';
import { loadItemVersions } from './load-guide.js';
import { buildMergedForm, type MergedForm, type MergeOptions, type PrefillSources } from './merge-form.js';
import type { Answers } from './model.js';
import { validateForm, type FormValidation } from './validate-form.js';

export interface FormTarget {
  noticeId?: string | undefined;
  itemVersionIds?: string[] | undefined;
  answers?: Answers | undefined;
  /** What the applicant has entered so far (a saved draft): kept, and compared with the records. */
  data?: Record<string, unknown> | undefined;
}

type Answered = NonNullable<MergeOptions['answered']>;

async function resolveTarget(db: Db, t: FormTarget, actor: Actor | null): Promise<{ ids: string[]; answers: Answers; answered: Answered }> {
  if (t.noticeId) {
    const row = await getNotice(db, t.noticeId, actor);
    const answered: Answered = {};
    for (const a of row.content.answers) if (a.dataElement) answered[a.dataElement] = { value: a.answer, question: a.text };
    return { ids: row.content.items.map((i) => i.versionId), answers: row.content.answers.reduce<Answers>((a, x) => ({ ...a, [x.question]: x.answer }), {}), answered };
  }
  if (!t.itemVersionIds?.length) throw new AppError('GUIDANCE_FORM_ITEMS_REQUIRED');
  return { ids: t.itemVersionIds, answers: t.answers ?? {}, answered: {} };
}

export async function prefillSourcesOf(deps: { db: Db; clock: Clock; licencesOf: LicencesOf }, actor: Actor): Promise<PrefillSources> {
  if (actor.kind === 'staff') return {};
  const [user, licences] = await Promise.all([userById(deps.db, actor.userId), deps.licencesOf(deps.db, actor, deps.clock.now())]);
  return {
    profile: { name: actor.name, idNumber: actor.idNumber, uscc: actor.uscc, orgName: actor.orgName, phone: user?.phone ?? null },
    licences,
  };
}

export async function mergedFormFor(deps: { db: Db; clock: Clock; licencesOf: LicencesOf }, target: FormTarget, actor: Actor): Promise<MergedForm> {
  const { ids, answers, answered } = await resolveTarget(deps.db, target, actor);
  const { items, elements } = await loadItemVersions(deps.db, ids);
  return buildMergedForm(items, elements, { answers, answered, entered: target.data ?? {}, prefill: await prefillSourcesOf(deps, actor) });
}

export async function checkMergedForm(db: Db, target: FormTarget, data: Record<string, unknown>, actor: Actor | null, today?: string): Promise<FormValidation> {
  const { ids, answers } = await resolveTarget(db, target, actor);
  const { items, elements } = await loadItemVersions(db, ids);
  return validateForm(buildMergedForm(items, elements, { answers }), data, today);
}
