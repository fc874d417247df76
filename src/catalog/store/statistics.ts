import type { Queryable } from '../../db/index.js';

/** Statistics over the published catalog. */

export interface AuthorisedShareRow {
  department_id: string;
  department_code: string;
  department_name: string;
  items: number;
  authorised: number;
  decided_on_platform: number;
  fully: number;
}

/** Per department: published items, authorised to the window, decided on the platform, and both. */
export async function authorisedShareRows(q: Queryable, regionCode: string | null): Promise<AuthorisedShareRow[]> {
  return q.query<AuthorisedShareRow>(
    `SELECT d.id AS department_id, d.code AS department_code, d.name AS department_name,
            count(*) AS items,
            count(*) FILTER (WHERE v.authorised_to_window) AS authorised,
            count(*) FILTER (WHERE v.decided_on_platform) AS decided_on_platform,
            count(*) FILTER (WHERE v.authorised_to_window AND v.decided_on_platform) AS fully
       FROM service_item_versions v JOIN departments d ON d.id = v.department_id
      WHERE v.status = 'published' AND ($1::text IS NULL OR v.region_code = $1)
      GROUP BY d.id, d.code, d.name
      ORDER BY d.code`,
    [regionCode],
  );
}
