/**
 * Issues a Notice for a bundle (from questionnaire answers) or for a single item, and keeps it as issued,
 * so that its HTML and PDF later show exactly what the applicant was told.
 */
import { conditionRefs } from '../catalog/index.js';
import { AppError, newId, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import type { Actor } from '../identity/index.js';
import { answerQuestionnaire } from './answer-questionnaire.js';
import { buildNotice, type Notice } from './build-notice.js';
import type { LicencesOf } from './holder-licences.js';
import { loadBundle, loadPublishedItem } from './load-guide.js';
import { selectForBundle, selectForItems } from './select-items.js';
import * as store from './store.js';

export interface NoticeDeps {
  db: Db;
  clock: Clock;
  licencesOf: LicencesOf;
  licenceTypeNames?: Record<string, string>;
}

/** A notice as issued: kept, and known by its number. */
export type IssuedNotice = Notice & { id: string };

export async function issueBundleNotice(deps: NoticeDeps, bundleCode: string, rawAnswers: Record<string, unknown>, actor: Actor | null): Promise<IssuedNotice> {
  const bundle = await loadBundle(deps.db, bundleCode);
  return noticeOfBundle(deps, bundle, rawAnswers, actor, {
    name: bundle.name,
    promise: { days: bundle.promisedDays, hours: bundle.promisedHours, place: bundle.place, staged: bundle.staged === true },
  });
}

/**
 * One stage of a staged bundle (工程建设项目分阶段申报): a notice of that stage's members only, asking only the
 * questions that decide which of them apply; its subject names the stage.
 */
export async function issueStageNotice(deps: NoticeDeps, bundleCode: string, stage: { name: string; itemCodes: readonly string[] }, rawAnswers: Record<string, unknown>, actor: Actor | null): Promise<IssuedNotice> {
  const whole = await loadBundle(deps.db, bundleCode);
  const items = whole.items.filter((m) => stage.itemCodes.includes(m.item.itemCode));
  const asked = new Set<string>();
  for (const m of items) for (const q of conditionRefs(m.includeIf).questions) asked.add(q);
  const bundle = { ...whole, items, questions: whole.questions.filter((q) => asked.has(q.key)) };
  return noticeOfBundle(deps, bundle, Object.fromEntries(Object.entries(rawAnswers).filter(([k]) => asked.has(k))), actor, { name: `${bundle.name}·${stage.name}` });
}

/** The notice of a bundle (whole, or one stage's part of it) for the answers given, saved for the applicant. */
async function noticeOfBundle(
  deps: NoticeDeps,
  bundle: Awaited<ReturnType<typeof loadBundle>>,
  rawAnswers: Record<string, unknown>,
  actor: Actor | null,
  subject: { name: string; promise?: Parameters<typeof buildNotice>[0]['bundlePromise'] },
): Promise<IssuedNotice> {
  const result = answerQuestionnaire(bundle.questions, rawAnswers);
  if (!result.complete) throw new AppError('GUIDANCE_ANSWERS_INVALID', { errors: result.errors });
  const held = actor ? await deps.licencesOf(deps.db, actor, deps.clock.now()) : [];
  const notice = buildNotice({
    subject: { kind: 'bundle', code: bundle.code, name: subject.name },
    questions: bundle.questions,
    answers: result.answers,
    selection: selectForBundle(bundle, { answers: result.answers, heldLicenceTypes: held.map((h) => h.typeCode) }),
    generatedAt: deps.clock.now(),
    heldLicences: held,
    ...(deps.licenceTypeNames ? { licenceTypeNames: deps.licenceTypeNames } : {}),
    ...(subject.promise ? { bundlePromise: subject.promise } : {}),
  });
  return save(deps, notice, bundle.versionId, result.answers, actor);
}

export async function issueItemNotice(deps: NoticeDeps, itemCode: string, actor: Actor | null): Promise<IssuedNotice> {
  const item = await loadPublishedItem(deps.db, itemCode);
  const held = actor ? await deps.licencesOf(deps.db, actor, deps.clock.now()) : [];
  const notice = buildNotice({
    subject: { kind: 'item', code: item.itemCode, name: item.name },
    questions: [],
    answers: {},
    selection: selectForItems([item], { answers: {}, heldLicenceTypes: held.map((h) => h.typeCode) }),
    generatedAt: deps.clock.now(),
    heldLicences: held,
    ...(deps.licenceTypeNames ? { licenceTypeNames: deps.licenceTypeNames } : {}),
  });
  return save(deps, notice, item.versionId, {}, actor);
}

async function save(deps: NoticeDeps, notice: Notice, versionId: string, answers: Record<string, unknown>, actor: Actor | null): Promise<IssuedNotice> {
  const id = newId();
  const stored = { ...notice, id };
  await store.insertNotice(deps.db, {
    id,
    subject_kind: notice.subject.kind,
    subject_code: notice.subject.code,
    version_id: versionId,
    answers,
    content: stored,
    user_id: actor?.userId ?? null,
    created_at: deps.clock.now(),
  });
  return stored;
}

/**
 * A stored notice. One made for a signed-in applicant names their licences, so only they (and staff) may read it;
 * an anonymous visitor's notice is readable by anyone holding its id.
 */
export async function getNotice(db: Db, id: string, actor: Actor | null): Promise<store.NoticeRow> {
  const row = await store.noticeById(db, id);
  if (!row) throw new AppError('GUIDANCE_NOTICE_NOT_FOUND');
  if (row.user_id && row.user_id !== actor?.userId && actor?.kind !== 'staff') throw new AppError('GUIDANCE_NOTICE_NOT_FOUND');
  return row;
}
