import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, errors, type AppDeps } from '../core/index.js';
import { requireActor } from '../identity/index.js';
import { EXTENSION_OF } from './detect-type.js';
import { MAX_FILE_BYTES } from './limits.js';
import { can } from './policy.js';
import { presentUpload, readUpload } from './read-upload.js';
import { saveUpload } from './save-upload.js';
import * as store from './store.js';

/** An uploaded file as its owner sees it (the bytes are at …/content). */
const Upload = z
  .object({ id: z.string(), sha256: z.string(), size: z.number().int(), mediaType: z.string(), originalName: z.string(), uploadedAt: z.string().describe('ISO 8601 时刻') })
  .meta({ id: 'Upload' });

export function fileRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/v1/files', { schema: { tags: ['files'], summary: '上传材料文件（PDF、JPEG、PNG、OFD；multipart 字段 file）', consumes: ['multipart/form-data'], response: { 201: Upload, ...errors } } }, async (req, reply) => {
    const actor = requireActor(req);
    if (!can(actor, 'upload')) throw new AppError('FORBIDDEN');
    if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { type: req.headers['content-type'] ?? '' });
    const part = await req.file({ limits: { fileSize: MAX_FILE_BYTES } });
    if (!part) throw new AppError('FILE_MISSING');
    let content: Buffer;
    try {
      content = await part.toBuffer();
    } catch (e) {
      if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('FILE_TOO_LARGE', { size: `>${MAX_FILE_BYTES}`, limit: MAX_FILE_BYTES });
      throw e;
    }
    const saved = await saveUpload(deps, { content, originalName: part.filename, uploadedBy: actor.userId });
    reply.status(201);
    return { ...saved, uploadedAt: saved.uploadedAt.toISOString() };
  });

  r.get('/api/v1/files', { schema: { tags: ['files'], summary: '我上传的文件', querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }), response: { 200: z.object({ items: z.array(Upload) }), ...errors } } }, async (req) => {
    const actor = requireActor(req);
    const rows = await store.uploadsOf(deps.db, actor.userId, req.query.limit);
    return { items: rows.map(presentUpload) };
  });

  r.get('/api/v1/files/:id', { schema: { tags: ['files'], summary: '文件信息', params: z.object({ id: z.uuid() }), response: { 200: Upload, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    const row = await store.uploadById(deps.db, req.params.id);
    if (!row || !can(actor, 'read', row)) throw new AppError('FILE_NOT_FOUND');
    return presentUpload(row);
  });

  r.get('/api/v1/files/:id/content', { schema: { tags: ['files'], summary: '下载文件', params: z.object({ id: z.uuid() }) } }, async (req, reply) => {
    const actor = requireActor(req);
    const row = await store.uploadById(deps.db, req.params.id);
    if (!row || !can(actor, 'read', row)) throw new AppError('FILE_NOT_FOUND');
    const { content } = await readUpload(deps, row.id);
    return sendContent(reply, row.media_type, row.original_name, EXTENSION_OF[row.media_type], content);
  });
}

/** Sends file bytes with a safe disposition (RFC 5987 name for Chinese file names). */
export function sendContent(reply: import('fastify').FastifyReply, mediaType: string, name: string, ext: string, content: Buffer) {
  const fallback = `file.${ext}`;
  reply.header('content-type', mediaType);
  reply.header('content-disposition', `inline; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`);
  reply.header('x-content-type-options', 'nosniff');
  return reply.send(content);
}
