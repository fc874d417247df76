import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '../core/index.js';
import { ageOn, blockedUntil, bookingProblem, DEFAULT_RULES, priorityOf, queueNumber, queueOrder, slotsOfDay, type PastAppointment } from './rules.js';

const hours = { sessions: [{ from: '09:00', to: '12:00' }, { from: '14:00', to: '17:30' }], slotMinutes: 30, slotCapacity: 4 };
const at = (s: string) => new Date(`${s}+08:00`);

describe('slotsOfDay', () => {
  it('cuts the opening hours of a working day into slots that never run past a session', () => {
    const slots = slotsOfDay(hours, true);
    expect(slots.map((s) => s.starts)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '14:00', '14:30', '15:00', '15:30', '16:00', '16:30', '17:00']);
    expect(slots.at(-1)).toEqual({ starts: '17:00', ends: '17:30', capacity: 4 });
    expect(slotsOfDay({ ...hours, slotMinutes: 45 }, true).filter((s) => s.starts >= '14:00').map((s) => s.ends)).toEqual(['14:45', '15:30', '16:15', '17:00']);
  });

  it('offers nothing on a day that is not a working day', () => {
    expect(slotsOfDay(hours, false)).toEqual([]);
  });
});

describe('bookingProblem', () => {
  const slots = slotsOfDay(hours, true);
  it('refuses a slot that has begun, one beyond the 14-day horizon and one outside the hours', () => {
    const now = at('2026-03-02T10:10:00');
    expect(bookingProblem(slots, '2026-03-02', '10:00', now)).toBe('SLOT_PAST');
    expect(bookingProblem(slots, '2026-03-02', '10:30', now)).toBeNull();
    expect(bookingProblem(slots, '2026-03-15', '09:00', now)).toBeNull();
    expect(bookingProblem(slots, '2026-03-16', '09:00', now)).toBe('SLOT_TOO_FAR');
    expect(bookingProblem(slots, '2026-03-03', '12:30', now)).toBe('SLOT_UNKNOWN');
  });
});

describe('blockedUntil', () => {
  const missed = (day: string): PastAppointment => ({ day, ends: '09:30', status: 'booked' });
  it('blocks booking for 30 days from the third no-show within 30 days', () => {
    const history = [missed('2026-03-02'), missed('2026-03-09'), { day: '2026-03-16', ends: '10:00', status: 'no-show' as const }, { day: '2026-03-10', ends: '10:00', status: 'checked-in' as const }];
    expect(blockedUntil(history, at('2026-03-17T09:00:00'), DEFAULT_RULES)).toBe('2026-04-15');
    expect(blockedUntil(history, at('2026-04-15T17:00:00'), DEFAULT_RULES)).toBe('2026-04-15');
    expect(blockedUntil(history, at('2026-04-16T08:00:00'), DEFAULT_RULES)).toBeNull();
  });

  it('counts a booking as missed only once its slot and the grace have passed, and follows the configured rule', () => {
    const history = [missed('2026-03-02'), missed('2026-03-03'), missed('2026-03-04')];
    expect(blockedUntil(history, at('2026-03-04T09:45:00'), DEFAULT_RULES)).toBeNull();
    expect(blockedUntil(history, at('2026-03-04T10:01:00'), DEFAULT_RULES)).toBe('2026-04-03');
    expect(blockedUntil(history, at('2026-03-05T09:00:00'), { ...DEFAULT_RULES, noShowLimit: 4 })).toBeNull();
    expect(blockedUntil(history, at('2026-03-05T09:00:00'), { ...DEFAULT_RULES, blockDays: 7 })).toBe('2026-03-11');
  });

  it('forgets no-shows older than the window', () => {
    expect(blockedUntil([missed('2026-01-05'), missed('2026-02-20'), missed('2026-03-02')], at('2026-03-03T09:00:00'), DEFAULT_RULES)).toBeNull();
  });
});

describe('priorityOf and queueOrder', () => {
  const now = at('2026-03-02T10:00:00');
  const young = makeIdNumber('431127', '19900307', '051');
  const old = makeIdNumber('431127', '19660302', '011');
  it('puts 绿色通道 first, then an appointment on time, then the elderly, then walk-ins', () => {
    expect(priorityOf({ greenChannel: true, idNumber: young, now }).reason).toBe('green');
    expect(priorityOf({ greenChannel: false, appointment: { day: '2026-03-02', ends: '10:30' }, idNumber: old, now }).reason).toBe('appointment');
    expect(priorityOf({ greenChannel: false, appointment: { day: '2026-03-02', ends: '09:30' }, idNumber: young, now }).reason).toBe('walkIn');
    expect(priorityOf({ greenChannel: false, idNumber: old, now }).reason).toBe('elderly');
    expect(priorityOf({ greenChannel: false, idNumber: young, now }).reason).toBe('walkIn');
  });

  it('reads the age from the ID number, turning 60 on the birthday', () => {
    expect(ageOn(old, '2026-03-02')).toBe(60);
    expect(ageOn(old, '2026-03-01')).toBe(59);
    expect(ageOn(null, '2026-03-01')).toBeNull();
  });

  it('calls higher priority first, then in the order the numbers were issued', () => {
    const q = [
      { n: 'A001', priority: 0, issuedAt: at('2026-03-02T09:00:00'), seq: 1 },
      { n: 'A002', priority: 1, issuedAt: at('2026-03-02T09:01:00'), seq: 2 },
      { n: 'A003', priority: 2, issuedAt: at('2026-03-02T09:02:00'), seq: 3 },
      { n: 'A004', priority: 0, issuedAt: at('2026-03-02T09:00:00'), seq: 4 },
      { n: 'A005', priority: 3, issuedAt: at('2026-03-02T09:03:00'), seq: 5 },
    ];
    expect([...q].sort(queueOrder).map((x) => x.n)).toEqual(['A005', 'A003', 'A002', 'A001', 'A004']);
    expect(queueNumber('B', 12)).toBe('B012');
  });
});
