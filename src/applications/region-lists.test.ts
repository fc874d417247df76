import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { ITEMS, submit } from '../../test/helpers/applications.js';
import { listApplications } from './store/applications.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
});
afterAll(() => t.close());

const FINISHED = ['delivered', 'refused', 'withdrawn'];
const REGIONS = ['431127', '431127100', '431127101', '431126', '430624', '430624100'];
const STATUSES = ['draft', 'submitted', 'correction', 'accepted', 'refused', 'concluded', 'delivered', 'withdrawn'];

/**
 * What a window's tab must show, said the plain way: every application of the region's tree (as its authority's
 * region or as the window it was routed to) in those stages, newest first, cut at the limit.
 */
async function plainly(pattern: string, statuses: string[] | undefined, limit: number): Promise<string[]> {
  const rows = await t.db.query<{ id: string }>(
    `SELECT id FROM applications
      WHERE (authority_region LIKE $1 OR window_region LIKE $1) AND ($2::text[] IS NULL OR status = ANY($2))
      ORDER BY COALESCE(submitted_at, created_at) DESC, id LIMIT $3`,
    [pattern, statuses ?? null, limit],
  );
  return rows.map((r) => r.id);
}

/**
 * Copies of one real application spread over regions, routed windows, stages and times, many with the same time
 * (ties are broken by id), a few drafts that were never submitted (listed by when they were made).
 */
async function spread(seedId: string, count: number): Promise<void> {
  await t.db.query(
    `INSERT INTO applications
     SELECT (jsonb_populate_record(NULL::applications, to_jsonb(a) || jsonb_build_object(
       'id', gen_random_uuid(),
       'number', a.number || '-' || g,
       'idempotency_key', NULL,
       'status', ($3::text[])[1 + (g * 7) % cardinality($3::text[])],
       'authority_region', ($2::text[])[1 + g % cardinality($2::text[])],
       'window_region', CASE WHEN g % 5 = 0 THEN ($2::text[])[1 + (g / 5) % cardinality($2::text[])] ELSE ($2::text[])[1 + g % cardinality($2::text[])] END,
       'submitted_at', CASE WHEN g % 11 = 0 THEN NULL ELSE timestamptz '2026-01-01 08:00+08' + ((g % 13) || ' hours')::interval END,
       'created_at', timestamptz '2025-12-01 08:00+08' + ((g % 7) || ' hours')::interval
     ))).*
     FROM applications a, generate_series(1, $4::int) g WHERE a.id = $1`,
    [seedId, REGIONS, STATUSES, count],
  );
}

describe('a region’s lists at the window', () => {
  it('lists the same applications, in the same order, as the plain definition, for every region, stage and limit', async () => {
    const { id } = await submit(t, { itemCodes: [ITEMS.food] });
    await spread(id, 1200);
    const patterns = ['431127%', '431127100%', '4311%', '43%', '430624%', '110101%'];
    const stageSets: Array<string[] | undefined> = [FINISHED, ['submitted'], ['submitted', 'correction', 'concluded'], ['draft'], undefined, ['nonsense'], ['delivered', 'delivered', 'refused', 'delivered']];
    let compared = 0;
    for (const pattern of patterns) {
      for (const statuses of stageSets) {
        for (const limit of [1, 7, 200]) {
          const got = (await listApplications(t.db, { regionPattern: pattern, statuses, limit })).map((a) => a.id);
          expect(got, `${pattern} ${statuses?.join(',') ?? 'all'} ${limit}`).toEqual(await plainly(pattern, statuses, limit));
          compared += got.length;
        }
      }
    }
    // the comparison compared something: the lists were not all empty
    expect(compared).toBeGreaterThan(3000);
  });

  it('shows a county clerk the newest finished applications of the county and of what was routed to their window, none of another county', async () => {
    const res = expectStatus(await t.app.inject({ method: 'GET', url: '/api/v1/applications?status=delivered,refused,withdrawn&limit=200', headers: await t.as('xiangyin-chuangkou') }), 200);
    const ids = res.items.map((a: { id: string }) => a.id);
    expect(ids).toEqual(await plainly('430624%', FINISHED, 200));
    expect(ids.length).toBeGreaterThan(100);
    const rows = await t.db.query<{ authority_region: string; window_region: string; status: string }>(
      'SELECT authority_region, window_region, status FROM applications WHERE id = ANY($1::uuid[])', [ids],
    );
    for (const r of rows) {
      expect(r.authority_region.startsWith('430624') || r.window_region.startsWith('430624')).toBe(true);
      expect(FINISHED).toContain(r.status);
    }
    expect(rows.some((r) => !r.authority_region.startsWith('430624'))).toBe(true); // routed ones are there too
  });
});
