import { AppError, identifierReasonText, newId, validateUscc, type Clock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { checkDocumentPrefixFree } from './document-prefix.js';
import { managedDepartment, managedRegion, type Admin } from './managed.js';
import { auditStaffChange, departmentChain } from './staff-audit.js';
import * as store from './store.js';
import * as staffStore from './store-staff.js';

export interface DepartmentInput {
  code: string;
  name: string;
  shortName: string;
  uscc?: string | null;
  regionCode: string;
  reason: string;
}

function checkUscc(uscc: string | null | undefined): string | null {
  if (!uscc) return null;
  const v = validateUscc(uscc);
  if (!v.valid) throw new AppError('INVALID_USCC', { reason: identifierReasonText[v.reason].zh });
  return v.normalized;
}

/** A new department of a region in the administrator's tree. */
export async function createDepartment(deps: { db: Db; clock: Clock }, admin: Admin, input: DepartmentInput): Promise<store.DepartmentRow> {
  const regionCode = await managedRegion(deps.db, admin, input.regionCode);
  const row: store.DepartmentRow = { id: newId(), code: input.code, name: input.name, short_name: input.shortName, uscc: checkUscc(input.uscc), region_code: regionCode };
  await deps.db.transaction(async (tx) => {
    await staffStore.insertDepartmentOnce(tx, row);
    await auditStaffChange(tx, { chain: departmentChain(row.id), action: 'department.created', actorId: admin.userId, at: deps.clock.now(), reason: input.reason, data: { code: row.code, name: row.name, shortName: row.short_name, uscc: row.uscc, regionCode } });
  });
  return (await store.departmentById(deps.db, row.id))!;
}

/**
 * Renames a department, corrects its credit code or sets its 发文代字 (the prefix of the documents it numbers from now
 * on); its code and region stay (cases, deadlines and licences refer to them).
 */
export async function editDepartment(
  deps: { db: Db; clock: Clock },
  admin: Admin,
  id: string,
  input: { name?: string; shortName?: string; uscc?: string | null; documentPrefix?: string | null; reason: string },
): Promise<store.DepartmentRow> {
  const before = await managedDepartment(deps.db, admin, id);
  const after = {
    id,
    name: input.name ?? before.name,
    short_name: input.shortName ?? before.short_name,
    uscc: input.uscc === undefined ? before.uscc : checkUscc(input.uscc),
    document_prefix: input.documentPrefix === undefined ? before.document_prefix ?? null : input.documentPrefix,
  };
  if (after.document_prefix && after.document_prefix !== before.document_prefix) await checkDocumentPrefixFree(deps.db, id, after.document_prefix);
  await deps.db.transaction(async (tx) => {
    await staffStore.updateDepartment(tx, after);
    await auditStaffChange(tx, {
      chain: departmentChain(id),
      action: 'department.changed',
      actorId: admin.userId,
      at: deps.clock.now(),
      reason: input.reason,
      data: {
        before: { name: before.name, shortName: before.short_name, uscc: before.uscc, documentPrefix: before.document_prefix ?? null },
        after: { name: after.name, shortName: after.short_name, uscc: after.uscc, documentPrefix: after.document_prefix },
      },
    });
  });
  return (await store.departmentById(deps.db, id))!;
}
