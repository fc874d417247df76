/**
 * 指南纠错: an applicant or a clerk flags an item's guide as wrong or unclear, from whatever step they are at.
 * The flag goes to the item's owner department with a deadline (supervision, subject kind 'guide-feedback'),
 * and its head is told in-app.
 */
import { getItemVersion } from '../catalog/index.js';
import { AppError, newId, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { usersOfDepartment, type Actor } from '../identity/index.js';
import { notify } from '../notifications/index.js';
import { trackDeadline } from '../supervision/index.js';
import { can, reporterKindOf } from './policy.js';
import * as store from './store.js';

/** Working days the owner department has to answer a flag (configurable by changing this one value). */
export const FEEDBACK_WORKING_DAYS = 5;

export const FEEDBACK_STEPS = ['guidance', 'notice', 'form', 'materials', 'submission', 'window', 'review', 'delivery'] as const;
export const FEEDBACK_PARTS = ['conditions', 'materials', 'fees', 'limits', 'place', 'steps', 'form', 'legalBasis', 'other'] as const;

export const partNames: Record<(typeof FEEDBACK_PARTS)[number], string> = {
  conditions: '办理条件',
  materials: '申请材料',
  fees: '收费',
  limits: '办理时限',
  place: '办理地点',
  steps: '办理流程',
  form: '申请表',
  legalBasis: '法律依据',
  other: '其他',
};

export interface FlagGuideInput {
  itemVersionId: string;
  step: (typeof FEEDBACK_STEPS)[number];
  kind: 'wrong' | 'unclear';
  part: (typeof FEEDBACK_PARTS)[number];
  materialCode?: string | undefined;
  description: string;
  applicationId?: string | undefined;
}

export async function flagGuide(deps: { db: Db; clock: Clock }, actor: Actor, input: FlagGuideInput): Promise<store.FeedbackRow> {
  if (!can(actor, 'flagGuide')) throw new AppError('FORBIDDEN');
  const version = await getItemVersion(deps.db, input.itemVersionId);
  if (!version) throw new AppError('GUIDANCE_ITEM_VERSION_NOT_FOUND', { ids: input.itemVersionId });
  if (input.materialCode && !version.materials.some((m) => m.code === input.materialCode)) {
    throw new AppError('GUIDE_FEEDBACK_MATERIAL_UNKNOWN', { code: input.materialCode, item: version.name });
  }
  const now = deps.clock.now();
  const id = newId();
  const row = {
    id,
    item_code: version.code,
    item_version_id: version.versionId,
    item_name: version.name,
    department_id: version.department.id,
    reporter_id: actor.userId,
    reporter_kind: reporterKindOf(actor),
    step: input.step,
    kind: input.kind,
    part: input.part,
    material_code: input.materialCode ?? null,
    description: input.description,
    application_id: input.applicationId ?? null,
    created_at: now,
  };
  const kindText = input.kind === 'wrong' ? '有误' : '不清楚';
  await deps.db.transaction(async (tx) => {
    await store.insertFeedback(tx, row);
    await trackDeadline(tx, {
      subjectKind: 'guide-feedback',
      subjectId: id,
      title: `指南纠错：${version.name}（${partNames[input.part]}${kindText}）`,
      departmentId: version.department.id,
      regionCode: version.regionCode,
      startedAt: now,
      workingDays: FEEDBACK_WORKING_DAYS,
    });
    const heads = await usersOfDepartment(tx, version.department.id, 'head');
    const to = heads.length ? heads : await usersOfDepartment(tx, version.department.id, 'reviewer');
    for (const u of to) {
      await notify(tx, {
        userId: u.id,
        title: `办事指南反馈：${version.name}`,
        body: `${reporterKindOf(actor) === 'staff' ? '窗口工作人员' : '申请人'}反映“${partNames[input.part]}”${kindText}：${input.description}`,
        link: `/guide-feedback/${id}`,
        key: `guide-feedback:${id}:${u.id}`,
      });
    }
  });
  return { ...row, status: 'open', response: null, handled_by: null, handled_at: null };
}
