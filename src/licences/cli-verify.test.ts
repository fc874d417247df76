import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/banshi.js');
let t: TestApp;
let dir: string;
beforeAll(async () => {
  t = await createTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banshi-cli-'));
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await t.close();
});

const run = (...args: string[]) => spawnSync(process.execPath, [bin, 'licence', 'verify', ...args], { encoding: 'utf8', env: { ...process.env, BANSHI_DATA_DIR: dir } });

// Each run starts a node process (about 3 s of CPU); on a loaded machine three of them outlast the default timeout.
describe('banshi licence verify (offline, with the published keys)', { timeout: 240_000 }, () => {
  it('verifies a licence PDF and a scanned payload, and fails a forged one with exit code 1', async () => {
    const headers = await t.as('zhangsan');
    const card = expectStatus(await t.app.inject({ url: '/api/v1/licences/mine', headers }), 200).items.find((l: any) => l.type === 'resident-id-card');
    const pdf = await t.app.inject({ url: `/api/v1/licences/${card.id}/pdf`, headers });
    const keys = (await t.app.inject({ url: '/.well-known/banshi-keys.json' })).body;
    fs.writeFileSync(path.join(dir, 'card.pdf'), pdf.rawPayload);
    fs.writeFileSync(path.join(dir, 'keys.json'), keys);

    const fromPdf = run('--offline', '--keys', path.join(dir, 'keys.json'), path.join(dir, 'card.pdf'));
    expect(fromPdf.stderr).toBe('');
    expect(fromPdf.status).toBe(0);
    expect(fromPdf.stdout).toContain('签名有效');
    expect(fromPdf.stdout).toContain(card.identifier);
    expect(fromPdf.stdout).toContain('居民身份证');
    // The holder is named by the masked number the QR code carries, never the full one.
    expect(fromPdf.stdout).toContain(`${card.holderId.slice(0, 6)}********${card.holderId.slice(-4)}`);
    expect(fromPdf.stdout).not.toContain(card.holderId);

    const url = expectStatus(await t.app.inject({ url: `/api/v1/licences/${card.id}`, headers }), 200).verifyUrl as string;
    expect(run('--offline', '--keys', path.join(dir, 'keys.json'), url).status).toBe(0);

    const payload = url.slice(url.indexOf('BSL1.'));
    const [p, body, sig] = payload.split('.');
    const claims = JSON.parse(Buffer.from(body!, 'base64url').toString());
    const forged = `${p}.${Buffer.from(JSON.stringify({ ...claims, u: '2099-12-31' })).toString('base64url')}.${sig}`;
    const bad = run('--offline', '--keys', path.join(dir, 'keys.json'), forged);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('签名无效');
  });
});
