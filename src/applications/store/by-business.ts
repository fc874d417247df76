import type { Queryable } from '../../db/index.js';
import { flushRowWrites } from './applications.js';

export interface BusinessApplicationRow {
  id: string;
  number: string;
  title: string;
  status: string;
  channel: string;
  authority_region: string;
  window_region: string;
  org_name: string | null;
  created_at: Date;
  submitted_at: Date | null;
  concluded_at: Date | null;
  delivered_at: Date | null;
  /** who filed it: the account's name and kind, and the 经办人 authorisation it was filed under */
  filed_by_name: string | null;
  filed_by_kind: string | null;
  filed_by_self: boolean;
  handler_id: string | null;
  cases: Array<{ item_code: string; item_name: string; department_id: string; status: string; decided_at: string | null }>;
}

/** A business's applications (applied under its USCC, or whose registration produced it), newest first, with their cases. */
export async function applicationsOfBusiness(q: Queryable, uscc: string, limit: number): Promise<BusinessApplicationRow[]> {
  await flushRowWrites(q); // a transaction's own case changes first
  return q.query<BusinessApplicationRow>(
    `SELECT a.id, a.number, a.title, a.status, a.channel, a.authority_region, a.window_region, a.applicant->>'orgName' AS org_name, a.created_at, a.submitted_at, a.concluded_at, a.delivered_at,
            f.name AS filed_by_name, f.kind AS filed_by_kind, (a.submitted_by = a.applicant_user_id) AS filed_by_self, a.authorisation->>'businessHandlerId' AS handler_id,
            COALESCE((SELECT json_agg(json_build_object('item_code', c.item_code, 'item_name', c.item_name, 'department_id', c.department_id,
                                                        'status', c.status, 'decided_at', c.decided_at) ORDER BY c.seq)
                        FROM cases c WHERE c.application_id = a.id), '[]') AS cases
       FROM (SELECT * FROM applications WHERE applicant->>'uscc' = $1
             UNION
             SELECT * FROM applications WHERE outputs->>'uscc' = $1) a
       LEFT JOIN users f ON f.id = a.submitted_by
      ORDER BY a.created_at DESC, a.id LIMIT $2`,
    [uscc, limit],
  );
}
