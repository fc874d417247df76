import type { Queryable } from '../db/index.js';
import type { DelegationMode, PowerKind, ReviewConclusion, StreamliningAction } from './rules.js';

export interface PowerRow {
  id: string;
  code: string;
  department_id: string;
  department_code: string;
  department_name: string;
  region_code: string;
  kind: PowerKind;
  name: string;
  basis: string;
  duties: string[];
  accountability: string;
  item_codes: string[];
  created_at: Date;
}

const POWER_SELECT = `SELECT p.*, d.code AS department_code, d.name AS department_name, d.region_code
  FROM powers p JOIN departments d ON d.id = p.department_id`;

export async function insertPower(q: Queryable, p: Omit<PowerRow, 'department_code' | 'department_name' | 'region_code'> & { created_by: string | null }): Promise<void> {
  await q.query(
    `INSERT INTO powers (id, code, department_id, kind, name, basis, duties, accountability, item_codes, created_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [p.id, p.code, p.department_id, p.kind, p.name, p.basis, p.duties, p.accountability, p.item_codes, p.created_at, p.created_by],
  );
}

export async function powerByCode(q: Queryable, code: string): Promise<PowerRow | undefined> {
  return (await q.query<PowerRow>(`${POWER_SELECT} WHERE p.code = $1`, [code]))[0];
}

/** Powers of the departments in a region subtree (LIKE pattern), optionally of one department, by department then code. */
export async function listPowers(q: Queryable, regionPattern: string, departmentCode: string | null): Promise<PowerRow[]> {
  return q.query<PowerRow>(
    `${POWER_SELECT} WHERE d.region_code LIKE $1 AND ($2::text IS NULL OR d.code = $2) ORDER BY d.code, p.kind, p.code`,
    [regionPattern, departmentCode],
  );
}

/** The power each item code is exercised through. */
export async function powersOfItems(q: Queryable, itemCodes: readonly string[]): Promise<PowerRow[]> {
  return q.query<PowerRow>(`${POWER_SELECT} WHERE p.item_codes && $1::text[]`, [itemCodes]);
}

export interface DelegationRow {
  id: string;
  item_code: string;
  item_name: string;
  department_id: string;
  department_name: string;
  delegate_department_id: string;
  delegate_department_name: string;
  delegate_region: string;
  delegate_region_name: string;
  mode: DelegationMode;
  basis: string;
  scope: string;
  valid_from: string;
  valid_until: string;
  review_every_days: number;
  created_at: Date;
  revoked_at: Date | null;
  revoke_reason: string | null;
  last_reviewed_on: string | null;
}

const DELEGATION_SELECT = `SELECT g.id, g.item_code, g.item_name, g.department_id, d.name AS department_name,
    g.delegate_department_id, dd.name AS delegate_department_name, g.delegate_region, r.name AS delegate_region_name,
    g.mode, g.basis, g.scope, g.valid_from::text AS valid_from, g.valid_until::text AS valid_until, g.review_every_days,
    g.created_at, g.revoked_at, g.revoke_reason,
    (SELECT max(v.reviewed_on)::text FROM delegation_reviews v WHERE v.delegation_id = g.id) AS last_reviewed_on
  FROM delegations g
  JOIN departments d ON d.id = g.department_id
  JOIN departments dd ON dd.id = g.delegate_department_id
  JOIN regions r ON r.code = g.delegate_region`;

export async function insertDelegation(q: Queryable, g: {
  id: string; item_code: string; item_name: string; department_id: string; delegate_department_id: string; delegate_region: string;
  mode: DelegationMode; basis: string; scope: string; valid_from: string; valid_until: string; review_every_days: number; created_at: Date; created_by: string | null;
}): Promise<void> {
  await q.query(
    `INSERT INTO delegations (id, item_code, item_name, department_id, delegate_department_id, delegate_region, mode, basis, scope,
       valid_from, valid_until, review_every_days, created_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [g.id, g.item_code, g.item_name, g.department_id, g.delegate_department_id, g.delegate_region, g.mode, g.basis, g.scope,
      g.valid_from, g.valid_until, g.review_every_days, g.created_at, g.created_by],
  );
}

export async function delegationById(q: Queryable, id: string): Promise<DelegationRow | undefined> {
  return (await q.query<DelegationRow>(`${DELEGATION_SELECT} WHERE g.id = $1`, [id]))[0];
}

/** Delegations whose delegating department or delegate lies in a region subtree (LIKE pattern), newest first. */
export async function listDelegations(q: Queryable, regionPattern: string): Promise<DelegationRow[]> {
  return q.query<DelegationRow>(`${DELEGATION_SELECT} WHERE d.region_code LIKE $1 OR g.delegate_region LIKE $1 ORDER BY g.valid_from DESC, g.item_code`, [regionPattern]);
}

export async function delegationsOfItem(q: Queryable, itemCode: string): Promise<DelegationRow[]> {
  return q.query<DelegationRow>(`${DELEGATION_SELECT} WHERE g.item_code = $1 ORDER BY g.valid_from`, [itemCode]);
}

/** Unrevoked delegations of an item whose period meets [from, until]. */
export async function overlapping(q: Queryable, itemCode: string, from: string, until: string): Promise<DelegationRow[]> {
  return q.query<DelegationRow>(`${DELEGATION_SELECT} WHERE g.item_code = $1 AND g.revoked_at IS NULL AND g.valid_from <= $3 AND g.valid_until >= $2`, [itemCode, from, until]);
}

/**
 * The delegations in force on a day for these items at a place: the place (the window's region) lies in the delegate's
 * region. One per item at most (periods of one item do not overlap).
 */
export async function inForceAt(q: Queryable, itemCodes: readonly string[], place: string, day: string): Promise<Array<{ id: string; item_code: string; department_id: string; delegate_department_id: string; delegate_region: string; mode: DelegationMode }>> {
  return q.query(
    `SELECT id, item_code, department_id, delegate_department_id, delegate_region, mode FROM delegations
     WHERE item_code = ANY($1::text[]) AND revoked_at IS NULL AND valid_from <= $3::date AND valid_until >= $3::date
       AND $2 LIKE region_prefix(delegate_region) || '%'`,
    [itemCodes, place, day],
    { name: 'delegations_in_force_at' },
  );
}

export async function revokeDelegation(q: Queryable, id: string, at: Date, by: string, reason: string): Promise<boolean> {
  const rows = await q.query(`UPDATE delegations SET revoked_at = $2, revoked_by = $3, revoke_reason = $4 WHERE id = $1 AND revoked_at IS NULL RETURNING id`, [id, at, by, reason]);
  return rows.length > 0;
}

export interface ReviewRow {
  id: string;
  delegation_id: string;
  reviewed_on: string;
  reviewer_name: string | null;
  uses: number;
  conclusion: ReviewConclusion;
  findings: string;
}

export async function insertReview(q: Queryable, r: { id: string; delegation_id: string; reviewed_on: string; reviewed_by: string | null; uses: number; conclusion: ReviewConclusion; findings: string }): Promise<void> {
  await q.query(
    `INSERT INTO delegation_reviews (id, delegation_id, reviewed_on, reviewed_by, uses, conclusion, findings) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [r.id, r.delegation_id, r.reviewed_on, r.reviewed_by, r.uses, r.conclusion, r.findings],
  );
}

export async function reviewsOf(q: Queryable, delegationIds: readonly string[]): Promise<ReviewRow[]> {
  return q.query<ReviewRow>(
    `SELECT v.id, v.delegation_id, v.reviewed_on::text AS reviewed_on, u.name AS reviewer_name, v.uses, v.conclusion, v.findings
     FROM delegation_reviews v LEFT JOIN users u ON u.id = v.reviewed_by WHERE v.delegation_id = ANY($1::uuid[]) ORDER BY v.reviewed_on DESC`,
    [delegationIds],
  );
}

export interface StreamliningRow {
  id: string;
  subject: 'item' | 'bundle';
  item_code: string;
  item_name: string;
  department_name: string | null;
  region_code: string;
  action: StreamliningAction;
  merged_into: string | null;
  receiving_department_id: string | null;
  receiving_department_name: string | null;
  retired: boolean;
  year: number;
  materials_reduced: number;
  days_reduced: number;
  steps_reduced: number;
  basis: string;
  reason: string;
  at: Date;
}

export async function insertStreamlining(q: Queryable, s: Omit<StreamliningRow, 'department_name' | 'receiving_department_name'> & { department_id: string | null; by_user: string | null }): Promise<void> {
  await q.query(
    `INSERT INTO streamlining_actions (id, subject, item_code, item_name, department_id, region_code, action, merged_into, receiving_department_id, retired, year,
       materials_reduced, days_reduced, steps_reduced, basis, reason, at, by_user)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
    [s.id, s.subject, s.item_code, s.item_name, s.department_id, s.region_code, s.action, s.merged_into, s.receiving_department_id, s.retired, s.year,
      s.materials_reduced, s.days_reduced, s.steps_reduced, s.basis, s.reason, s.at, s.by_user],
  );
}

export async function streamliningOf(q: Queryable, regionPattern: string, year: number): Promise<StreamliningRow[]> {
  return q.query<StreamliningRow>(
    `SELECT s.*, d.name AS department_name, rd.name AS receiving_department_name FROM streamlining_actions s
       LEFT JOIN departments d ON d.id = s.department_id LEFT JOIN departments rd ON rd.id = s.receiving_department_id
     WHERE s.region_code LIKE $1 AND s.year = $2 ORDER BY s.at, s.item_code`,
    [regionPattern, year],
  );
}

export interface StandardItemRow { code: string; name: string; kind: string; level: string; basis: string; region_code: string }

export async function insertStandardItem(q: Queryable, s: StandardItemRow & { created_at: Date }): Promise<void> {
  await q.query(`INSERT INTO standard_items (code, name, kind, level, basis, region_code, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (code) DO NOTHING`,
    [s.code, s.name, s.kind, s.level, s.basis, s.region_code, s.created_at]);
}

export async function standardItem(q: Queryable, code: string): Promise<StandardItemRow | undefined> {
  return (await q.query<StandardItemRow>(`SELECT code, name, kind, level, basis, region_code FROM standard_items WHERE code = $1`, [code]))[0];
}

export async function standardItems(q: Queryable): Promise<StandardItemRow[]> {
  return q.query<StandardItemRow>(`SELECT code, name, kind, level, basis, region_code FROM standard_items ORDER BY code`);
}

export interface ImplementationRow {
  id: string;
  standard_code: string;
  standard_name: string;
  region_code: string;
  region_name: string;
  department_name: string;
  implementation_code: string;
  item_code: string | null;
  window_name: string;
  fees: string;
  legal_days: number;
  promised_days: number;
  authorised: boolean;
}

export async function insertImplementation(q: Queryable, i: { id: string; standard_code: string; region_code: string; department_id: string; implementation_code: string; item_code: string | null; window_name: string; fees: string; legal_days: number; promised_days: number; authorised: boolean; created_at: Date }): Promise<boolean> {
  const rows = await q.query(
    `INSERT INTO implementations (id, standard_code, region_code, department_id, implementation_code, item_code, window_name, fees, legal_days, promised_days, authorised, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT DO NOTHING RETURNING id`,
    [i.id, i.standard_code, i.region_code, i.department_id, i.implementation_code, i.item_code, i.window_name, i.fees, i.legal_days, i.promised_days, i.authorised, i.created_at],
  );
  return rows.length > 0;
}

export async function implementations(q: Queryable, regionPattern: string, standardCode: string | null): Promise<ImplementationRow[]> {
  return q.query<ImplementationRow>(
    `SELECT i.id, i.standard_code, s.name AS standard_name, i.region_code, r.name AS region_name, d.name AS department_name, i.implementation_code,
       i.item_code, i.window_name, i.fees, i.legal_days, i.promised_days, i.authorised
     FROM implementations i JOIN standard_items s ON s.code = i.standard_code JOIN regions r ON r.code = i.region_code JOIN departments d ON d.id = i.department_id
     WHERE i.region_code LIKE $1 AND ($2::text IS NULL OR i.standard_code = $2) ORDER BY i.standard_code, i.region_code`,
    [regionPattern, standardCode],
  );
}

/** Per county under a region: how many standard items it implements (by any body), of how many in the 基本目录. */
export async function coverage(q: Queryable, regionPattern: string): Promise<Array<{ region_code: string; region_name: string; implemented: number; authorised: number }>> {
  const rows = await q.query<{ region_code: string; region_name: string; implemented: string; authorised: string }>(
    `SELECT r.code AS region_code, r.name AS region_name,
       count(DISTINCT i.standard_code)::text AS implemented,
       count(DISTINCT i.standard_code) FILTER (WHERE i.authorised)::text AS authorised
     FROM regions r LEFT JOIN implementations i ON i.region_code = r.code
     WHERE r.level = 'county' AND r.code LIKE $1
     GROUP BY r.code, r.name ORDER BY r.code`,
    [regionPattern],
  );
  return rows.map((r) => ({ ...r, implemented: Number(r.implemented), authorised: Number(r.authorised) }));
}

export interface IntermediaryRow { id: string; code: string; name: string; department_name: string; item_codes: string[]; basis: string; providers: string; fee: string; days: number }

export async function insertIntermediary(q: Queryable, i: { id: string; code: string; name: string; department_id: string; item_codes: string[]; basis: string; providers: string; fee: string; days: number; created_at: Date }): Promise<void> {
  await q.query(
    `INSERT INTO intermediary_services (id, code, name, department_id, item_codes, basis, providers, fee, days, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [i.id, i.code, i.name, i.department_id, i.item_codes, i.basis, i.providers, i.fee, i.days, i.created_at],
  );
}

export async function intermediaries(q: Queryable, regionPattern: string): Promise<IntermediaryRow[]> {
  return q.query<IntermediaryRow>(
    `SELECT m.id, m.code, m.name, d.name AS department_name, m.item_codes, m.basis, m.providers, m.fee, m.days
     FROM intermediary_services m JOIN departments d ON d.id = m.department_id WHERE d.region_code LIKE $1 ORDER BY m.code`,
    [regionPattern],
  );
}
