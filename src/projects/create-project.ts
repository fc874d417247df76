import { appendAudit } from '../audit/index.js';
import { getPublishedBundleByCode } from '../catalog/index.js';
import { AppError, newId, shanghaiDateOf, type AppDeps } from '../core/index.js';
import { isWithinRegion, regionByCode, type Actor } from '../identity/index.js';
import { formatProjectCode, type ApprovalType } from './rules.js';
import * as store from './store.js';

export const PROJECT_BUNDLE = 'gongcheng-jianshe-xiaoxing';

export interface CreateProjectInput {
  name: string;
  address: string;
  regionCode: string;
  zoneCode?: string | null;
  industryCode: string;
  approvalType: ApprovalType;
  buildingArea?: number | null;
}

/**
 * 项目登记: the building company registers its project once and gets its 投资项目代码; every stage's filing, the
 * drawings' joint review and the joint acceptance hang on it. A project in a zone inherits the zone's 区域评估.
 */
export async function createProject(deps: AppDeps, actor: Actor, input: CreateProjectInput): Promise<store.ProjectRow> {
  if (actor.kind !== 'business' || !actor.uscc) throw new AppError('PROJECT_NOT_BUSINESS');
  const region = await regionByCode(deps.db, input.regionCode);
  if (!region) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'regionCode', message: '行政区划代码不存在' }] });
  if (!(await getPublishedBundleByCode(deps.db, PROJECT_BUNDLE))) throw new AppError('BUNDLE_NOT_FOUND', { bundleCode: PROJECT_BUNDLE });
  if (input.zoneCode) {
    const zone = await store.zoneByCode(deps.db, input.zoneCode);
    if (!zone) throw new AppError('PROJECT_ZONE_NOT_FOUND');
    if (!isWithinRegion(zone.region_code, input.regionCode) && !isWithinRegion(input.regionCode, zone.region_code)) throw new AppError('PROJECT_ZONE_OTHER_REGION');
  }
  const now = deps.clock.now();
  const year = Number(shanghaiDateOf(now).slice(0, 4));
  return deps.db.transaction(async (tx) => {
    const serial = await store.nextProjectSerial(tx, year, input.regionCode);
    const row: store.ProjectRow = {
      id: newId(),
      project_code: formatProjectCode(year, input.regionCode, input.industryCode, input.approvalType, serial),
      name: input.name,
      address: input.address,
      region_code: input.regionCode,
      zone_code: input.zoneCode ?? null,
      bundle_code: PROJECT_BUNDLE,
      applicant_user_id: actor.userId,
      applicant_name: actor.orgName ?? actor.name,
      applicant_uscc: actor.uscc,
      building_area: input.buildingArea != null ? String(input.buildingArea) : null,
      created_at: now,
    };
    await store.insertProject(tx, row);
    await appendAudit(tx, { chain: `project:${row.id}`, actorId: actor.userId, action: 'project.registered', data: { projectCode: row.project_code, zone: row.zone_code }, at: now });
    return row;
  });
}
