/**
 * Issues the statutory documents of an application inside the change that calls for them: the number is handed out
 * and the content frozen in the same transaction; the PDF is rendered in the background (outbox) and kept; the
 * applicant is told through the same channel as results.
 */
import { maskShapes, newId, shanghaiDateOf } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { departmentById, documentPrefixOf, regionByCode } from '../identity/index.js';
import { enqueue, registerOutboxHandler } from '../outbox/index.js';
import { itemVersion } from './catalog-port.js';
import type { Deadline } from './deadlines-port.js';
import { decisionWords } from './decision-words.js';
import { departmentMap } from './load-application.js';
import { notifyApplicant } from './notify-applicant.js';
import { dateZhOf, documentKindInfo, documentNumberAround, remediesText, type DocumentContent, type DocumentKind } from './statutory-document-rules.js';
import { renderDocumentPdf } from './statutory-document-pdf.js';
import * as docs from './store/documents.js';
import type { ApplicationRow, CaseRow, CorrectionItem } from './store/rows.js';

const TOPIC = 'application.document';
const ACT = '《中华人民共和国行政许可法》';

registerOutboxHandler(TOPIC, async (tx, payload) => {
  const doc = await docs.documentById(tx, String(payload.documentId));
  if (!doc || doc.has_pdf) return;
  await docs.keepDocumentPdf(tx, doc.id, await renderDocumentPdf(doc.content, doc.issued_at));
});

/** The PDF of a document: the kept one, or rendered now (and kept) when the background job has not run yet. */
export async function documentPdfOf(q: Queryable, doc: docs.DocumentRow): Promise<Uint8Array> {
  const kept = await docs.documentPdf(q, doc.id);
  if (kept) return kept;
  const pdf = await renderDocumentPdf(doc.content, doc.issued_at);
  await docs.keepDocumentPdf(q, doc.id, pdf);
  return (await docs.documentPdf(q, doc.id)) ?? pdf;
}

interface Issuer {
  authorityName: string;
  regionName: string;
  abbreviation: string;
}

/** The issuing department as its documents name it, read afresh: a 发文代字 set a moment ago numbers the next one. */
async function issuerOf(tx: Queryable, departmentId: string): Promise<Issuer> {
  const d = await departmentById(tx, departmentId);
  const region = d ? await regionByCode(tx, d.region_code.trim()) : undefined;
  return { authorityName: d?.name ?? '', regionName: region?.name ?? '', abbreviation: d ? await documentPrefixOf(tx, d) : '' };
}

const addresseeOf = (app: ApplicationRow) => (app.applicant.orgName ? `${app.applicant.orgName}（${app.applicant.name}）` : app.applicant.name);
const submittedOn = (app: ApplicationRow) => dateZhOf(shanghaiDateOf(app.submitted_at ?? app.created_at));
const join = (parts: Array<string | null | undefined>) => [...new Set(parts.map((p) => p?.trim()).filter((p): p is string => !!p))].join('；');

/** Allocates the number, freezes the content, queues the rendering and tells the applicant. */
async function issue(
  tx: Queryable,
  app: ApplicationRow,
  args: { kind: DocumentKind; title?: string; departmentId: string; caseId?: string | null; at: Date; body: (issuer: Issuer) => Omit<DocumentContent, 'title' | 'number' | 'authorityName' | 'addressee' | 'dateText'> },
): Promise<void> {
  const issuer = await issuerOf(tx, args.departmentId);
  const date = shanghaiDateOf(args.at);
  const year = Number(date.slice(0, 4));
  const title = args.title ?? documentKindInfo[args.kind].title;
  // the number is the department's next of this kind and year, given by the statement that writes the document
  const content: DocumentContent = { title, number: '', authorityName: issuer.authorityName, addressee: addresseeOf(app), dateText: dateZhOf(date), ...args.body(issuer) };
  // a document needs no personal number: whatever free text it quotes is masked by shape
  content.paragraphs = content.paragraphs.map(maskShapes);
  content.table = content.table?.map(([k, v]) => [maskShapes(k), maskShapes(v)]);
  const id = newId();
  const { number } = await docs.insertNumberedDocument(
    tx,
    { id, application_id: app.id, case_id: args.caseId ?? null, kind: args.kind, department_id: args.departmentId, year, title, issued_at: args.at, content },
    documentNumberAround(issuer.abbreviation, args.kind, year),
  );
  await enqueue(tx, TOPIC, { documentId: id }, { dedupeKey: `${TOPIC}:${id}`, availableAt: args.at });
  await notifyApplicant(tx, app, `document:${id}`, `文书送达：${title}`, `${issuer.authorityName}出具《${title}》（${number}），可在办件详情的“办件文书”中查看和下载`, args.at);
}

async function guideBasis(tx: Queryable, cases: readonly CaseRow[]): Promise<string> {
  const bases = await Promise.all(cases.map(async (c) => (await itemVersion(tx, c.item_version_id))?.legalBasis));
  return join(bases);
}

/** 受理通知书 (《行政许可法》第三十二条): what was accepted, which authorities decide, by when. */
export async function issueAcceptanceNotice(tx: Queryable, app: ApplicationRow, cases: readonly CaseRow[], deadlines: Map<string, Deadline>, at: Date): Promise<void> {
  if (!app.accepting_department_id) return;
  const basis = await guideBasis(tx, cases);
  const names = await departmentMap(tx);
  await issue(tx, app, {
    kind: 'acceptance',
    title: app.pending.length ? '容缺受理通知书' : '受理通知书',
    departmentId: app.accepting_department_id,
    at,
    body: () => ({
      paragraphs: [
        `你（单位）于${submittedOn(app)}提交的“${app.title}”申请（办件编号 ${app.number}），经审查，申请材料齐全、符合法定形式，本机关决定予以受理。`,
        ...(app.pending.length ? [`以下材料容缺受理，请在期限内补交，补齐前不予出件：${app.pending.map((p) => `${p.name}（${p.dueDate} 前）`).join('、')}。`] : []),
      ],
      table: cases.map((c) => {
        const d = deadlines.get(c.id);
        const due = d?.dueOn ? `${d.dueOn} 前办结（承诺 ${c.promised_days} 个工作日）` : c.status === 'blocked' ? '待前置事项办结后开始计时' : `承诺 ${c.promised_days} 个工作日`;
        return [c.item_name, `审批部门：${names.get(c.department_id)?.name ?? ''}；${due}`];
      }),
      legalBasis: join([`${ACT}第三十二条第一款第（五）项`, basis]),
      rights: null,
    }),
  });
}

/** 补正告知书 (《行政许可法》第三十二条第一款第（四）项): everything to correct, at once, with the limit. */
export async function issueCorrectionNotice(tx: Queryable, app: ApplicationRow, cases: readonly CaseRow[], departmentId: string, items: readonly CorrectionItem[], dueOn: string, at: Date): Promise<void> {
  const basis = await guideBasis(tx, cases);
  await issue(tx, app, {
    kind: 'correction',
    departmentId,
    at,
    body: () => ({
      paragraphs: [
        `你（单位）于${submittedOn(app)}提交的“${app.title}”申请（办件编号 ${app.number}）材料不齐全或者不符合法定形式。依照办事指南，请一次性补正以下全部内容，补正期间不计入办理时限：`,
        `请于${dateZhOf(dueOn)}前一次补齐；逾期未补正的，视为撤回申请。`,
      ],
      table: correctionTable(items),
      legalBasis: join([`${ACT}第三十二条第一款第（四）项`, basis]),
      rights: null,
    }),
  });
}

/**
 * The reviewing department's own 补正告知书 (《行政许可法》第三十四条: the authority examines the materials; what the
 * guide requires and is missing is asked for once): numbered by that department, naming the item, what is missing
 * and the basis; the clock stands still until the applicant answers.
 */
export async function issueReviewCorrectionNotice(tx: Queryable, app: ApplicationRow, c: CaseRow, items: readonly CorrectionItem[], at: Date): Promise<void> {
  const guide = (await itemVersion(tx, c.item_version_id))?.legalBasis;
  await issue(tx, app, {
    kind: 'correction',
    departmentId: c.department_id,
    caseId: c.id,
    at,
    body: () => ({
      paragraphs: [
        `你（单位）于${submittedOn(app)}提出的“${c.item_name}”申请（办件编号 ${app.number}），本机关在审查中发现申请材料不齐全或者需要补充。依照办事指南，请一次性补正以下全部内容：`,
        '补正期间不计入办理时限；请在办件详情中一次提交全部补正内容，本机关收到后恢复计时并继续审查。',
      ],
      table: correctionTable(items),
      legalBasis: join([`${ACT}第三十四条`, guide]),
      rights: null,
    }),
  });
}

const correctionTable = (items: readonly CorrectionItem[]): Array<[string, string]> =>
  items.map((i, n) => [`${n + 1}. ${i.title}`, `${i.problem}${i.legalBasis ? `（依据：${i.legalBasis}）` : ''}`]);

/** 不予受理通知书 (《行政许可法》第三十二条): the reason, the legal basis, what in the guide is not met, the remedies. */
export async function issueRefusalNotice(tx: Queryable, app: ApplicationRow, departmentId: string, input: { reason: string; legalBasis: string; cited: readonly CorrectionItem[] }, at: Date): Promise<void> {
  await issue(tx, app, {
    kind: 'refusal',
    departmentId,
    at,
    body: (issuer) => ({
      paragraphs: [`你（单位）于${submittedOn(app)}提交的“${app.title}”申请（办件编号 ${app.number}），经审查，本机关决定不予受理。`, `理由：${input.reason}。`],
      table: input.cited.map((c, n) => [`${n + 1}. ${c.title}`, `${c.problem}${c.legalBasis ? `（依据：${c.legalBasis}）` : ''}`]),
      legalBasis: input.legalBasis,
      rights: remediesText(issuer.regionName, '通知书'),
    }),
  });
}

/**
 * The decision on one case, in writing: 不予许可决定书 (《行政许可法》第三十八条第二款, with the remedies) for every
 * refusal, and 准予许可决定书 (第三十八条第一款) for an approval that issues no licence (the licence is the written
 * decision otherwise). Worded by item kind: 不予备案决定书, 予以登记决定书 …
 */
export async function issueCaseDecision(tx: Queryable, app: ApplicationRow, c: CaseRow, approved: boolean, reasons: string | null, at: Date, opts: { title?: string } = {}): Promise<void> {
  if (approved && c.produces_licence_type) return;
  const item = await itemVersion(tx, c.item_version_id);
  const words = decisionWords(item?.kind ?? 'licence', c.item_name);
  const guide = item?.legalBasis ?? '';
  await issue(tx, app, {
    kind: approved ? 'grant' : 'denial',
    title: opts.title ?? `${approved ? words.grant : words.refuse}决定书`,
    departmentId: c.department_id,
    caseId: c.id,
    at,
    body: (issuer) =>
      approved
        ? {
            paragraphs: [`你（单位）于${submittedOn(app)}提出的“${c.item_name}”申请（办件编号 ${app.number}），经审查，符合法定条件、标准，本机关决定${words.grant}。`, ...(reasons ? [`说明：${reasons}。`] : [])],
            legalBasis: join([guide, `${ACT}第三十八条第一款`]),
            rights: null,
          }
        : {
            paragraphs: [`你（单位）于${submittedOn(app)}提出的“${c.item_name}”申请（办件编号 ${app.number}），经审查，本机关决定${words.refuse}。`, `理由：${reasons ?? ''}。`],
            legalBasis: join([guide, `${ACT}第三十八条第二款`]),
            rights: remediesText(issuer.regionName, '决定书'),
          },
  });
}

/**
 * 撤销行政许可决定书 (《行政许可法》第六十九条): the deciding department revokes a licence issued on this application —
 * by its own decision or on a breached commitment — in writing, with the reason, the basis and the remedies.
 */
export async function issueRevocationDecision(tx: Queryable, app: ApplicationRow, c: CaseRow, licence: { identifier: string; typeName: string; departmentId: string }, reason: string, at: Date): Promise<void> {
  const item = await itemVersion(tx, c.item_version_id);
  const words = decisionWords(item?.kind ?? 'licence', c.item_name);
  const decidedOn = c.decided_at ? `于${dateZhOf(shanghaiDateOf(c.decided_at))}` : '';
  await issue(tx, app, {
    kind: 'revocation',
    title: `撤销${words.grant}决定书`,
    departmentId: licence.departmentId,
    caseId: c.id,
    at,
    body: (issuer) => ({
      paragraphs: [
        `本机关${decidedOn}对你（单位）提出的“${c.item_name}”申请（办件编号 ${app.number}）作出${words.grant}决定，并核发${licence.typeName}（证照标识 ${licence.identifier}）。`,
        `撤销理由：${reason.replace(/[。.]$/, '')}。`,
        `本机关决定撤销上述${words.grant}决定，该证照自本决定作出之日起失效，公开核验显示为已撤销。`,
      ],
      legalBasis: join([`${ACT}第六十九条`, item?.legalBasis]),
      rights: remediesText(issuer.regionName, '决定书'),
    }),
  });
}
