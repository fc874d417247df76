import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { openEmbedded, openServer, type Db } from '../../src/db/index.js';

let templateBlob: Blob | undefined;

export interface TestDb {
  db: Db;
  /** Opens another connection (pool) to the same database: a second server process. */
  openAnother(): Promise<Db>;
  drop(): Promise<void>;
}

/** A fresh database with migrations and demo data, cloned from the run's template. */
export async function freshDb(): Promise<TestDb> {
  const tpl = inject('dbTemplate');
  if (tpl.engine === 'embedded') {
    templateBlob ??= new Blob([fs.readFileSync(tpl.file)]);
    const db = await openEmbedded({ loadDataDir: templateBlob });
    return {
      db,
      openAnother: async () => {
        throw new Error('the embedded engine has one connection; use DATABASE_URL for multi-process tests');
      },
      drop: () => db.close(),
    };
  }
  const name = `banshi_t_${randomBytes(6).toString('hex')}`;
  const admin = await openServer({ url: tpl.url, poolSize: 1 });
  await admin.exec(`CREATE DATABASE ${name} TEMPLATE ${tpl.name}`);
  const u = new URL(tpl.url);
  u.pathname = `/${name}`;
  const db = await openServer({ url: u.toString(), poolSize: 8 });
  const others: Db[] = [];
  return {
    db,
    openAnother: async () => {
      const d = await openServer({ url: u.toString(), poolSize: 4 });
      others.push(d);
      return d;
    },
    drop: async () => {
      for (const d of others) await d.close();
      await db.close();
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}

export const engineUnderTest = (): 'embedded' | 'postgres' => inject('dbTemplate').engine;
