import { createHash } from 'node:crypto';
import { filedWithKey, filingState, submitApplication, type SubmitInput } from '../applications/index.js';
import { appendAudit, canonicalJson } from '../audit/index.js';
import { AppError, shanghaiDateOf, type AppDeps } from '../core/index.js';
import { delegatedHandling } from '../powers/index.js';
import { saveUpload } from '../files/index.js';
import type { Actor } from '../identity/index.js';
import { zoneResultsPdf } from './documents.js';
import { can, inReach } from './policy.js';
import { coveredMaterials, loadProject, projectState, stageItemCodes, type ProjectState, type StageState } from './project-state.js';
import { issueStageNotice, licenceTypeNames, licencesOfActor } from '../guidance/index.js';
import { DRAWING_STAGE, isVoid } from './rules.js';
import * as store from './store.js';

/** The stage's gate: the stage, when it may be filed now; otherwise the refusal, naming what must come first. */
export function openStage(state: ProjectState, stageKey: string): StageState {
  const n = state.stages.findIndex((s) => s.key === stageKey);
  if (n < 0) throw new AppError('PROJECT_STAGE_UNKNOWN');
  const stage = state.stages[n]!;
  if (stage.status === 'locked') throw new AppError('PROJECT_STAGE_LOCKED', { previous: state.stages[n - 1]!.name });
  if (stage.status !== 'open') throw new AppError('PROJECT_STAGE_FILED');
  if (stageKey === DRAWING_STAGE && !state.reviews.some((r) => r.status === 'passed')) throw new AppError('PROJECT_DRAWINGS_NOT_PASSED');
  return stage;
}

/**
 * 申报本阶段, first step: the one-time notice of this stage's items and materials (the same 一表申请 as any bundle),
 * issued only when the stage's gate lets it be filed; the filing itself then goes through fileStage.
 */
export async function stageNotice(deps: AppDeps, actor: Actor, projectId: string, stageKey: string, answers: Record<string, unknown>) {
  const project = await loadProject(deps.db, projectId);
  if (!inReach(actor, project)) throw new AppError('PROJECT_NOT_FOUND');
  if (!can(actor, 'file', project)) throw new AppError('FORBIDDEN');
  const state = await projectState(deps, project);
  const stage = openStage(state, stageKey);
  return issueStageNotice({ db: deps.db, clock: deps.clock, licencesOf: licencesOfActor, licenceTypeNames }, project.bundle_code, { name: stage.name, itemCodes: stageItemCodes(state.bundle, stageKey, null) }, answers, actor);
}

export type StageFilingInput = Pick<SubmitInput, 'answers' | 'form' | 'attachments' | 'licences' | 'pickup'> & { itemCodes?: string[] | undefined };

type MaterialRef = { itemCode: string; materialCode: string };
export interface StageFiled {
  application: { id: string; number: string; status: string };
  created: boolean;
  coveredByZone: MaterialRef[];
}

const refOf = (key: string): MaterialRef => {
  const n = key.indexOf(':');
  return { itemCode: key.slice(0, n), materialCode: key.slice(n + 1) };
};

/**
 * A retry of a filing (the same Idempotency-Key): the application the first attempt filed, with what it was told;
 * the key used for another filing (or another stage, or another application altogether) is refused.
 */
async function earlierFiling(deps: AppDeps, actor: Actor, projectId: string, stageKey: string, key: string, requestHash: string): Promise<StageFiled | null> {
  const app = await filedWithKey(deps.db, actor.userId, key);
  if (!app) return null;
  const f = await store.filingOfApplication(deps.db, app.id);
  if (!f || f.project_id !== projectId || f.stage_key !== stageKey || f.request_hash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
  return { application: { id: app.id, number: app.number, status: app.status }, created: false, coveredByZone: f.covered_by_zone.map(refOf) };
}

/**
 * 分阶段申报: one stage's filing is an application of that stage's items only, with that stage's materials. It is
 * refused while the stage before has no results issued (and, for 施工许可, while the drawings have not passed joint
 * review). Materials that the zone's 区域评估 covers are not asked: the zone's results are attached in their place.
 *
 * Two filings of one stage at the same instant: the application is inserted in a transaction that first locks the
 * project's row and looks at the stage's filings again, so the second finds the first and is refused. A retry with
 * the same Idempotency-Key is answered with the first filing, not refused by the gate the first one closed.
 */
export async function fileStage(deps: AppDeps, actor: Actor, projectId: string, stageKey: string, input: StageFilingInput, idempotencyKey: string | null): Promise<StageFiled> {
  const project = await loadProject(deps.db, projectId);
  if (!inReach(actor, project)) throw new AppError('PROJECT_NOT_FOUND');
  if (!can(actor, 'file', project)) throw new AppError('FORBIDDEN');
  const requestHash = createHash('sha256').update(canonicalJson({ projectId, stageKey, input })).digest('hex');
  const earlier = idempotencyKey ? await earlierFiling(deps, actor, projectId, stageKey, idempotencyKey, requestHash) : null;
  if (earlier) return earlier;

  const state = await projectState(deps, project);
  const stage = openStage(state, stageKey);

  const answers = input.answers ?? {};
  const applicable = stageItemCodes(state.bundle, stageKey, answers);
  const itemCodes = input.itemCodes?.length ? [...new Set(input.itemCodes)] : applicable;
  for (const c of itemCodes) if (!stageItemCodes(state.bundle, stageKey, null).includes(c)) throw new AppError('PROJECT_STAGE_ITEM', { itemCode: c, stage: stage.name });

  // 区域评估成果共享: one statement per assessment, standing in for every material of this filing it covers
  const covered = coveredMaterials(state.assessments);
  const byAssessment = new Map<string, { assessment: store.AssessmentRow; materials: Array<{ itemCode: string; materialCode: string; name: string }> }>();
  for (const item of state.items.filter((i) => itemCodes.includes(i.code))) {
    for (const m of item.materials) {
      const a = covered.get(`${item.code}:${m.code}`);
      if (!a) continue;
      const entry = byAssessment.get(a.id) ?? { assessment: a, materials: [] };
      entry.materials.push({ itemCode: item.code, materialCode: m.code, name: `${item.name}：${m.name}` });
      byAssessment.set(a.id, entry);
    }
  }
  const supplied = new Set((input.attachments ?? []).flatMap((x) => x.materials.map((m) => `${m.itemCode}:${m.materialCode}`)));
  const zoneAttachments: SubmitInput['attachments'] = [];
  for (const { assessment, materials } of byAssessment.values()) {
    const needed = materials.filter((m) => !supplied.has(`${m.itemCode}:${m.materialCode}`));
    if (!needed.length || !state.zone) continue;
    const pdf = await zoneResultsPdf({ zone: state.zone, assessment, project, materials: needed.map((m) => m.name), at: deps.clock.now() });
    const saved = await saveUpload(deps, { content: Buffer.from(pdf), originalName: `区域评估成果-${assessment.title}.pdf`, uploadedBy: actor.userId });
    zoneAttachments.push({ uploadId: saved.id, materials: needed.map((m) => ({ itemCode: m.itemCode, materialCode: m.materialCode })) });
  }
  const coveredByZone = zoneAttachments.flatMap((a) => a.materials);

  // the project's own facts are the platform's, not retyped
  const form = { ...input.form };
  for (const [key, value] of [['projectCode', project.project_code], ['projectName', project.name]] as const) if (key in form) form[key] = value;

  // 园区的事园区办: a project in a zone whose administration holds delegated items of this filing hands it in there
  const zoneRegion = state.zone?.admin_region ?? null;
  const filed = state.items.filter((i) => itemCodes.includes(i.code)).map((i) => ({ code: i.code, departmentId: i.department.id }));
  const atZone = zoneRegion && (await delegatedHandling(deps.db, filed, zoneRegion, shanghaiDateOf(deps.clock.now()))).size > 0;
  const now = deps.clock.now();
  let out;
  try {
    out = await submitApplication(
      deps,
      actor,
      { itemCodes, answers, form, attachments: [...(input.attachments ?? []), ...zoneAttachments], licences: input.licences, pickup: input.pickup ?? null, ...(atZone ? { windowRegion: zoneRegion } : {}) },
      idempotencyKey,
      {
        // the gate again, under the project's lock: a filing that got in since the check above closes the stage
        async before(tx) {
          await store.lockProject(tx, project.id);
          for (const f of (await store.filingsOf(tx, project.id)).filter((x) => x.stage_key === stageKey)) {
            const s = await filingState(tx, f.application_id);
            if (s && !isVoid({ status: s.status, anyDenied: s.anyDenied })) throw new AppError('PROJECT_STAGE_FILED');
          }
        },
        async after(tx, application) {
          await store.linkFiling(tx, { projectId: project.id, stageKey, applicationId: application.id, at: now, requestHash, coveredByZone: coveredByZone.map((m) => `${m.itemCode}:${m.materialCode}`) });
          await appendAudit(tx, {
            chain: `project:${project.id}`, actorId: actor.userId, action: 'project.stageFiled',
            data: { stage: stageKey, applicationId: application.id, number: application.number, coveredByZone: coveredByZone.map((m) => `${m.itemCode}:${m.materialCode}`) },
            at: now,
          });
        },
      },
    );
  } catch (e) {
    // the same key sent twice at once: the one that lost the race answers with the winner's filing
    if (idempotencyKey && e instanceof AppError && (e.code === 'PROJECT_STAGE_FILED' || e.code === 'IDEMPOTENCY_KEY_REUSED')) {
      const first = await earlierFiling(deps, actor, projectId, stageKey, idempotencyKey, requestHash);
      if (first) return first;
    }
    throw e;
  }
  if (!out.created) {
    const first = idempotencyKey ? await earlierFiling(deps, actor, projectId, stageKey, idempotencyKey, requestHash) : null;
    if (first) return first;
    throw new AppError('IDEMPOTENCY_KEY_REUSED');
  }
  return { application: { id: out.application.id, number: out.application.number, status: out.application.status }, created: true, coveredByZone };
}
