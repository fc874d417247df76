import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openapiDocument } from '../src/http/index.js';
import { createTestApp, expectStatus, type TestApp } from './helpers/app.js';

/**
 * The contract an integrator works from: the document the server serves is valid OpenAPI 3.1 (swagger-parser), lint
 * clean (Redocly, 0 errors), complete for every operation, and true where it says who may call.
 */
type Json = Record<string, any>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

let t: TestApp;
let doc: Json;
const operations: Array<{ method: string; path: string; op: Json }> = [];
beforeAll(async () => {
  t = await createTestApp();
  doc = expectStatus(await t.app.inject({ method: 'GET', url: '/api/openapi.json' }), 200);
  for (const [p, item] of Object.entries<Json>(doc.paths)) for (const m of METHODS) if (item[m]) operations.push({ method: m, path: p, op: item[m] });
});
afterAll(() => t.close());

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 for swagger-parser, every $ref resolving', async () => {
    expect(doc.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });

  it('has no errors for Redocly lint (recommended rules)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'banshi-openapi-'));
    const file = path.join(dir, 'openapi.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    const cli = path.resolve('node_modules/@redocly/cli/bin/cli.js');
    const run = await promisify(execFile)(process.execPath, [cli, 'lint', file, '--format=json', '--max-problems=10000'], { maxBuffer: 64 * 1024 * 1024 }).catch((e: { stdout: string }) => e);
    fs.rmSync(dir, { recursive: true, force: true });
    const report = JSON.parse(run.stdout) as { problems: Array<{ severity: string; ruleId: string; message: string; location: Array<{ pointer: string }> }> };
    const errors = report.problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
    expect(errors).toEqual([]);
    expect(report.problems.map((p) => p.ruleId)).not.toContain('operation-operationId');
    expect(report.problems.map((p) => p.ruleId)).not.toContain('operation-4xx-response');
  }, 120_000);

  it('is the same document the generator reads without a database', async () => {
    expect(await openapiDocument()).toEqual(doc);
  });

  it('gives every operation an id, a tag, a summary, its callers, a success answer and its errors in the one shape', () => {
    expect(operations.length).toBeGreaterThan(200);
    const ids = operations.map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { method, path: p, op } of operations) {
      const where = `${method.toUpperCase()} ${p}`;
      expect(op.operationId, where).toMatch(/^[a-z][A-Za-z0-9]+$/);
      expect(op.tags?.length, where).toBeGreaterThan(0);
      expect(op.summary, where).toBeTruthy();
      expect(op.security?.length, where).toBeGreaterThan(0);
      expect(Object.keys(op.responses).some((s) => s.startsWith('2') || s === '302'), where).toBe(true);
      for (const s of ['400', '429', '500', '503']) expect(op.responses[s], `${where} ${s}`).toEqual({ $ref: `#/components/responses/E${s}` });
    }
    for (const [status, res] of Object.entries<Json>(doc.components.responses)) {
      expect(res.content['application/json'].schema, status).toEqual({ $ref: '#/components/schemas/Error' });
    }
    expect(doc.components.schemas.Error.required).toEqual(['code', 'message', 'details']);
  });

  it('declares what every operation answers on success, so that nothing undeclared leaves and the client is typed', () => {
    const declares = (status: string, res: Json) =>
      status === '204' || (/^2\d\d$/.test(status) && Object.values<Json>(res.content ?? {}).some((c) => c.schema)) || (status === '302' && !!res.headers?.Location);
    const undeclared = operations
      .filter(({ op }) => !Object.entries<Json>(op.responses).some(([status, res]) => declares(status, res)))
      .map(({ method, path: p }) => `${method.toUpperCase()} ${p}`);
    expect(undeclared).toEqual([]);
    expect(operations.length).toBeGreaterThan(150);
  });

  it('lists the error codes of each status, from the catalogue', async () => {
    const catalogue = expectStatus<{ items: Array<{ code: string; status: number }> }>(await t.app.inject({ method: 'GET', url: '/api/v1/errors' }), 200).items;
    for (const { code, status } of catalogue.filter((c) => doc.components.responses[`E${c.status}`])) {
      expect(doc.components.responses[`E${status}`].description, code).toContain(code);
    }
  });

  it('says a submission needs an Idempotency-Key, and a client that leaves it out is refused', async () => {
    const header = doc.paths['/api/v1/applications'].post.parameters.find((p: Json) => p.name === 'idempotency-key');
    expect(header.required).toBe(true);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/applications', headers: await t.as('xiangwei'), payload: { itemCodes: ['XK00119001'], form: {}, attachments: [] } });
    expect(res.json().code).toBe('IDEMPOTENCY_KEY_REQUIRED');
  });

  it('documents the upload body, the licence payload and the signed tree head', () => {
    expect(doc.paths['/api/v1/files'].post.requestBody.content['multipart/form-data'].schema.required).toEqual(['file']);
    expect(doc.components.schemas.LicenceQrPayload.description).toContain('BSL1.<claims>');
    expect(Object.keys(doc.components.schemas.LicenceClaims.properties)).toEqual(['id', 't', 'h', 'n', 'i', 'f', 'u', 'd', 'k']);
    expect(doc.components.schemas.TreeHead.description).toContain('50 字节');
    expect(doc.paths['/api/v1/public/audit/heads'].get.responses['200'].content['application/json'].schema.properties.items.items).toEqual({ $ref: '#/components/schemas/TreeHead' });
    expect(doc.info.description).toContain('1234567812345678');
  });

  it('is right about who may call: an operation that says it needs a session answers 401 to an anonymous reader', async () => {
    const checked: string[] = [];
    for (const { method, path: p, op } of operations) {
      if (method !== 'get' || op.security.some((s: Json) => Object.keys(s).length === 0)) continue;
      if (op.parameters?.some((x: Json) => x.in === 'query' && x.required)) continue;
      const url = p.replace(/\{(\w+)\}/g, (_m, name: string) => (/id$/i.test(name) ? '00000000-0000-4000-8000-000000000000' : 'X0001'));
      const res = await t.app.inject({ method: 'GET', url });
      expect(`${res.statusCode} ${p}`).toBe(`401 ${p}`);
      checked.push(p);
    }
    expect(checked.length).toBeGreaterThan(60);
  });
});
