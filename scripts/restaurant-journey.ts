/**
 * 开餐饮店 through the published contract alone: every call goes through the client typed from the OpenAPI document
 * (web/src/api/schema.d.ts), as an integrator would. The applicant answers the questionnaire, gets the Notice, fills
 * the merged form, uploads the materials and applies; the window accepts; each department reviews and approves its
 * case; the window delivers; the licence verifies publicly.
 *
 *   node bin/run-ts.js scripts/restaurant-journey.ts http://127.0.0.1:3000   (a server with the demo data)
 */
import { randomUUID } from 'node:crypto';
import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from '../web/src/api/schema.js';

type Api = Client<paths>;
type MergedField = components['schemas']['MergedForm']['common'][number];

const PASSWORD = 'Banshi@2026';
const APPLICANT = 'xiangwei';
const CLERK = 'chuangkou';

/** The data of a 2xx answer, or an Error naming the operation and the `{ code, message }` the server gave. */
function ok<T>(what: string, r: { data?: T; error?: unknown; response: Response }): T {
  if (r.data === undefined || !r.response.ok) {
    const e = r.error as { code?: string; message?: string } | undefined;
    throw new Error(`${what}: ${r.response.status} ${e?.code ?? ''} ${e?.message ?? ''}`);
  }
  return r.data;
}

async function signIn(baseUrl: string, username: string): Promise<Api> {
  const anonymous = createClient<paths>({ baseUrl });
  const { token } = ok('login', await anonymous.POST('/api/v1/auth/login', { body: { username, password: PASSWORD } }));
  return createClient<paths>({ baseUrl, headers: { authorization: `Bearer ${token}` } });
}

/** A value the field accepts, by its type and limits (prefilled values are kept). */
function sampleValue(f: MergedField, uscc: string): unknown {
  switch (f.type) {
    case 'number':
      return Math.min(Math.max(500, f.min ?? 0), f.max ?? 500);
    case 'date':
      return '2026-03-01';
    case 'enum':
      return f.options?.[0]?.value ?? '';
    case 'boolean':
      return false;
    case 'uscc':
      return uscc;
    case 'phone':
      return '13907465678';
    case 'email':
      return 'xiangwei@example.com';
    case 'address':
      return '蓝山县塔峰镇舜乡大道 128 号';
    default:
      return [...`${f.label}（示例）`].slice(0, f.maxLength ?? 100).join('');
  }
}

const samplePdf = (label: string) =>
  new Blob([`%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% ${label}\ntrailer<</Root 1 0 R>>\n%%EOF\n`], { type: 'application/pdf' });

export interface JourneyResult {
  applicationNumber: string;
  status: string;
  statusName: string;
  items: string[];
  licences: Array<{ typeName: string; serial: string; verified: string }>;
}

export async function restaurantJourney(baseUrl: string): Promise<JourneyResult> {
  const applicant = await signIn(baseUrl, APPLICANT);
  const me = ok('me', await applicant.GET('/api/v1/auth/me'));
  const bundle = 'kai-canyindian';
  const questionnaire = ok('questionnaire', await applicant.GET('/api/v1/guidance/bundles/{code}/questionnaire', { params: { path: { code: bundle } } }));

  // Answer what is asked, one round at a time: the business licence is held, 500 m², nothing else applies.
  const answers: Record<string, boolean | number | string> = {};
  for (let round = 0; round < questionnaire.questions.length; round++) {
    const check = ok('check', await applicant.POST('/api/v1/guidance/bundles/{code}/check', { params: { path: { code: bundle } }, body: { answers } }));
    const open = check.visibleQuestions.filter((k) => !(k in answers));
    if (check.complete && open.length === 0) break;
    for (const key of open) {
      const q = questionnaire.questions.find((x) => x.key === key)!;
      answers[key] = q.kind === 'number' ? 500 : q.kind === 'choice' ? q.options[0]!.value : key === 'hasLicence';
    }
  }
  const notice = ok('notice', await applicant.POST('/api/v1/guidance/bundles/{code}/notice', { params: { path: { code: bundle } }, body: { answers } }));
  const itemCodes = notice.items.map((i) => i.itemCode);

  const form = ok('merged form', await applicant.POST('/api/v1/guidance/forms/merged', { body: { noticeId: notice.id } }));
  const data: Record<string, unknown> = { ...form.values };
  for (const f of [...form.common, ...form.groups.flatMap((g) => g.fields)]) {
    if (data[f.name] === undefined && f.required && !f.visibleIf) data[f.name] = sampleValue(f, me.uscc ?? '');
  }
  const checked = ok('form check', await applicant.POST('/api/v1/guidance/forms/check', { body: { noticeId: notice.id, data } }));
  if (!checked.valid) throw new Error(`form check: ${checked.errors.map((e) => `${e.field} ${e.message.zh}`).join('; ')}`);

  // One upload per material to hand in; a held e-licence stands in where the notice says so.
  const attachments: Array<{ uploadId: string; materials: Array<{ itemCode: string; materialCode: string }> }> = [];
  const licences: Array<{ licenceId: string; materials: Array<{ itemCode: string; materialCode: string }> }> = [];
  for (const m of notice.materials.filter((x) => x.required && !x.producedBy)) {
    const materials = m.neededBy.map((n) => ({ itemCode: n.itemCode, materialCode: m.code }));
    if (m.reuse) {
      licences.push({ licenceId: m.reuse.licenceId, materials });
      continue;
    }
    const upload = ok('upload', await applicant.POST('/api/v1/files', {
      body: { file: '' },
      bodySerializer: () => {
        const fd = new FormData();
        fd.append('file', samplePdf(m.name), `${m.code}.pdf`);
        return fd;
      },
    }));
    attachments.push({ uploadId: upload.id, materials });
  }

  const submitted = ok('submit', await applicant.POST('/api/v1/applications', {
    params: { header: { 'idempotency-key': randomUUID() } },
    body: { bundleCode: bundle, itemCodes, answers, form: checked.values, attachments, licences, pickup: { mode: 'together', method: 'window' }, draft: false },
  }));

  // The window accepts; each department takes up and approves its own case.
  const clerk = await signIn(baseUrl, CLERK);
  const path = { path: { id: submitted.id } };
  const before = ok('application', await clerk.GET('/api/v1/applications/{id}', { params: path }));
  const accepted = ok('accept', await clerk.POST('/api/v1/applications/{id}/accept', { params: path, body: { version: before.version } }));
  for (const c of accepted.cases) {
    const reviewer = await signIn(baseUrl, `${c.department!.code}-shenhe`);
    const caseId = { path: { id: c.id } };
    const taken = ok('review', await reviewer.POST('/api/v1/cases/{id}/review', { params: caseId, body: { version: c.version } }));
    ok('decide', await reviewer.POST('/api/v1/cases/{id}/decide', { params: caseId, body: { version: taken.version, decision: 'approve', reasons: '材料齐全，符合法定条件，准予许可' } }));
  }
  const concluded = ok('application', await clerk.GET('/api/v1/applications/{id}', { params: path }));
  ok('deliver', await clerk.POST('/api/v1/applications/{id}/deliver', { params: path, body: { version: concluded.version, method: 'window' } }));

  // The applicant sees it delivered, holds the licences, and anyone can verify them by their QR code.
  const finished = ok('application', await applicant.GET('/api/v1/applications/{id}', { params: path }));
  const mine = ok('my licences', await applicant.GET('/api/v1/licences/mine'));
  const anonymous = createClient<paths>({ baseUrl });
  const issued = [];
  for (const l of mine.items.filter((x) => x.applicationId === submitted.id)) {
    const detail = ok('licence', await applicant.GET('/api/v1/licences/{id}', { params: { path: { id: l.id } } }));
    const verdict = ok('verify', await anonymous.POST('/api/v1/licences/verify', { body: { payload: detail.verifyUrl } }));
    issued.push({ typeName: l.typeName, serial: l.serial, verified: verdict.statusName });
  }
  return { applicationNumber: finished.number, status: finished.status, statusName: finished.statusName, items: itemCodes, licences: issued };
}

if (process.argv[1]?.endsWith('restaurant-journey.ts')) {
  const result = await restaurantJourney(process.argv[2] ?? 'http://127.0.0.1:3000');
  console.log(JSON.stringify(result, null, 2));
}
