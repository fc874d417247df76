import type { Db, Queryable, Reads } from '../db/index.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';

/** What a use case or a module's routes may receive. Narrow it further where you can. */
export interface AppDeps {
  db: Db;
  clock: Clock;
  config: Config;
  /** Streaming replicas for reads that may be a moment behind (DATABASE_REPLICA_URL); absent: every read goes to `db`. */
  reads?: Reads;
}

/**
 * The database for a read that may be served a moment behind (a list, a dashboard, a public page, a verification):
 * a replica that has replayed the reader's own last write, else the primary. The choice is the caller's, made
 * explicitly per read; whatever decides a write reads `deps.db`.
 */
export function readsFor(deps: Pick<AppDeps, 'db' | 'reads'>, req: { actor?: { userId: string } | null }): Promise<Queryable> {
  return deps.reads ? deps.reads.for(req.actor?.userId) : Promise.resolve(deps.db);
}
