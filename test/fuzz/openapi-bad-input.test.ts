/**
 * Sends generated bad input to every operation of the OpenAPI document, as nobody and as a signed-in administrator,
 * and requires: no 5xx, and no change of state (row counts of every table) whenever the answer is a 4xx.
 * The suite runs a few cases per operation; `npm run fuzz` (FUZZ_RUNS) runs many more.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/index.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { badMultipart, badString, deepJsonText, paramText, spoiled } from './arbitraries.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20260302;
const MULTIPART = new Set(['/api/v1/files', '/api/v1/calendar/imports', '/api/v1/catalog/import']);
/** Tables whose rows a refused request may still touch: sign-in sessions and the rate-limit counters. */
const VOLATILE = new Set(['sessions', 'rate_limits']);

type Schema = Record<string, any>;
interface Operation {
  method: string;
  path: string;
  params: Array<{ in: string; name: string; required?: boolean; schema: Schema }>;
  body?: Schema;
  multipart: boolean;
}

let t: TestApp;
/** The app under test, logging its warnings and errors here: a constraint violation that reached the database counts as a finding. */
let app: FastifyInstance;
const logged: Array<{ msg: string; route?: string; err?: { message?: string } }> = [];
let doc: Schema;
let ops: Operation[];
let fingerprintSql: string;

beforeAll(async () => {
  t = await createTestApp();
  app = await buildApp(t, { serveWeb: false, logger: { level: 'warn', stream: { write: (line) => void logged.push(JSON.parse(line)) } } });
  doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  ops = [];
  for (const [path, methods] of Object.entries<Record<string, Schema>>(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      ops.push({
        method: method.toUpperCase(),
        path,
        params: op.parameters ?? [],
        body: op.requestBody?.content?.['application/json']?.schema,
        multipart: MULTIPART.has(path) || !!op.requestBody?.content?.['multipart/form-data'],
      });
    }
  }
  // the licence verification page a phone opens: not in the API document, but open to anyone
  ops.push({ method: 'GET', path: '/v/{payload}', params: [{ in: 'path', name: 'payload', schema: { type: 'string' } }], multipart: false });
  const tables = await t.db.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
  fingerprintSql = `SELECT pg_current_snapshot()::text AS snapshot, ${tables
    .filter((x) => !VOLATILE.has(x.tablename))
    .map((x) => `(SELECT count(*) FROM "${x.tablename}") AS "${x.tablename}"`)
    .join(', ')}`;
}, 300_000);
afterAll(async () => {
  await app.close();
  await t.close();
});

/**
 * What of a value fits into a request line: a real server refuses a request line or headers over 16 KB with a 431
 * before the app sees it (`src/http/edge.test.ts` sends a 1 MB query string over a socket), so a longer value in the
 * path or the query string only tests the in-process injector, and parsing a megabyte of percent-encoding on every
 * such request was a sixth of this file's time. Long values still reach the app in bodies.
 */
const inRequestLine = (v: string) => (v.length > 500 ? v.slice(0, 500) : v);

/** Percent-encodes text; a lone surrogate, which has no UTF-8 form, goes as the bytes a careless client would send. */
const encodePathValue = (v: string) => {
  try {
    return encodeURIComponent(v);
  } catch {
    return encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, '\u0000')).replace(/%00/g, '%ED%A0%80');
  }
};

/**
 * The row counts of every table. They are counted again only when the database's snapshot moved: a write takes a
 * transaction id, so the same snapshot (no id taken since, the same transactions in progress) means the same rows. The
 * counting statement reports its own snapshot; on a server, other databases' transactions move it too, and then the
 * rows are counted.
 */
let counted: { snapshot: string; counts: string } | undefined;
let countings = 0;
const fingerprint = async () => {
  const [now] = await t.db.query<{ snapshot: string }>('SELECT pg_current_snapshot()::text AS snapshot');
  if (counted && counted.snapshot === now!.snapshot) return counted.counts;
  countings++;
  const { snapshot, ...counts } = (await t.db.query<{ snapshot: string }>(fingerprintSql))[0]!;
  counted = { snapshot, counts: JSON.stringify(counts) };
  return counted.counts;
};

interface Generated {
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

function requestOf(op: Operation): fc.Arbitrary<Generated> {
  const pathParams = op.params.filter((p) => p.in === 'path');
  const queryParams = op.params.filter((p) => p.in === 'query');
  const headerParams = op.params.filter((p) => p.in === 'header');
  const path = fc.tuple(...pathParams.map((p) => paramText(p.schema, doc)));
  const query = fc.tuple(
    ...queryParams.map((p) => fc.option(paramText(p.schema, doc), { nil: undefined })),
    fc.option(fc.tuple(fc.constantFrom('unknown', 'a\u0000'), badString), { nil: undefined }),
  );
  const headers = fc.tuple(...headerParams.map((p) => fc.option(paramText(p.schema, doc), { nil: undefined })));
  const body: fc.Arbitrary<{ contentType?: string; payload?: string | Buffer }> = op.multipart
    ? badMultipart.map((m) => ({ contentType: m.contentType, payload: m.body }))
    : op.method === 'GET' || op.method === 'DELETE'
      ? fc.constant({})
      : fc.oneof(
          { arbitrary: spoiled(op.body ?? {}, doc).map((v) => ({ contentType: 'application/json', payload: JSON.stringify(v) ?? 'null' })), weight: 8 },
          { arbitrary: fc.constantFrom('{"a":', '[[[', '', 'null', '"\\ud800"', '{"a":"\\u0000"}').map((p) => ({ contentType: 'application/json', payload: p })), weight: 1 },
          { arbitrary: deepJsonText.map((p) => ({ contentType: 'application/json', payload: p })), weight: 1 },
          { arbitrary: fc.constant({ contentType: 'text/plain', payload: 'hello' }), weight: 1 },
        );
  return fc.tuple(path, query, headers, body).map(([pv, qv, hv, b]) => {
    let url = op.path;
    pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, encodePathValue(inRequestLine(pv[i] as string)))));
    const qs = new URLSearchParams();
    queryParams.forEach((p, i) => {
      const v = qv[i] as string | undefined;
      if (v !== undefined) qs.append(p.name, inRequestLine(v));
    });
    const extra = qv[queryParams.length] as [string, string] | undefined;
    if (extra) qs.append(extra[0], inRequestLine(extra[1]));
    const q = qs.toString();
    const h: Record<string, string> = {};
    headerParams.forEach((p, i) => {
      const v = hv[i] as string | undefined;
      // a header cannot carry control characters over HTTP at all
      if (v !== undefined && /^[\t\x20-\x7e]*$/.test(v) && v.length < 8000) h[p.name] = v;
    });
    if (b.contentType) h['content-type'] = b.contentType;
    return { url: q ? `${url}?${q}` : url, headers: h, payload: b.payload };
  });
}

async function fuzz(actor: string | null): Promise<string[]> {
  const auth = actor ? await t.as(actor) : {};
  const problems: string[] = [];
  const statuses = new Map<number, number>();
  countings = 0;
  let before = await fingerprint();
  for (const op of ops) {
    if (process.env.FUZZ_ONLY && !op.path.includes(process.env.FUZZ_ONLY)) continue;
    // signing out would end the session the rest of the run uses
    if (actor && op.path === '/api/v1/auth/logout') continue;
    try {
      await fc.assert(
        fc.asyncProperty(requestOf(op), async (g) => {
          const res = await app.inject({ method: op.method as 'GET', url: g.url, headers: { ...g.headers, ...auth }, payload: g.payload });
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          if (res.statusCode >= 500) throw new Error(`${res.statusCode} ${res.body.slice(0, 200)}`);
          const slipped = logged.splice(0).find((l) => l.msg === 'constraint violation reached the database');
          if (slipped) throw new Error(`${res.statusCode} from a database constraint, not validation: ${slipped.err?.message ?? ''}`);
          const after = await fingerprint();
          if (res.statusCode >= 400 && after !== before) throw new Error(`answered ${res.statusCode} but changed state`);
          if (res.statusCode >= 400) {
            const body = res.json();
            if (typeof body.code !== 'string' || typeof body.message !== 'string' || typeof body.details !== 'object') throw new Error(`error not in the platform shape: ${res.body.slice(0, 200)}`);
          }
          before = after;
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    } catch (e) {
      const text = String((e as Error).message);
      const m = /Counterexample: (.*)\n/.exec(text);
      const cause = (e as Error & { cause?: Error }).cause?.message ?? text.split('\n').find((l) => /^(Got|Error)/.test(l)) ?? text;
      problems.push(`${actor ?? 'anonymous'} ${op.method} ${op.path}: ${cause.slice(0, 300)} ${m ? m[1]!.slice(0, 400) : ''}`);
      before = await fingerprint();
    }
  }
  const tally = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ');
  console.log(`${actor ?? 'anonymous'}: ${tally}; rows counted ${countings} times`);
  return problems;
}

describe('every operation, fed bad input', { timeout: 1_800_000 }, () => {
  it('answers an anonymous caller with a 4xx in the platform shape, never a 5xx, and changes nothing', async () => {
    expect(ops.length).toBeGreaterThan(150); // the document lists every operation
    expect(await fuzz(null)).toEqual([]);
  });

  it('answers a signed-in administrator the same way', async () => {
    expect(await fuzz('admin')).toEqual([]);
  });
});
