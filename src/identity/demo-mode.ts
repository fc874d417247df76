import type { Queryable } from '../db/index.js';
import { getSetting, putSetting } from './store-staff.js';

const KEY = 'demo-data';

/** Set by the demo seeder: this database holds the demo county and its shared demo password. */
export async function markDemoData(tx: Queryable, at: Date): Promise<void> {
  await putSetting(tx, KEY, { seededAt: at.toISOString() });
}

export async function hasDemoData(q: Queryable): Promise<boolean> {
  return (await getSetting(q, KEY)) !== undefined;
}
