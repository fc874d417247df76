import { AppError, newId, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { passwordProblem } from './password-rule.js';
import { hashPassword } from './passwords.js';
import { auditStaffChange, staffChain } from './staff-audit.js';
import * as store from './store.js';
import * as staffStore from './store-staff.js';

export interface AdministratorInput {
  username: string;
  name: string;
  password: string;
  regionCode: string;
  /** the department the administrator sits in (usually the 行政审批服务局); may be absent on a fresh platform */
  departmentCode?: string | null;
  /** on a fresh platform the region is not known yet: its name lets it be added (under its parent, when known) */
  regionName?: string | null;
}

const levelOf = (code: string) => (code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county');
const parentOf = (code: string) => (code.endsWith('0000') ? null : code.endsWith('00') ? `${code.slice(0, 2)}0000` : `${code.slice(0, 4)}00`);

/**
 * The first administrator of a platform started without demo data (`banshi admin create`), or another one later.
 * Done from the server's command line, so there is no signed-in actor; the audit entry says so.
 */
export async function createAdministrator(deps: { db: Db; clock: Clock }, input: AdministratorInput): Promise<store.UserRow> {
  const problem = passwordProblem(input.password, input.username);
  if (problem) throw new AppError('WEAK_PASSWORD', { reason: problem });
  if (!/^[1-9]\d{5}$/.test(input.regionCode)) throw new AppError('REGION_NOT_FOUND', { code: input.regionCode });
  const known = await staffStore.regionByCode(deps.db, input.regionCode);
  if (!known && !input.regionName) throw new AppError('REGION_NOT_FOUND', { code: input.regionCode });
  const department = input.departmentCode ? await store.departmentByCode(deps.db, input.departmentCode) : undefined;
  if (input.departmentCode && !department) throw new AppError('DEPARTMENT_NOT_FOUND');
  const id = newId();
  const passwordHash = await hashPassword(input.password);
  await deps.db.transaction(async (tx) => {
    if (!known) {
      const parent = parentOf(input.regionCode);
      const parentKnown = parent ? await staffStore.regionByCode(tx, parent) : undefined;
      await store.insertRegion(tx, { code: input.regionCode, name: input.regionName!, parent_code: parentKnown ? parent : null, level: levelOf(input.regionCode) });
    }
    await store.insertUser(tx, { id, username: input.username, passwordHash, name: input.name, roles: ['admin'], kind: 'staff', departmentId: department?.id ?? null, regionCode: input.regionCode });
    await auditStaffChange(tx, {
      chain: staffChain(id),
      action: 'staff.created',
      actorId: null,
      at: deps.clock.now(),
      reason: '在服务器命令行创建系统管理员',
      data: { username: input.username, name: input.name, roles: ['admin'], departmentId: department?.id ?? null, regionCode: input.regionCode },
    });
  });
  return (await store.userById(deps.db, id))!;
}

export const countActiveAdministrators = staffStore.countActiveAdmins;
