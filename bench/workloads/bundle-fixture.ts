import { randomUUID } from 'node:crypto';
import { getPublishedItemsByCodes } from '../../src/catalog/index.js';
import { makeIdNumber, makeUscc, newId } from '../../src/core/index.js';
import type { Db } from '../../src/db/index.js';
import { buildMergedForm, fieldsOf, loadItemVersions, type MergedField } from '../../src/guidance/index.js';
import { uploadPdf, type Server } from './server.js';

/** 开餐饮店: 4 items from 3 departments (市场监管 ×2, 卫健, 消防). */
export const BUNDLE_ITEMS = ['XK00118001', 'XK00119001', 'XK00201001', 'XK00801001'];
// The questionnaire's answers that select these four items (the server re-derives the items from them).
const ANSWERS = { hasLicence: false, entityType: 'company', area: 300, signboard: false, privateRooms: true, sellsAlcohol: false, sewer: false };

/** A plausible valid value for a merged-form field, by its type and limits (what an applicant types in). */
function sampleValue(f: MergedField, uscc: string): unknown {
  const fit = (s: string) => (f.maxLength ? [...s].slice(0, f.maxLength).join('') : s);
  switch (f.type) {
    case 'number': return Math.min(Math.max(120, f.min ?? 0), f.max ?? 120);
    case 'date': return '2026-03-01';
    case 'enum': return f.options?.[0]?.value ?? '';
    case 'boolean': return true;
    case 'uscc': return uscc;
    case 'idNumber': return makeIdNumber('431127', '19850612', '032');
    case 'phone': return '13907465678';
    case 'email': return 'xiangwei@example.com';
    case 'address': return '蓝山县塔峰镇舜乡路18号';
    default: return fit(`${f.label}（示例）`);
  }
}

/**
 * What the fixture needs from the database, read before an embedded engine is handed to the server process:
 * the bundle's items and its merged form (guidance's own definition) filled in for the demo business 湘味餐饮.
 */
export async function bundleItems(db: Db) {
  const items = await getPublishedItemsByCodes(db, BUNDLE_ITEMS);
  const { items: views, elements } = await loadItemVersions(db, items.map((i) => i.versionId));
  const merged = buildMergedForm(views, elements, { answers: ANSWERS });
  const uscc = (await db.query<{ uscc: string }>(`SELECT uscc FROM users WHERE username = 'xiangwei'`))[0]!.uscc;
  const form: Record<string, unknown> = {};
  const usccFields: string[] = [];
  for (const f of fieldsOf(merged)) {
    form[f.name] = sampleValue(f, uscc);
    if (f.type === 'uscc') usccFields.push(f.name);
  }
  Object.assign(form, { enterpriseName: '蓝山县湘味餐饮有限公司', legalRepresentative: '李湘味' });
  // The form's business area answers the questionnaire's area question (the items follow the form's final figures):
  // it must select the same four items as the answers.
  if ('businessArea' in form) form.businessArea = ANSWERS.area;
  return { items, form, usccFields };
}

export interface Applicant {
  username: string;
  uscc: string;
  orgName: string;
}

/**
 * `n` more businesses that file applications (valid USCCs and legal representatives' ID numbers, the demo password,
 * verified through 统一身份认证 as online applications for 企业设立登记 require),
 * so that licences and applications spread over holders as they do in a county rather than piling up on one.
 */
export async function createApplicants(db: Db, n: number): Promise<Applicant[]> {
  const [demo] = await db.query<{ password_hash: string }>(`SELECT password_hash FROM users WHERE username = 'xiangwei'`);
  const rows = Array.from({ length: n }, (_, i) => ({
    id: newId(),
    username: `bench-qiye-${i}`,
    name: `法定代表人${i}`,
    idNumber: makeIdNumber('431127', '19800101', String(100 + (i % 900)).padStart(3, '0')),
    uscc: makeUscc('92', '431127', `MB${String(i).padStart(6, '0')}`),
    orgName: `蓝山县第${i + 1}餐饮店`,
    // an applicant's phone is theirs alone (users_applicant_phone)
    phone: `139${String(i).padStart(8, '0')}`,
  }));
  await db.query(
    `INSERT INTO users (id, username, password_hash, name, roles, kind, region_code, id_number, uscc, org_name, phone, real_name_level, real_name_verified_at)
     SELECT x.id, x.username, $1, x.name, ARRAY['applicant'], 'business', '431127', x.id_number, x.uscc, x.org_name, x.phone, 'provider', now()
     FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) AS x(id, username, name, id_number, uscc, org_name, phone)`,
    [demo!.password_hash, rows.map((r) => r.id), rows.map((r) => r.username), rows.map((r) => r.name), rows.map((r) => r.idNumber), rows.map((r) => r.uscc), rows.map((r) => r.orgName), rows.map((r) => r.phone)],
  );
  return rows.map((r) => ({ username: r.username, uscc: r.uscc, orgName: r.orgName }));
}

/**
 * A realistic submission body for the bundle: every required material of every item uploaded once
 * (as stored references), and the merged form (about 30 fields).
 */
export async function bundleSubmission(fixture: Awaited<ReturnType<typeof bundleItems>>, server: Server, token: string, applicant?: Applicant) {
  const { items } = fixture;
  const form = { ...fixture.form };
  if (applicant) {
    for (const f of fixture.usccFields) form[f] = applicant.uscc;
    form.enterpriseName = applicant.orgName;
  }
  const attachments: Array<{ uploadId: string; materials: Array<{ itemCode: string; materialCode: string }> }> = [];
  for (const item of items) {
    for (const m of item.materials.filter((x) => x.required)) {
      attachments.push({ uploadId: await uploadPdf(server, token, `${item.code}-${m.code}-${randomUUID().slice(0, 8)}`), materials: [{ itemCode: item.code, materialCode: m.code }] });
    }
  }
  const departments = new Set(items.map((i) => i.department.code));
  return {
    body: { bundleCode: 'kai-canyindian', itemCodes: BUNDLE_ITEMS, answers: ANSWERS, form, attachments },
    fields: Object.keys(form).length,
    materials: attachments.length,
    departments: departments.size,
  };
}
