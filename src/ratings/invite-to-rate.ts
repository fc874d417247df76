import { newId } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { deliveredApplication } from '../applications/index.js';
import { notify } from '../notifications/index.js';
import { registerOutboxHandler } from '../outbox/index.js';
import * as store from './store.js';

/**
 * After delivery, the applicant is invited to rate each item handled (一事一评): one handling per case, and one
 * message, each created once however often the event is delivered (both are kept under their keys). The number of
 * items the invitation is for.
 */
export async function inviteToRate(tx: Queryable, applicationId: string, at: Date): Promise<number> {
  const app = await deliveredApplication(tx, applicationId);
  if (!app || !app.applicantUserId || app.items.length === 0) return 0;
  await store.insertHandlings(
    tx,
    app.items.map((item) => ({
      id: newId(),
      channel: 'online',
      source_key: `case:${item.caseId}`,
      application_id: app.applicationId,
      item_code: item.itemCode,
      item_name: item.itemName,
      department_id: item.departmentId,
      region_code: item.regionCode,
      rater_user_id: app.applicantUserId,
      rater_name: app.applicantName,
      rater_phone: app.applicantPhone,
      rater_uscc: app.applicantUscc,
      rating_code: null,
      recorded_by: null,
      handled_at: app.deliveredAt ?? at,
      created_at: at,
    })),
  );
  await notify(tx, {
    userId: app.applicantUserId,
    title: '请对本次办事进行评价',
    body: `您的办件 ${app.number} 已办结出件，请对办理的 ${app.items.length} 个事项逐项评价（一事一评），您的意见将督促部门改进服务。`,
    link: `/ratings/mine`,
    key: `rating-invite:${app.applicationId}`,
  });
  return app.items.length;
}

registerOutboxHandler('application.delivered', async (tx, payload, job) => {
  await inviteToRate(tx, String(payload.applicationId), job.created_at);
});
