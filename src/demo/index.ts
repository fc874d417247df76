import type { Db } from '../db/index.js';
import { seedIdentity } from '../identity/index.js';
import { seedCatalog } from '../catalog/index.js';
import { seedLicences } from '../licences/index.js';
import { seedInspections } from '../inspections/index.js';
import { seedRatings } from '../ratings/index.js';
import { seedTickets } from '../tickets/index.js';
import { seedDisclosure } from '../disclosure/index.js';
import { seedHall } from '../hall/index.js';
import { seedPowers } from './powers.js';

/** Demo data seeders, in dependency order: each module adds its own line. */
const seeders: Array<(db: Db) => Promise<void>> = [
  (db) => db.transaction((tx) => seedIdentity(tx)),
  seedCatalog,
  (db) => db.transaction((tx) => seedLicences(tx)),
  (db) => db.transaction((tx) => seedInspections(tx)),
  seedRatings,
  seedTickets,
  seedDisclosure,
  seedHall,
  seedPowers,
];

export async function isSeeded(db: Db): Promise<boolean> {
  const rows = await db.query<{ n: number }>('SELECT count(*) AS n FROM users');
  return rows[0]!.n > 0;
}

/** Loads the demo data once: a database that already has users is left alone. */
export async function seedDemo(db: Db): Promise<boolean> {
  if (await isSeeded(db)) return false;
  for (const seed of seeders) await seed(db);
  return true;
}

export { seedActivity, hasActivity, type ActivitySummary } from './activity.js';
