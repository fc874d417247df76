import { AppError } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import type { FiledItem } from './catalog-port.js';
import { describeMissing, materialLines, missingLines, type HeldAttachment, type MaterialLine } from './completeness.js';
import { filedItemsOf as filedItemsOfCases } from './filed-items.js';
import { heldLicenceTypesOf } from './licences-port.js';
import * as store from './store/applications.js';
import type { ApplicantDetails, ApplicationRow, AttachmentRow, CaseRow, PendingMaterial } from './store/rows.js';

const holder = (a: ApplicantDetails) => [a.uscc, a.idNumber];

/** The guide versions an application's cases were filed against, in case order. */
export async function filedItemsOf(q: Queryable, applicationId: string): Promise<FiledItem[]> {
  return filedItemsOfCases(q, await store.casesOf(q, applicationId));
}

/** Each material of an application's guides, and how it is satisfied now (or with `pending` as proposed). */
export async function applicationMaterialLines(q: Queryable, app: ApplicationRow, at: Date, pending: readonly PendingMaterial[] = app.pending): Promise<MaterialLine[]> {
  return (await applicationMaterials(q, app, at, pending)).lines;
}

/** The same lines, with the attachments they were made of; `loaded`: the cases and attachments as the caller read them. */
export async function applicationMaterials(
  q: Queryable,
  app: ApplicationRow,
  at: Date,
  pending: readonly PendingMaterial[] = app.pending,
  loaded?: { cases: readonly CaseRow[]; attachments: AttachmentRow[] },
): Promise<{ lines: MaterialLine[]; attachments: AttachmentRow[] }> {
  const [items, attachments, held] = await Promise.all([
    loaded ? filedItemsOfCases(q, loaded.cases) : filedItemsOf(q, app.id),
    loaded?.attachments ?? store.attachmentsOf(q, app.id),
    heldLicenceTypesOf(q, holder(app.applicant), at),
  ]);
  const lines = materialLines({
    items,
    answers: app.answers,
    form: app.form,
    heldLicenceTypes: held,
    attachments: attachments.map((a) => ({ id: a.id, kind: a.kind, licenceId: a.licence_id, licenceType: a.licence_type, materialKeys: a.material_keys })),
    pending,
  });
  return { lines, attachments };
}

/**
 * Submission (direct or from a draft): every required material is attached, reused from an e-licence, produced by
 * another item of the application, or on its item's 容缺 list (the window then decides whether to accept it owed).
 */
export async function requireSubmittable(
  q: Queryable,
  args: { items: readonly FiledItem[]; applicant: ApplicantDetails; answers: Record<string, unknown>; form: Record<string, unknown>; attachments: readonly HeldAttachment[]; at: Date },
): Promise<void> {
  const lines = materialLines({
    items: args.items,
    answers: args.answers,
    form: args.form,
    heldLicenceTypes: await heldLicenceTypesOf(q, holder(args.applicant), args.at),
    attachments: args.attachments,
    pending: [],
  });
  const missing = missingLines(lines).filter((l) => !l.mayBeOwed);
  if (missing.length) throw new AppError('MATERIALS_INCOMPLETE', describeMissing(missing));
}

/** Acceptance: nothing missing once the owed materials (each on its item's 容缺 list, with a due date) are counted. */
export function requireAcceptable(lines: readonly MaterialLine[]): void {
  const missing = missingLines(lines);
  if (missing.length) throw new AppError('MATERIALS_INCOMPLETE', describeMissing(missing));
}
