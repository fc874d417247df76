import type { Queryable } from '../db/index.js';
import { userByUsername, type Actor } from '../identity/index.js';

/** A demo account as an actor, for seeders that replay the use cases. */
export async function demoActor(q: Queryable, username: string): Promise<Actor> {
  const u = await userByUsername(q, username);
  if (!u) throw new Error(`demo account ${username} missing`);
  return { userId: u.id, username: u.username, name: u.name, roles: u.roles, kind: u.kind, departmentId: u.department_id, regionCode: u.region_code, idNumber: u.id_number, uscc: u.uscc, orgName: u.org_name };
}
