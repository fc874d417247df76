import { createHash } from 'node:crypto';
import { canonicalJson } from '../audit/index.js';
import { AppError, identifierReasonText, newId, shanghaiDateOf, validateIdNumber, validateUscc, type AppDeps } from '../core/index.js';
import { requireRealNameLevel } from './real-name-check.js';
import { uploadsByIds } from '../files/index.js';
import { checkBusinessFiling, hasRole, regionByCode, userById, userByUsername, type Actor } from '../identity/index.js';
import { liveAuthorisation } from './agent-authorisations.js';
import { activeCreditFlag } from '../inspections/index.js';
import { delegatedHandling } from '../powers/index.js';
import { requireSubmittable } from './application-materials.js';
import { checkSubmittedForm } from './form-port.js';
import { checkBundleSelection } from './bundle-selection.js';
import { counterIntakeOf, type IdentityCheck } from './counter-intake.js';
import { publishedBundle, publishedItems, type FiledBundle, type FiledItem } from './catalog-port.js';
import { firstEventInsert } from './events.js';
import { materialKey, unknownMaterial, type MaterialRef } from './guide-rules.js';
import { logLicenceUse, reusableLicence } from './licences-port.js';
import * as store from './store/applications.js';
import type { ApplicantDetails, ApplicationRow, Pickup } from './store/rows.js';
import type { Queryable } from '../db/index.js';

export interface SubmitInput {
  bundleCode?: string | null;
  itemCodes: string[];
  answers?: Record<string, unknown>;
  form: Record<string, unknown>;
  attachments: Array<{ uploadId: string; materials: MaterialRef[] }>;
  /** 免提交: e-licences the applicant holds that stand in for materials */
  licences?: Array<{ licenceId: string; materials: MaterialRef[] }>;
  /** 告知承诺: the items whose commitment the applicant signs */
  commitments?: Array<{ itemCode: string; signedBy: string }>;
  /** filing for someone else (agent or counter): who the applicant is */
  applicant?: { username?: string | null; kind: 'citizen' | 'business'; name: string; idNumber?: string | null; uscc?: string | null; orgName?: string | null; phone?: string | null } | null;
  /** 窗口收件: how the clerk checked the identity of the person at the counter */
  counter?: { identityCheck: IdentityCheck; presenterName?: string | null | undefined } | null;
  /** 帮代办: the applicant's signed authorisation */
  authorisation?: { letterUploadId: string; scope: string; validUntil: string } | null;
  /** 帮代办 with consent online: the principal's live authorisation of this agent (the applicant is the principal) */
  authorisationId?: string | null;
  /** 经办人: filing for a business that authorised the signed-in person */
  business?: { uscc: string } | null;
  pickup?: Pickup | null;
  /** 异地代收代办: the region of the window the applicant hands in at */
  windowRegion?: string | null;
  draft?: boolean;
}

export interface SubmitResult {
  application: ApplicationRow;
  created: boolean;
}

/**
 * For a caller whose own rule must hold in the same transaction as the insert (a project stage's gate): `before` runs
 * ahead of the insert (take a lock, check the rule again, throw to refuse), `after` with the inserted application
 * (record the link). Neither runs when the idempotency key finds an application already filed.
 */
export interface SubmitHooks {
  before?(tx: Queryable): Promise<void>;
  after?(tx: Queryable, application: ApplicationRow): Promise<void>;
}

/**
 * Files an application (draft or submitted) with one case per item and its attachment references. With an
 * idempotency key, a retry (even a concurrent one) returns the application the first attempt created.
 */
export async function submitApplication(deps: AppDeps, actor: Actor, input: SubmitInput, idempotencyKey: string | null, hooks?: SubmitHooks): Promise<SubmitResult> {
  if (!input.draft && !idempotencyKey) throw new AppError('IDEMPOTENCY_KEY_REQUIRED');
  const requestHash = idempotencyKey ? createHash('sha256').update(canonicalJson(input)).digest('hex') : null;
  try {
    return await file(deps, actor, input, idempotencyKey, requestHash, hooks);
  } catch (e) {
    // A retry after a lost answer returns what the first attempt stored, even if a check would fail now (an upload
    // since deleted, an item since retired). Looked up only on failure: a first attempt costs no extra round trip.
    if (idempotencyKey && e instanceof AppError && e.code !== 'IDEMPOTENCY_KEY_REUSED' && e.code !== 'CONFLICT') {
      const existing = await store.applicationByKey(deps.db, actor.userId, idempotencyKey);
      if (existing) return sameRequest(existing, requestHash);
    }
    throw e;
  }
}

async function file(deps: AppDeps, actor: Actor, input: SubmitInput, idempotencyKey: string | null, requestHash: string | null, hooks?: SubmitHooks): Promise<SubmitResult> {
  const now = deps.clock.now();
  // an agent (a staff 帮代办员 or a citizen) relying on a principal's online authorisation: refused unless it is live
  const granted = input.authorisationId ? await liveAuthorisation(deps, actor, input.authorisationId, { bundleCode: input.bundleCode ?? null, itemCodes: input.itemCodes }) : null;
  const channel: ApplicationRow['channel'] = granted ? 'agent' : hasRole(actor, 'clerk') ? 'window' : hasRole(actor, 'agent') ? 'agent' : 'online';
  if (input.business && channel !== 'online') throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'business', message: '只有企业经办人本人在网上申请时填写' }] });
  let { applicant, applicantUserId, applicantLevel } = granted ? await principalAsApplicant(deps, granted.principal_user_id) : await resolveApplicant(deps, actor, channel, input);
  let authorisation: Record<string, unknown> | null = granted
    ? { authorisationId: granted.id, scope: granted.scope.map((x) => x.name).join('、'), validFrom: granted.valid_from, validUntil: granted.valid_until, agentId: actor.userId, recordedAt: now.toISOString() }
    : channel === 'agent' ? await checkAuthorisation(deps, actor, input, now) : null;
  if (channel !== 'window' && input.counter) throw new AppError('COUNTER_INTAKE_CLERKS_ONLY');
  const counter = channel === 'window' ? await counterIntakeOf(deps.db, actor, input, now) : null;

  const codes = [...new Set(input.itemCodes)];
  if (codes.length === 0) throw new AppError('NO_ITEMS');
  const bundle = input.bundleCode ? await publishedBundle(deps.db, input.bundleCode) : undefined;
  if (input.bundleCode && !bundle) throw new AppError('BUNDLE_NOT_FOUND', { bundleCode: input.bundleCode });
  if (bundle) for (const c of codes) if (!bundle.members.some((m) => m.itemCode === c)) throw new AppError('ITEM_NOT_IN_BUNDLE', { itemCode: c });
  // the answers as the form finally states them: the items, the form's conditions and the stored record follow them
  const answers = bundle && !input.draft ? await checkBundleSelection(deps.db, bundle.code, input.answers, codes, applicant, now, input.form) : (input.answers ?? {});
  const items = await publishedItems(deps.db, codes);
  for (const c of codes) if (!items.some((i) => i.code === c)) throw new AppError('ITEM_NOT_FOUND', { itemCode: c });
  const ordered = codes.map((c) => items.find((i) => i.code === c)!);
  if (input.business) {
    const filing = await checkBusinessFiling(deps.db, actor, input.business.uscc, ordered, shanghaiDateOf(now));
    const b = filing.business;
    applicant = { kind: 'business', name: b.name, idNumber: b.id_number, uscc: b.uscc, orgName: b.org_name, phone: null };
    applicantUserId = b.id;
    authorisation = { businessHandlerId: filing.handler.id, handlerName: filing.handler.handler_name, itemCodes: filing.handler.item_codes, validUntil: filing.handler.valid_until, recordedAt: now.toISOString() };
    applicantLevel = b.real_name_level;
  }
  if (channel === 'online' && !input.draft) requireRealNameLevel(ordered, applicantLevel, input.business ? 'business' : 'self');
  // an agent files with the principal's identity as it was verified: no more than that
  if (channel === 'agent' && !input.draft) requireRealNameLevel(ordered, applicantLevel, 'principal');

  if (!input.draft) await checkSubmittedForm(deps.db, actor, ordered.map((i) => i.versionId), answers, input.form, shanghaiDateOf(now));
  const uploaded = await checkAttachments(deps, actor, ordered, input.attachments);
  const reused = await checkLicences(deps, applicant, ordered, input.licences ?? [], now);
  const attachments = [...uploaded, ...reused.map((r) => r.attachment)];
  if (!input.draft) await requireSubmittable(deps.db, { items: ordered, applicant, answers, form: input.form, attachments, at: now });
  const commitments = new Map((input.commitments ?? []).map((c) => [c.itemCode, c]));
  for (const code of commitments.keys()) {
    const item = ordered.find((i) => i.code === code);
    if (!item) throw new AppError('ITEM_NOT_FOUND', { itemCode: code });
    if (!item.commitmentAllowed) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'commitments', message: `事项 ${code} 不适用告知承诺制` }] });
  }
  if (commitments.size > 0) {
    const flag = await activeCreditFlag(deps.db, { uscc: applicant.uscc, idNumber: applicant.idNumber, at: now });
    if (flag) throw new AppError('CREDIT_FLAG_ACTIVE', { reason: flag.reason, endsOn: flag.endsOn });
  }

  const windowRegion = await routedWindow(deps, actor, channel, input.windowRegion ?? null, ordered[0]!.regionCode);
  // 赋权: an item filed at a window in a development zone or township it is delegated to is handled there
  const delegated = await delegatedHandling(deps.db, ordered, windowRegion, shanghaiDateOf(now));
  const handledBy = (item: FiledItem) => {
    const d = delegated.get(item.code);
    return { departmentId: d?.departmentId ?? item.departmentId, regionCode: d?.regionCode ?? item.regionCode, delegationId: d?.delegationId ?? null };
  };
  const authorityRegion = handledBy(ordered[0]!).regionCode;
  const delegateRegion = [...delegated.values()][0]?.delegateRegion ?? null;

  const id = newId();
  const row = {
    id,
    regionCode: authorityRegion,
    windowRegion,
    delegateRegion,
    dateStamp: shanghaiDateOf(now).replaceAll('-', ''),
    status: input.draft ? ('draft' as const) : ('submitted' as const),
    title: bundle?.name ?? ordered.map((i) => i.name).join('、'),
    bundleCode: bundle?.code ?? null,
    bundleVersionId: bundle?.versionId ?? null,
    applicantUserId,
    applicant,
    submittedBy: actor.userId,
    channel,
    authorisation: authorisation ?? (counter as Record<string, unknown> | null),
    idempotencyKey,
    requestHash,
    answers,
    form: input.form,
    pickup: input.pickup ?? { mode: 'together' as const, method: 'window' as const },
    at: now,
    cases: ordered.map((item, seq) => ({
      id: newId(),
      seq,
      itemCode: item.code,
      itemVersionId: item.versionId,
      itemName: item.name,
      ...handledBy(item),
      promisedDays: item.promisedDays,
      immediate: item.immediate,
      mode: commitments.has(item.code) ? ('commitment' as const) : item.autoApproval ? ('auto' as const) : ('standard' as const),
      producesLicenceType: item.producesLicenceType,
      dependsOn: dependenciesOf(bundle, item.code, codes),
      authorisedToWindow: item.authorisedToWindow,
      decidedOnPlatform: item.decidedOnPlatform,
    })),
    attachments,
  };
  const event = firstEventInsert(id, {
    actorId: actor.userId,
    action: input.draft ? 'drafted' : 'submitted',
    at: now,
    before: null,
    after: row.status,
    data: { channel, ...(counter ? { counter: { identityCheck: counter.identityCheck, presenterName: counter.presenterName, window: counter.windowName, windowRegion: counter.windowRegion, scans: counter.scans } } : {}), items: codes, attachments: attachments.length, reusedLicences: reused.map((u) => ({ licenceId: u.attachment.licenceId, identifier: u.identifier, materials: u.attachment.materialKeys })), commitments: [...commitments.keys()], authorisation: authorisation ? { scope: authorisation.scope, validUntil: authorisation.validUntil } : null },
  }, store.AUDIT_FIRST_PARAM, 'app');
  // The application, its cases, attachments and audit entry are one statement; reused licences add their usage log
  // in the same transaction.
  const inserted = reused.length === 0 && !hooks
    ? await store.insertApplication(deps.db, row, event)
    : await deps.db.transaction(async (tx) => {
      await hooks?.before?.(tx);
      const r = await store.insertApplication(tx, row, event);
      if (!r) return undefined;
      for (const u of reused) {
        await logLicenceUse(tx, { licenceId: u.attachment.licenceId!, usedBy: actor.userId, applicationId: id, materialName: u.materialNames, purpose: u.purpose, at: now, acceptedTypes: [u.attachment.licenceType!] });
      }
      await hooks?.after?.(tx, r);
      return r;
    });
  if (!inserted) {
    // A retry, or a race with a concurrent retry carrying the same key: the first application is the answer.
    const existing = await store.applicationByKey(deps.db, actor.userId, idempotencyKey!);
    if (!existing) throw new AppError('CONFLICT');
    return sameRequest(existing, requestHash);
  }
  return { application: inserted, created: true };
}

function sameRequest(existing: ApplicationRow, requestHash: string | null): SubmitResult {
  if (existing.request_hash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
  return { application: existing, created: false };
}

/**
 * The window an application is routed to: a clerk filing at the counter routes it to their own window; an applicant
 * may choose another region's window (异地代收代办); otherwise it is the deciding authority's.
 */
async function routedWindow(deps: AppDeps, actor: Actor, channel: ApplicationRow['channel'], chosen: string | null, authorityRegion: string): Promise<string> {
  if (channel === 'window' && actor.regionCode) return actor.regionCode;
  if (!chosen || chosen === authorityRegion) return authorityRegion;
  if (!(await regionByCode(deps.db, chosen))) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'windowRegion', message: `没有行政区划 ${chosen}` }] });
  return chosen;
}

/** Bundle dependencies restricted to the items actually applied for. */
function dependenciesOf(bundle: FiledBundle | undefined, itemCode: string, codes: readonly string[]): string[] {
  const member = bundle?.members.find((m) => m.itemCode === itemCode);
  return [...new Set((member?.dependsOn ?? []).map((d) => d.itemCode).filter((c) => c !== itemCode && codes.includes(c)))];
}

async function principalAsApplicant(deps: AppDeps, principalId: string) {
  const u = (await userById(deps.db, principalId))!;
  const applicant: ApplicantDetails = { kind: u.kind === 'business' ? 'business' : 'citizen', name: u.name, idNumber: u.id_number, uscc: u.uscc, orgName: u.org_name, phone: null };
  return { applicant, applicantUserId: u.id, applicantLevel: u.real_name_level ?? null };
}

async function resolveApplicant(deps: AppDeps, actor: Actor, channel: ApplicationRow['channel'], input: SubmitInput) {
  if (channel === 'online') {
    const applicant: ApplicantDetails = {
      kind: actor.kind === 'business' ? 'business' : 'citizen',
      name: actor.name,
      idNumber: actor.idNumber,
      uscc: actor.uscc,
      orgName: actor.orgName,
      phone: null,
    };
    return { applicant, applicantUserId: actor.userId, applicantLevel: actor.realNameLevel ?? null };
  }
  const a = input.applicant;
  if (!a) throw new AppError('APPLICANT_REQUIRED');
  checkApplicantNumbers(a, shanghaiDateOf(deps.clock.now()));
  const user = a.username ? await userByUsername(deps.db, a.username) : undefined;
  if (a.username && !user) throw new AppError('APPLICANT_REQUIRED', { username: a.username });
  const applicant: ApplicantDetails = {
    kind: a.kind,
    name: a.name,
    idNumber: a.idNumber ?? user?.id_number ?? null,
    uscc: a.uscc ?? user?.uscc ?? null,
    orgName: a.orgName ?? user?.org_name ?? null,
    phone: a.phone ?? null,
  };
  // a principal without an account, or with an unverified one, has had no identity check the platform knows of
  return { applicant, applicantUserId: user?.id ?? null, applicantLevel: user?.real_name_level ?? null };
}

/** The numbers of an applicant filed for by an agent or at the counter, by the same rules as the form's. */
function checkApplicantNumbers(a: NonNullable<SubmitInput['applicant']>, today: string): void {
  const issues: Array<{ path: string; message: string }> = [];
  if (a.idNumber) {
    const v = validateIdNumber(a.idNumber, today);
    if (!v.valid) issues.push({ path: 'applicant.idNumber', message: `公民身份号码${identifierReasonText[v.reason].zh}` });
  }
  if (a.uscc) {
    const v = validateUscc(a.uscc);
    // a possible early pilot code is filed; the window must confirm it before acceptance
    if (!v.valid && !v.possiblePilotCode) issues.push({ path: 'applicant.uscc', message: `统一社会信用代码${identifierReasonText[v.reason].zh}` });
  }
  if (issues.length) throw new AppError('VALIDATION_FAILED', { issues });
}

async function checkAuthorisation(deps: AppDeps, actor: Actor, input: SubmitInput, now: Date) {
  const auth = input.authorisation;
  if (!auth) throw new AppError('AUTHORISATION_REQUIRED');
  if (auth.validUntil < shanghaiDateOf(now)) throw new AppError('AUTHORISATION_EXPIRED', { validUntil: auth.validUntil });
  const [letter] = await uploadsByIds(deps.db, [auth.letterUploadId]);
  if (!letter || letter.uploaded_by !== actor.userId) throw new AppError('ATTACHMENT_NOT_YOURS', { uploadId: auth.letterUploadId });
  return { letterUploadId: letter.id, letterSha256: letter.sha256, scope: auth.scope, validUntil: auth.validUntil, agentId: actor.userId, recordedAt: now.toISOString() };
}

async function checkAttachments(deps: AppDeps, actor: Actor, items: readonly FiledItem[], list: SubmitInput['attachments']): Promise<store.NewAttachment[]> {
  const uploads = await uploadsByIds(deps.db, [...new Set(list.map((a) => a.uploadId))]);
  return list.map((a) => {
    const u = uploads.find((x) => x.id === a.uploadId);
    if (!u || u.uploaded_by !== actor.userId) throw new AppError('ATTACHMENT_NOT_YOURS', { uploadId: a.uploadId });
    const bad = unknownMaterial(items, a.materials);
    if (bad) throw new AppError('UNKNOWN_MATERIAL', { material: materialKey(bad.itemCode, bad.materialCode) });
    return {
      id: newId(),
      kind: 'upload' as const,
      uploadId: u.id,
      sha256: u.sha256,
      licenceId: null,
      licenceType: null,
      materialKeys: [...new Set(a.materials.map((m) => materialKey(m.itemCode, m.materialCode)))],
    };
  });
}

/**
 * 免提交: each licence must be one the applicant holds and that is valid now, and every material it stands in for
 * must accept that licence type in the guide filed against. Its use is logged in the same transaction as the filing.
 */
async function checkLicences(deps: AppDeps, applicant: ApplicantDetails, items: readonly FiledItem[], list: NonNullable<SubmitInput['licences']>, now: Date) {
  const out: Array<{ attachment: store.NewAttachment; identifier: string; materialNames: string; purpose: string }> = [];
  for (const l of list) {
    const bad = unknownMaterial(items, l.materials);
    if (bad) throw new AppError('UNKNOWN_MATERIAL', { material: materialKey(bad.itemCode, bad.materialCode) });
    const specs = l.materials.map((m) => ({ item: items.find((i) => i.code === m.itemCode)!, spec: items.find((i) => i.code === m.itemCode)!.materials.find((x) => x.code === m.materialCode)! }));
    const types = [...new Set(specs.map((s) => s.spec.satisfiedByLicence))];
    if (types.length !== 1 || !types[0]) throw new AppError('LICENCE_NOT_REUSABLE', { licenceId: l.licenceId, type: specs.map((s) => s.spec.name).join('、') });
    const licence = await reusableLicence(deps.db, applicant, l.licenceId, types[0], now);
    out.push({
      attachment: { id: newId(), kind: 'licence', uploadId: null, sha256: null, licenceId: licence.id, licenceType: licence.type, materialKeys: [...new Set(l.materials.map((m) => materialKey(m.itemCode, m.materialCode)))] },
      identifier: licence.identifier,
      materialNames: [...new Set(specs.map((s) => s.spec.name))].join('、'),
      purpose: [...new Set(specs.map((s) => s.item.name))].join('、'),
    });
  }
  return out;
}
