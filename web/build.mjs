#!/usr/bin/env node
// Builds the web UI into web/dist when its sources changed since the last build (or with --force).
// Run by `npm install` (postinstall) and by the browser tests; a lock directory keeps concurrent callers from
// building twice at once.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'dist');
const stampFile = path.join(dist, '.source-hash');
const lockDir = path.join(here, '.build-lock');

function listFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out;
}

export function sourceHash() {
  const h = crypto.createHash('sha256');
  const files = [
    ...listFiles(path.join(here, 'src')),
    path.join(here, 'index.html'),
    path.join(here, 'vite.config.ts'),
    path.join(here, '..', 'package-lock.json'),
  ].filter((f) => fs.existsSync(f)).sort();
  for (const f of files) {
    h.update(path.relative(here, f));
    h.update(fs.readFileSync(f));
  }
  return h.digest('hex');
}

/**
 * Brotli and gzip copies beside each text asset, made once here at the highest levels, so the server sends
 * compressed bytes without compressing on every request (@fastify/static's preCompressed).
 */
function precompress(dir) {
  for (const file of listFiles(dir)) {
    if (!/\.(js|css|html|svg|json|txt)$/.test(file)) continue;
    const data = fs.readFileSync(file);
    if (data.length < 1024) continue;
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(data, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }));
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function withLock(fn) {
  for (let waited = 0; ; waited += 200) {
    try {
      fs.mkdirSync(lockDir);
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      // A lock older than ten minutes was left by a killed build.
      const age = Date.now() - fs.statSync(lockDir).mtimeMs;
      if (age > 600_000) fs.rmSync(lockDir, { recursive: true, force: true });
      await sleep(200);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

export async function ensureBuilt({ force = false, quiet = false } = {}) {
  return withLock(async () => {
    const hash = sourceHash();
    const current = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8').trim() : '';
    if (!force && current === hash && fs.existsSync(path.join(dist, 'index.html'))) return false;
    const { build } = await import('vite');
    // Always the production build, whoever calls: under a test runner NODE_ENV is 'test', and vite would keep React's
    // development code in the bundle (a third more JavaScript than people are served)
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ configFile: path.join(here, 'vite.config.ts'), mode: 'production', logLevel: quiet ? 'warn' : 'info' });
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
    precompress(dist);
    fs.writeFileSync(stampFile, hash + '\n');
    return true;
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  ensureBuilt({ force: process.argv.includes('--force'), quiet: process.argv.includes('--quiet') })
    .then((built) => {
      console.log(built ? `web UI built into web/dist in ${((Date.now() - started) / 1000).toFixed(1)} s` : 'web UI is up to date (web/dist)');
    })
    .catch((e) => {
      console.error('web UI build failed:', e);
      process.exit(1);
    });
}
