import type { Queryable } from '../../db/index.js';

export interface AuthorisationRow {
  id: string;
  principal_user_id: string;
  agent_user_id: string;
  item_codes: string[];
  bundle_codes: string[];
  scope: Array<{ kind: 'item' | 'bundle'; code: string; name: string }>;
  valid_from: string;
  valid_until: string;
  granted_at: Date;
  revoked_at: Date | null;
  principal_name: string;
  principal_org_name: string | null;
  agent_name: string;
  agent_kind: 'staff' | 'citizen' | 'business';
}

const SELECT = `SELECT a.id, a.principal_user_id, a.agent_user_id, a.item_codes, a.bundle_codes, a.scope,
    to_char(a.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(a.valid_until, 'YYYY-MM-DD') AS valid_until, a.granted_at, a.revoked_at,
    p.name AS principal_name, p.org_name AS principal_org_name, g.name AS agent_name, g.kind AS agent_kind
  FROM agent_authorisations a JOIN users p ON p.id = a.principal_user_id JOIN users g ON g.id = a.agent_user_id`;

export async function insertAuthorisation(q: Queryable, a: { id: string; principalId: string; agentId: string; itemCodes: string[]; bundleCodes: string[]; scope: AuthorisationRow['scope']; validFrom: string; validUntil: string; at: Date }): Promise<void> {
  await q.query(
    `INSERT INTO agent_authorisations (id, principal_user_id, agent_user_id, item_codes, bundle_codes, scope, valid_from, valid_until, granted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [a.id, a.principalId, a.agentId, a.itemCodes, a.bundleCodes, JSON.stringify(a.scope), a.validFrom, a.validUntil, a.at],
  );
}

export async function authorisationById(q: Queryable, id: string): Promise<AuthorisationRow | undefined> {
  return (await q.query<AuthorisationRow>(`${SELECT} WHERE a.id = $1`, [id]))[0];
}

/** Revokes an authorisation of this principal that is not revoked yet; false when there is none. */
export async function revokeAuthorisation(q: Queryable, id: string, principalId: string, at: Date): Promise<boolean> {
  const rows = await q.query('UPDATE agent_authorisations SET revoked_at = $3 WHERE id = $1 AND principal_user_id = $2 AND revoked_at IS NULL RETURNING id', [id, principalId, at]);
  return rows.length === 1;
}

export async function authorisationsOf(q: Queryable, userId: string): Promise<AuthorisationRow[]> {
  return q.query<AuthorisationRow>(`${SELECT} WHERE a.principal_user_id = $1 OR a.agent_user_id = $1 ORDER BY a.granted_at DESC, a.id LIMIT 200`, [userId]);
}

export interface FilingOnBehalfRow {
  id: string;
  number: string;
  title: string;
  status: string;
  submitted_at: Date | null;
  created_at: Date;
  agent_name: string;
  authorisation_id: string | null;
}

/** Everything agents filed for this principal: online authorisations and paper letters alike. */
export async function filingsOnBehalfOf(q: Queryable, principalId: string): Promise<FilingOnBehalfRow[]> {
  return q.query<FilingOnBehalfRow>(
    `SELECT x.id, x.number, x.title, x.status, x.submitted_at, x.created_at, u.name AS agent_name, x.authorisation->>'authorisationId' AS authorisation_id
     FROM applications x JOIN users u ON u.id = x.submitted_by
     WHERE x.applicant_user_id = $1 AND x.channel = 'agent' AND x.submitted_by <> $1
     ORDER BY x.created_at DESC, x.id LIMIT 500`,
    [principalId],
  );
}
