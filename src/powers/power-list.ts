import { AppError, newId, type AppDeps } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { getPublishedItemsByCodes } from '../catalog/index.js';
import { departmentByCode, hasRole, inActorRegion, type Actor } from '../identity/index.js';
import type { PowerKind } from './rules.js';
import * as store from './store.js';

export interface PowerInput {
  code: string;
  departmentCode: string;
  kind: PowerKind;
  name: string;
  basis: string;
  duties: string[];
  accountability?: string | undefined;
  itemCodes?: string[] | undefined;
}

/** Adds a power to a department's 权责清单 (审批服务局监管 of the department's region, with the 编办's list in hand). */
export async function addPower(deps: AppDeps, actor: Actor, input: PowerInput): Promise<store.PowerRow> {
  if (!hasRole(actor, 'supervisor')) throw new AppError('FORBIDDEN');
  const dept = await departmentByCode(deps.db, input.departmentCode);
  if (!dept) throw new AppError('DEPARTMENT_NOT_FOUND');
  if (!inActorRegion(actor, dept.region_code.trim())) throw new AppError('POWERS_OUT_OF_REACH');
  const itemCodes = [...new Set(input.itemCodes ?? [])];
  if (itemCodes.length) {
    const found = await getPublishedItemsByCodes(deps.db, itemCodes);
    const missing = itemCodes.filter((c) => !found.some((f) => f.code === c));
    if (missing.length) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'itemCodes', message: `事项不存在或未发布：${missing.join('、')}` }] });
    const foreign = found.filter((f) => f.department.id !== dept.id);
    if (foreign.length) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'itemCodes', message: `事项不属于${dept.name}：${foreign.map((f) => f.name).join('、')}` }] });
  }
  if (await store.powerByCode(deps.db, input.code)) throw new AppError('POWER_CODE_TAKEN', { code: input.code });
  await store.insertPower(deps.db, {
    id: newId(), code: input.code, department_id: dept.id, kind: input.kind, name: input.name, basis: input.basis,
    duties: input.duties, accountability: input.accountability ?? '', item_codes: itemCodes, created_at: deps.clock.now(), created_by: actor.userId,
  });
  return (await store.powerByCode(deps.db, input.code))!;
}

/** The published power list of a region's departments (or one department), with the names of the items linked. */
export async function powerList(q: Queryable, regionPattern: string, departmentCode: string | null) {
  const rows = await store.listPowers(q, regionPattern, departmentCode);
  const codes = [...new Set(rows.flatMap((r) => r.item_codes))];
  const items = codes.length ? await getPublishedItemsByCodes(q, codes) : [];
  const names = new Map(items.map((i) => [i.code, i.name]));
  return rows.map((r) => ({ ...r, items: r.item_codes.map((c) => ({ code: c, name: names.get(c) ?? null })) }));
}

/** The power an item is exercised through (for its guide): at most one. */
export async function powerOfItem(q: Queryable, itemCode: string): Promise<store.PowerRow | undefined> {
  return (await store.powersOfItems(q, [itemCode]))[0];
}
