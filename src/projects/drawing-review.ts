import { appendAudit } from '../audit/index.js';
import { AppError, newId, type AppDeps } from '../core/index.js';
import { uploadsByIds } from '../files/index.js';
import { departmentById, isWithinRegion, type Actor } from '../identity/index.js';
import { can, inReach } from './policy.js';
import { loadProject, projectState } from './project-state.js';
import { DRAWING_REVIEW_DEPARTMENTS, DRAWING_STAGE, MAX_REVIEW_ROUNDS, reviewOutcome, type ReviewVerdict } from './rules.js';
import * as store from './store.js';

async function ownUploads(deps: AppDeps, actor: Actor, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  const rows = await uploadsByIds(deps.db, unique);
  for (const id of unique) if (!rows.some((u) => u.id === id && u.uploaded_by === actor.userId)) throw new AppError('ATTACHMENT_NOT_YOURS', { uploadId: id });
  return unique;
}

/** The departments concerned that serve the project's region (the lead, 住建, first). */
export async function concernedDepartments(deps: AppDeps, regionCode: string, codes: readonly string[]): Promise<string[]> {
  const found = await store.departmentNames(deps.db, [...codes]);
  return codes.filter((c) => { const d = found.get(c); return !!d && isWithinRegion(regionCode, d.region); });
}

/**
 * 联合审图: the company submits one drawing set once the 工程建设许可 stage has its results; every department concerned
 * reviews it in the same round.
 */
export async function openDrawingReview(deps: AppDeps, actor: Actor, projectId: string, uploadIds: string[]): Promise<store.ReviewRow> {
  const project = await loadProject(deps.db, projectId);
  if (!inReach(actor, project)) throw new AppError('PROJECT_NOT_FOUND');
  if (!can(actor, 'openReview', project)) throw new AppError('FORBIDDEN');
  const state = await projectState(deps, project);
  if (state.stages.find((s) => s.key === DRAWING_STAGE)?.status === 'locked') throw new AppError('DRAWING_REVIEW_NOT_OPEN');
  if (state.reviews.some((r) => r.status !== 'failed')) throw new AppError('DRAWING_REVIEW_EXISTS');
  const uploads = await ownUploads(deps, actor, uploadIds);
  const departments = await concernedDepartments(deps, project.region_code, DRAWING_REVIEW_DEPARTMENTS);
  const now = deps.clock.now();
  const id = newId();
  await deps.db.transaction(async (tx) => {
    await store.insertReview(tx, { id, project_id: project.id, departments, round: 1, status: 'reviewing', upload_ids: uploads, opened_at: now });
    await appendAudit(tx, { chain: `project:${project.id}`, actorId: actor.userId, action: 'drawings.submitted', data: { reviewId: id, round: 1, departments, files: uploads.length }, at: now });
  });
  return (await store.reviewById(deps.db, id))!;
}

/** Loads a review the actor may reach (else: not found, whoever asks) with its project. */
export async function reachableReview(deps: AppDeps, actor: Actor, reviewId: string) {
  const review = await store.reviewById(deps.db, reviewId);
  const project = review && (await store.projectById(deps.db, review.project_id));
  if (!review || !project || !inReach(actor, project)) throw new AppError('DRAWING_REVIEW_NOT_FOUND');
  return { review, project };
}

/**
 * One department's opinion in the current round. When the last department concerned has given its own, the
 * opinions are merged into one notice and the outcome follows (合格, 一次修改, 不合格).
 */
export async function giveOpinion(deps: AppDeps, actor: Actor, reviewId: string, input: { verdict: ReviewVerdict; opinion: string }): Promise<store.ReviewRow> {
  const { project } = await reachableReview(deps, actor, reviewId);
  const dept = actor.departmentId ? await departmentById(deps.db, actor.departmentId) : undefined;
  if (!can(actor, 'giveOpinion', project, { departmentCode: dept?.code ?? null })) throw new AppError('FORBIDDEN');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const review = (await store.reviewById(tx, reviewId, true))!;
    if (!review.departments.includes(dept!.code)) throw new AppError('DRAWING_REVIEW_NOT_CONCERNED');
    if (review.status !== 'reviewing') throw new AppError('DRAWING_REVIEW_ROUND_CLOSED');
    if (!(await store.insertOpinion(tx, { reviewId, round: review.round, departmentCode: dept!.code, verdict: input.verdict, opinion: input.opinion, reviewerId: actor.userId, at: now }))) {
      throw new AppError('DRAWING_REVIEW_ROUND_CLOSED');
    }
    const verdicts = new Map((await store.opinionsOf(tx, reviewId)).filter((o) => o.round === review.round).map((o) => [o.department_code, o.verdict]));
    const next = reviewOutcome(review.departments, review.round, verdicts);
    if (next !== review.status) {
      const concluded = next === 'passed' || next === 'failed';
      if (!(await store.updateReview(tx, reviewId, review.version, { status: next, concludedAt: concluded ? now : null }))) throw new AppError('CONFLICT');
    }
    await appendAudit(tx, {
      chain: `project:${project.id}`, actorId: actor.userId, action: 'drawings.opinion',
      data: { reviewId, round: review.round, department: dept!.code, verdict: input.verdict, outcome: next }, at: now,
    });
  });
  return (await store.reviewById(deps.db, reviewId))!;
}

/** The one revision the merged notice allows: the company submits the revised set and the departments review it once more. */
export async function reviseDrawings(deps: AppDeps, actor: Actor, reviewId: string, uploadIds: string[]): Promise<store.ReviewRow> {
  const { review, project } = await reachableReview(deps, actor, reviewId);
  if (!can(actor, 'reviseDrawings', project)) throw new AppError('FORBIDDEN');
  if (review.round >= MAX_REVIEW_ROUNDS || review.status === 'passed' || review.status === 'failed') throw new AppError('DRAWING_REVIEW_NO_MORE_ROUNDS');
  if (review.status !== 'revising') throw new AppError('DRAWING_REVIEW_NOT_REVISING');
  const uploads = await ownUploads(deps, actor, uploadIds);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    if (!(await store.updateReview(tx, reviewId, review.version, { status: 'reviewing', round: review.round + 1, uploadIds: uploads, concludedAt: null }))) throw new AppError('CONFLICT');
    await appendAudit(tx, { chain: `project:${project.id}`, actorId: actor.userId, action: 'drawings.revised', data: { reviewId, round: review.round + 1, files: uploads.length }, at: now });
  });
  return (await store.reviewById(deps.db, reviewId))!;
}
