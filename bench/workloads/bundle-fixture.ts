import { randomUUID } from 'node:crypto';
import { getPublishedItemsByCodes } from '../../src/catalog/index.js';
import type { Db } from '../../src/db/index.js';
import { uploadPdf, type Server } from './server.js';

/** 开餐饮店: 4 items from 3 departments (市场监管 ×2, 卫健, 消防). */
export const BUNDLE_ITEMS = ['XK00118001', 'XK00119001', 'XK00201001', 'XK00801001'];

const sampleValue = (type: string | null, key: string, options: string[]): unknown => {
  if (options.length) return options[0];
  switch (type) {
    case 'number': return 120;
    case 'boolean': return true;
    case 'date': return '2026-03-01';
    case 'phone': return '13907465678';
    case 'uscc': return '92431127MA4QXW1888';
    case 'idNumber': return '431127198506120324';
    default: return `${key}（示例）`;
  }
};

/**
 * A realistic submission body for the bundle: every required material of every item uploaded once
 * (as stored references), and a merged form of about 30 fields.
 */
export const bundleItems = (db: Db) => getPublishedItemsByCodes(db, BUNDLE_ITEMS);

export async function bundleSubmission(items: Awaited<ReturnType<typeof bundleItems>>, server: Server, token: string) {
  const form: Record<string, unknown> = {
    entityName: '蓝山县湘味餐饮有限公司',
    legalRepName: '李湘味',
    businessAddress: '蓝山县塔峰镇舜乡路18号',
    contactPhone: '13907465678',
  };
  for (const item of items) for (const f of item.formFields) form[f.key] ??= sampleValue(f.type, f.key, f.options);
  const attachments: Array<{ uploadId: string; materials: Array<{ itemCode: string; materialCode: string }> }> = [];
  for (const item of items) {
    for (const m of item.materials.filter((x) => x.required)) {
      attachments.push({ uploadId: await uploadPdf(server, token, `${item.code}-${m.code}-${randomUUID().slice(0, 8)}`), materials: [{ itemCode: item.code, materialCode: m.code }] });
    }
  }
  const departments = new Set(items.map((i) => i.department.code));
  return { body: { bundleCode: 'kai-canyindian', itemCodes: BUNDLE_ITEMS, answers: { privateRooms: true }, form, attachments }, fields: Object.keys(form).length, materials: attachments.length, departments: departments.size };
}
