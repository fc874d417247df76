import { PGlite } from '@electric-sql/pglite';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import type { Db, Queryable } from './database.js';
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
  /** A data dir dump (from `dumpEmbedded`) to start from: clones a migrated template quickly. */
  loadDataDir?: Blob;
}

export async function openEmbedded(opts: EmbeddedOptions = {}): Promise<Db> {
  if (opts.dataDir) fs.mkdirSync(opts.dataDir, { recursive: true });
  const pg = await PGlite.create({
    dataDir: opts.dataDir,
    loadDataDir: opts.loadDataDir,
    parsers,
    relaxedDurability: false,
  });
  return new EmbeddedDb(pg);
}

export async function dumpEmbedded(db: Db): Promise<Blob> {
  if (!(db instanceof EmbeddedDb)) throw new Error('not an embedded database');
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

  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const release = await this.mutex.lock();
    try {
      counted('BEGIN');
      await this.pg.exec('BEGIN');
      try {
        const hooks: Array<() => Promise<void>> = [];
        const result = await fn({ ...this.direct, database: this, beforeCommit: (h) => hooks.push(h) });
        for (let i = 0; i < hooks.length; i++) await hooks[i]!();
        counted('COMMIT');
        await this.pg.exec('COMMIT');
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
    return async () => {
      this.news.off(channel, fn);
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
