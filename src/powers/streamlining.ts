import { AppError, newId, shanghaiDateOf, type AppDeps } from '../core/index.js';
import { getPublishedItemByCode, retireItem } from '../catalog/index.js';
import { hasRole, inActorRegion, type Actor } from '../identity/index.js';
import { retiresItem, streamliningActionNames, type StreamliningAction } from './rules.js';
import * as store from './store.js';

export interface StreamliningInput {
  itemCode: string;
  action: StreamliningAction;
  mergedInto?: string | undefined;
  reason: string;
  /** 四减 figures; by default an item taken out saves all its materials, its promised days and its steps */
  materialsReduced?: number | undefined;
  daysReduced?: number | undefined;
  stepsReduced?: number | undefined;
}

/**
 * 事项精简, typed: 取消, 合并 and 改备案 take the item out of the catalog (its published version retired, the action
 * in its audit chain); 下放 and 委托 record the change (the delegation itself is a 赋权). Every action is counted.
 */
export async function streamlineItem(deps: AppDeps, actor: Actor, input: StreamliningInput): Promise<store.StreamliningRow> {
  if (!hasRole(actor, 'supervisor')) throw new AppError('FORBIDDEN');
  const item = await getPublishedItemByCode(deps.db, input.itemCode);
  if (!item) throw new AppError('STREAMLINING_ITEM_NOT_FOUND', { code: input.itemCode });
  const region = item.regionCode.trim();
  if (!inActorRegion(actor, region)) throw new AppError('POWERS_OUT_OF_REACH');
  if (input.action === 'merge') {
    if (!input.mergedInto || input.mergedInto === item.code) throw new AppError('STREAMLINING_MERGE_TARGET');
    if (!(await getPublishedItemByCode(deps.db, input.mergedInto))) throw new AppError('STREAMLINING_ITEM_NOT_FOUND', { code: input.mergedInto });
  }
  const takenOut = retiresItem(input.action);
  const at = deps.clock.now();
  const row = {
    id: newId(),
    item_code: item.code,
    item_name: item.name,
    department_id: item.department.id,
    region_code: region,
    action: input.action,
    merged_into: input.action === 'merge' ? input.mergedInto! : null,
    year: Number(shanghaiDateOf(at).slice(0, 4)),
    materials_reduced: input.materialsReduced ?? (takenOut ? item.materials.length : 0),
    days_reduced: input.daysReduced ?? (takenOut ? item.promisedDays : 0),
    steps_reduced: input.stepsReduced ?? (takenOut ? item.steps.length : 0),
    reason: input.reason,
    at,
    by_user: actor.userId,
  };
  if (takenOut) await retireItem(deps, actor.userId, item.code, `${streamliningActionNames[input.action]}：${input.reason}`);
  await store.insertStreamlining(deps.db, row);
  return { ...row, department_name: item.department.name };
}
