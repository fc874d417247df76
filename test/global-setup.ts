import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { dumpEmbedded, migrate, openEmbedded, openServer } from '../src/db/index.js';
import { seedDemo } from '../src/demo/index.js';

/**
 * Migrates and seeds one template database per run; every test file clones it
 * (a data-dir dump for the embedded engine, CREATE DATABASE … TEMPLATE on a server).
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `banshi_tpl_${process.pid}_${Date.now()}`;
    const admin = await openServer({ url, poolSize: 1 });
    await admin.exec(`CREATE DATABASE ${name}`);
    const tplUrl = withDatabase(url, name);
    const tpl = await openServer({ url: tplUrl, poolSize: 2 });
    await migrate(tpl);
    await seedDemo(tpl);
    await tpl.close();
    project.provide('dbTemplate', { engine: 'postgres', url, name });
    return async () => {
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    };
  }
  const db = await openEmbedded();
  await migrate(db);
  await seedDemo(db);
  const blob = await dumpEmbedded(db);
  await db.close();
  const file = path.join(os.tmpdir(), `banshi-template-${process.pid}-${Date.now()}.tar`);
  fs.writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  project.provide('dbTemplate', { engine: 'embedded', file });
  return () => fs.rmSync(file, { force: true });
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
