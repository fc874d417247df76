import { billCase } from './fees-port.js';
import { AppError, shanghaiDateOf, validateUscc, type AppDeps } from '../core/index.js';
import type { Actor } from '../identity/index.js';
import { applicationMaterials, requireAcceptable } from './application-materials.js';
import { startReadyCases } from './case-flow.js';
import { caseDeadlines, trackPendingMaterials } from './deadlines-port.js';
import { filedItemsOf } from './filed-items.js';
import { materialKey } from './guide-rules.js';
import { schedulePendingLapse } from './lapse-pending.js';
import { notifyApplicant } from './notify-applicant.js';
import { isCrossRegion } from './policy.js';
import { issueAcceptanceNotice } from './statutory-documents.js';
import * as store from './store/applications.js';
import type { ApplicationRow, AttachmentRow, CaseRow, PendingMaterial } from './store/rows.js';
import { documentsIssuedIn, inDocumentOrder, type DocumentRow } from './store/documents.js';
import type { SpecialProcedureRow } from './store/special-procedures.js';
import { changeApplication } from './window-action.js';

export interface AcceptInput {
  version?: number;
  /** 异地代收: the accepting window checked identity and formal completeness */
  checks?: { identity: boolean; formalCompleteness: boolean };
  /** 容缺受理: materials still owed, each with its due date */
  pending?: Array<{ itemCode: string; materialCode: string; dueDate: string }>;
  note?: string | null;
  /** the clerk checked the original and confirms a USCC that fails its check character (possible early pilot code) */
  confirmPilotCode?: boolean;
}

/**
 * 受理 (and 容缺受理): the clock of each case starts, cases fan out to their authorities (those waiting for another's
 * result wait), and items decided by rule or on commitment are decided at once.
 */
export async function acceptApplication(deps: AppDeps, actor: Actor, id: string, input: AcceptInput) {
  let pending: PendingMaterial[] = [];
  let crossRegion = false;
  let pilotCodes: string[] = [];
  let attachments: AttachmentRow[] = [];
  let documentsBefore: DocumentRow[] = [];
  const { app, result } = await changeApplication(deps, actor, {
    id,
    action: 'accept',
    policy: 'window',
    expectedVersion: input.version,
    windowChecks: input.checks,
    // the application, its cases and attachments in one read: what the completeness check is made of
    whole: true,
    check: async (a, whole) => {
      crossRegion = isCrossRegion(actor, a);
      pending = await resolvePending(deps, whole!.cases, input.pending ?? [], shanghaiDateOf(deps.clock.now()));
      const materials = await applicationMaterials(deps.db, a, deps.clock.now(), pending, whole);
      requireAcceptable(materials.lines);
      attachments = materials.attachments;
      documentsBefore = whole!.documents;
      pilotCodes = possiblePilotCodes(a);
      if (pilotCodes.length && !input.confirmPilotCode) throw new AppError('PILOT_CODE_UNCONFIRMED', { uscc: pilotCodes.join('、') });
    },
    patch: (_a, at) => ({
      accepted_by: actor.userId,
      accepted_at: at,
      accepting_department_id: actor.departmentId,
      accepting_region: actor.regionCode,
      cross_region: crossRegion,
      acceptance_checks: { identity: input.checks?.identity ?? true, formalCompleteness: input.checks?.formalCompleteness ?? true, note: input.note ?? null, ...(pilotCodes.length ? { pilotCodesConfirmed: pilotCodes, confirmedBy: actor.userId } : {}) },
      pending,
    }),
    reason: () => input.note ?? null,
    data: (a) => ({ pilotCodesConfirmed: pilotCodes, crossRegion, acceptingRegion: actor.regionCode, authorityRegion: a.authority_region, pending: pending.map((p) => materialKey(p.itemCode, p.materialCode)) }),
    then: async (tx, updated, _before, at) => {
      await notifyApplicant(
        tx,
        updated,
        `accepted:${updated.id}`,
        pending.length ? '申请已容缺受理' : '申请已受理',
        pending.length
          ? `已容缺受理，请于期限内补交：${pending.map((p) => `${p.name}（${p.dueDate} 前）`).join('、')}；补齐前不出件`
          : `已受理，各事项已分送审批部门并联办理`,
        at,
      );
      await trackPendingMaterials(tx, updated, actor, at);
      for (const p of pending) await schedulePendingLapse(tx, updated, p);
      // 受理时缴费: the bills of items charged at acceptance, before any case is decided
      const before = await store.casesOf(tx, updated.id);
      for (const c of before) await billCase(tx, updated, c, 'acceptance', at);
      const cases = await startReadyCases(tx, deps, updated, at, before);
      const deadlines = await caseDeadlines(tx, cases.filter((c) => c.started_at).map((c) => c.id), at);
      await issueAcceptanceNotice(tx, (await store.applicationById(tx, updated.id))!, cases, deadlines, at);
      // what the response shows, as the transaction leaves it (held for the transaction: no statement); the documents
      // read before it and those it issued (a document is issued before acceptance only with a change of the
      // application's state, which the acceptance's version check would have refused)
      return { cases: await store.casesOf(tx, updated.id), deadlines, documents: inDocumentOrder([...documentsBefore, ...documentsIssuedIn(tx)]) };
    },
  });
  // What the response shows besides: the attachments the completeness check was made of (acceptance adds none), and no
  // special procedure (one can only be opened on a running case, by a later request).
  return { app, ...result!, attachments, procedures: new Map<string, SpecialProcedureRow[]>() };
}

/** USCCs on the application (the applicant's, the form's) that fail their check but hold a consistent organisation code. */
function possiblePilotCodes(a: ApplicationRow): string[] {
  const fromForm = Object.entries(a.form).filter(([k]) => /(^|\.)uscc$/i.test(k)).map(([, v]) => v);
  const candidates = [a.applicant.uscc, ...fromForm].filter((v): v is string => typeof v === 'string');
  return [...new Set(candidates.map((v) => v.trim().toUpperCase()).filter((v) => { const r = validateUscc(v); return !r.valid && !!r.possiblePilotCode; }))];
}

async function resolvePending(deps: AppDeps, cases: readonly CaseRow[], list: NonNullable<AcceptInput['pending']>, today: string): Promise<PendingMaterial[]> {
  if (list.length === 0) return [];
  const items = new Map((await filedItemsOf(deps.db, cases)).map((i) => [i.code, i]));
  return list.map((p) => {
    const item = items.get(p.itemCode);
    const m = item?.materials.find((x) => x.code === p.materialCode);
    if (!item || !m) throw new AppError('NOT_IN_GUIDE', { itemCode: p.itemCode, cited: p.materialCode });
    if (!item.pendingAllowed.includes(m.code)) throw new AppError('MATERIAL_NOT_OWABLE', { material: m.name, itemName: item.name });
    if (p.dueDate <= today) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'pending.dueDate', message: '补交期限须晚于今天' }] });
    return { itemCode: p.itemCode, materialCode: m.code, name: m.name, dueDate: p.dueDate, receivedAt: null, checkedAt: null, lapsedAt: null };
  });
}
