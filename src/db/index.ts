export * from './database.js';
export { openDatabase, openReads } from './open.js';
export { openEmbedded, dumpEmbedded } from './pglite.js';
export { openServer } from './postgres.js';
export { openReplicas, primaryReads, lsnBytes, recordEnd, type Reads, type ReplicaLog, type ReplicaOptions, type ReplicaStatus } from './replicas.js';
export { migrate, migrationsDir } from './migrate.js';
export { countStatements, statementTotals, traceStatements, type TracedStatement } from './count.js';
