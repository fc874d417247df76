import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IsoDateString, maskIdNumber, maskPhone, shanghaiDateOf, type AppDeps } from '../core/index.js';
import { requireActor } from './actor.js';
import { businessesOfHandler, grantHandler, handlerHistory, handlersOf, handlerStatus, requireLegalRepresentative, revokeHandler } from './business-handlers.js';
import { handlerStatusNames } from './handler-rules.js';
import type { HandlerRow } from './store-handlers.js';

const tags = ['business handlers'];
const Reason = z.string().trim().min(2).max(500).describe('理由（记入审计日志）');

const GrantBody = z.strictObject({
  name: z.string().trim().min(1).max(50).describe('经办人姓名'),
  idNumber: z.string().trim().length(18).describe('经办人公民身份号码'),
  phone: z.string().trim().regex(/^1\d{10}$/, '请输入 11 位手机号码').nullish(),
  itemCodes: z.array(z.string().trim().min(1).max(20)).max(100).nullable().describe('授权办理的事项编码；null 为全部事项'),
  validUntil: IsoDateString.describe('授权截止日期（含当日）'),
  reason: Reason.default('法定代表人授权'),
});

const HandlerOut = z.object({
  id: z.uuid(),
  uscc: z.string(),
  orgName: z.string().nullable(),
  name: z.string(),
  idNumberMasked: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  itemCodes: z.array(z.string()).nullable(),
  validUntil: z.string(),
  status: z.enum(['live', 'expired', 'revoked']),
  statusName: z.string(),
  grantedAt: z.string(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
});

const HandlerHistoryOut = z.object({
  items: z.array(
    z.object({
      seq: z.number().int(),
      at: z.string(),
      action: z.string(),
      actionName: z.string().describe('授权、撤销 …'),
      name: z.string().nullable().describe('经办人姓名'),
      reason: z.string().nullable(),
    }),
  ),
});

const present = (h: HandlerRow, today: string): z.infer<typeof HandlerOut> => {
  const status = handlerStatus({ itemCodes: h.item_codes, validUntil: h.valid_until, revokedAt: h.revoked_at }, today);
  return {
    id: h.id,
    uscc: h.uscc,
    orgName: h.org_name ?? null,
    name: h.handler_name,
    // the business knows whom it authorised; the full number was typed in once and is not shown again
    idNumberMasked: maskIdNumber(h.handler_id_number),
    phoneMasked: maskPhone(h.handler_phone),
    itemCodes: h.item_codes,
    validUntil: h.valid_until,
    status,
    statusName: handlerStatusNames[status],
    grantedAt: h.granted_at.toISOString(),
    revokedAt: h.revoked_at?.toISOString() ?? null,
    revokeReason: h.revoke_reason,
  };
};

/** 经办人授权: the legal representative's page and the handler's list of businesses. */
export function handlerRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = () => shanghaiDateOf(deps.clock.now());

  r.get('/api/v1/business/handlers', { schema: { tags, summary: '本企业的经办人授权（法定代表人）', response: { 200: z.object({ items: z.array(HandlerOut), verified: z.boolean() }) } } }, async (req) => {
    const actor = requireActor(req);
    const rows = await handlersOf(deps.db, actor);
    let verified = true;
    try { requireLegalRepresentative(actor); } catch { verified = false; }
    return { items: rows.map((h) => present(h, today())), verified };
  });

  r.post('/api/v1/business/handlers', { schema: { tags, summary: '授权经办人', body: GrantBody, response: { 201: HandlerOut } } }, async (req, reply) => {
    const h = await grantHandler(deps, requireActor(req), req.body);
    return reply.code(201).send(present(h, today()));
  });

  r.post('/api/v1/business/handlers/:id/revoke', {
    schema: { tags, summary: '撤销经办人授权', params: z.object({ id: z.uuid() }), body: z.strictObject({ reason: Reason }), response: { 200: HandlerOut } },
  }, async (req) => present(await revokeHandler(deps, requireActor(req), req.params.id, req.body.reason), today()));

  r.get('/api/v1/business/handlers/history', { schema: { tags, summary: '经办人授权变更记录', response: { 200: HandlerHistoryOut } } }, async (req) => {
    const rep = requireActor(req);
    await handlersOf(deps.db, rep);
    return { items: await handlerHistory(deps.db, rep.uscc!) };
  });

  r.get('/api/v1/business/handling-for', { schema: { tags, summary: '本人可代为办理的企业（有效的经办人授权）', response: { 200: z.object({ items: z.array(HandlerOut) }) } } }, async (req) => {
    const rows = await businessesOfHandler(deps.db, requireActor(req), today());
    return { items: rows.map((h) => present(h, today())) };
  });
}
