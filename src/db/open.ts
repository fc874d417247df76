import path from 'node:path';
import type { Db } from './database.js';
import { openEmbedded } from './pglite.js';
import { openServer } from './postgres.js';

/** The configured engine: a PostgreSQL server when DATABASE_URL is set, else embedded PGlite in the data dir. */
export function openDatabase(config: { databaseUrl?: string; dataDir: string; poolSize?: number }): Promise<Db> {
  if (config.databaseUrl) return openServer({ url: config.databaseUrl, poolSize: config.poolSize });
  return openEmbedded({ dataDir: path.join(config.dataDir, 'pg') });
}
