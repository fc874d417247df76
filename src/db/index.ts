export * from './database.js';
export { openDatabase } from './open.js';
export { openEmbedded, dumpEmbedded } from './pglite.js';
export { openServer } from './postgres.js';
export { migrate, migrationsDir } from './migrate.js';
export { countStatements, statementTotals } from './count.js';
