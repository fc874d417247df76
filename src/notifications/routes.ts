import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, errors, type AppDeps } from '../core/index.js';
import { requireActor } from '../identity/index.js';
import { MarkedReadResponse, MessageListResponse } from './responses.js';
import * as store from './store.js';

export function notificationRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/messages',
    { schema: { tags: ['notifications'], summary: '我的消息', querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }), response: { 200: MessageListResponse, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      const rows = await store.messagesOf(deps.db, actor.userId, req.query.limit);
      return { items: rows.map((m) => ({ id: m.id, title: m.title, body: m.body, link: m.link, createdAt: m.created_at.toISOString(), read: !!m.read_at })) };
    },
  );
  r.post(
    '/api/v1/messages/:id/read',
    { schema: { tags: ['notifications'], summary: '标记已读', params: z.object({ id: z.uuid() }), response: { 200: MarkedReadResponse, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      if (!(await store.markRead(deps.db, actor.userId, req.params.id, deps.clock.now()))) throw new AppError('NOT_FOUND', { what: '消息' });
      return { ok: true };
    },
  );
}
