/** What leaves the module: explicit shapes, never rows. */
import type { Deadline } from '../supervision/index.js';
import { describeCondition } from './conditions.js';
import type { BundleView } from './model.js';
import type { FeedbackRow } from './store.js';
import { partNames } from './flag-guide.js';

export function presentQuestionnaire(b: BundleView) {
  const labels = { questions: Object.fromEntries(b.questions.map((q) => [q.key, q.text])) };
  return {
    bundle: { code: b.code, versionId: b.versionId, name: b.name, description: b.description, promisedDays: b.promisedDays, promisedHours: b.promisedHours, place: b.place },
    questions: b.questions.map((q) => ({
      key: q.key,
      text: q.text,
      help: q.help ?? null,
      kind: q.kind,
      options: q.options ?? [],
      unit: q.unit ?? null,
      min: q.min ?? null,
      max: q.max ?? null,
      visibleIf: q.visibleIf ?? null,
      visibleIfText: q.visibleIf ? `仅当${describeCondition(q.visibleIf, labels)}时回答` : null,
    })),
    items: b.items.map((m) => ({
      itemCode: m.item.itemCode,
      versionId: m.item.versionId,
      name: m.item.name,
      authority: m.item.authority.name,
      includeIf: m.includeIf ?? null,
      includeIfText: m.includeIf ? `仅当${describeCondition(m.includeIf, labels)}时办理` : '必办',
    })),
  };
}

export function presentFeedback(r: FeedbackRow, deadline?: Deadline) {
  return {
    id: r.id,
    itemCode: r.item_code,
    itemVersionId: r.item_version_id,
    itemName: r.item_name,
    departmentId: r.department_id,
    reporterKind: r.reporter_kind,
    step: r.step,
    kind: r.kind,
    kindName: r.kind === 'wrong' ? '内容有误' : '表述不清',
    part: r.part,
    partName: partNames[r.part as keyof typeof partNames] ?? r.part,
    materialCode: r.material_code,
    description: r.description,
    applicationId: r.application_id,
    status: r.status,
    response: r.response,
    handledAt: r.handled_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
    deadline: deadline ?? null,
  };
}
