import { addDays, dayInfo, loadCalendar } from '../calendar/index.js';
import { newId, shanghaiDateOf } from '../core/index.js';
import type { Db, Queryable } from '../db/index.js';
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
    const windowsOfZone = new Map<string, { zoneId: string; letter: string; windowIds: string[] }>();
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
        const entry = windowsOfZone.get(z.code) ?? { zoneId, letter: z.letter, windowIds: [] };
        entry.windowIds.push(id);
        windowsOfZone.set(z.code, entry);
      }
    }
    await seedPastVisits(tx, [...windowsOfZone.values()]);
  });
}

// visitors an hour at a window, 9:00–17:00: busy in the morning, quiet at lunch, a second peak after 14:00
const HOURLY = [0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 7, 4, 1, 0, 5, 6, 4, 2];

/** A month of served visits before today, so that the dashboard's waiting and handling figures have something to show. */
async function seedPastVisits(tx: Queryable, zones: Array<{ zoneId: string; letter: string; windowIds: string[] }>, days = 22): Promise<void> {
  const cal = await loadCalendar(tx, DEMO_REGION);
  let seed = 20261204;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const at = (day: string, minutes: number) => new Date(Date.parse(`${day}T00:00:00+08:00`) + minutes * 60_000);
  const rows: Parameters<typeof store.insertPastVisits>[1] = [];
  let day = shanghaiDateOf(new Date());
  for (let n = 0; n < days; ) {
    day = addDays(day, -1);
    if (!dayInfo(cal, day).working) continue;
    n++;
    for (const z of zones) {
      const issued: number[] = [];
      for (let hour = 9; hour < 17; hour++) for (let i = 0; i < HOURLY[hour]! * z.windowIds.length; i++) issued.push(hour * 60 + Math.floor(random() * 60));
      issued.sort((a, b) => a - b);
      const free = new Map(z.windowIds.map((w) => [w, 9 * 60]));
      issued.forEach((t, i) => {
        // the window that frees first takes the next number
        const [windowId, freeAt] = [...free.entries()].sort((a, b) => a[1] - b[1])[0]!;
        const called = Math.max(t + 1, freeAt);
        const handled = called + 4 + Math.floor(random() * 14);
        free.set(windowId, handled + 1);
        const green = random() < 0.04;
        rows.push({
          id: newId(), zone_id: z.zoneId, region_code: DEMO_REGION, day, seq: i + 1, number: `${z.letter}${String(i + 1).padStart(3, '0')}`,
          priority: green ? 3 : 0, priority_reason: green ? 'green' : 'walkIn', window_id: windowId,
          issued_at: at(day, t), first_called_at: at(day, called), finished_at: at(day, handled),
        });
      });
    }
  }
  await store.insertPastVisits(tx, rows);
}
