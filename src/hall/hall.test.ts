import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber } from '../core/index.js';
import { buildApp } from '../http/index.js';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { engineUnderTest } from '../../test/helpers/db.js';
import { freshSessions } from '../../test/helpers/sessions.js';
import { ITEMS, submit } from '../../test/helpers/applications.js';

let t: TestApp;
let login: (username: string) => Promise<Record<string, string>>;
let itemCode: string;
let zones: Array<{ id: string; code: string; name: string; windows: Array<{ id: string; name: string }> }>;

const send = async (method: 'POST' | 'PUT' | 'GET', user: string | null, url: string, payload?: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method, url, headers: { ...(user ? await login(user) : {}), ...headers }, ...(payload !== undefined ? { payload: payload as object } : {}) });
const post = async (user: string | null, url: string, payload: unknown, status: number) => expectStatus(await send('POST', user, url, payload), status);
const get = async (user: string | null, url: string, status = 200) => expectStatus(await send('GET', user, url), status);
const bookItem = (user: string, day: string, starts: string, status = 201) => post(user, '/api/v1/hall/appointments', { itemCode, day, starts }, status);
const zone = (code: string) => zones.find((z) => z.code === code)!;

/** Reads a server-sent event stream as it arrives: `until` waits for what has been read so far to satisfy `pred`. */
function eventStream(res: Response) {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  return {
    text: () => text,
    async until(pred: () => boolean) {
      while (!pred()) {
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        text += decoder.decode(value);
      }
    },
  };
}

beforeAll(async () => {
  t = await createTestApp({ now: '2026-03-02T09:00:00+08:00' });
  login = freshSessions(t);
  const [row] = await t.db.query<{ code: string }>("SELECT v.code FROM service_item_versions v JOIN departments d ON d.id = v.department_id WHERE v.status = 'published' AND d.code = 'scjg' ORDER BY v.code LIMIT 1");
  itemCode = row!.code;
  zones = (await get(null, '/api/v1/public/hall/zones?region=431127')).zones;
});
afterAll(() => t.close());

describe('booking a slot', () => {
  it('offers the working days of the calendar only, and the item’s zone', async () => {
    const s = await get('zhangsan', `/api/v1/hall/slots?itemCode=${itemCode}`);
    expect(s.zone.name).toBe('商事登记');
    const days = s.days.map((d: { day: string }) => d.day);
    expect(days).toContain('2026-03-06');
    expect(days).not.toContain('2026-03-07'); // Saturday
    expect(s.days[0].slots[0]).toMatchObject({ starts: '09:00', open: false }); // begun already
    const sat = await bookItem('zhangsan', '2026-03-07', '09:00', 409);
    expect(sat).toMatchObject({ code: 'HALL_NOT_WORKING_DAY', message: '2026年3月7日不是工作日，大厅不开放预约' });
  });

  it('refuses bad input with a 400 in Chinese and books nothing', async () => {
    const bad = await bookItem('zhangsan', '2026-02-30', '09:00', 400);
    expect(bad.message).toMatch(/[\u4e00-\u9fa5]/);
    const none = await post('zhangsan', '/api/v1/hall/appointments', { day: '2026-03-03', starts: '09:00' }, 400);
    expect(none).toMatchObject({ code: 'HALL_SUBJECT_REQUIRED', message: '请选择一个事项、一件事或办件进行预约' });
    const odd = await bookItem('zhangsan', '2026-03-03', '09:10', 400);
    expect(odd.code).toBe('HALL_SLOT_UNKNOWN');
    expect((await get('zhangsan', '/api/v1/hall/appointments')).appointments).toEqual([]);
    await post('chuangkou', '/api/v1/hall/appointments', { itemCode, day: '2026-03-03', starts: '09:00' }, 403);
  });

  it('gives the last place of a slot to exactly one of two people booking at once', async () => {
    await t.db.query("UPDATE hall_zones SET slot_capacity = 1 WHERE code = 'business'");
    try {
      for (const starts of ['14:00', '14:30', '15:00']) {
        const [a, b] = await Promise.all(['zhangsan', 'xiangwei'].map((u) => send('POST', u, '/api/v1/hall/appointments', { itemCode, day: '2026-03-04', starts })));
        expect([a!.statusCode, b!.statusCode].sort()).toEqual([201, 409]);
        expect((a!.statusCode === 409 ? a! : b!).json()).toMatchObject({ code: 'HALL_SLOT_FULL', message: '该时段已约满，请选择其他时段' });
        const booked = await t.db.query("SELECT 1 FROM hall_appointments WHERE day = '2026-03-04' AND starts = $1 AND status = 'booked'", [starts]);
        expect(booked).toHaveLength(1);
        // each person may hold one booking of a zone per day: cancel to race again
        for (const user of ['zhangsan', 'xiangwei']) {
          const mine = (await get(user, '/api/v1/hall/appointments')).appointments.filter((x: { status: string; day: string }) => x.status === 'booked' && x.day === '2026-03-04');
          for (const x of mine) await post(user, `/api/v1/hall/appointments/${x.id}/cancel`, undefined, 200);
        }
      }
      const [slot] = await t.db.query<{ taken: number }>("SELECT taken FROM hall_slots WHERE day = '2026-03-04' AND starts = '15:00'");
      expect(Number(slot!.taken)).toBe(0);
    } finally {
      await t.db.query("UPDATE hall_zones SET slot_capacity = 4 WHERE code = 'business'");
    }
  });

  it('holds a person to three open bookings and one per zone and day; rescheduling and cancelling free the place', async () => {
    const a = await bookItem('zhangsan', '2026-03-09', '09:00');
    expect(a).toMatchObject({ status: 'booked', statusName: '已预约', zone: { name: '商事登记' }, changeable: true });
    expect(a.code).toMatch(/^[A-Z2-9]{8}$/);
    const same = await bookItem('zhangsan', '2026-03-09', '10:00', 409);
    expect(same.code).toBe('HALL_SAME_DAY_BOOKED');
    await bookItem('zhangsan', '2026-03-10', '09:00');
    await bookItem('zhangsan', '2026-03-11', '09:00');
    const fourth = await bookItem('zhangsan', '2026-03-12', '09:00', 409);
    expect(fourth).toMatchObject({ code: 'HALL_TOO_MANY_BOOKINGS', message: '您已有 3 个未到期的预约，请先办理或取消' });

    const moved = await post('zhangsan', `/api/v1/hall/appointments/${a.id}/reschedule`, { day: '2026-03-09', starts: '15:30' }, 200);
    expect(moved).toMatchObject({ day: '2026-03-09', starts: '15:30', ends: '16:00', code: a.code });
    await post('xiangwei', `/api/v1/hall/appointments/${a.id}/cancel`, undefined, 404);
    const slots = await get('zhangsan', `/api/v1/hall/slots?itemCode=${itemCode}&from=2026-03-09`);
    const left = (day: string, s: string) => slots.days.find((d: { day: string }) => d.day === day).slots.find((x: { starts: string }) => x.starts === s).left;
    expect([left('2026-03-09', '09:00'), left('2026-03-09', '15:30')]).toEqual([4, 3]);
    const cancelled = await post('zhangsan', `/api/v1/hall/appointments/${a.id}/cancel`, undefined, 200);
    expect(cancelled).toMatchObject({ status: 'cancelled', statusName: '已取消', changeable: false });
    await post('zhangsan', `/api/v1/hall/appointments/${a.id}/cancel`, undefined, 409);
    await bookItem('zhangsan', '2026-03-12', '09:00');
  });
});

describe('the no-show rule', () => {
  it('blocks booking for 30 days after three missed appointments within 30 days, as the supervisor configured it', async () => {
    // xiangwei books three slots and comes to none of them
    for (const day of ['2026-03-03', '2026-03-05', '2026-03-06']) await bookItem('xiangwei', day, '09:00');
    t.clock.set('2026-03-06T11:00:00+08:00');
    const blocked = await bookItem('xiangwei', '2026-03-10', '10:00', 403);
    expect(blocked).toMatchObject({ code: 'HALL_BOOKING_BLOCKED', message: '近 30 天内失约 3 次，2026年4月5日前暂停网上预约，可现场取号办理' });
    expect((await get('xiangwei', '/api/v1/hall/appointments')).blockedUntil).toBe('2026-04-05');

    await send('PUT', 'chuangkou', '/api/v1/hall/rules', { maxActive: 3, noShowLimit: 4, noShowWindowDays: 30, blockDays: 30 }).then((r) => expect(r.statusCode).toBe(403));
    await send('PUT', 'xiangyin-jianguan', '/api/v1/hall/rules', { region: '431127', maxActive: 3, noShowLimit: 4, noShowWindowDays: 30, blockDays: 30 }).then((r) => expect(r.statusCode).toBe(403));
    const rules = expectStatus(await send('PUT', 'jianguan', '/api/v1/hall/rules', { maxActive: 3, noShowLimit: 4, noShowWindowDays: 30, blockDays: 30 }), 200);
    expect(rules).toMatchObject({ regionCode: '431127', noShowLimit: 4 });
    await bookItem('xiangwei', '2026-03-10', '10:00');
    expectStatus(await send('PUT', 'jianguan', '/api/v1/hall/rules', { maxActive: 3, noShowLimit: 3, noShowWindowDays: 30, blockDays: 30 }), 200);

    t.clock.set('2026-04-06T09:00:00+08:00');
    // the 3-10 booking was missed too: four no-shows, the last on 3-10, block until 4-9
    const still = await bookItem('xiangwei', '2026-04-13', '10:00', 403);
    expect(still.message).toContain('2026年4月9日前');
    t.clock.set('2026-04-10T09:00:00+08:00');
    await bookItem('xiangwei', '2026-04-13', '10:00');
    t.clock.set('2026-03-02T09:00:00+08:00');
    await t.db.query("DELETE FROM hall_appointments WHERE user_id = (SELECT id FROM users WHERE username = 'xiangwei') AND day >= '2026-04-01'");
  });
});

describe('the queue', () => {
  const young = makeIdNumber('431127', '19950101', '013');
  const old = makeIdNumber('431127', '19500101', '024');
  const green = makeIdNumber('431127', '19880808', '035');

  it('gives numbers on check-in and calls 绿色通道, appointments, the elderly, then walk-ins; the screen and the applicant follow', async () => {
    t.clock.set('2026-03-03T09:40:00+08:00');
    const business = zone('business');
    for (const x of (await get('zhangsan', '/api/v1/hall/appointments')).appointments.filter((a: { changeable: boolean }) => a.changeable)) {
      await post('zhangsan', `/api/v1/hall/appointments/${x.id}/cancel`, undefined, 200);
    }
    const application = await submit(t, { user: 'zhangsan', itemCodes: [ITEMS.individualReg] });
    const appt = await post('zhangsan', '/api/v1/hall/appointments', { applicationId: application.id, day: '2026-03-03', starts: '10:00' }, 201);
    expect(appt.subject).toMatchObject({ kind: 'application', kindName: '办件' });
    expect(appt.subject.title).toContain(application.number);
    await post('xiangwei', '/api/v1/hall/appointments', { applicationId: application.id, day: '2026-03-03', starts: '10:00' }, 404);
    const walkIn = await post('chuangkou', '/api/v1/hall/check-ins', { idNumber: young, zoneId: business.id, name: '刘现场' }, 201);
    expect(walkIn).toMatchObject({ number: 'A001', status: 'waiting', priorityName: '现场取号', ahead: 0 });
    expect(walkIn.idNumber).not.toContain(young.slice(6, 14));
    const elderly = await post('chuangkou', '/api/v1/hall/check-ins', { idNumber: old, zoneId: business.id, name: '陈老人' }, 201);
    expect(elderly).toMatchObject({ number: 'A002', priorityName: '老年人优先', ahead: 0 });
    const booked = await post('chuangkou', '/api/v1/hall/check-ins', { code: appt.code.toLowerCase() }, 201);
    expect(booked).toMatchObject({ number: 'A003', priorityName: '预约', appointmentCode: appt.code, ahead: 0 });
    const again = await post('chuangkou', '/api/v1/hall/check-ins', { code: appt.code }, 409);
    expect(again.message).toBe('今天已为您取号：A003');
    const fast = await post('chuangkou', '/api/v1/hall/check-ins', { idNumber: green, zoneId: business.id, greenChannel: true }, 201);
    expect(fast).toMatchObject({ number: 'A004', priorityName: '绿色通道' });
    const badId = await post('chuangkou', '/api/v1/hall/check-ins', { idNumber: '431127199501010000', zoneId: business.id }, 400);
    expect(badId.message).toBe('身份证号码无效：校验码不正确');

    const mine = await get('zhangsan', '/api/v1/hall/appointments');
    expect(mine.tickets[0]).toMatchObject({ number: 'A003', status: 'waiting', ahead: 1 });
    expect(mine.appointments.find((x: { id: string }) => x.id === appt.id)).toMatchObject({ status: 'checked-in' });

    const w = business.windows[0]!;
    const called: string[] = [];
    for (let i = 0; i < 4; i++) {
      const c = await post('chuangkou', `/api/v1/hall/windows/${w.id}/call-next`, undefined, 200);
      called.push(c.number);
      expect(c).toMatchObject({ status: 'called', window: { name: w.name } });
      if (i === 0) {
        const busy = await post('chuangkou', `/api/v1/hall/windows/${w.id}/call-next`, undefined, 409);
        expect(busy.message).toBe('本窗口正在办理 A004，请先办结、过号或转窗');
        const screen = await get(null, '/api/v1/public/hall/screen?region=431127');
        expect(screen.calls[0]).toMatchObject({ number: 'A004', window: w.name, serving: true });
        expect(JSON.stringify(screen)).not.toContain(green.slice(0, 10));
      }
      if (c.number === 'A003') {
        expect((await get('zhangsan', '/api/v1/hall/appointments')).tickets[0]).toMatchObject({ status: 'called', statusName: '请到窗口', window: { name: w.name } });
        const again2 = await post('chuangkou', `/api/v1/hall/tickets/${c.id}/recall`, undefined, 200);
        expect(again2.calls).toBe(2);
        t.clock.set('2026-03-03T09:55:00+08:00');
        const done = await post('chuangkou', `/api/v1/hall/tickets/${c.id}/finish`, {}, 200);
        expect(done).toMatchObject({ status: 'done', applicationId: application.id });
        // 一次一评: the visitor is invited to rate the visit, and only they may
        expect(done.ratingCode).toMatch(/^[A-Z2-9]{8}$/);
        const toRate = (await get('zhangsan', '/api/v1/ratings/mine')).toRate.filter((h: { channel: string }) => h.channel === 'window');
        expect(toRate).toHaveLength(1);
        expect(toRate[0]).toMatchObject({ applicationId: application.id, channelName: '窗口办事（一次一评）' });
        const visit = { overall: 5, serviceEfficiency: 5, serviceLevel: 4, attitude: 5 };
        await post('xiangwei', '/api/v1/ratings', { handlingId: toRate[0].id, indicators: visit }, 403);
        await post('zhangsan', '/api/v1/ratings', { handlingId: toRate[0].id, indicators: visit }, 201);
        const again = await post('chuangkou', `/api/v1/hall/tickets/${c.id}/finish`, {}, 409);
        expect(again.code).toBe('HALL_TICKET_STATE');
      } else if (c.number === 'A001') {
        const gone = await post('chuangkou', `/api/v1/hall/tickets/${c.id}/no-show`, undefined, 200);
        expect(gone).toMatchObject({ status: 'no-show', statusName: '过号' });
      } else {
        if (c.number === 'A002') {
          // a visit is linked only to an application this county's window could handle: not one of 湘阴's
          const elsewhere = await submit(t, { itemCodes: [ITEMS.seal] });
          await t.db.query(`UPDATE applications SET authority_region = '430624', window_region = '430624' WHERE id = $1`, [elsewhere.id]);
          const refused = await post('chuangkou', `/api/v1/hall/tickets/${c.id}/finish`, { applicationId: elsewhere.id }, 404);
          expect(refused.code).toBe('NOT_FOUND');
          expect(refused.message).toBe('请求的记录不存在');
        }
        const served = await post('chuangkou', `/api/v1/hall/tickets/${c.id}/finish`, {}, 200);
        if (c.number === 'A002') {
          // a walk-in without an account rates on the counter pad with the code
          const byCode = await get(null, `/api/v1/ratings/handlings/by-code/${served.ratingCode}`);
          expect(byCode).toMatchObject({ channel: 'window', itemName: '商事登记窗口办事' });
          await post(null, '/api/v1/ratings', { ratingCode: served.ratingCode, indicators: { overall: 4, serviceEfficiency: 4, serviceLevel: 4, attitude: 4 } }, 201);
        }
      }
    }
    expect(called).toEqual(['A004', 'A003', 'A002', 'A001']);
    const empty = await post('chuangkou', `/api/v1/hall/windows/${w.id}/call-next`, undefined, 409);
    expect(empty.code).toBe('HALL_QUEUE_EMPTY');

    const times = await get('jianguan', '/api/v1/hall/times?from=2026-03-03&to=2026-03-03');
    const row = times.rows.find((r: { window: { id: string } }) => r.window.id === w.id);
    expect(row).toMatchObject({ hour: 9, visits: 4 });
    expect(row.avgWaitMinutes).toBeGreaterThan(0);
    await get('zhangsan', '/api/v1/hall/times', 403);
  });

  it('transfers a number to a window of another zone, which calls it next', async () => {
    t.clock.set('2026-03-03T10:30:00+08:00');
    const business = zone('business');
    const property = zone('property');
    const someone = makeIdNumber('431127', '19920202', '046');
    await post('chuangkou', '/api/v1/hall/check-ins', { idNumber: someone, zoneId: business.id }, 201);
    const c = await post('chuangkou', `/api/v1/hall/windows/${business.windows[1]!.id}/call-next`, undefined, 200);
    const moved = await post('chuangkou', `/api/v1/hall/tickets/${c.id}/transfer`, { windowId: property.windows[0]!.id }, 200);
    expect(moved).toMatchObject({ status: 'waiting', zone: { name: '不动产' }, transferredTo: { name: property.windows[0]!.name } });
    await post('chuangkou', `/api/v1/hall/windows/${property.windows[1]!.id}/call-next`, undefined, 409);
    const next = await post('chuangkou', `/api/v1/hall/windows/${property.windows[0]!.id}/call-next`, undefined, 200);
    expect(next.number).toBe(c.number);
  });

  it('keeps a clerk of another county out of this hall’s queue', async () => {
    const business = zone('business');
    await post('chuangkou', '/api/v1/hall/check-ins', { idNumber: makeIdNumber('431127', '19930303', '057'), zoneId: business.id }, 201);
    const w = business.windows[0]!;
    await post('xiangyin-chuangkou', `/api/v1/hall/windows/${w.id}/call-next`, undefined, 403);
    await get('xiangyin-chuangkou', `/api/v1/hall/windows/${w.id}/panel`, 403);
    await post('xiangyin-chuangkou', '/api/v1/hall/check-ins', { idNumber: young, zoneId: business.id }, 404);
    await post('zhangsan', `/api/v1/hall/windows/${w.id}/call-next`, undefined, 403);
    await post(null, `/api/v1/hall/windows/${w.id}/call-next`, undefined, 401);
    const panel = await get('chuangkou', `/api/v1/hall/windows/${w.id}/panel`);
    expect(panel).toMatchObject({ current: null, waitingCount: 1 });
    expect(panel.waiting[0].idNumber).toContain('*');
  });

  it('pushes calls to a connected calling screen as server-sent events', async () => {
    const once = await get(null, '/api/v1/public/hall/screen/events?region=431127');
    expect(once.zones.map((z: { name: string }) => z.name)).toEqual(['商事登记', '社会事务', '投资建设', '不动产']);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as { port: number };
    const ctrl = new AbortController();
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/public/hall/screen/events?region=431127`, { signal: ctrl.signal, headers: { accept: 'text/event-stream' } });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const stream = eventStream(res);
    const until = stream.until;
    await until(() => stream.text().includes('event: screen'));
    const w = zone('business').windows[0]!;
    const c = await post('chuangkou', `/api/v1/hall/windows/${w.id}/call-next`, undefined, 200);
    await until(() => stream.text().split('\n\n').some((e) => e.includes(`"number":"${c.number}"`) && e.includes('"serving":true')));
    ctrl.abort();
  });

  it('shows on a screen connected to one server process a call made on another', async () => {
    // a second server process on the same database (on the embedded engine, which has one process, the same database)
    const otherDb = engineUnderTest() === 'postgres' ? await t.testDb.openAnother() : t.db;
    const other = await buildApp({ db: otherDb, clock: t.clock, config: t.config }, { serveWeb: false });
    try {
      await other.listen({ port: 0, host: '127.0.0.1' });
      const { port } = other.server.address() as { port: number };
      const ctrl = new AbortController();
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/public/hall/screen/events?region=431127`, { signal: ctrl.signal, headers: { accept: 'text/event-stream' } });
      const stream = eventStream(res);
      const until = stream.until;
      await until(() => stream.text().includes('event: screen'));
      const w = zone('business').windows[1]!;
      await post('chuangkou', '/api/v1/hall/check-ins', { idNumber: makeIdNumber('431127', '19910707', '068'), zoneId: zone('business').id }, 201);
      const c = await post('chuangkou', `/api/v1/hall/windows/${w.id}/call-next`, undefined, 200);
      await until(() => stream.text().split('\n\n').some((e) => e.includes(`"number":"${c.number}"`) && e.includes(`"window":"${w.name}"`) && e.includes('"serving":true')));
      if (engineUnderTest() === 'postgres') {
        // the stream listens to the database itself: news sent by any connection reaches it
        const events = () => stream.text().split('event: screen').length;
        const before = events();
        const raw = await t.testDb.openAnother();
        await raw.query('SELECT pg_notify($1, $2)', ['banshi_hall', JSON.stringify({ regionCode: '431127', userIds: [] })]);
        await until(() => events() > before);
      }
      ctrl.abort();
    } finally {
      await other.close();
    }
  });
});

describe('the hall’s settings', () => {
  it('lets a supervisor of the county set a zone’s hours, which new bookings follow; others cannot, and bad hours change nothing', async () => {
    const business = zone('business');
    const send = async (user: string | null, body: unknown) => t.app.inject({ method: 'PUT', url: `/api/v1/hall/zones/${business.id}/hours`, headers: user ? await login(user) : {}, payload: body as object });
    const morning = { sessions: [{ from: '09:00', to: '11:00' }], slotMinutes: 20, slotCapacity: 2 };

    expectStatus(await send('chuangkou', morning), 403);
    expectStatus(await send('xiangyin-jianguan', morning), 403);
    expectStatus(await send(null, morning), 401);
    const overlap = expectStatus(await send('jianguan', { ...morning, sessions: [{ from: '09:00', to: '12:00' }, { from: '11:30', to: '17:00' }] }), 400);
    expect(overlap.message).toBe('开放时间设置有误：第 2 个开放时段与前一个时段重叠或顺序颠倒，请按时间先后填写');
    const late = expectStatus(await send('jianguan', { ...morning, sessions: [{ from: '18:00', to: '22:00' }] }), 400);
    expect(late.message).toBe('开放时间设置有误：第 1 个开放时段应在 07:00 至 21:00 之间');
    const short = expectStatus(await send('jianguan', { ...morning, slotMinutes: 5 }), 400);
    expect(short.message).toBe('开放时间设置有误：每个预约时段的长度应在 10 至 120 分钟之间');
    expect((await get(null, '/api/v1/public/hall/zones?region=431127')).zones.find((z: { id: string }) => z.id === business.id))
      .toMatchObject({ slotMinutes: 30, slotCapacity: 4, sessions: [{ from: '09:00', to: '12:00' }, { from: '14:00', to: '17:30' }] });

    const saved = expectStatus(await send('jianguan', morning), 200);
    expect(saved).toMatchObject({ name: '商事登记', slotMinutes: 20, slotCapacity: 2, sessions: morning.sessions });
    const slots = await get('xiangwei', `/api/v1/hall/slots?itemCode=${itemCode}&from=2026-03-09`);
    expect(slots.days[0].slots.map((x: { starts: string; capacity: number }) => `${x.starts}/${x.capacity}`)).toEqual(['09:00/2', '09:20/2', '09:40/2', '10:00/2', '10:20/2', '10:40/2']);
    await bookItem('xiangwei', '2026-03-09', '14:00', 400);
    // put the demo hours back for the tests that follow
    expectStatus(await send('jianguan', { sessions: [{ from: '09:00', to: '12:00' }, { from: '14:00', to: '17:30' }], slotMinutes: 30, slotCapacity: 4 }), 200);
  });
});
