import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/core/index.js';
import { buildApp } from '../src/http/index.js';
import { SESSION_COOKIE } from '../src/identity/index.js';
import { testConfig } from './helpers/app.js';
import { freshDb, type TestDb } from './helpers/db.js';

/**
 * How the built web app travels (issue 19, "fast and light"): precompressed brotli or gzip as the browser accepts,
 * hashed files cached for good, the page itself revalidated, and a citizen's first visit to the portal home carrying
 * at most 250 KB of compressed JavaScript. Real HTTP against `banshi`'s server on the built web/dist.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'web', 'dist');
const FIRST_LOAD_LIMIT = 250 * 1024;

let db: TestDb;
let app: FastifyInstance;
let base = '';

beforeAll(async () => {
  await promisify(execFile)(process.execPath, [path.join(root, 'web', 'build.mjs'), '--quiet'], { cwd: root, timeout: 600_000 });
  db = await freshDb();
  app = await buildApp({ db: db.db, clock: new ManualClock('2026-03-02T09:00:00+08:00'), config: testConfig() }, { serveWeb: true });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
}, 600_000);

afterAll(async () => {
  await app?.close();
  await db?.drop();
});

/** A signed-in person's browser: it carries a session cookie, so the portal's addresses answer the web app itself. */
const SIGNED_IN = { cookie: `${SESSION_COOKIE}=any` };

async function get(p: string, acceptEncoding?: string, extra: Record<string, string> = {}) {
  const res = await request(base + p, { headers: { ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}), ...extra } });
  const body = Buffer.from(await res.body.arrayBuffer());
  const header = (name: string) => {
    const v = res.headers[name];
    return Array.isArray(v) ? v.join(', ') : v;
  };
  return { status: res.statusCode, header, body };
}

/** The entry script the page names, e.g. /assets/index-B7QF251L.js. */
async function entryScript(): Promise<string> {
  const html = (await get('/window/queue')).body.toString('utf8');
  const src = /<script type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
  expect(src, 'the page names its script').toMatch(/^\/assets\/index-[\w-]+\.js$/);
  return src!;
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

describe('the built web app as the server sends it', () => {
  it('sends a hashed script as brotli when the browser accepts it, gzip when it takes only gzip, and keeps it for good', async () => {
    const script = await entryScript();
    const original = fs.readFileSync(path.join(dist, script));

    const br = await get(script, 'gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.header('content-encoding')).toBe('br');
    expect(br.header('content-type')).toMatch(/javascript/);
    expect(br.header('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(br.header('vary')).toMatch(/accept-encoding/i);
    expect(br.body.length).toBeLessThan(original.length / 3);
    expect(zlib.brotliDecompressSync(br.body).equals(original)).toBe(true);

    const gz = await get(script, 'gzip');
    expect(gz.status).toBe(200);
    expect(gz.header('content-encoding')).toBe('gzip');
    expect(gz.header('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(zlib.gunzipSync(gz.body).equals(original)).toBe(true);

    const plain = await get(script);
    expect(plain.status).toBe(200);
    expect(plain.header('content-encoding')).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
  });

  it('has the browser check the page itself again on every visit, so a new release is seen at once', async () => {
    for (const p of ['/', '/index.html', '/portal', '/portal/catalog/anything']) {
      const page = await get(p, 'gzip, deflate, br');
      expect(page.status, p).toBe(200);
      expect(page.header('content-type'), p).toMatch(/text\/html/);
      expect(page.header('cache-control'), p).toBe('no-cache');
    }
  });

  it('loads the portal home for a visitor with at most 250 KB of compressed JavaScript, without the charts', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
    const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
    expect(manifest[entry]!.file).toBe((await entryScript()).slice(1));
    // what the home page loads: the entry and what it imports, then the portal's layout and its home page (App.tsx)
    const chunks = new Set<string>();
    const visit = (key: string) => {
      if (chunks.has(key)) return;
      expect(manifest[key], key).toBeDefined();
      chunks.add(key);
      for (const i of manifest[key]!.imports ?? []) visit(i);
    };
    for (const key of [entry, 'src/layouts/PortalLayout.tsx', 'src/pages/portal/PortalHome.tsx']) visit(key);
    let bytes = 0;
    const files: string[] = [];
    for (const key of chunks) {
      const file = `/${manifest[key]!.file}`;
      files.push(file);
      // as sent to a browser that accepts brotli, every Chromium and Firefox
      const res = await get(file, 'gzip, deflate, br');
      expect(res.status, file).toBe(200);
      bytes += res.body.length;
    }
    expect(files.some((f) => /echarts|charts-/.test(f)), files.join(' ')).toBe(false);
    expect(bytes, `${files.length} scripts: ${files.join(' ')}`).toBeLessThanOrEqual(FIRST_LOAD_LIMIT);
    // the dashboard's charts are a chunk of their own, loaded by the dashboard
    const dashboard = manifest['src/pages/supervision/DashboardPage.tsx'];
    expect(dashboard).toBeDefined();
    const charts = new Set<string>();
    const reach = (key: string) => {
      if (charts.has(key)) return;
      charts.add(key);
      for (const i of manifest[key]!.imports ?? []) reach(i);
      for (const i of (manifest[key] as ManifestChunk & { dynamicImports?: string[] }).dynamicImports ?? []) reach(i);
    };
    reach('src/pages/supervision/DashboardPage.tsx');
    expect([...charts].some((k) => /charts/.test(manifest[k]!.file))).toBe(true);
  });

  it('names in the page what the portal home and a guide load, so a phone fetches them alongside the entry script', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
    const home = (await get('/portal', undefined, SIGNED_IN)).body.toString('utf8');
    expect(home).toContain(`<link rel="modulepreload" crossorigin href="/${manifest['src/pages/portal/PortalHome.tsx']!.file}">`);
    expect(home).toContain(`<link rel="modulepreload" crossorigin href="/${manifest['src/layouts/PortalLayout.tsx']!.file}">`);
    expect(home).toContain('<link rel="preload" as="fetch" crossorigin href="/api/v1/catalog/popular?limit=8">');
    // every file named is one the server has
    for (const [, href] of home.matchAll(/rel="modulepreload" crossorigin href="([^"]+)"/g)) expect((await get(href!)).status, href).toBe(200);

    const guide = (await get('/portal/catalog/XK00119001?from=search', undefined, SIGNED_IN)).body.toString('utf8');
    expect(guide).toContain(`href="/${manifest['src/pages/portal/ItemGuidePage.tsx']!.file}"`);
    expect(guide).toContain('<link rel="preload" as="fetch" crossorigin href="/api/v1/catalog/items/XK00119001">');

    // a forged address puts nothing of its own into the page
    const forgedAddress = '/portal/catalog/%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E';
    const forged = (await get(forgedAddress, undefined, SIGNED_IN)).body.toString('utf8');
    expect(forged).not.toMatch(/alert|preload/);
    // nor into the page drawn for a visitor
    expect((await get(forgedAddress)).body.toString('utf8')).not.toMatch(/<script>alert|"><script/);
    // the staff pages are the plain page
    expect((await get('/window/queue')).body.toString('utf8')).not.toContain('preload');
  });

  it('compresses the API JSON for a browser that accepts it, and sends it plain to one that does not', async () => {
    const plain = await get('/api/openapi.json');
    expect(plain.header('content-encoding')).toBeUndefined();
    const br = await get('/api/openapi.json', 'gzip, deflate, br');
    expect(br.header('content-encoding')).toBe('br');
    expect(br.body.length).toBeLessThan(plain.body.length / 4);
    expect(zlib.brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    const gz = await get('/api/openapi.json', 'gzip');
    expect(gz.header('content-encoding')).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).equals(plain.body)).toBe(true);
  });
});
