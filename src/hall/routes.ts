import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/index.js';
import { AppError, errors, IsoDateString, shanghaiDateOf, type AppDeps } from '../core/index.js';
import { requireActor, type Actor } from '../identity/index.js';
import { book, cancel, reschedule, resolveSubject, slotsFrom, type Subject } from './book.js';
import { callNext, finish, markNoShow, recall, transfer, windowFor } from './calling.js';
import { checkIn } from './check-in.js';
import { onNews } from './live.js';
import { can } from './policy.js';
import { presentAppointment, presentZone } from './present.js';
import { setRules, setZoneHours } from './settings.js';
import {
  AppointmentResponse, FinishedTicketResponse, ZoneResponse, MyHallResponse, MyLiveResponse, PanelResponse, RulesResponse, ScreenResponse, SlotsResponse, TicketResponse, TimesResponse, ZonesResponse,
} from './responses.js';
import { BOOKING_HORIZON_DAYS, DEFAULT_RULES, isTimeOfDay } from './rules.js';
import * as store from './store.js';
import { hallOf, myHallView, myTicketsView, panelView, screenView, ticketView, zonesView } from './views.js';

const tags = ['hall'];
const Id = z.object({ id: z.uuid() });
const Region = z.string().regex(/^\d{6}$/, '行政区划代码应为 6 位数字');
const Time = z.string().refine(isTimeOfDay, { message: '时间格式应为 HH:MM' });
const SubjectQuery = z.object({
  itemCode: z.string().trim().min(1).max(64).optional(),
  bundleCode: z.string().trim().min(1).max(64).optional(),
  applicationId: z.uuid().optional(),
});

function subjectOf(s: z.infer<typeof SubjectQuery>): Subject {
  const given = [s.itemCode, s.bundleCode, s.applicationId].filter(Boolean).length;
  if (given !== 1) throw new AppError('HALL_SUBJECT_REQUIRED');
  return s.itemCode ? { itemCode: s.itemCode } : s.bundleCode ? { bundleCode: s.bundleCode } : { applicationId: s.applicationId! };
}

/**
 * Server-sent events with plain `reply.raw`: the stream sends the whole state (parsed through its response schema) at
 * once and again after every announcement that concerns it, coalesced; a comment line every 25 s keeps proxies open.
 * A client that does not ask for `text/event-stream` (EventSource always does) gets the state once, as JSON.
 */
async function stream<T>(db: Db, req: FastifyRequest, reply: FastifyReply, event: string, concerns: (n: { regionCode: string; userIds: string[] }) => boolean, read: () => Promise<T>): Promise<T | undefined> {
  if (!String(req.headers.accept ?? '').includes('text/event-stream')) return read();
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' });
  let closed = false;
  let running = false;
  let again = false;
  const push = async () => {
    if (running) { again = true; return; }
    running = true;
    try {
      do {
        again = false;
        const data = await read();
        if (!closed) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      } while (again && !closed);
    } catch (e) {
      req.log.warn({ err: e }, 'hall stream read failed');
    } finally {
      running = false;
    }
  };
  const ping = setInterval(() => res.write(': ping\n\n'), 25_000);
  let off = () => {};
  req.raw.on('close', () => { closed = true; off(); clearInterval(ping); });
  try {
    const stop = await onNews(db, (n) => { if (concerns(n)) void push(); });
    if (closed) stop();
    else off = stop;
  } catch (e) {
    // without news the stream still shows the state once and keeps the connection; the page can reload it
    req.log.warn({ err: e }, 'hall news unavailable');
  }
  void push();
  return undefined;
}

export function hallRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const now = () => deps.clock.now();
  const today = () => shanghaiDateOf(now());
  const ticketOut = (t: store.TicketRow) => ticketView(deps.db, t);
  const appointmentOut = async (a: store.AppointmentRow) => presentAppointment(a, (await hallOf(deps.db, a.region_code)).zones, now());
  const hallRegion = (actor: Actor, region?: string) => {
    const code = region ?? actor.regionCode;
    if (!code) throw new AppError('FORBIDDEN');
    return code;
  };

  r.get('/api/v1/public/hall/zones', {
    schema: { tags, summary: '大厅窗口分区、开放时间与窗口', querystring: z.object({ region: Region }), response: { 200: ZonesResponse, ...errors } },
  }, async (req) => zonesView(deps.db, req.query.region, today()));

  r.get('/api/v1/hall/slots', {
    schema: { tags, summary: '可预约的日期与时段（工作日，14 天内）', querystring: SubjectQuery.extend({ from: IsoDateString.optional() }), response: { 200: SlotsResponse, ...errors } },
  }, async (req) => {
    const actor = requireActor(req);
    const s = await resolveSubject(deps.db, actor, subjectOf(req.query));
    const days = await slotsFrom(deps.db, s.zone, req.query.from ?? today(), BOOKING_HORIZON_DAYS, now());
    return { zone: { id: s.zone.id, name: s.zone.name }, subjectTitle: s.title, days };
  });

  r.post('/api/v1/hall/appointments', {
    schema: { tags, summary: '网上预约（事项、一件事或办件）', body: SubjectQuery.extend({ day: IsoDateString, starts: Time }), response: { 201: AppointmentResponse, ...errors } },
  }, async (req, reply) => {
    const actor = requireActor(req);
    const a = await book(deps, actor, { subject: subjectOf(req.body), day: req.body.day, starts: req.body.starts });
    reply.status(201);
    return appointmentOut(a);
  });

  r.get('/api/v1/hall/appointments', { schema: { tags, summary: '我的预约与今天的排队号', response: { 200: MyHallResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req);
    return myHallView(deps.db, actor.userId, actor.regionCode, now());
  });

  r.post('/api/v1/hall/appointments/:id/reschedule', {
    schema: { tags, summary: '改约到同一分区的另一时段', params: Id, body: z.object({ day: IsoDateString, starts: Time }), response: { 200: AppointmentResponse, ...errors } },
  }, async (req) => appointmentOut(await reschedule(deps, requireActor(req), req.params.id, req.body)));

  r.post('/api/v1/hall/appointments/:id/cancel', {
    schema: { tags, summary: '取消预约', params: Id, response: { 200: AppointmentResponse, ...errors } },
  }, async (req) => appointmentOut(await cancel(deps, requireActor(req), req.params.id)));

  r.get('/api/v1/hall/my/events', {
    schema: { tags, summary: '我的排队号实时变化（server-sent events，事件 tickets）', response: { 200: MyLiveResponse.describe('as JSON once, or with Accept: text/event-stream as events whose data is this object'), ...errors } },
  }, async (req, reply) => {
    const actor = requireActor(req);
    return stream(deps.db, req, reply, 'tickets', (n) => n.userIds.includes(actor.userId), async () => MyLiveResponse.parse({ tickets: await myTicketsView(deps.db, actor.userId, now()) }));
  });

  r.post('/api/v1/hall/check-ins', {
    schema: {
      tags, summary: '签到取号：预约码或身份证号；无预约则现场取号（工作人员操作取号机）',
      body: z.object({
        code: z.string().trim().min(4).max(16).optional(),
        idNumber: z.string().trim().min(1).max(18).optional(),
        zoneId: z.uuid().optional(),
        name: z.string().trim().min(1).max(50).optional(),
        greenChannel: z.boolean().optional(),
      }),
      response: { 201: TicketResponse, ...errors },
    },
  }, async (req, reply) => {
    const t = await checkIn(deps, requireActor(req), req.body);
    reply.status(201);
    return ticketOut(t);
  });

  r.get('/api/v1/hall/windows/:id/panel', { schema: { tags, summary: '窗口叫号面板：当前号与等候队列', params: Id, response: { 200: PanelResponse, ...errors } } }, async (req) => {
    const w = await windowFor(deps.db, requireActor(req), req.params.id);
    return panelView(deps.db, w, now());
  });

  r.post('/api/v1/hall/windows/:id/call-next', { schema: { tags, summary: '叫下一位', params: Id, response: { 200: TicketResponse, ...errors } } }, async (req) =>
    ticketOut(await callNext(deps, requireActor(req), req.params.id)));

  r.post('/api/v1/hall/tickets/:id/recall', { schema: { tags, summary: '重呼', params: Id, response: { 200: TicketResponse, ...errors } } }, async (req) =>
    ticketOut(await recall(deps, requireActor(req), req.params.id)));

  r.post('/api/v1/hall/tickets/:id/transfer', {
    schema: { tags, summary: '转到另一窗口', params: Id, body: z.object({ windowId: z.uuid() }), response: { 200: TicketResponse, ...errors } },
  }, async (req) => ticketOut(await transfer(deps, requireActor(req), req.params.id, req.body.windowId)));

  r.post('/api/v1/hall/tickets/:id/no-show', { schema: { tags, summary: '过号（未到窗口）', params: Id, response: { 200: TicketResponse, ...errors } } }, async (req) =>
    ticketOut(await markNoShow(deps, requireActor(req), req.params.id)));

  r.post('/api/v1/hall/tickets/:id/finish', {
    schema: { tags, summary: '办结本次窗口接待，关联所办的办件', params: Id, body: z.object({ applicationId: z.uuid().optional() }), response: { 200: FinishedTicketResponse, ...errors } },
  }, async (req) => {
    const { ticket, ratingCode } = await finish(deps, requireActor(req), req.params.id, req.body);
    return { ...(await ticketOut(ticket)), ratingCode };
  });

  r.get('/api/v1/public/hall/screen', {
    schema: { tags, summary: '叫号屏：最近的叫号与各分区等候人数（不含个人信息）', querystring: z.object({ region: Region }), response: { 200: ScreenResponse, ...errors } },
  }, async (req) => screenView(deps.db, req.query.region, now()));

  r.get('/api/v1/public/hall/screen/events', {
    schema: { tags, summary: '叫号屏实时推送（server-sent events，事件 screen）', querystring: z.object({ region: Region }), response: { 200: ScreenResponse.describe('as JSON once, or with Accept: text/event-stream as events whose data is this object'), ...errors } },
  }, async (req, reply) => {
    const region = req.query.region;
    return stream(deps.db, req, reply, 'screen', (n) => n.regionCode === region, async () => ScreenResponse.parse(await screenView(deps.db, region, now())));
  });

  r.get('/api/v1/hall/rules', {
    schema: { tags, summary: '预约规则：每人预约上限与失约限制', querystring: z.object({ region: Region.optional() }), response: { 200: RulesResponse, ...errors } },
  }, async (req) => {
    const region = hallRegion(requireActor(req), req.query.region);
    return { regionCode: region, ...((await store.rulesOf(deps.db, region)) ?? DEFAULT_RULES) };
  });

  r.put('/api/v1/hall/rules', {
    schema: {
      tags, summary: '设置预约规则（监管人员）',
      body: z.object({
        region: Region.optional(), maxActive: z.number().int().min(1).max(20), noShowLimit: z.number().int().min(1).max(20),
        noShowWindowDays: z.number().int().min(1).max(365), blockDays: z.number().int().min(1).max(365),
      }),
      response: { 200: RulesResponse, ...errors },
    },
  }, async (req) => {
    const actor = requireActor(req);
    const { region: given, ...rules } = req.body;
    const region = hallRegion(actor, given);
    await setRules(deps, actor, region, rules);
    return { regionCode: region, ...rules };
  });

  r.put('/api/v1/hall/zones/:id/hours', {
    schema: {
      tags, summary: '设置分区开放时间、预约时段长度与每时段人数（监管人员）', params: Id,
      body: z.object({
        sessions: z.array(z.object({ from: z.string().trim().max(5), to: z.string().trim().max(5) })).max(8),
        slotMinutes: z.number().int(), slotCapacity: z.number().int(),
      }),
      response: { 200: ZoneResponse, ...errors },
    },
  }, async (req) => {
    const zone = await setZoneHours(deps, requireActor(req), req.params.id, req.body);
    const h = await hallOf(deps.db, zone.region_code);
    return presentZone(zone, h.windowList);
  });

  r.get('/api/v1/hall/times', {
    schema: { tags, summary: '等候与办理时长（按窗口、按小时）', querystring: z.object({ region: Region.optional(), from: IsoDateString.optional(), to: IsoDateString.optional() }), response: { 200: TimesResponse, ...errors } },
  }, async (req) => {
    const actor = requireActor(req);
    const region = hallRegion(actor, req.query.region);
    if (!can(actor, 'viewTimes', region)) throw new AppError('FORBIDDEN');
    const to = req.query.to ?? today();
    const from = req.query.from ?? to;
    const [rows, h] = await Promise.all([store.timesByWindowAndHour(deps.db, region, from, to), hallOf(deps.db, region)]);
    const minutes = (s: number | null) => (s === null ? null : Math.round(s / 6) / 10);
    return {
      from, to,
      rows: rows.map((x) => ({ window: { id: x.window_id, name: h.windows.get(x.window_id)?.name ?? '' }, hour: x.hour, visits: x.visits, avgWaitMinutes: minutes(x.avg_wait_seconds), avgHandleMinutes: minutes(x.avg_handle_seconds) })),
    };
  });
}
