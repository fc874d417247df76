import { randomUUID } from 'node:crypto';
import { getPublishedItemsByCodes } from '../../src/catalog/index.js';
import { makeIdNumber } from '../../src/core/index.js';
import type { Db } from '../../src/db/index.js';
import { buildMergedForm, fieldsOf, loadItemVersions, type MergedField } from '../../src/guidance/index.js';
import { uploadPdf, type Server } from './server.js';

/** 开餐饮店: 4 items from 3 departments (市场监管 ×2, 卫健, 消防). */
export const BUNDLE_ITEMS = ['XK00118001', 'XK00119001', 'XK00201001', 'XK00801001'];
const ANSWERS = { privateRooms: true };

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
  for (const f of fieldsOf(merged)) form[f.name] = sampleValue(f, uscc);
  Object.assign(form, { enterpriseName: '蓝山县湘味餐饮有限公司', legalRepresentative: '李湘味' });
  return { items, form };
}

/**
 * A realistic submission body for the bundle: every required material of every item uploaded once
 * (as stored references), and the merged form (about 30 fields).
 */
export async function bundleSubmission(fixture: Awaited<ReturnType<typeof bundleItems>>, server: Server, token: string) {
  const { items, form } = fixture;
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
