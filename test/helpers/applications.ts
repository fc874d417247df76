import { randomUUID } from 'node:crypto';
import { getPublishedItemsByCodes } from '../../src/catalog/index.js';
import { makeIdNumber } from '../../src/core/index.js';
import { buildMergedForm, fieldsOf, loadItemVersions, type MergedForm } from '../../src/guidance/index.js';
import { expectStatus, type TestApp } from './app.js';
import { multipart, samplePdf } from './files.js';

/** Test builders for applications: upload, submit, accept, decide — through the HTTP API like a person would. */

export const ITEMS = {
  companyReg: 'XK00118001',
  individualReg: 'XK00118002',
  seal: 'BA00404001',
  invoice: 'QT01201001',
  socialInsurance: 'GG01301001',
  housingFund: 'GG00705001',
  bank: 'GG00101001',
  food: 'XK00119001',
  fireSafety: 'XK00801001',
  publicHealth: 'XK00201001',
  liquor: 'BA00120001',
} as const;

/** Reviewer accounts by department code (demo data). */
export const REVIEWER: Record<string, string> = {
  scjg: 'scjg-shenhe', wjj: 'wjj-shenhe', xfjy: 'xfjy-shenhe', gaj: 'gaj-shenhe', swj: 'swj-shenhe', zrzy: 'zrzy-shenhe', zjj: 'zjj-shenhe', rsj: 'rsj-shenhe', xzsp: 'xzsp-shenhe',
};

export async function uploadPdf(t: TestApp, user: string, label: string = randomUUID()): Promise<string> {
  const body = multipart(samplePdf(label), `${label}.pdf`);
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/files', headers: { ...(await t.as(user)), ...body.headers }, payload: body.payload });
  return expectStatus<{ id: string }>(res, 201).id;
}

export interface SubmitOptions {
  user?: string;
  bundleCode?: string;
  itemCodes: string[];
  form?: Record<string, unknown>;
  /** material keys ('itemCode:materialCode') to leave out */
  omit?: string[];
  key?: string;
  extra?: Record<string, unknown>;
}

type Field = ReturnType<typeof fieldsOf>[number];

/** A plausible valid value for a merged-form field, by its type and limits. */
function sampleValue(f: Field, uscc: string): unknown {
  const fit = (s: string) => (f.maxLength ? [...s].slice(0, f.maxLength).join('') : s);
  switch (f.type) {
    case 'number':
      return Math.min(Math.max(100, f.min ?? 0), f.max ?? 100);
    case 'date':
      return '2026-03-01';
    case 'enum':
      return f.options?.[0]?.value ?? '';
    case 'boolean':
      return true;
    case 'uscc':
      return uscc;
    case 'idNumber':
      return makeIdNumber('431127', '19850612', '032');
    case 'phone':
      return '13907465678';
    case 'email':
      return 'xiangwei@example.com';
    case 'address':
      return '蓝山县塔峰镇舜乡路18号';
    default:
      return fit(`${f.label}（测试）`);
  }
}

/** A merged form for these items filled with valid values (guidance's own definition), then `overrides`. */
export async function validForm(t: TestApp, itemCodes: string[], overrides: Record<string, unknown> = {}, answers: Record<string, unknown> = {}) {
  const items = await getPublishedItemsByCodes(t.db, itemCodes);
  const { items: views, elements } = await loadItemVersions(t.db, items.map((i) => i.versionId));
  const form: MergedForm = buildMergedForm(views, elements, { answers: answers as never });
  const uscc = (await t.db.query<{ uscc: string }>(`SELECT uscc FROM users WHERE username = 'xiangwei'`))[0]!.uscc;
  const data: Record<string, unknown> = {};
  for (const f of fieldsOf(form)) data[f.name] = sampleValue(f, uscc);
  return { ...data, enterpriseName: '蓝山县湘味餐饮有限公司', legalRepresentative: '李湘味', ...overrides };
}

/** The body of a submission: one uploaded PDF per required material of each item, each linked to its spec. */
export async function submissionBody(t: TestApp, o: SubmitOptions) {
  const user = o.user ?? 'xiangwei';
  const items = await getPublishedItemsByCodes(t.db, o.itemCodes);
  const attachments: Array<{ uploadId: string; materials: Array<{ itemCode: string; materialCode: string }> }> = [];
  for (const item of items) {
    for (const m of item.materials.filter((x) => x.required)) {
      if (o.omit?.includes(`${item.code}:${m.code}`)) continue;
      attachments.push({ uploadId: await uploadPdf(t, user, `${item.code}-${m.code}-${randomUUID()}`), materials: [{ itemCode: item.code, materialCode: m.code }] });
    }
  }
  return {
    ...(o.bundleCode ? { bundleCode: o.bundleCode } : {}),
    itemCodes: o.itemCodes,
    form: await validForm(t, o.itemCodes, o.form ?? {}),
    attachments,
    ...o.extra,
  };
}

export async function submit(t: TestApp, o: SubmitOptions) {
  const body = await submissionBody(t, o);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/applications',
    headers: { ...(await t.as(o.user ?? 'xiangwei')), 'idempotency-key': o.key ?? randomUUID() },
    payload: body,
  });
  return expectStatus<{ id: string; number: string; status: string; version: number }>(res, 201);
}

export async function getApplication(t: TestApp, id: string, user = 'chuangkou') {
  return expectStatus<any>(await t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}`, headers: await t.as(user) }), 200);
}

export async function accept(t: TestApp, id: string, body: Record<string, unknown> = {}, user = 'chuangkou') {
  return expectStatus<any>(await t.app.inject({ method: 'POST', url: `/api/v1/applications/${id}/accept`, headers: await t.as(user), payload: body }), 200);
}

export const caseOf = (app: { cases: Array<{ itemCode: string; id: string }> }, itemCode: string) => {
  const c = app.cases.find((x) => x.itemCode === itemCode);
  if (!c) throw new Error(`no case for ${itemCode}`);
  return c as any;
};

export async function caseAction(t: TestApp, user: string, caseId: string, action: string, body: Record<string, unknown> = {}) {
  return t.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/${action}`, headers: await t.as(user), payload: body });
}

/** Reviews and decides a case as the reviewer of its department. */
export async function decide(t: TestApp, c: { id: string; department: { code: string } }, decision: 'approve' | 'deny' = 'approve', reasons = '材料齐全，符合法定条件') {
  const reviewer = REVIEWER[c.department.code]!;
  expectStatus(await caseAction(t, reviewer, c.id, 'review', {}), 200);
  return expectStatus<any>(await caseAction(t, reviewer, c.id, 'decide', { decision, reasons }), 200);
}

export async function deliver(t: TestApp, id: string, body: Record<string, unknown> = {}) {
  return t.app.inject({ method: 'POST', url: `/api/v1/applications/${id}/deliver`, headers: await t.as('chuangkou'), payload: body });
}

export async function timeline(t: TestApp, id: string, user = 'chuangkou') {
  return expectStatus<{ items: Array<{ action: string; reason: string | null; caseId: string | null; actor: { name: string } }> }>(
    await t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}/timeline`, headers: await t.as(user) }),
    200,
  ).items;
}
