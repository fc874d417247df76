import { AppError, newId, shanghaiDateOf, type AppDeps } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import {
  getPublishedBundleByCode, getPublishedItemByCode, getPublishedItemsByCodes, retireBundle, retireItem, type ServiceItemVersion,
} from '../catalog/index.js';
import { departmentByCode, hasRole, inActorRegion, isWithinRegion, type Actor } from '../identity/index.js';
import { retiresItem, streamliningActionNames, streamliningProblems, type StreamliningAction } from './rules.js';
import * as store from './store.js';

export interface StreamliningInput {
  itemCode: string;
  action: StreamliningAction;
  /** 依据: the document (name and number) the change rests on */
  basis: string;
  mergedInto?: string | undefined;
  /** 下放, 委托: the body that takes the item over */
  receivingDepartmentCode?: string | undefined;
  reason?: string | undefined;
  /** 四减 figures; by default an item taken out saves all its materials, its promised days and its steps */
  materialsReduced?: number | undefined;
  daysReduced?: number | undefined;
  stepsReduced?: number | undefined;
  /** taken out of the catalog: always when retired through the catalog; otherwise as the action implies */
  retire?: boolean | undefined;
}

/** Who may retire or change items: the bureau's supervisors and administrators, as for publishing the catalog. */
export const canStreamline = (actor: Actor | null): actor is Actor => hasRole(actor, 'supervisor', 'admin');

const refuse = (issues: Array<{ path: string; message: string }>) => {
  if (issues.length) throw new AppError('VALIDATION_FAILED', { issues });
};

const auditWords = (action: StreamliningAction, basis: string, extra: string | null, reason: string | undefined) =>
  [`${streamliningActionNames[action]}：${basis}`, extra, reason].filter(Boolean).join('；');

async function receiver(deps: AppDeps, code: string | undefined, item: { region: string; departmentId: string }, action: StreamliningAction) {
  if (!code) return null;
  const d = await departmentByCode(deps.db, code);
  if (!d) throw new AppError('STREAMLINING_RECEIVER_INVALID', { code });
  const region = d.region_code.trim();
  // 下放 goes to a lower level within the item's region; 委托 to another body of the region or below it
  const ok = d.id !== item.departmentId && (action === 'delegate' ? region !== item.region && isWithinRegion(region, item.region) : isWithinRegion(region, item.region));
  if (!ok) throw new AppError('STREAMLINING_RECEIVER_INVALID', { code });
  return d;
}

/**
 * 事项精简, typed: the one way an item leaves the catalog or changes hands. 取消, 合并 and 改备案 take it out (its
 * published version retired, the action in its audit chain); 下放 and 委托 record the change, and take it out of this
 * body's catalog when retired through the catalog. The record and the retirement are one transaction.
 */
export async function streamlineItem(deps: AppDeps, actor: Actor, input: StreamliningInput): Promise<store.StreamliningRow> {
  if (!canStreamline(actor)) throw new AppError('FORBIDDEN');
  const item = await getPublishedItemByCode(deps.db, input.itemCode);
  if (!item) throw new AppError('STREAMLINING_ITEM_NOT_FOUND', { code: input.itemCode });
  const region = item.regionCode.trim();
  if (!inActorRegion(actor, region)) throw new AppError('POWERS_OUT_OF_REACH');
  refuse(streamliningProblems(input.action, { subject: 'item', code: item.code, mergedInto: input.mergedInto, receivingDepartmentCode: input.receivingDepartmentCode }));
  if (input.action === 'merge' && !(await getPublishedItemByCode(deps.db, input.mergedInto!))) throw new AppError('STREAMLINING_ITEM_NOT_FOUND', { code: input.mergedInto! });
  const to = await receiver(deps, input.receivingDepartmentCode, { region, departmentId: item.department.id }, input.action);
  const takenOut = input.retire ?? retiresItem(input.action);
  const counted = (v: number | undefined, all: number) => v ?? (takenOut && input.action !== 'delegate' && input.action !== 'entrust' ? all : 0);
  const at = deps.clock.now();
  const row: Parameters<typeof store.insertStreamlining>[1] = {
    id: newId(),
    subject: 'item',
    item_code: item.code,
    item_name: item.name,
    department_id: item.department.id,
    region_code: region,
    action: input.action,
    merged_into: input.action === 'merge' ? input.mergedInto! : null,
    receiving_department_id: to?.id ?? null,
    retired: takenOut,
    year: Number(shanghaiDateOf(at).slice(0, 4)),
    materials_reduced: counted(input.materialsReduced, item.materials.length),
    days_reduced: counted(input.daysReduced, item.promisedDays),
    steps_reduced: counted(input.stepsReduced, item.steps.length),
    basis: input.basis,
    reason: input.reason ?? '',
    at,
    by_user: actor.userId,
  };
  const record = (tx: Queryable) => store.insertStreamlining(tx, row);
  if (takenOut) {
    const extra = input.action === 'merge' ? `并入 ${input.mergedInto}` : to ? `承接单位：${to.name}` : null;
    await retireItem(deps, actor.userId, item.code, { auditReason: auditWords(input.action, input.basis, extra, input.reason), record: (tx: Queryable, _v: ServiceItemVersion) => record(tx) });
  } else {
    await record(deps.db);
  }
  return { ...row, department_name: item.department.name, receiving_department_name: to?.name ?? null };
}

export interface BundleRetirementInput {
  bundleCode: string;
  action: StreamliningAction;
  basis: string;
  mergedInto?: string | undefined;
  reason?: string | undefined;
}

/** 一件事 taken out of the catalog, typed 取消 or 合并 (into another bundle) and counted; its items stay. */
export async function retireBundleTyped(deps: AppDeps, actor: Actor, input: BundleRetirementInput): Promise<store.StreamliningRow> {
  if (!canStreamline(actor)) throw new AppError('FORBIDDEN');
  const bundle = await getPublishedBundleByCode(deps.db, input.bundleCode);
  if (!bundle) throw new AppError('STREAMLINING_BUNDLE_NOT_FOUND', { code: input.bundleCode });
  const members = await getPublishedItemsByCodes(deps.db, bundle.members.map((m) => m.itemCode));
  const regions = [...new Set(members.map((i) => i.regionCode.trim()))];
  if (regions.length === 0 || !regions.every((r) => inActorRegion(actor, r))) throw new AppError('POWERS_OUT_OF_REACH');
  refuse(streamliningProblems(input.action, { subject: 'bundle', code: bundle.code, mergedInto: input.mergedInto }));
  if (input.action === 'merge' && !(await getPublishedBundleByCode(deps.db, input.mergedInto!))) throw new AppError('STREAMLINING_BUNDLE_NOT_FOUND', { code: input.mergedInto! });
  const at = deps.clock.now();
  // the bundle's region: the one region of its items, or (items of several regions) the retiring supervisor's
  const region = regions.length === 1 ? regions[0]! : actor.regionCode ?? regions[0]!;
  const row: Parameters<typeof store.insertStreamlining>[1] = {
    id: newId(), subject: 'bundle', item_code: bundle.code, item_name: bundle.name, department_id: null, region_code: region,
    action: input.action, merged_into: input.action === 'merge' ? input.mergedInto! : null, receiving_department_id: null, retired: true,
    year: Number(shanghaiDateOf(at).slice(0, 4)), materials_reduced: 0, days_reduced: 0, steps_reduced: 0, basis: input.basis, reason: input.reason ?? '', at, by_user: actor.userId,
  };
  const extra = input.action === 'merge' ? `并入 ${input.mergedInto}` : null;
  await retireBundle(deps, actor.userId, bundle.code, { auditReason: auditWords(input.action, input.basis, extra, input.reason), record: (tx) => store.insertStreamlining(tx, row) });
  return { ...row, department_name: null, receiving_department_name: null };
}
