import { ManualClock } from '../../src/core/index.js';
import type { Db } from '../../src/db/index.js';
import { userByUsername } from '../../src/identity/index.js';
import { issueLicence, publishedKeys, verifyLicenceOnline, verifyPayloadOffline, type PublicKeyInfo } from '../../src/licences/index.js';
import { load, type Ctx, type Workload } from '../lib.js';

/** Signed licences to verify: issued once per run and shared by both verification workloads. */
interface Signed {
  payloads: string[];
  keys: Map<string, PublicKeyInfo>;
}
let issued: Signed | undefined;

const clock = new ManualClock('2026-03-02T09:00:00+08:00');
const TODAY = '2026-03-02';

async function issue(ctx: Ctx, db: Db, count: number): Promise<Signed> {
  const uscc = (await userByUsername(db, 'xiangwei'))!.uscc!;
  const payloads: string[] = [];
  for (let i = 0; i < count; i++) {
    const l = await db.transaction((tx) =>
      issueLicence(tx, { config: ctx.config, clock }, {
        type: 'food-business-permit',
        holder: { id: uscc, name: '蓝山县湘味餐饮店' },
        origin: { kind: 'registration', reason: '性能测试用证照', // one food permit per premises: each registration is a shop of its own
        data: { name: '蓝山县湘味餐饮店', address: `蓝山县塔峰镇舜阳路${i + 1}号`, permitNumber: `JY2431127${String(i).padStart(7, '0')}` } },
      }),
    );
    payloads.push(l.payload);
    ctx.progress('licences issued', i + 1, count);
  }
  const keys = new Map<string, PublicKeyInfo>((await publishedKeys(db)).map((k) => [k.kid, { keyId: k.kid, publicKey: k.publicKey, issuerUscc: k.issuer.uscc }]));
  return { payloads, keys };
}

const LICENCES = 200;

/**
 * The public verification page's check (issue 5): the licence's live status from the database (one prepared
 * statement) plus the signature verdict, cached by payload. Concurrent verifiers on the server's pool.
 */
export const verifyOnline: Workload = {
  name: 'verify-online',
  title: 'licence verification online (status + cached signature)',
  async run(ctx) {
    const { db, drop } = await ctx.freshDb();
    try {
      issued = await issue(ctx, db, LICENCES);
      const { payloads } = issued;
      const concurrency = ctx.engine === 'postgres' ? 8 : 1;
      const r = await load(
        async (_c, i) => {
          const v = await verifyLicenceOnline(db, payloads[i % payloads.length]!, clock.now());
          if (v.status !== 'valid') throw new Error(`a valid licence verified as ${v.status}`);
        },
        { concurrency, seconds: ctx.scale === 'full' ? 5 : 2, warmupSeconds: 1, rounds: 3 },
      );
      return {
        median: r.median,
        p99: r.p99,
        throughput: r.throughput,
        unit: 'verifications/s',
        note: `${payloads.length} licences, ${concurrency} verifier(s) at once, in-process (no HTTP)`,
        goal: { text: '≥ 5,000/s', atScale: true, checks: [{ what: 'throughput', actual: r.throughput, target: 5000, better: 'higher', unit: '/s' }] },
      };
    } finally {
      await drop();
    }
  },
};

/**
 * What a phone app does with a scanned QR code: the SM2 signature over SM3 with the authority's public key alone
 * (its multiples precomputed once per key), the identifier's check character and the validity dates. One core.
 */
export const verifyOffline: Workload = {
  name: 'verify-offline',
  title: 'licence verification offline (signature only), one core',
  async run(ctx) {
    if (!issued) {
      const { db, drop } = await ctx.freshDb();
      try {
        issued = await issue(ctx, db, 50);
      } finally {
        await drop();
      }
    }
    const { payloads, keys } = issued;
    const keyOf = (k: string) => keys.get(k);
    const r = await load(
      async (_c, i) => {
        if (!verifyPayloadOffline(payloads[i % payloads.length]!, keyOf, TODAY).valid) throw new Error('a genuine payload failed offline');
      },
      { concurrency: 1, seconds: ctx.scale === 'full' ? 5 : 2, warmupSeconds: 1, rounds: 3 },
    );
    return {
      median: r.median,
      p99: r.p99,
      throughput: r.throughput,
      unit: 'verifications/s',
      note: `${payloads.length} distinct payloads, one thread, precomputed public key`,
      goal: { text: '≥ 500/s per core', atScale: true, checks: [{ what: 'throughput', actual: r.throughput, target: 500, better: 'higher', unit: '/s' }] },
    };
  },
};
