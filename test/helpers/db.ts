import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { dumpEmbedded, openEmbedded, openServer, type Db } from '../../src/db/index.js';

/** What a database is cloned from: the run's template, or one made from it in this process (see keepAsTemplate). */
export type DbTemplate = { engine: 'embedded'; data: ArrayBuffer } | { engine: 'postgres'; url: string; name: string };

let runTemplate: DbTemplate | undefined;

/**
 * A clone lives for one test file and holds a few dozen megabytes: the default 128 MB of shared buffers only cost
 * their setting up, on every clone (a third of an embedded clone's time).
 */
const cloneSettings = { shared_buffers: '16MB' };

function arrayBufferOf(b: Buffer): ArrayBuffer {
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

/** The run's template: migrated and seeded once for the run by test/global-setup.ts. */
function theRunTemplate(): DbTemplate {
  if (runTemplate) return runTemplate;
  const tpl = inject('dbTemplate');
  runTemplate = tpl.engine === 'embedded' ? { engine: 'embedded', data: arrayBufferOf(fs.readFileSync(tpl.file)) } : tpl;
  return runTemplate;
}

export interface TestDb {
  db: Db;
  /** Opens another connection (pool) to the same database: a second server process. */
  openAnother(): Promise<Db>;
  drop(): Promise<void>;
  /**
   * Closes the database and keeps it as a template for more clones instead of dropping it. On a server it keeps the
   * name given to freshDb, which must start with the run template's name and `_` (global setup drops those at the end).
   */
  keepAsTemplate(): Promise<DbTemplate>;
}

/**
 * A fresh database with migrations and demo data, cloned from the run's template, or from `from`. On a server,
 * `name` names it (a database to keep as a template, see keepAsTemplate).
 */
export async function freshDb(opts: { from?: DbTemplate; name?: string } = {}): Promise<TestDb> {
  const tpl = opts.from ?? theRunTemplate();
  if (tpl.engine === 'embedded') {
    const db = await openEmbedded({ loadDataDir: tpl.data, settings: cloneSettings });
    return {
      db,
      openAnother: async () => {
        throw new Error('the embedded engine has one connection; use DATABASE_URL for multi-process tests');
      },
      drop: () => db.close(),
      async keepAsTemplate() {
        const data = await (await dumpEmbedded(db, { compact: true })).arrayBuffer();
        await db.close();
        return { engine: 'embedded', data };
      },
    };
  }
  const name = opts.name ?? `banshi_t_${randomBytes(6).toString('hex')}`;
  const admin = await openServer({ url: tpl.url, poolSize: 1 });
  await admin.exec(`CREATE DATABASE ${name} TEMPLATE ${tpl.name}`);
  const u = new URL(tpl.url);
  u.pathname = `/${name}`;
  const db = await openServer({ url: u.toString(), poolSize: 8 });
  const others: Db[] = [];
  const closeAll = async () => {
    for (const d of others) await d.close();
    await db.close();
  };
  return {
    db,
    openAnother: async () => {
      const d = await openServer({ url: u.toString(), poolSize: 4 });
      others.push(d);
      return d;
    },
    drop: async () => {
      await closeAll();
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
    async keepAsTemplate() {
      const run = theRunTemplate() as { name: string };
      if (!name.startsWith(`${run.name}_`)) throw new Error(`a template kept on a server is named ${run.name}_…, not ${name}`);
      await closeAll();
      await admin.close();
      return { engine: 'postgres', url: tpl.url, name };
    },
  };
}

/** A name for a database kept as a template in this process (dropped with the run's template at the end). */
export function derivedTemplateName(what: string): string {
  const run = theRunTemplate();
  return run.engine === 'postgres' ? `${run.name}_${what}_${process.pid}` : what;
}

export const engineUnderTest = (): 'embedded' | 'postgres' => inject('dbTemplate').engine;
