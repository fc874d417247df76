import os from 'node:os';
import { systemClock } from '../core/index.js';
import type { Db } from '../db/index.js';
import { buildApp } from './app.js';

/** A database nobody may touch: building the document only registers routes. */
const noDatabase = new Proxy({} as Db, {
  get(_t, prop) {
    if (prop === 'engine') return 'none';
    if (prop === 'then') return undefined;
    // its identity only (per-database settings are keyed by it): no statement is run
    if (prop === 'database') return undefined;
    throw new Error(`the OpenAPI document was built without a database, yet db.${String(prop)} was used`);
  },
});

/** The OpenAPI document as the server serves it at /api/openapi.json, built without a database or a listening server. */
export async function openapiDocument(): Promise<Record<string, unknown>> {
  const app = await buildApp({ db: noDatabase, clock: systemClock, config: { port: 0, host: '127.0.0.1', dataDir: os.tmpdir(), maxInFlight: 1, logLevel: 'silent' } }, { serveWeb: false });
  await app.ready();
  const doc = structuredClone(app.swagger()) as Record<string, unknown>;
  await app.close();
  return doc;
}
