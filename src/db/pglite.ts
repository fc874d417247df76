import { PGlite } from '@electric-sql/pglite';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PG_SERIALIZATION_FAILURE, pgErrorCode, sendCommitWrites, type CommitWrite, type Db, type Queryable } from './database.js';
import { OID, parseDate, parseInt8, parseNumeric } from './types.js';
import { counted } from './count.js';

/** A FIFO lock: PGlite has one connection, so a transaction must own it until it ends. */
class Mutex {
  private tail: Promise<void> = Promise.resolve();
  async lock(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((r) => (release = r));
    const prev = this.tail;
    this.tail = prev.then(() => next);
    await prev;
    return release;
  }
}

const parsers = {
  [OID.INT8]: parseInt8,
  [OID.NUMERIC]: parseNumeric,
  [OID.DATE]: parseDate,
};

export interface EmbeddedOptions {
  /** Directory of the data files; omitted: in memory. */
  dataDir?: string;
  /**
   * A data dir dump (from `dumpEmbedded`) to start from: clones a migrated template quickly. An ArrayBuffer is read
   * in place (never changed), which spares the copy out of a Blob on every clone.
   */
  loadDataDir?: Blob | ArrayBuffer;
  /** Server settings (`name: value`) on top of the defaults, e.g. a smaller shared_buffers for short-lived test clones. */
  settings?: Record<string, string>;
}

/** The engine's compiled code and its file bundle, read once per process however many databases it opens. */
let engineParts: Promise<{ pgliteWasmModule: WebAssembly.Module; fsBundle: Blob }> | undefined;
function theEngineParts() {
  return (engineParts ??= (async () => {
    const dist = path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
    const [wasm, data] = await Promise.all([fs.promises.readFile(path.join(dist, 'pglite.wasm')), fs.promises.readFile(path.join(dist, 'pglite.data'))]);
    // (the type-only WebAssembly namespace of the Node types has no compile; the runtime has)
    const { compile } = (globalThis as unknown as { WebAssembly: { compile(code: Uint8Array): Promise<WebAssembly.Module> } }).WebAssembly;
    return { pgliteWasmModule: await compile(wasm), fsBundle: new Blob([data]) };
  })());
}

export async function openEmbedded(opts: EmbeddedOptions = {}): Promise<Db> {
  if (opts.dataDir) fs.mkdirSync(opts.dataDir, { recursive: true });
  const dump = opts.loadDataDir;
  const pg = await PGlite.create({
    ...(await theEngineParts()),
    dataDir: opts.dataDir,
    // PGlite only asks the dump for its bytes (and its type, to tell a gzipped one)
    loadDataDir: dump instanceof ArrayBuffer ? ({ type: 'application/x-tar', arrayBuffer: async () => dump } as unknown as Blob) : dump,
    parsers,
    relaxedDurability: false,
    ...(opts.settings ? { startParams: [...PGlite.defaultStartParams, ...Object.entries(opts.settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])] } : {}),
  });
  return new EmbeddedDb(pg);
}

/**
 * The data dir as a tar. With `compact`, a checkpoint first and the WAL segments recycled ahead of the current one
 * left out (postgres makes them again when it needs them): a quarter of a seeded database's dump, and of every clone's
 * load, was such a spare segment.
 */
export async function dumpEmbedded(db: Db, opts: { compact?: boolean } = {}): Promise<Blob> {
  if (!(db instanceof EmbeddedDb)) throw new Error('not an embedded database');
  if (opts.compact) {
    await db.exec('CHECKPOINT');
    const [{ current, dataDir }] = (await db.query<{ current: string; dataDir: string }>(
      `SELECT pg_walfile_name(pg_current_wal_insert_lsn()) AS current, current_setting('data_directory') AS "dataDir"`,
    )) as [{ current: string; dataDir: string }];
    const FS = (db.pg as unknown as { Module: { FS: { readdir(p: string): string[]; unlink(p: string): void } } }).Module.FS;
    const dir = `${dataDir}/pg_wal`;
    for (const name of FS.readdir(dir)) if (/^[0-9A-F]{24}$/.test(name) && name > current) FS.unlink(`${dir}/${name}`);
  }
  return db.pg.dumpDataDir('none');
}

class EmbeddedDb implements Db {
  readonly engine = 'embedded' as const;
  readonly database: object = this;
  private readonly mutex = new Mutex();
  constructor(readonly pg: PGlite) {}

  private readonly direct: Queryable = {
    query: async <R>(text: string, params?: readonly unknown[]) => {
      counted(text);
      return (await this.pg.query<R>(text, params as unknown[] | undefined)).rows;
    },
    exec: async (text: string) => {
      counted(text, true);
      await this.pg.exec(text);
    },
  };

  async query<R>(text: string, params?: readonly unknown[]): Promise<R[]> {
    const release = await this.mutex.lock();
    try {
      return await this.direct.query<R>(text, params);
    } finally {
      release();
    }
  }

  async exec(text: string): Promise<void> {
    const release = await this.mutex.lock();
    try {
      await this.direct.exec(text);
    } finally {
      release();
    }
  }

  /**
   * One connection: transactions never race here, but one may still find kept reference data changed by a write
   * outside this process's knowledge (keptReferences in database.ts) and is then run again, as on a server.
   */
  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(fn);
      } catch (e) {
        if (pgErrorCode(e) !== PG_SERIALIZATION_FAILURE || attempt >= 3) throw e;
      }
    }
  }

  private async once<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const release = await this.mutex.lock();
    try {
      counted('BEGIN');
      await this.pg.exec('BEGIN');
      try {
        const hooks: Array<() => Promise<void>> = [];
        const after: Array<() => void> = [];
        const writes: CommitWrite[] = [];
        const tx: Queryable = { ...this.direct, database: this, beforeCommit: (h) => hooks.push(h), afterCommit: (h) => after.push(h), commitWrite: (w) => writes.push(w) };
        const result = await fn(tx);
        for (let i = 0; i < hooks.length; i++) await hooks[i]!();
        await sendCommitWrites(tx, writes);
        counted('COMMIT');
        await this.pg.exec('COMMIT');
        for (const h of after) h();
        return result;
      } catch (e) {
        counted('ROLLBACK');
        await this.pg.exec('ROLLBACK');
        throw e;
      }
    } finally {
      release();
    }
  }

  async copyOut(select: string, into?: Buffer): Promise<Buffer> {
    const release = await this.mutex.lock();
    try {
      counted(select);
      const res = await this.pg.query(`COPY (${select}) TO '/dev/blob' (FORMAT binary)`);
      // The blob is memory of its own already: `into` would only add a copy.
      void into;
      return res.blob ? Buffer.from(await res.blob.arrayBuffer()) : Buffer.alloc(0);
    } finally {
      release();
    }
  }

  private readonly news = new EventEmitter().setMaxListeners(0);

  async notify(channel: string, payload: string): Promise<void> {
    // delivered after the caller's turn, as NOTIFY is delivered after its statement
    setImmediate(() => this.news.emit(channel, payload));
  }

  async listen(channel: string, fn: (payload: string) => void): Promise<() => Promise<void>> {
    this.news.on(channel, fn);
    // and what the database itself announces (a trigger's pg_notify), heard as the statement that commits it returns
    const release = await this.mutex.lock();
    let unlisten: () => Promise<void>;
    try {
      unlisten = await this.pg.listen(channel, fn);
    } finally {
      release();
    }
    return async () => {
      this.news.off(channel, fn);
      const release = await this.mutex.lock();
      try {
        await unlisten();
      } finally {
        release();
      }
    };
  }

  async close(): Promise<void> {
    this.news.removeAllListeners();
    const release = await this.mutex.lock();
    try {
      await this.pg.close();
    } finally {
      release();
    }
  }
}
