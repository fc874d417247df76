import { AppError, newId, type AppDeps } from '../core/index.js';
import { departmentByCode, hasRole, inActorRegion, regionByCode, type Actor } from '../identity/index.js';
import * as store from './store.js';

export interface ImplementationInput {
  standardCode: string;
  regionCode: string;
  departmentCode: string;
  implementationCode: string;
  itemCode?: string | undefined;
  windowName: string;
  fees: string;
  legalDays: number;
  promisedDays: number;
  authorised: boolean;
}

/** 实施清单: a region's body implements a standard item of the 基本目录 with its own window, fees, limits and 授权. */
export async function addImplementation(deps: AppDeps, actor: Actor, input: ImplementationInput): Promise<store.ImplementationRow> {
  if (!hasRole(actor, 'supervisor')) throw new AppError('FORBIDDEN');
  if (!inActorRegion(actor, input.regionCode)) throw new AppError('POWERS_OUT_OF_REACH');
  if (input.promisedDays > input.legalDays) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'promisedDays', message: '承诺办结时限不能长于法定办结时限' }] });
  const standard = await store.standardItem(deps.db, input.standardCode);
  if (!standard) throw new AppError('STANDARD_ITEM_NOT_FOUND', { code: input.standardCode });
  const [region, dept] = await Promise.all([regionByCode(deps.db, input.regionCode), departmentByCode(deps.db, input.departmentCode)]);
  if (!region) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'regionCode', message: `没有行政区划 ${input.regionCode}` }] });
  if (!dept) throw new AppError('DEPARTMENT_NOT_FOUND');
  if (dept.region_code.trim() !== region.code.trim()) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'departmentCode', message: `${dept.name}不是${region.name}的部门` }] });
  const id = newId();
  const ok = await store.insertImplementation(deps.db, {
    id, standard_code: standard.code, region_code: region.code.trim(), department_id: dept.id, implementation_code: input.implementationCode,
    item_code: input.itemCode ?? null, window_name: input.windowName, fees: input.fees, legal_days: input.legalDays, promised_days: input.promisedDays,
    authorised: input.authorised, created_at: deps.clock.now(),
  });
  if (!ok) throw new AppError('IMPLEMENTATION_EXISTS');
  return (await store.implementations(deps.db, `${region.code.trim()}%`, standard.code)).find((i) => i.id === id)!;
}
