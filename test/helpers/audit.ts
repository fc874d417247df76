import type { Db } from '../../src/db/index.js';

/**
 * Runs SQL on the audit log as an operator with the owner role could: with the tables' append-only triggers disabled
 * for the length of one transaction (what the platform's own role cannot do).
 */
export async function tamperAsOwner(db: Db, sql: string, params?: readonly unknown[]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.exec('ALTER TABLE audit_entries DISABLE TRIGGER USER; ALTER TABLE audit_seals DISABLE TRIGGER USER');
    await tx.query(sql, params);
    await tx.exec('ALTER TABLE audit_entries ENABLE TRIGGER USER; ALTER TABLE audit_seals ENABLE TRIGGER USER');
  });
}
