import { appendAudit } from '../audit/index.js';
import { getPublishedItemsByCodes } from '../catalog/index.js';
import { AppError, newId, type AppDeps } from '../core/index.js';
import { fitsUnder, inActorRegion, regionByCode, type Actor } from '../identity/index.js';
import { can } from './policy.js';
import type { AssessmentKind } from './rules.js';
import * as store from './store.js';

/**
 * 登记园区: a zone lies in a county; a development zone with its own administration names that administration's
 * region (9 digits, below the county), the same record delegation uses, so the zone and the region are one place.
 */
export async function registerZone(deps: AppDeps, actor: Actor, input: { code: string; name: string; regionCode: string; adminRegionCode?: string | null; areaKm2?: number | null }): Promise<store.ZoneRow> {
  if (!can(actor, 'manageZones') || !inActorRegion(actor, input.regionCode)) throw new AppError('FORBIDDEN');
  if (!(await regionByCode(deps.db, input.regionCode))) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'regionCode', message: '行政区划代码不存在' }] });
  const admin = await adminRegionFor(deps, input.regionCode, input.adminRegionCode ?? null, null);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    if (!(await store.insertZone(tx, { code: input.code, name: input.name, regionCode: input.regionCode, adminRegion: admin?.code ?? null, areaKm2: input.areaKm2 ?? null, at: now }))) throw new AppError('PROJECT_ZONE_EXISTS');
    await appendAudit(tx, { chain: `zone:${input.code}`, actorId: actor.userId, action: 'zone.registered', data: { name: input.name, region: input.regionCode, adminRegion: admin?.code ?? null }, at: now });
    return (await store.zoneByCode(tx, input.code))!;
  });
}

/**
 * A zone registered before its administration had a region of its own is linked to it later (or unlinked when the
 * administration is wound up): from then on the zone's projects file the items delegated to that region at its window.
 * Filings already made stay where they were filed.
 */
export async function linkZoneAdministration(deps: AppDeps, actor: Actor, zoneCode: string, adminRegionCode: string | null): Promise<store.ZoneRow> {
  if (!can(actor, 'manageZones')) throw new AppError('FORBIDDEN');
  const zone = await store.zoneByCode(deps.db, zoneCode);
  // another county's zone is not there for this supervisor
  if (!zone || !inActorRegion(actor, zone.region_code)) throw new AppError('PROJECT_ZONE_NOT_FOUND');
  const admin = await adminRegionFor(deps, zone.region_code, adminRegionCode, zone.code);
  if ((admin?.code ?? null) === zone.admin_region) return zone;
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    await store.setZoneAdminRegion(tx, zone.code, admin?.code ?? null);
    await appendAudit(tx, { chain: `zone:${zone.code}`, actorId: actor.userId, action: 'zone.administration-linked', data: { from: zone.admin_region, to: admin?.code ?? null }, at: now });
    return (await store.zoneByCode(tx, zone.code))!;
  });
}

/** The administration's region of a zone in `regionCode`: 9 digits below the county, not another zone's already. */
async function adminRegionFor(deps: AppDeps, regionCode: string, adminRegionCode: string | null, zoneCode: string | null): Promise<{ code: string; name: string } | null> {
  if (!adminRegionCode) return null;
  const admin = await regionByCode(deps.db, adminRegionCode);
  if (!admin || admin.code.trim().length !== 9 || !fitsUnder(admin.code.trim(), regionCode)) {
    throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'adminRegionCode', message: `园区管理机构所在区划应为${regionCode}下的开发区或乡镇（9 位代码）` }] });
  }
  const taken = await store.zoneByAdminRegion(deps.db, admin.code.trim());
  if (taken && taken.code !== zoneCode) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'adminRegionCode', message: `${admin.name}已登记为园区“${taken.name}”` }] });
  return { code: admin.code.trim(), name: admin.name };
}

/**
 * 区域评估: the results of one assessment for a whole zone, with the materials they stand in for; every project in the
 * zone is then not asked for those materials while the results are valid.
 */
export async function recordAssessment(
  deps: AppDeps,
  actor: Actor,
  zoneCode: string,
  input: { kind: AssessmentKind; title: string; conclusion: string; covers: Array<{ itemCode: string; materialCode: string }>; validUntil?: string | null },
): Promise<store.AssessmentRow> {
  const zone = await store.zoneByCode(deps.db, zoneCode);
  if (!zone || (actor.kind === 'staff' && !inActorRegion(actor, zone.region_code))) throw new AppError('PROJECT_ZONE_NOT_FOUND');
  if (!can(actor, 'manageZones')) throw new AppError('FORBIDDEN');
  const items = await getPublishedItemsByCodes(deps.db, [...new Set(input.covers.map((c) => c.itemCode))]);
  for (const c of input.covers) {
    if (!items.find((i) => i.code === c.itemCode)?.materials.some((m) => m.code === c.materialCode)) throw new AppError('ASSESSMENT_MATERIAL_UNKNOWN', { material: `${c.itemCode}:${c.materialCode}` });
  }
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await store.upsertAssessment(tx, {
      id: newId(), zone_code: zoneCode, kind: input.kind, title: input.title, conclusion: input.conclusion,
      covers: [...new Set(input.covers.map((c) => `${c.itemCode}:${c.materialCode}`))], valid_until: input.validUntil ?? null, recorded_by: actor.userId, recorded_at: now,
    });
    await appendAudit(tx, { chain: `zone:${zoneCode}`, actorId: actor.userId, action: 'zone.assessmentRecorded', data: { kind: input.kind, title: input.title, covers: row.covers }, at: now });
    return row;
  });
}
