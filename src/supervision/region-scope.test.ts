import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { departmentByCode } from '../identity/index.js';
import { trackDeadline } from './index.js';

let t: TestApp;
let lanshan: string;
let xiangyin: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
  lanshan = (await departmentByCode(t.db, 'scjg'))!.id;
  xiangyin = (await departmentByCode(t.db, 'xy-scjg'))!.id;
  const track = (subjectId: string, departmentId: string, regionCode: string, startedAt: string, workingDays: number) =>
    t.db.transaction((tx) => trackDeadline(tx, { subjectKind: 'case', subjectId, title: `办件 ${subjectId}`, departmentId, regionCode, startedAt: new Date(startedAt), workingDays }));
  ids['ls-red'] = (await track('ls-red', lanshan, '431127', '2026-02-24T09:00:00+08:00', 3)).id;
  ids['ls-green'] = (await track('ls-green', lanshan, '431127', '2026-03-09T09:00:00+08:00', 20)).id;
  ids['xy-red'] = (await track('xy-red', xiangyin, '430624', '2026-02-25T09:00:00+08:00', 5)).id;
  t.clock.set('2026-03-13T10:00:00+08:00');
});
afterAll(() => t.close());

const get = async (user: string, url: string, status = 200) => expectStatus(await t.app.inject({ method: 'GET', url, headers: await t.as(user) }), status);
const subjects = async (user: string) => (await get(user, '/api/v1/supervision/deadlines?colour=open')).items.map((i: { subjectId: string }) => i.subjectId).sort();

describe('supervision bounded by region', () => {
  it('shows a county supervisor the deadlines, counts and departments of that county only', async () => {
    expect(await subjects('jianguan')).toEqual(['ls-green', 'ls-red']);
    expect(await subjects('xiangyin-jianguan')).toEqual(['xy-red']);
    expect(await get('jianguan', '/api/v1/supervision/counts')).toMatchObject({ red: 1, green: 1 });
    expect(await get('xiangyin-jianguan', '/api/v1/supervision/counts')).toMatchObject({ red: 1, yellow: 0, green: 0 });
    const board = await get('xiangyin-jianguan', '/api/v1/supervision/dashboard');
    expect(board.byDepartment.map((d: { id: string }) => d.id)).toEqual([xiangyin]);
    await get('xiangyin-jianguan', `/api/v1/supervision/deadlines/${ids['ls-red']}`, 404);
    await get('jianguan', `/api/v1/supervision/deadlines/${ids['xy-red']}`, 404);
  });

  it('shows a province supervisor every county below', async () => {
    expect(await subjects('sheng-jianguan')).toEqual(['ls-green', 'ls-red', 'xy-red']);
    expect(await get('sheng-jianguan', '/api/v1/supervision/counts')).toMatchObject({ red: 2, green: 1 });
    const board = await get('sheng-jianguan', '/api/v1/supervision/dashboard');
    expect(board.byDepartment.map((d: { id: string }) => d.id).sort()).toEqual([lanshan, xiangyin].sort());
    await get('sheng-jianguan', `/api/v1/supervision/deadlines/${ids['xy-red']}`);
  });
});
