import { keptReferences, type Queryable } from '../db/index.js';
import type { IsoDate } from './dates.js';

export interface ChangeRow {
  revision: number;
  id: string;
  kind: 'import-year' | 'add-regional-day-off' | 'remove-regional-day-off';
  year: number | null;
  region_code: string | null;
  summary: string;
  actor_id: string | null;
  created_at: Date;
}

export interface YearImportRow {
  revision: number;
  year: number;
  holidays: Record<IsoDate, string>;
  workdays: Record<IsoDate, string>;
  source_name: string;
  content_hash: string;
}

export interface RegionDayRow {
  id: string;
  region_code: string;
  day: IsoDate;
  name: string;
  added_revision: number;
  removed_revision: number | null;
}

/**
 * The latest change: every deadline a transaction starts, moves or closes is computed on one revision of the calendar,
 * kept per database and checked at the transaction's commit (no read at all while the calendar stays as it is). A
 * change appended through this module forgets it.
 */
const latest = keptReferences(
  'calendar',
  async (q) =>
    (await q.query<{ revision: number; id: string }>('SELECT revision, id FROM calendar_changes ORDER BY revision DESC LIMIT 1', [], { name: 'calendar_latest_change' }))[0],
  (l) => ({ sql: 'coalesce((SELECT max(revision) FROM calendar_changes), 0) = $1', params: [l?.revision ?? 0] }),
);

export async function latestChange(q: Queryable): Promise<{ revision: number; id: string } | undefined> {
  return latest.get(q);
}

export async function changeAt(q: Queryable, revision: number): Promise<ChangeRow | undefined> {
  return (await q.query<ChangeRow>('SELECT * FROM calendar_changes WHERE revision = $1', [revision]))[0];
}

/** Appends a change with the next revision; the table lock keeps revisions gap-free and ordered. */
export async function insertChange(q: Queryable, c: Omit<ChangeRow, 'revision'>): Promise<number> {
  latest.writing(q);
  await q.query('LOCK TABLE calendar_changes IN EXCLUSIVE MODE');
  const rows = await q.query<{ revision: number }>(
    `INSERT INTO calendar_changes (revision, id, kind, year, region_code, summary, actor_id, created_at)
     SELECT coalesce(max(revision), 0) + 1, $1, $2, $3, $4, $5, $6, $7 FROM calendar_changes RETURNING revision`,
    [c.id, c.kind, c.year, c.region_code, c.summary, c.actor_id, c.created_at],
  );
  return rows[0]!.revision;
}

export async function listChanges(q: Queryable, limit = 100): Promise<ChangeRow[]> {
  return q.query<ChangeRow>('SELECT * FROM calendar_changes ORDER BY revision DESC LIMIT $1', [limit]);
}

export async function insertYearImport(q: Queryable, r: YearImportRow): Promise<void> {
  await q.query(
    'INSERT INTO calendar_year_imports (revision, year, holidays, workdays, source_name, content_hash) VALUES ($1, $2, $3, $4, $5, $6)',
    [r.revision, r.year, JSON.stringify(r.holidays), JSON.stringify(r.workdays), r.source_name, r.content_hash],
  );
}

/** The import in force for each year at `revision`. */
export async function yearImportsAt(q: Queryable, revision: number): Promise<YearImportRow[]> {
  return q.query<YearImportRow>(
    `SELECT DISTINCT ON (year) revision, year, holidays, workdays, source_name, content_hash
       FROM calendar_year_imports WHERE revision <= $1 ORDER BY year, revision DESC`,
    [revision],
  );
}

/** Regional days off in force at `revision` for a region and every region above it. */
export async function regionDaysAt(q: Queryable, regionCode: string, structuralAncestors: string[], revision: number): Promise<RegionDayRow[]> {
  return q.query<RegionDayRow>(
    `WITH RECURSIVE up(code) AS (
       SELECT $1::varchar(12)
       UNION SELECT r.parent_code FROM regions r JOIN up ON r.code = up.code WHERE r.parent_code IS NOT NULL
     )
     SELECT id, region_code, day, name, added_revision, removed_revision FROM calendar_region_days
      WHERE (region_code IN (SELECT code FROM up) OR region_code = ANY($2::varchar(12)[]))
        AND added_revision <= $3 AND (removed_revision IS NULL OR removed_revision > $3)
      ORDER BY day`,
    [regionCode, structuralAncestors, revision],
  );
}

export async function currentRegionDays(q: Queryable, regionCode?: string): Promise<RegionDayRow[]> {
  return q.query<RegionDayRow>(
    `SELECT id, region_code, day, name, added_revision, removed_revision FROM calendar_region_days
      WHERE removed_revision IS NULL AND ($1::text IS NULL OR region_code = $1) ORDER BY day, region_code`,
    [regionCode ?? null],
  );
}

export async function insertRegionDay(q: Queryable, r: Omit<RegionDayRow, 'removed_revision'>): Promise<void> {
  await q.query('INSERT INTO calendar_region_days (id, region_code, day, name, added_revision) VALUES ($1, $2, $3, $4, $5)', [
    r.id,
    r.region_code,
    r.day,
    r.name,
    r.added_revision,
  ]);
}

export async function currentRegionDay(q: Queryable, regionCode: string, day: IsoDate): Promise<RegionDayRow | undefined> {
  return (
    await q.query<RegionDayRow>(
      'SELECT id, region_code, day, name, added_revision, removed_revision FROM calendar_region_days WHERE region_code = $1 AND day = $2 AND removed_revision IS NULL',
      [regionCode, day],
    )
  )[0];
}

export async function markRegionDayRemoved(q: Queryable, id: string, revision: number): Promise<void> {
  await q.query('UPDATE calendar_region_days SET removed_revision = $2 WHERE id = $1', [id, revision]);
}

export async function regionExists(q: Queryable, code: string): Promise<boolean> {
  return (await q.query('SELECT 1 FROM regions WHERE code = $1', [code])).length > 0;
}
