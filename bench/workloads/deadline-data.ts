/**
 * Set-based generators for deadline benchmarks: one INSERT … SELECT generate_series per chunk, never row by row.
 * Dates are plausible (limits of 0–20 working days, due about 1.4 calendar days per working day) rather than exact
 * calendar arithmetic: the benchmarks measure the indexed queries, which only compare dates.
 */
import type { Db } from '../../src/db/index.js';

const CHUNK = 250_000;

const PICKS = `(SELECT array_agg(id ORDER BY code) AS a FROM departments) dep,
  (SELECT array_agg(id ORDER BY username) AS a FROM users WHERE kind = 'staff') usr`;

/**
 * Open (and 1 in 40 suspended) deadlines, accepted so that about one in twenty is overdue (a busy county's share;
 * real platforms report fewer), with the card level already sent.
 */
export async function generateOpenDeadlines(db: Db, total: number, today: string, progress: (done: number, total: number) => void): Promise<void> {
  for (let start = 1; start <= total; start += CHUNK) {
    const end = Math.min(total, start + CHUNK - 1);
    await db.query(
      `INSERT INTO deadlines (id, subject_kind, subject_id, title, department_id, assignee_id, window_id, region_code, started_at, accepted_on,
         working_days, legal_days, immediate, calendar_revision, calendar_version, status, due_on, yellow_from, notified_level, created_at, updated_at)
       SELECT gen_random_uuid(), 'case', 'bench-open-' || s.g, '食品经营许可证核发', s.dep, s.usr, 'window-' || (s.g % 24), '431127',
              (s.acc + time '09:30') AT TIME ZONE 'Asia/Shanghai', s.acc, s.wd, s.wd * 2, s.wd = 0, 0, 'chinese-days@1.5.7/r0',
              CASE WHEN s.g % 40 = 0 THEN 'suspended' ELSE 'open' END,
              CASE WHEN s.g % 40 = 0 THEN NULL ELSE s.acc + s.span END,
              CASE WHEN s.g % 40 = 0 THEN NULL ELSE s.acc + s.span - s.yw END,
              CASE WHEN s.g % 40 = 0 THEN 0 WHEN s.acc + s.span < $3::date THEN 2 WHEN s.acc + s.span - s.yw <= $3::date THEN 1 ELSE 0 END,
              now(), now()
         FROM (SELECT g, x.wd, x.acc, ceil(x.wd * 1.4)::int AS span, ceil(x.wd * 0.28)::int AS yw,
                      dep.a[1 + floor(random() * cardinality(dep.a))::int] AS dep, usr.a[1 + floor(random() * cardinality(usr.a))::int] AS usr
                 FROM generate_series($1::int, $2::int) g, ${PICKS},
                      LATERAL (SELECT (ARRAY[1, 3, 5, 10, 10, 15, 20, 20, 20, 30])[1 + floor(random() * 10 + g * 0)::int] AS wd,
                                      random() + g * 0 AS r) x0,
                      LATERAL (SELECT x0.wd, $3::date - floor(x0.r * (ceil(x0.wd * 1.4) * 1.06 + 1))::int AS acc) x) s`,
      [start, end, today],
    );
    progress(end, total);
  }
}

/** Closed deadlines over five years before `today`: on time or late, some immediate, most with a legal limit. */
export async function generateClosedDeadlines(db: Db, total: number, today: string, progress: (done: number, total: number) => void): Promise<void> {
  for (let start = 1; start <= total; start += CHUNK) {
    const end = Math.min(total, start + CHUNK - 1);
    await db.query(
      `INSERT INTO deadlines (id, subject_kind, subject_id, title, department_id, region_code, started_at, accepted_on,
         working_days, legal_days, immediate, calendar_revision, calendar_version, status, due_on, yellow_from, notified_level,
         closed_at, closed_on, used_days, on_time, created_at, updated_at)
       SELECT gen_random_uuid(), s.kind, 'bench-closed-' || s.g, '办件', s.dep, '431127',
              (s.acc + time '09:30') AT TIME ZONE 'Asia/Shanghai', s.acc, s.wd, s.legal, s.wd = 0, 0, 'chinese-days@1.5.7/r0', 'closed',
              s.acc + ceil(s.wd * 1.4)::int, s.acc + ceil(s.wd * 1.4)::int, 0,
              (s.acc + ceil(s.used * 1.4)::int + time '16:00') AT TIME ZONE 'Asia/Shanghai', s.acc + ceil(s.used * 1.4)::int, s.used,
              s.used <= s.wd, now(), now()
         FROM (SELECT g, x.wd, x.acc, x.kind,
                      CASE WHEN x.r < 0.1 THEN NULL WHEN x.wd = 0 THEN 5 ELSE x.wd * (2 + floor(x.r * 3)::int) END AS legal,
                      floor(x.r * (x.wd * 1.15 + 1))::int AS used,
                      dep.a[1 + floor(random() * cardinality(dep.a))::int] AS dep
                 FROM generate_series($1::int, $2::int) g, ${PICKS},
                      LATERAL (SELECT (ARRAY[0, 1, 3, 5, 10, 20])[1 + floor(random() * 6 + g * 0)::int] AS wd,
                                      $3::date - 1830 + floor(random() * 1800 + g * 0)::int AS acc,
                                      random() + g * 0 AS r,
                                      (ARRAY['case', 'case', 'case', 'ticket', 'rectification'])[1 + floor(random() * 5 + g * 0)::int] AS kind) x) s`,
      [start, end, today],
    );
    progress(end, total);
  }
}

/**
 * The weekly and quarterly rollups closeDeadline maintains one by one, built in one pass over the generated closed rows
 * (the demo data's closed deadlines were rolled up when they closed).
 */
export async function rollUpClosed(db: Db): Promise<void> {
  await rollUpClosedWhere(db, "d.subject_id LIKE 'bench-closed-%'");
}

/** The same pass over the closed clocks that `which` (an SQL condition on `d`, written by the bench itself) selects. */
export async function rollUpClosedWhere(db: Db, which: string): Promise<void> {
  await db.query(
    `INSERT INTO deadline_rollups AS r (period_kind, period_start, department_id, subject_kind, closed_count, on_time_count, immediate_count,
       used_days_sum, promised_days_sum, legal_count, legal_days_sum, legal_promised_sum)
     SELECT p.kind, date_trunc(p.kind, d.closed_on::timestamp)::date, d.department_id, d.subject_kind,
            count(*), count(*) FILTER (WHERE d.on_time), count(*) FILTER (WHERE d.immediate), sum(d.used_days),
            sum(CASE WHEN d.immediate THEN 0 ELSE d.working_days END), count(d.legal_days), coalesce(sum(d.legal_days), 0),
            coalesce(sum(CASE WHEN d.legal_days IS NULL THEN 0 WHEN d.immediate THEN 0 ELSE d.working_days END), 0)
       FROM deadlines d, (VALUES ('week'), ('quarter')) p(kind)
      WHERE d.status = 'closed' AND (${which})
      GROUP BY 1, 2, 3, 4
     ON CONFLICT (period_kind, period_start, department_id, subject_kind) DO UPDATE SET
       closed_count = r.closed_count + EXCLUDED.closed_count, on_time_count = r.on_time_count + EXCLUDED.on_time_count,
       immediate_count = r.immediate_count + EXCLUDED.immediate_count, used_days_sum = r.used_days_sum + EXCLUDED.used_days_sum,
       promised_days_sum = r.promised_days_sum + EXCLUDED.promised_days_sum, legal_count = r.legal_count + EXCLUDED.legal_count,
       legal_days_sum = r.legal_days_sum + EXCLUDED.legal_days_sum, legal_promised_sum = r.legal_promised_sum + EXCLUDED.legal_promised_sum`,
  );
}

export async function analyze(db: Db): Promise<void> {
  // separate statements: VACUUM cannot run inside the implicit transaction of a multi-statement string
  await db.query('VACUUM ANALYZE deadlines');
  await db.query('VACUUM ANALYZE deadline_rollups');
}
