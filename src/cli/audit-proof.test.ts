import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/app.js';
import { accept, ITEMS, submit } from '../../test/helpers/applications.js';
import { tamperAsOwner } from '../../test/helpers/audit.js';
import { chainEntries, nextEntry, sealAudit, type ChainHead } from '../audit/index.js';
import { auditCheckProofCommand, auditProveCommand } from './audit-commands.js';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/banshi.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banshi-proof-'));
const file = (name: string) => path.join(dir, name);
let t: TestApp;
let app: { id: string; number: string };
beforeAll(async () => {
  t = await createTestApp();
  app = await submit(t, { itemCodes: [ITEMS.food] });
  await accept(t, app.id);
  await sealAudit(t.db, t.clock, t.config);
  // A witness keeps the published heads (with the public key) before anything else happens.
  fs.writeFileSync(file('heads.json'), (await t.app.inject({ url: '/api/v1/public/audit/heads/export' })).body);
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await t.close();
});

const quiet = () => {
  const lines: string[] = [];
  return { lines, out: { log: (l: string) => lines.push(l), error: (l: string) => lines.push(l) } };
};
const prove = async (name: string) => {
  const q = quiet();
  const code = await auditProveCommand(t.db, app.number, { out: file(name) }, q.out);
  return { code, text: q.lines.join('\n') };
};
const check = (name: string) => {
  const q = quiet();
  const code = auditCheckProofCommand(file(name), { heads: file('heads.json') }, q.out);
  return { code, text: q.lines.join('\n') };
};

describe('banshi audit prove and check-proof', () => {
  it('proves an application’s history against a published head, checked offline by the command line', async () => {
    expect((await prove('proof.json')).code).toBe(0);
    const proof = JSON.parse(fs.readFileSync(file('proof.json'), 'utf8'));
    expect(proof.label).toBe(app.number);
    expect(proof.entries.length).toBeGreaterThanOrEqual(2);
    expect(proof.unsealed).toBe(0);

    // Offline: another process, no database (an empty data dir), only the two files.
    const empty = fs.mkdtempSync(path.join(dir, 'nodb-'));
    const run = spawnSync(process.execPath, [bin, 'audit', 'check-proof', file('proof.json'), '--heads', file('heads.json')], {
      encoding: 'utf8',
      env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL')), BANSHI_DATA_DIR: empty },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('证明有效');
    expect(run.stdout).toContain(app.number);
    expect(fs.readdirSync(empty)).toEqual([]);
  });

  it('fails once the proof file’s entries are changed', () => {
    const proof = JSON.parse(fs.readFileSync(file('proof.json'), 'utf8'));
    const edited = structuredClone(proof);
    edited.entries[1].body = edited.entries[1].body.replace('"accept"', '"refuse"');
    fs.writeFileSync(file('edited.json'), JSON.stringify(edited));
    expect(check('edited.json')).toMatchObject({ code: 1, text: expect.stringContaining('记录被改：第 2 条') });

    const dropped = structuredClone(proof);
    dropped.entries.splice(0, 1);
    fs.writeFileSync(file('dropped.json'), JSON.stringify(dropped));
    expect(check('dropped.json').code).toBe(1);

    fs.writeFileSync(file('garbage.json'), '{"format":"x"}');
    expect(check('garbage.json')).toMatchObject({ code: 3, text: expect.stringContaining('证明文件格式不对') });
  });

  it('gives the applicant the proof through the API, which checks offline; refuses a stranger, and staff who see the application only masked', async () => {
    const url = `/api/v1/applications/${app.id}/audit-proof`;
    const get = async (user?: string) => t.app.inject({ url, headers: user ? await t.as(user) : {} });

    const res = await get('xiangwei');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(app.number);
    fs.writeFileSync(file('api-proof.json'), res.body);
    expect(check('api-proof.json')).toMatchObject({ code: 0, text: expect.stringContaining('证明有效') });
    // the window clerk, who checks identity at the counter, may fetch it too
    expect((await get('chuangkou')).statusCode).toBe(200);

    // A stranger learns nothing, not even that the application exists; without signing in, nothing at all.
    const stranger = await get('zhangsan');
    expect(stranger.statusCode).toBe(404);
    expect(stranger.json().message).toBe('办件不存在或无权查看');
    expect((await get()).statusCode).toBe(401);
    // The supervisor sees the application with its numbers masked: the proof carries the entries verbatim.
    expect((await t.app.inject({ url: `/api/v1/applications/${app.id}`, headers: await t.as('jianguan') })).statusCode).toBe(200);
    const masked = await get('jianguan');
    expect(masked.statusCode).toBe(403);
    expect(masked.json().message).toContain('仅申请人、代办人和可查看完整信息的工作人员可获取');

    // The proof fetched from the API fails offline once anything in it is changed.
    const proof = JSON.parse(res.body);
    const path0 = structuredClone(proof);
    const last = path0.entries[path0.entries.length - 1];
    last.path[0] = last.path[0].replace(/^./, (c: string) => (c === '0' ? '1' : '0'));
    fs.writeFileSync(file('api-path.json'), JSON.stringify(path0));
    expect(check('api-path.json')).toMatchObject({ code: 1, text: expect.stringContaining(`记录不在签名树中：第 ${last.seq} 条`) });
    const body = structuredClone(proof);
    body.entries[0].body = body.entries[0].body.replace('{', '{ ');
    fs.writeFileSync(file('api-body.json'), JSON.stringify(body));
    expect(check('api-body.json')).toMatchObject({ code: 1, text: expect.stringContaining('记录被改：第 1 条') });
  });

  it('says through the API when an application’s entries are not sealed yet', async () => {
    const fresh = await submit(t, { itemCodes: [ITEMS.food] });
    const res = await t.app.inject({ url: `/api/v1/applications/${fresh.id}/audit-proof`, headers: await t.as('xiangwei') });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe('该办件的记录尚未封存进签名树根，请稍后再试');
  });

  it('proves from the stored subtree roots once the log is large, and the proof still checks offline', async () => {
    // 700 more entries on other chains, sealed in two heads: the tree now has complete subtrees of 256 and 512 leaves.
    for (const n of [300, 400]) {
      const rows: unknown[][] = [[], [], [], [], [], []];
      for (let i = 0; i < n; i++) {
        const e = nextEntry(undefined, { chain: `catalog-import:${n}-${i}`, actorId: null, action: 'imported', data: { n: i }, at: t.clock.now() });
        [e.chain, e.seq, e.at, e.body, e.prevHash, e.hash].forEach((v, k) => rows[k]!.push(v));
      }
      await t.db.query(
        'INSERT INTO audit_entries (chain, seq, at, body, prev_hash, hash) SELECT * FROM unnest($1::text[], $2::int[], $3::timestamptz[], $4::text[], $5::text[], $6::text[])',
        rows,
      );
      await sealAudit(t.db, t.clock, t.config);
    }
    const nodes = await t.db.query<{ level: number }>('SELECT level FROM audit_tree_nodes ORDER BY level');
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    expect(nodes.every((n) => n.level >= 8)).toBe(true);

    expect((await prove('large.json')).code).toBe(0);
    const proof = JSON.parse(fs.readFileSync(file('large.json'), 'utf8'));
    expect(proof.head.treeSize).toBeGreaterThan(700);
    expect(check('large.json')).toMatchObject({ code: 0, text: expect.stringContaining('证明有效') });
  });

  it('fails after the application’s entries are changed in the database, even with hashes recomputed', async () => {
    let prev: ChainHead | undefined;
    for (const e of await chainEntries(t.db, `application:${app.id}`)) {
      const forged = nextEntry(prev, { ...e, data: e.seq === 2 ? { ...e.data, reason: '材料不齐' } : e.data });
      await tamperAsOwner(t.db, 'UPDATE audit_entries SET body = $3, prev_hash = $4, hash = $5 WHERE chain = $1 AND seq = $2', [e.chain, e.seq, forged.body, forged.prevHash, forged.hash]);
      prev = forged;
    }
    expect((await prove('after.json')).code).toBe(0);
    const r = check('after.json');
    expect(r.code).toBe(1);
    expect(r.text).toContain('记录不在签名树中：第 2 条');
  });

  it('says so for an unknown application number', async () => {
    const q = quiet();
    expect(await auditProveCommand(t.db, '431127-20990101-999999', {}, q.out)).toBe(1);
    expect(q.lines.join('\n')).toContain('没有编号为 431127-20990101-999999 的办件');
  });
});
