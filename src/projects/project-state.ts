import { filingState } from '../applications/index.js';
import { dueDate, loadCalendar, workingDaysBetween } from '../calendar/index.js';
import { conditionRefs, evaluateCondition, getPublishedBundleByCode, getPublishedItemsByCodes, type BundleVersion, type ServiceItemVersion } from '../catalog/index.js';
import { AppError, shanghaiDateOf, type AppDeps } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { ACCEPTANCE_STAGE, DRAWING_STAGE, stageStatuses, type StageStatus } from './rules.js';
import * as store from './store.js';

export interface StageMaterial {
  itemCode: string;
  itemName: string;
  materialCode: string;
  name: string;
  /** 区域评估: the zone's results stand in for it */
  coveredBy: string | null;
  /** an e-licence of this type stands in for it (免提交) */
  fromLicence: string | null;
}

export interface StageState {
  key: string;
  name: string;
  promisedDays: number;
  lead: { code: string; name: string } | null;
  items: Array<{ code: string; name: string; departmentName: string; conditional: boolean }>;
  /** the questions that decide which of the stage's items apply (asked when it is filed) */
  questions: Array<{ key: string; text: string; kind: 'yesNo' | 'choice' | 'number'; options: Array<{ value: string; label: string }>; unit: string }>;
  materials: StageMaterial[];
  status: StageStatus;
  filing: store.FilingRow | null;
  acceptedOn: string | null;
  issuedOn: string | null;
  dueOn: string | null;
  usedWorkingDays: number | null;
  overdue: boolean;
}

export interface ProjectState {
  project: store.ProjectRow;
  bundle: BundleVersion;
  items: ServiceItemVersion[];
  stages: StageState[];
  reviews: store.ReviewRow[];
  acceptance: store.AcceptanceRow | null;
  assessments: store.AssessmentRow[];
  zone: store.ZoneRow | null;
  promisedDays: number;
  usedWorkingDays: number;
  calendarMissing: boolean;
}

/** A project's filings, each with its application's state as the applications module tells it. */
async function filingsWithState(q: Queryable, projectId: string): Promise<store.FilingRow[]> {
  const out: store.FilingRow[] = [];
  for (const f of await store.filingsOf(q, projectId)) {
    const s = await filingState(q, f.application_id);
    if (s) out.push({ ...f, number: s.number, status: s.status, accepted_at: s.acceptedAt, delivered_at: s.deliveredAt, any_denied: s.anyDenied });
  }
  return out;
}

/** The items of a stage that apply with these answers (members without a condition always do). */
export function stageItemCodes(bundle: BundleVersion, stageKey: string, answers: Record<string, unknown> | null): string[] {
  return bundle.members.filter((m) => m.stage === stageKey && (answers === null || evaluateCondition(m.condition, { answers }))).map((m) => m.itemCode);
}

/** Material keys ('item:material') the zone's valid assessments stand in for, with the assessment that covers each. */
export function coveredMaterials(assessments: readonly store.AssessmentRow[]): Map<string, store.AssessmentRow> {
  const out = new Map<string, store.AssessmentRow>();
  for (const a of assessments) for (const key of a.covers) out.set(key, a);
  return out;
}

export async function loadProject(q: Queryable, id: string): Promise<store.ProjectRow> {
  const p = await store.projectById(q, id);
  if (!p) throw new AppError('PROJECT_NOT_FOUND');
  return p;
}

/**
 * Where a project stands: each stage with its items and materials (those the zone's assessments cover marked), its
 * filing, its status and gate, and the working days it took against its limit; and the total against the promise.
 */
export async function projectState(deps: Pick<AppDeps, 'db' | 'clock'>, project: store.ProjectRow): Promise<ProjectState> {
  const q = deps.db;
  const today = shanghaiDateOf(deps.clock.now());
  const bundle = await getPublishedBundleByCode(q, project.bundle_code);
  if (!bundle) throw new AppError('BUNDLE_NOT_FOUND', { bundleCode: project.bundle_code });
  const [items, filings, reviews, acceptance, zone, cal] = await Promise.all([
    getPublishedItemsByCodes(q, bundle.members.map((m) => m.itemCode)),
    filingsWithState(q, project.id),
    store.reviewsOf(q, project.id),
    store.acceptanceOfProject(q, project.id),
    project.zone_code ? store.zoneByCode(q, project.zone_code) : Promise.resolve(undefined),
    loadCalendar(q, project.region_code),
  ]);
  const assessments = project.zone_code ? await store.assessmentsOf(q, [project.zone_code], today) : [];
  const covered = coveredMaterials(assessments);
  const latest = (key: string) => filings.filter((f) => f.stage_key === key).at(-1) ?? null;
  const statuses = stageStatuses(
    bundle.stages.map((s) => {
      const f = latest(s.key);
      return { filing: f ? { status: f.status, anyDenied: f.any_denied } : null, extraIssued: s.key !== ACCEPTANCE_STAGE || acceptance?.status === 'issued' };
    }),
  );
  let calendarMissing = false;
  const count = (from: string, to: string) => {
    const r = workingDaysBetween(cal, from, to);
    if (r.calendarMissing) calendarMissing = true;
    return r.days;
  };
  const stages: StageState[] = bundle.stages.map((s, n) => {
    const stageItems = bundle.members.filter((m) => m.stage === s.key).map((m) => ({ m, item: items.find((i) => i.code === m.itemCode) })).filter((x) => x.item);
    const lead = stageItems[0]?.item?.department ?? null;
    const f = latest(s.key);
    const status = statuses[n]!;
    const counted = f && status !== 'open' ? f : null;
    const acceptedOn = counted?.accepted_at ? shanghaiDateOf(counted.accepted_at) : null;
    const ends = [counted?.delivered_at, s.key === ACCEPTANCE_STAGE ? acceptance?.issued_at : null].filter((d): d is Date => !!d);
    const issuedOn = status === 'issued' && ends.length ? shanghaiDateOf(new Date(Math.max(...ends.map((d) => d.getTime())))) : null;
    let used: number | null = acceptedOn ? count(acceptedOn, issuedOn ?? today) : null;
    // the drawings' joint review is part of the 施工许可 stage's time
    if (s.key === DRAWING_STAGE) {
      const r = reviews.filter((x) => x.status !== 'failed').at(-1);
      if (r) used = (used ?? 0) + count(shanghaiDateOf(r.opened_at), r.concluded_at ? shanghaiDateOf(r.concluded_at) : today);
    }
    const due = acceptedOn ? dueDate(cal, acceptedOn, s.promisedDays) : null;
    if (due?.calendarMissing) calendarMissing = true;
    return {
      key: s.key,
      name: s.name,
      promisedDays: s.promisedDays,
      lead: lead ? { code: lead.code, name: lead.name } : null,
      items: stageItems.map(({ m, item }) => ({ code: item!.code, name: item!.name, departmentName: item!.department.name, conditional: !!m.condition })),
      questions: bundle.questions
        .filter((q) => stageItems.some(({ m }) => conditionRefs(m.condition).questions.has(q.key)))
        .map((q) => ({ key: q.key, text: q.text, kind: q.type, options: q.options, unit: q.unit })),
      materials: stageItems.flatMap(({ item }) =>
        item!.materials.filter((x) => x.required).map((x) => ({
          itemCode: item!.code, itemName: item!.name, materialCode: x.code, name: x.name,
          coveredBy: covered.get(`${item!.code}:${x.code}`)?.title ?? null, fromLicence: x.satisfiedByLicence,
        })),
      ),
      status,
      filing: f,
      acceptedOn,
      issuedOn,
      dueOn: due?.dueOn ?? null,
      usedWorkingDays: used,
      overdue: used !== null && used > s.promisedDays,
    };
  });
  return {
    project, bundle, items, stages, reviews, acceptance: acceptance ?? null, assessments, zone: zone ?? null,
    promisedDays: bundle.promisedDays, usedWorkingDays: stages.reduce((a, s) => a + (s.usedWorkingDays ?? 0), 0), calendarMissing,
  };
}
