/**
 * Licence verification throughput: `node bin/run-ts.js bench/verify.ts [--seconds N] [--licences N]`.
 * - offline: the QR payload's SM2 signature checked with the authority's public key alone (what a phone app does),
 *   with the key's multiples precomputed once, and without (a verifier that sees a key for the first time);
 * - online: what the public verification page does: the live status from the database plus the signature
 *   verdict, cached by payload.
 * Uses the embedded engine, or the PostgreSQL server at DATABASE_URL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { sm2 } from 'sm-crypto-v2';
import { ManualClock, type Config } from '../src/core/index.js';
import { migrate, openEmbedded, openServer, type Db } from '../src/db/index.js';
import { seedDemo } from '../src/demo/index.js';
import { userByUsername } from '../src/identity/index.js';
import { issueLicence, parsePayload, publishedKeys, verifyLicenceOnline, verifyPayloadOffline, type PublicKeyInfo } from '../src/licences/index.js';

export interface VerifyBenchResult {
  name: string;
  throughput: number;
  medianMs: number;
  p99Ms: number;
  ops: number;
}

async function measure(name: string, seconds: number, concurrency: number, op: (i: number) => Promise<unknown> | unknown): Promise<VerifyBenchResult> {
  let i = 0;
  const warmEnd = performance.now() + 300;
  while (performance.now() < warmEnd) await op(i++);
  const latencies: number[] = [];
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        await op(i++);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)] ?? NaN;
  return { name, throughput: latencies.length / elapsed, medianMs: at(0.5), p99Ms: at(0.99), ops: latencies.length };
}

/** Issues `count` licences (signed with the scjg key) and measures the three verification paths on them. */
export async function runVerifyBench(db: Db, config: Config, opts: { seconds: number; licences: number; concurrency: number }): Promise<VerifyBenchResult[]> {
  const clock = new ManualClock('2026-03-02T09:00:00+08:00');
  const uscc = (await userByUsername(db, 'xiangwei'))!.uscc!;
  const payloads: string[] = [];
  for (let i = 0; i < opts.licences; i++) {
    const issued = await db.transaction((tx) =>
      issueLicence(tx, { config, clock }, { type: 'food-business-permit', holder: { id: uscc, name: '蓝山县湘味餐饮店' }, data: { name: '蓝山县湘味餐饮店', seq: i } }),
    );
    payloads.push(issued.payload);
  }
  const keys = new Map<string, PublicKeyInfo>((await publishedKeys(db)).map((k) => [k.kid, { keyId: k.kid, publicKey: k.publicKey, issuerUscc: k.issuer.uscc }]));
  const pick = (i: number) => payloads[i % payloads.length]!;
  const results: VerifyBenchResult[] = [];

  results.push(
    await measure('offline (precomputed public key)', opts.seconds, 1, (i) => {
      if (!verifyPayloadOffline(pick(i), (k) => keys.get(k), '2026-03-02').valid) throw new Error('a genuine payload failed offline');
    }),
  );
  results.push(
    await measure('offline (cold key, no precomputation)', opts.seconds, 1, (i) => {
      const p = parsePayload(pick(i))!;
      const key = keys.get(p.claims.k)!;
      if (!sm2.doVerifySignature(Buffer.from(p.signed, 'ascii'), p.signature, key.publicKey, { hash: true, der: false, userId: '1234567812345678' })) {
        throw new Error('a genuine payload failed');
      }
    }),
  );
  results.push(
    await measure(`online (status + cached signature, ${opts.concurrency} at once)`, opts.seconds, opts.concurrency, async (i) => {
      const v = await verifyLicenceOnline(db, pick(i), clock.now());
      if (v.status !== 'valid') throw new Error(`a valid licence verified as ${v.status}`);
    }),
  );
  return results;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const { values } = parseArgs({ options: { seconds: { type: 'string', default: '3' }, licences: { type: 'string', default: '200' }, concurrency: { type: 'string' } } });
  const url = process.env.DATABASE_URL;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'banshi-bench-verify-'));
  const config: Config = { port: 0, host: '127.0.0.1', dataDir, masterKey: 'bench-master-key-0123456789abcdef0123', maxInFlight: 4096, logLevel: 'silent' };
  let db: Db;
  let cleanup = async () => undefined as unknown;
  if (url) {
    const name = `banshi_bench_verify_${process.pid}`;
    const admin = await openServer({ url, poolSize: 1 });
    await admin.exec(`CREATE DATABASE ${name}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    db = await openServer({ url: u.toString(), poolSize: 8 });
    cleanup = async () => {
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    };
  } else {
    db = await openEmbedded();
  }
  try {
    await migrate(db);
    await seedDemo(db);
    const concurrency = Number(values.concurrency ?? (url ? 8 : 1));
    const cpus = os.cpus();
    console.log(`machine: ${cpus.length} × ${cpus[0]?.model.trim()}, Node ${process.version}, engine ${url ? 'postgres' : 'embedded'}`);
    const results = await runVerifyBench(db, config, { seconds: Number(values.seconds), licences: Number(values.licences), concurrency });
    for (const r of results) {
      console.log(`${r.name.padEnd(52)} ${r.throughput.toFixed(0).padStart(7)} /s   median ${r.medianMs.toFixed(3)} ms   p99 ${r.p99Ms.toFixed(3)} ms   (${r.ops} ops)`);
    }
  } finally {
    await db.close();
    await cleanup();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
