import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { multipart, samplePdf, samplePng, sampleOfd } from '../../test/helpers/files.js';
import { blobPath } from './index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const upload = async (user: string, content: Buffer, name: string, claimed?: string) => {
  const body = multipart(content, name, claimed);
  return t.app.inject({ method: 'POST', url: '/api/v1/files', headers: { ...(await t.as(user)), ...body.headers }, payload: body.payload });
};
const countUploads = async () => (await t.db.query<{ n: number }>('SELECT count(*) AS n FROM uploads'))[0]!.n;

describe('uploading materials', () => {
  it('stores a PDF by its SHA-256 and keeps identical bytes once', async () => {
    const pdf = samplePdf('营业执照申请书');
    const a = expectStatus(await upload('xiangwei', pdf, '申请书.pdf'), 201);
    const b = expectStatus(await upload('xiangwei', pdf, '再次上传.pdf'), 201);
    expect(a.mediaType).toBe('application/pdf');
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(b.sha256).toBe(a.sha256);
    expect(b.id).not.toBe(a.id);
    expect(fs.readFileSync(blobPath(t.config.dataDir, a.sha256)).equals(pdf)).toBe(true);
    const files = await t.db.query<{ n: number }>('SELECT count(*) AS n FROM files WHERE sha256 = $1', [a.sha256]);
    expect(files[0]!.n).toBe(1);
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/files/${a.id}/content`, headers: await t.as('xiangwei') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.equals(pdf)).toBe(true);
  });

  it('accepts PNG and OFD by content, whatever the client claims', async () => {
    expect(expectStatus(await upload('zhangsan', samplePng('a'), 'photo.pdf', 'application/pdf'), 201).mediaType).toBe('image/png');
    expect(expectStatus(await upload('zhangsan', sampleOfd('b'), '证明.ofd', 'application/octet-stream'), 201).mediaType).toBe('application/ofd');
  });

  it('refuses a file that only claims to be a PDF, with a clear code, and stores nothing', async () => {
    const before = await countUploads();
    const res = await upload('zhangsan', Buffer.from('MZ\x90\x00 this is an executable', 'latin1'), 'invoice.pdf', 'application/pdf');
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED' });
    expect(res.json().message).toContain('不支持的文件类型');
    expect(await countUploads()).toBe(before);
  });

  it('refuses an image over its size limit and an empty file', async () => {
    const before = await countUploads();
    const big = Buffer.concat([samplePng('big'), Buffer.alloc(11 * 1024 * 1024, 1)]);
    const res = await upload('zhangsan', big, 'big.png', 'image/png');
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('FILE_TOO_LARGE');
    const empty = await upload('zhangsan', Buffer.alloc(0), 'empty.pdf');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('FILE_EMPTY');
    expect(await countUploads()).toBe(before);
  });

  it('refuses anything over the transport limit', async () => {
    const res = await upload('zhangsan', Buffer.concat([samplePdf('huge'), Buffer.alloc(21 * 1024 * 1024, 32)]), 'huge.pdf');
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('FILE_TOO_LARGE');
  });

  it('refuses a request without a file, or not multipart, or anonymous', async () => {
    const json = await t.app.inject({ method: 'POST', url: '/api/v1/files', headers: await t.as('zhangsan'), payload: { file: 'x' } });
    expect(json.statusCode).toBe(415);
    const anon = await t.app.inject({ method: 'POST', url: '/api/v1/files', ...multipart(samplePdf(), 'a.pdf') });
    expect(anon.statusCode).toBe(401);
  });

  it('shows an upload only to the person who made it', async () => {
    const mine = expectStatus(await upload('zhangsan', samplePdf('私人'), '户口簿.pdf'), 201);
    const other = await t.app.inject({ method: 'GET', url: `/api/v1/files/${mine.id}`, headers: await t.as('xiangwei') });
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('FILE_NOT_FOUND');
    const list = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/files', headers: await t.as('zhangsan') }), 200);
    expect(list.items.map((x: { id: string }) => x.id)).toContain(mine.id);
    expect(list.items.find((x: { id: string }) => x.id === mine.id).originalName).toBe('户口簿.pdf');
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/files/not-a-uuid', headers: await t.as('zhangsan') });
    expect(bad.statusCode).toBe(400);
  });
});
