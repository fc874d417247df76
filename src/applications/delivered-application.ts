import type { Queryable } from '../db/index.js';
import * as store from './store/applications.js';

/** What other modules (ratings: 一事一评) may read of a delivered application: who applied and each item handled. */
export interface DeliveredApplication {
  applicationId: string;
  number: string;
  channel: 'online' | 'agent' | 'window';
  applicantUserId: string | null;
  applicantName: string;
  applicantPhone: string | null;
  applicantUscc: string | null;
  deliveredAt: Date | null;
  items: Array<{ caseId: string; itemCode: string; itemName: string; departmentId: string; regionCode: string; status: string }>;
}

export async function deliveredApplication(q: Queryable, applicationId: string): Promise<DeliveredApplication | undefined> {
  const whole = await store.applicationWithCases(q, applicationId);
  if (!whole || whole.app.status !== 'delivered') return undefined;
  const { app, cases } = whole;
  return {
    applicationId: app.id,
    number: app.number,
    channel: app.channel,
    applicantUserId: app.applicant_user_id,
    applicantName: app.applicant.kind === 'business' ? app.applicant.orgName ?? app.applicant.name : app.applicant.name,
    applicantPhone: app.applicant.phone,
    applicantUscc: app.applicant.uscc,
    deliveredAt: app.delivered_at,
    items: cases
      .filter((c) => c.status !== 'cancelled')
      .map((c) => ({ caseId: c.id, itemCode: c.item_code, itemName: c.item_name, departmentId: c.department_id, regionCode: c.region_code, status: c.status })),
  };
}
