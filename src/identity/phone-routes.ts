import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, errors, maskPhone, type AppDeps } from '../core/index.js';
import type { Actor } from './actor.js';
import { requireActor } from './actor.js';
import { codeChannelFor } from './code-channels.js';
import { requestCode } from './phone-codes.js';
import { CODE_PURPOSES } from './phone-codes-rules.js';
import { can } from './policy.js';
import { setSessionCookie } from './session-cookie.js';
import { resetPasswordByCode, signInByCode, signUp } from './sign-up.js';
import { LoginResponse, OkResponse, type UserResponse } from './responses.js';
import { recentDevelopmentMessages } from './store-codes.js';

const tags = ['identity'];
// checked by the use case (PHONE_INVALID, a message people understand); the per-number rate limit normalises it too
const Phone = z.string().max(20).describe('手机号码（中国大陆 11 位）');
const Code = z.string().trim().regex(/^\d{6}$/, '验证码为 6 位数字').describe('短信验证码');
const Password = z.string().min(1).max(256).describe('密码（不回显、不记录）');
const DevelopmentMessagesResponse = z.object({
  channel: z.string().describe('短信通道：development 为开发通道（短信不外发，记录在此）'),
  items: z.array(
    z.object({
      id: z.string(),
      phoneMasked: z.string().nullable().describe('手机号码（脱敏：138****5678）'),
      purpose: z.enum(CODE_PURPOSES),
      purposeName: z.string(),
      text: z.string().describe('短信内容（含验证码）'),
      createdAt: z.string(),
    }),
  ),
});
const purposeNames = { signup: '注册', login: '登录', reset: '找回密码' } as const;

export function phoneRoutes(app: FastifyInstance, deps: AppDeps, presentActor: (a: Actor) => z.output<typeof UserResponse>): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const channel = codeChannelFor(deps.config.sms, deps.db, app.log, !!deps.config.production);

  r.post('/api/v1/auth/codes', {
    schema: {
      tags,
      summary: '获取短信验证码（注册、验证码登录、找回密码）',
      description: '无论该号码是否已注册，回答都相同；验证码 5 分钟内有效、只能使用一次，输错 5 次作废。按客户端地址和手机号各自限流。',
      body: z.object({ phone: Phone, purpose: z.enum(CODE_PURPOSES) }),
      response: { 200: z.object({ sent: z.boolean(), expiresInSeconds: z.number().int().describe('验证码有效秒数') }), ...errors },
    },
  }, async (req) => {
    const { expiresInSeconds } = await requestCode(deps, channel, req.body);
    return { sent: true, expiresInSeconds };
  });

  r.post('/api/v1/auth/signup', {
    schema: {
      tags,
      summary: '手机号注册（个人或企业），注册后即登录',
      body: z.object({
        phone: Phone,
        code: Code,
        kind: z.enum(['citizen', 'business']).default('citizen'),
        name: z.string().trim().min(1).max(50).describe('姓名（企业为经办人或法定代表人姓名）'),
        orgName: z.string().trim().min(1).max(100).nullish().describe('企业（单位）名称'),
        password: Password,
      }),
      response: { 200: LoginResponse, ...errors },
    },
  }, async (req, reply) => {
    const { token, actor, expiresAt } = await signUp(deps, req.body);
    setSessionCookie(req, reply, deps.config, token);
    return { user: presentActor(actor), expiresAt: expiresAt.toISOString(), token };
  });

  r.post('/api/v1/auth/login/code', { schema: { tags, summary: '验证码登录', body: z.object({ phone: Phone, code: Code }), response: { 200: LoginResponse, ...errors } } }, async (req, reply) => {
    const { token, actor, expiresAt } = await signInByCode(deps, req.body);
    setSessionCookie(req, reply, deps.config, token);
    return { user: presentActor(actor), expiresAt: expiresAt.toISOString(), token };
  });

  r.post('/api/v1/auth/password/reset', {
    schema: { tags, summary: '用短信验证码重置密码（原有登录全部退出）', body: z.object({ phone: Phone, code: Code, password: Password }), response: { 200: OkResponse, ...errors } },
  }, async (req) => {
    await resetPasswordByCode(deps, req.body);
    return { ok: true };
  });

  r.get('/api/v1/admin/development-messages', {
    schema: {
      tags: ['staff administration'],
      summary: '开发短信通道：最近发出的验证码短信（仅系统管理员可见；接入短信服务商后为空）',
      querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
      response: { 200: DevelopmentMessagesResponse, ...errors },
    },
  }, async (req) => {
    if (!can(requireActor(req), 'manageUsers')) throw new AppError('FORBIDDEN');
    // never in production: a page of live codes would let whoever reaches it sign in as anyone
    if (deps.config.production) throw new AppError('DEVELOPMENT_MESSAGES_CLOSED');
    if (channel.name !== 'development') return { channel: channel.name, items: [] };
    const rows = await recentDevelopmentMessages(deps.db, req.query.limit);
    return {
      channel: channel.name,
      items: rows.map((m) => ({ id: m.id, phoneMasked: maskPhone(m.phone), purpose: m.purpose, purposeName: purposeNames[m.purpose], text: m.text, createdAt: m.created_at.toISOString() })),
    };
  });
}
