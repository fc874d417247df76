import { createHash, randomBytes, scryptSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { dumpEmbedded, migrate, openEmbedded, openServer } from '../src/db/index.js';
import { seedDemo } from '../src/demo/index.js';
import { DEMO_PASSWORD } from '../src/identity/index.js';
import type { Db } from '../src/db/index.js';

/**
 * Migrates and seeds one template database; every test file clones it (a data-dir dump for the embedded engine,
 * CREATE DATABASE … TEMPLATE on a server). The embedded template is kept between runs, keyed by the hash of the
 * code that migrations and seeds can reach, so a run that changed only tests starts at once. A server template is
 * built once per run and shared by the projects that need it.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = await serverTemplate(url);
    project.provide('dbTemplate', { engine: 'postgres', url, name });
    return () => releaseServerTemplate(url);
  }
  const file = path.join(os.tmpdir(), `banshi-template-${templateKey()}.tar`);
  if (!fs.existsSync(file)) {
    const db = await openEmbedded();
    await migrate(db);
    await seedDemo(db);
    await demoPasswordsAtTestCost(db);
    const blob = await dumpEmbedded(db, { compact: true });
    await db.close();
    const partial = `${file}.${process.pid}`;
    fs.writeFileSync(partial, Buffer.from(await blob.arrayBuffer()));
    fs.renameSync(partial, file);
    removeStaleTemplates(file);
  }
  project.provide('dbTemplate', { engine: 'embedded', file });
}

/**
 * The integration and browser projects both ask for a template in the same run: the first builds it on the server,
 * the others wait for it, and the last to finish drops it (a server template is not kept between runs).
 */
interface ServerTemplate {
  name: string;
  users: number;
  ready: Promise<void>;
}
const serverTemplates: Map<string, ServerTemplate> = ((globalThis as { banshiServerTemplates?: Map<string, ServerTemplate> }).banshiServerTemplates ??= new Map());

async function serverTemplate(url: string): Promise<string> {
  const held = serverTemplates.get(url);
  if (held) {
    held.users++;
    await held.ready;
    return held.name;
  }
  const name = `banshi_tpl_${process.pid}_${Date.now()}`;
  const build = async () => {
    const admin = await openServer({ url, poolSize: 1 });
    try {
      await admin.exec(`CREATE DATABASE ${name}`);
    } finally {
      await admin.close();
    }
    const tpl = await openServer({ url: withDatabase(url, name), poolSize: 2 });
    try {
      await migrate(tpl);
      await seedDemo(tpl);
      await demoPasswordsAtTestCost(tpl);
    } finally {
      await tpl.close();
    }
  };
  const entry: ServerTemplate = { name, users: 1, ready: build() };
  serverTemplates.set(url, entry);
  await entry.ready;
  return name;
}

async function releaseServerTemplate(url: string): Promise<void> {
  const held = serverTemplates.get(url);
  if (!held || --held.users > 0) return;
  serverTemplates.delete(url);
  const admin = await openServer({ url, poolSize: 1 });
  try {
    // and the templates that test processes made from it (test/helpers/db.ts, keepAsTemplate)
    const derived = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [`${held.name}_`]);
    for (const d of derived) await admin.exec(`DROP DATABASE IF EXISTS ${d.datname} WITH (FORCE)`);
    await admin.exec(`DROP DATABASE IF EXISTS ${held.name} WITH (FORCE)`);
  } finally {
    await admin.close();
  }
}

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** SHA-256 over every non-test source file (migrations and seeds included) and the lockfile. */
function templateKey(): string {
  const h = createHash('sha256');
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (!e.name.endsWith('.test.ts')) h.update(path.relative(root, p)).update('\0').update(fs.readFileSync(p));
    }
  };
  walk(path.join(root, 'src'));
  h.update(fs.readFileSync(new URL(import.meta.url).pathname));
  h.update(fs.readFileSync(path.join(root, 'package-lock.json')));
  return h.digest('hex').slice(0, 16);
}

/** Templates of older code a day old are removed; fresher ones may belong to a run still going. */
function removeStaleTemplates(keep: string) {
  const dir = path.dirname(keep);
  for (const name of fs.readdirSync(dir)) {
    if (!/^banshi-template-.*\.tar$/.test(name)) continue;
    const p = path.join(dir, name);
    if (p !== keep && Date.now() - fs.statSync(p).mtimeMs > 86_400_000) fs.rmSync(p, { force: true });
  }
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: { engine: 'embedded'; file: string } | { engine: 'postgres'; url: string; name: string };
  }
}

/**
 * The demo accounts' passwords stored at a test work factor (scrypt N=2^10 instead of 2^15), as test settings of
 * frameworks with password hashing do (Django's fast hasher, bcrypt's minimum cost in Rails). Every test file signs in
 * some of them on its own clone, and at the real factor those sign-ins were a sixth of the integration tier's time
 * (161 sign-ins, 16 s of a 96 s run of src/applications, each ~95 ms of CPU). The hash keeps the platform's own format:
 * sign-in runs the same code and reads the work factor from the stored hash, as for a hash made before the factor was
 * raised. Passwords set during a test (sign-up, a reset, a new staff account) are hashed at the real factor.
 */
async function demoPasswordsAtTestCost(db: Db): Promise<void> {
  const params = { N: 1024, r: 8, p: 1 };
  // a freshly seeded database: the only accounts with a password are the demo accounts, all on DEMO_PASSWORD
  const ids = (await db.query<{ id: string }>('SELECT id FROM users WHERE password_hash IS NOT NULL')).map((u) => u.id);
  const hashes = ids.map(() => {
    const salt = randomBytes(16); // each its own salt, as the seed made them
    const key = scryptSync(DEMO_PASSWORD, salt, 32, params);
    return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64')}$${key.toString('base64')}`;
  });
  await db.query('UPDATE users SET password_hash = h.hash FROM unnest($1::uuid[], $2::text[]) AS h(id, hash) WHERE users.id = h.id', [ids, hashes]);
}
