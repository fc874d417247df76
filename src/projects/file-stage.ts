import { submitApplication, type SubmitInput } from '../applications/index.js';
import { appendAudit } from '../audit/index.js';
import { AppError, shanghaiDateOf, type AppDeps } from '../core/index.js';
import { delegatedHandling } from '../powers/index.js';
import { saveUpload } from '../files/index.js';
import type { Actor } from '../identity/index.js';
import { zoneResultsPdf } from './documents.js';
import { can, inReach } from './policy.js';
import { coveredMaterials, loadProject, projectState, stageItemCodes } from './project-state.js';
import { DRAWING_STAGE } from './rules.js';
import * as store from './store.js';

export type StageFilingInput = Pick<SubmitInput, 'answers' | 'form' | 'attachments' | 'licences' | 'pickup'> & { itemCodes?: string[] | undefined };

/**
 * 分阶段申报: one stage's filing is an application of that stage's items only, with that stage's materials. It is
 * refused while the stage before has no results issued (and, for 施工许可, while the drawings have not passed joint
 * review). Materials that the zone's 区域评估 covers are not asked: the zone's results are attached in their place.
 */
export async function fileStage(deps: AppDeps, actor: Actor, projectId: string, stageKey: string, input: StageFilingInput, idempotencyKey: string | null) {
  const project = await loadProject(deps.db, projectId);
  if (!inReach(actor, project)) throw new AppError('PROJECT_NOT_FOUND');
  if (!can(actor, 'file', project)) throw new AppError('FORBIDDEN');
  const state = await projectState(deps, project);
  const n = state.stages.findIndex((s) => s.key === stageKey);
  if (n < 0) throw new AppError('PROJECT_STAGE_UNKNOWN');
  const stage = state.stages[n]!;
  if (stage.status === 'locked') throw new AppError('PROJECT_STAGE_LOCKED', { previous: state.stages[n - 1]!.name });
  if (stage.status !== 'open') throw new AppError('PROJECT_STAGE_FILED');
  if (stageKey === DRAWING_STAGE && !state.reviews.some((r) => r.status === 'passed')) throw new AppError('PROJECT_DRAWINGS_NOT_PASSED');

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

  // the project's own facts are the platform's, not retyped
  const form = { ...input.form };
  for (const [key, value] of [['projectCode', project.project_code], ['projectName', project.name]] as const) if (key in form) form[key] = value;

  // 园区的事园区办: a project in a zone whose administration holds delegated items of this filing hands it in there
  const zoneRegion = state.zone?.admin_region ?? null;
  const filed = state.items.filter((i) => itemCodes.includes(i.code)).map((i) => ({ code: i.code, departmentId: i.department.id }));
  const atZone = zoneRegion && (await delegatedHandling(deps.db, filed, zoneRegion, shanghaiDateOf(deps.clock.now()))).size > 0;

  const { application, created } = await submitApplication(
    deps,
    actor,
    { itemCodes, answers, form, attachments: [...(input.attachments ?? []), ...zoneAttachments], licences: input.licences, pickup: input.pickup ?? null, ...(atZone ? { windowRegion: zoneRegion } : {}) },
    idempotencyKey,
  );
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await store.linkFiling(tx, project.id, stageKey, application.id, now);
    if (created) {
      await appendAudit(tx, {
        chain: `project:${project.id}`, actorId: actor.userId, action: 'project.stageFiled',
        data: { stage: stageKey, applicationId: application.id, number: application.number, coveredByZone: zoneAttachments.flatMap((a) => a.materials.map((m) => `${m.itemCode}:${m.materialCode}`)) },
        at: now,
      });
    }
  });
  return { application, created, coveredByZone: zoneAttachments.flatMap((a) => a.materials) };
}
