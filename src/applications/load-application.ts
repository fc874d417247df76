/**
 * Loads everything the presenters need about applications (departments, deadlines, the form's personal data classes),
 * so that presenting stays a pure function of loaded data.
 */
import type { PersonalClass } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { listDepartments, type DepartmentRow } from '../identity/index.js';
import { formClassesOf } from './catalog-port.js';
import { caseDeadlines, pendingDeadlines, type Deadline } from './deadlines-port.js';
import * as store from './store/applications.js';
import { documentsOf, type DocumentRow } from './store/documents.js';
import { specialProceduresOf, type SpecialProcedureRow } from './store/special-procedures.js';
import type { ApplicationRow, AttachmentRow, CaseRow } from './store/rows.js';

/** Departments by id (kept per database by the identity module: presenting an application reads no department). */
export async function departmentMap(q: Queryable): Promise<Map<string, DepartmentRow>> {
  return new Map((await listDepartments(q)).map((d) => [d.id, d]));
}

export interface ApplicationView {
  app: ApplicationRow;
  cases: CaseRow[];
  attachments: AttachmentRow[];
  departments: Map<string, DepartmentRow>;
  deadlines: Map<string, Deadline>;
  /** deadlines of materials owed under 容缺受理, by pendingSubjectId */
  owed: Map<string, Deadline>;
  /** personal data class of each key of the form */
  formClasses: Map<string, PersonalClass>;
  /** 特别程序 of each case, oldest first */
  procedures: Map<string, SpecialProcedureRow[]>;
  /** statutory documents issued so far (受理通知书, 补正告知书, decisions …) */
  documents: DocumentRow[];
}

async function proceduresOf(q: Queryable, cases: readonly CaseRow[]): Promise<Map<string, SpecialProcedureRow[]>> {
  const m = new Map<string, SpecialProcedureRow[]>();
  for (const p of await specialProceduresOf(q, cases.map((c) => c.id))) m.set(p.case_id, [...(m.get(p.case_id) ?? []), p]);
  return m;
}

/** `loaded`: parts the caller already holds as they are now (the cases and clocks a transaction just left behind). */
export async function loadApplicationView(
  q: Queryable,
  app: ApplicationRow,
  now: Date,
  loaded?: { cases?: CaseRow[]; attachments?: AttachmentRow[]; deadlines?: Map<string, Deadline>; procedures?: Map<string, SpecialProcedureRow[]>; documents?: DocumentRow[] },
): Promise<ApplicationView> {
  const cases = loaded?.cases ?? (await store.casesOf(q, app.id));
  // the attachments, procedures and documents in one read when the caller holds none of them
  const parts = loaded?.attachments || loaded?.procedures || loaded?.documents ? loaded : await store.partsOf(q, app.id);
  const attachments = parts.attachments ?? (await store.attachmentsOf(q, app.id));
  return {
    app,
    cases,
    attachments,
    departments: await departmentMap(q),
    deadlines: loaded?.deadlines ?? (await caseDeadlines(q, cases.filter((c) => c.started_at).map((c) => c.id), now)),
    owed: await pendingDeadlines(q, app.id, app.pending, now),
    formClasses: await formClassesOf(q, cases.map((c) => c.item_version_id)),
    procedures: parts.procedures ?? (await proceduresOf(q, cases)),
    documents: parts.documents ?? (await documentsOf(q, app.id)),
  };
}

export interface CaseViews {
  departments: Map<string, DepartmentRow>;
  deadlines: Map<string, Deadline>;
  procedures: Map<string, SpecialProcedureRow[]>;
}

export async function loadCaseViews(q: Queryable, cases: readonly CaseRow[], now: Date): Promise<CaseViews> {
  return { departments: await departmentMap(q), deadlines: await caseDeadlines(q, cases.filter((c) => c.started_at).map((c) => c.id), now), procedures: await proceduresOf(q, cases) };
}
