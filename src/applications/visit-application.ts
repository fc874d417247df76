import type { Queryable } from '../db/index.js';
import { departmentById } from '../identity/index.js';
import * as store from './store/applications.js';

/** What the hall may read of an application a visit is booked for or served: its title, who applied and where it is handled. */
export interface VisitApplication {
  applicationId: string;
  number: string;
  title: string;
  applicantUserId: string | null;
  /** the region whose authority decides it, and the region whose window it is brought to (异地代收代办) */
  authorityRegion: string;
  windowRegion: string;
  /** the department of its first item, and that department's region: the hall zone serving it */
  departmentId: string;
  departmentCode: string;
  departmentRegion: string;
}

export async function applicationForVisit(q: Queryable, applicationId: string): Promise<VisitApplication | undefined> {
  const app = await store.applicationById(q, applicationId);
  if (!app) return undefined;
  const first = (await store.casesOf(q, applicationId))[0];
  const department = first && (await departmentById(q, first.department_id));
  if (!department) return undefined;
  return {
    applicationId: app.id,
    number: app.number,
    title: app.title || app.number,
    applicantUserId: app.applicant_user_id,
    authorityRegion: app.authority_region.trim(),
    windowRegion: app.window_region.trim(),
    departmentId: department.id,
    departmentCode: department.code,
    departmentRegion: department.region_code.trim(),
  };
}
