import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, errors, type AppDeps } from '../core/index.js';
import { regionByCode, requireActor } from '../identity/index.js';
import { calendarCoverage } from './calendar-coverage.js';
import {
  CalendarChangesResponse,
  CalendarDaysResponse,
  CalendarImportResponse,
  CalendarRevisionResponse,
  CoverageResponse,
  DueDateResponse,
  RegionalDaysOffResponse,
  WorkingDaysResponse,
} from './responses.js';
import { addDays, daysBetween, isIsoDate } from './dates.js';
import { dueDate, workingDaysBetween } from './deadline-arithmetic.js';
import { importCalendarFile } from './import-calendar-file.js';
import { loadCalendar } from './load-calendar.js';
import { can, canManageRegion } from './policy.js';
import { addRegionalDayOff, removeRegionalDayOff } from './regional-days-off.js';
import * as store from './store.js';
import { dayInfo } from './working-calendar.js';

const tags = ['calendar'];
const IsoDateSchema = z.string().refine(isIsoDate, { message: 'YYYY-MM-DD' });
const RegionCode = z.string().regex(/^[1-9]\d{5}$/).describe('行政区划代码');

export function calendarRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const manager = (req: Parameters<typeof requireActor>[0]) => {
    const actor = requireActor(req);
    if (!can(actor, 'manage')) throw new AppError('FORBIDDEN');
    return actor;
  };
  const regionalManager = async (req: Parameters<typeof requireActor>[0], regionCode: string) => {
    const actor = manager(req);
    // an unknown region is the use case's to report (CALENDAR_BAD_REGION)
    if ((await regionByCode(deps.db, regionCode)) && !canManageRegion(actor, regionCode)) throw new AppError('CALENDAR_REGION_OUT_OF_SCOPE', { region: actor.regionCode?.trim() ?? '' });
    return actor;
  };
  const calendarOf = (regionCode?: string) => loadCalendar(deps.db, regionCode ?? null);

  r.get('/api/v1/calendar/due', {
    schema: {
      tags,
      summary: '计算办理期限的到期日',
      querystring: z.object({
        acceptedOn: IsoDateSchema.describe('受理日期'),
        workingDays: z.coerce.number().int().min(0).max(3650),
        immediate: z.enum(['true', 'false']).default('false'),
        regionCode: RegionCode.optional(),
      }),
      response: { 200: DueDateResponse, ...errors },
    },
  }, async (req) => {
    const cal = await calendarOf(req.query.regionCode);
    return { ...dueDate(cal, req.query.acceptedOn, req.query.workingDays, req.query.immediate === 'true'), calendarVersion: cal.version };
  });

  r.get('/api/v1/calendar/between', {
    schema: { tags, summary: '两日期之间的工作日数（不含起日，含止日）', querystring: z.object({ from: IsoDateSchema, to: IsoDateSchema, regionCode: RegionCode.optional() }), response: { 200: WorkingDaysResponse, ...errors } },
  }, async (req) => {
    if (Math.abs(daysBetween(req.query.from, req.query.to)) > 3660) throw new AppError('CALENDAR_SPAN_TOO_LONG');
    const cal = await calendarOf(req.query.regionCode);
    return { ...workingDaysBetween(cal, req.query.from, req.query.to), calendarVersion: cal.version };
  });

  r.get('/api/v1/calendar/days', {
    schema: { tags, summary: '逐日工作日历', querystring: z.object({ from: IsoDateSchema, to: IsoDateSchema, regionCode: RegionCode.optional() }), response: { 200: CalendarDaysResponse, ...errors } },
  }, async (req) => {
    const { from, to } = req.query;
    if (to < from || daysBetween(from, to) > 400) throw new AppError('CALENDAR_SPAN_TOO_LONG');
    const cal = await calendarOf(req.query.regionCode);
    const days = [];
    for (let d = from; d <= to; d = addDays(d, 1)) days.push(dayInfo(cal, d));
    return { calendarVersion: cal.version, days };
  });

  r.get('/api/v1/calendar/coverage', { schema: { tags, summary: '已有日历的年度与缺失提醒', response: { 200: CoverageResponse, ...errors } } }, async () =>
    calendarCoverage(await calendarOf(), deps.clock.now()),
  );

  r.get('/api/v1/calendar/changes', { schema: { tags, summary: '日历变更记录（版本）', response: { 200: CalendarChangesResponse, ...errors } } }, async (req) => {
    manager(req);
    const rows = await store.listChanges(deps.db);
    return { items: rows.map((c) => ({ revision: c.revision, kind: c.kind, year: c.year, regionCode: c.region_code?.trim() ?? null, summary: c.summary, createdAt: c.created_at.toISOString() })) };
  });

  r.post('/api/v1/calendar/imports', { schema: { tags, summary: '导入年度节假日安排（.json / .ics / .xlsx）', consumes: ['multipart/form-data'], response: { 200: CalendarImportResponse, ...errors } } }, async (req) => {
    const actor = manager(req);
    const file = await req.file();
    if (!file) throw new AppError('CALENDAR_BAD_FILE', { reason: '请上传文件' });
    const content = await file.toBuffer();
    return deps.db.transaction((tx) => importCalendarFile(tx, { fileName: file.filename, content, actorId: actor.userId, at: deps.clock.now() }));
  });

  r.get('/api/v1/calendar/regional-days-off', { schema: { tags, summary: '地区增设的休息日', querystring: z.object({ regionCode: RegionCode.optional() }), response: { 200: RegionalDaysOffResponse, ...errors } } }, async (req) => {
    const rows = await store.currentRegionDays(deps.db, req.query.regionCode);
    return { items: rows.map((d) => ({ regionCode: d.region_code.trim(), date: d.day, name: d.name, revision: d.added_revision })) };
  });

  r.post('/api/v1/calendar/regional-days-off', {
    schema: { tags, summary: '增设地区休息日', body: z.object({ regionCode: RegionCode, date: IsoDateSchema, name: z.string().trim().min(1).max(50) }), response: { 200: CalendarRevisionResponse, ...errors } },
  }, async (req) => {
    const actor = await regionalManager(req, req.body.regionCode);
    return deps.db.transaction((tx) => addRegionalDayOff(tx, { ...req.body, actorId: actor.userId, at: deps.clock.now() }));
  });

  r.delete('/api/v1/calendar/regional-days-off/:regionCode/:date', {
    schema: { tags, summary: '取消地区休息日', params: z.object({ regionCode: RegionCode, date: IsoDateSchema }), response: { 200: CalendarRevisionResponse, ...errors } },
  }, async (req) => {
    const actor = await regionalManager(req, req.params.regionCode);
    return deps.db.transaction((tx) => removeRegionalDayOff(tx, { ...req.params, actorId: actor.userId, at: deps.clock.now() }));
  });
}
