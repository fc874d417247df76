import { appendAudit } from '../audit/index.js';
import { AppError, type AppDeps } from '../core/index.js';
import type { Actor } from '../identity/index.js';
import { can } from './policy.js';
import { zoneHoursProblem, type HallRules, type ZoneHours } from './rules.js';
import * as store from './store.js';

type Deps = Pick<AppDeps, 'db' | 'clock'>;

/**
 * 开放时间: a zone's sessions, slot length and places, set by a supervisor of the hall's region. Appointments already
 * booked keep their times; new bookings follow the new hours.
 */
export async function setZoneHours(deps: Deps, actor: Actor, zoneId: string, hours: ZoneHours): Promise<store.ZoneRow> {
  const problem = zoneHoursProblem(hours);
  if (problem) throw new AppError('HALL_HOURS_INVALID', { problem });
  return deps.db.transaction(async (tx) => {
    const zone = await store.zoneById(tx, zoneId);
    if (!zone) throw new AppError('HALL_ZONE_NOT_FOUND');
    if (!can(actor, 'setRules', zone.region_code)) throw new AppError('FORBIDDEN');
    const saved = (await store.setZoneHours(tx, zone.id, { sessions: hours.sessions, slot_minutes: hours.slotMinutes, slot_capacity: hours.slotCapacity }))!;
    await appendAudit(tx, {
      chain: `hall-zone:${zone.id}`, actorId: actor.userId, action: 'hall.hours-set', at: deps.clock.now(),
      data: { zone: zone.code, before: { sessions: zone.sessions, slotMinutes: zone.slot_minutes, slotCapacity: zone.slot_capacity }, after: hours },
    });
    return saved;
  });
}

/** 预约规则: the per-person limit and the no-show rule of a region's hall. */
export async function setRules(deps: Deps, actor: Actor, region: string, rules: HallRules): Promise<void> {
  if (!can(actor, 'setRules', region)) throw new AppError('FORBIDDEN');
  await deps.db.transaction(async (tx) => {
    await store.saveRules(tx, region, rules);
    await appendAudit(tx, { chain: `hall-rules:${region}`, actorId: actor.userId, action: 'hall.rules-set', at: deps.clock.now(), data: { ...rules } });
  });
}
