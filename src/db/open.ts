import path from 'node:path';
import type { Db } from './database.js';
import { openEmbedded } from './pglite.js';
import { openServer } from './postgres.js';
import { openReplicas, primaryReads, type ReplicaLog, type Reads } from './replicas.js';

/** The configured engine: a PostgreSQL server when DATABASE_URL is set, else embedded PGlite in the data dir. */
export function openDatabase(config: { databaseUrl?: string; dataDir: string; poolSize?: number }): Promise<Db> {
  if (config.databaseUrl) return openServer({ url: config.databaseUrl, poolSize: config.poolSize });
  return openEmbedded({ dataDir: path.join(config.dataDir, 'pg') });
}

/**
 * Where reads that may be a moment behind go: the configured replicas of a server, or the primary. The embedded
 * engine is one process with one connection: replicas are ignored there (and that is said once).
 */
export async function openReads(db: Db, config: { replicas?: { urls: string[]; maxLagMs: number; waitMs: number }; poolSize?: number }, log: ReplicaLog): Promise<Reads> {
  if (!config.replicas) return primaryReads(db);
  if (db.engine === 'embedded') {
    log.warn({}, 'DATABASE_REPLICA_URL is ignored without DATABASE_URL: the embedded engine has no replicas');
    return primaryReads(db);
  }
  return openReplicas(db, config.replicas.urls, { ...config.replicas, poolSize: config.poolSize, log });
}
