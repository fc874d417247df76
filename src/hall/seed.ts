import { newId } from '../core/index.js';
import type { Db } from '../db/index.js';
import { DEMO_REGION, departmentByCode, insertWindow } from '../identity/index.js';
import * as store from './store.js';

/** The demo county's hall (蓝山县政务服务中心): four zones, their windows and the departments each serves. */
const zones: Array<{ code: string; name: string; letter: string; departments: string[]; windows: Array<[string, string, string]> }> = [
  { code: 'business', name: '商事登记', letter: 'A', departments: ['scjg', 'xzsp'], windows: [['A1', '商事登记 1 号窗口', 'scjg'], ['A2', '商事登记 2 号窗口', 'scjg']] },
  { code: 'social', name: '社会事务', letter: 'B', departments: ['rsj', 'ybj', 'mzj', 'wjj', 'gaj', 'jyj', 'wlj'], windows: [['B1', '社会事务 3 号窗口', 'xzsp'], ['B2', '社会事务 4 号窗口', 'xzsp']] },
  { code: 'construction', name: '投资建设', letter: 'C', departments: ['zjj', 'sthj', 'xfjy', 'jtj', 'slj', 'cgj', 'nyj'], windows: [['C1', '投资建设 5 号窗口', 'xzsp']] },
  { code: 'property', name: '不动产', letter: 'D', departments: ['zrzy', 'swj'], windows: [['D1', '不动产登记 6 号窗口', 'zrzy'], ['D2', '不动产缴税 7 号窗口', 'swj']] },
];

export async function seedHall(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    let sort = 0;
    for (const z of zones) {
      const zoneId = newId();
      await store.insertZone(tx, {
        id: zoneId, region_code: DEMO_REGION, code: z.code, name: z.name, letter: z.letter, department_codes: z.departments,
        sessions: [{ from: '09:00', to: '12:00' }, { from: '14:00', to: '17:30' }], slot_minutes: 30, slot_capacity: 4, sort: sort++,
      });
      for (const [code, name, dept] of z.windows) {
        const d = await departmentByCode(tx, dept);
        if (!d) continue;
        const id = newId();
        await insertWindow(tx, { id, code: `LSZX-${code}`, name, department_id: d.id, region_code: DEMO_REGION, location: '蓝山县政务服务中心一楼', active: true });
        await store.assignWindow(tx, id, zoneId);
      }
    }
  });
}
