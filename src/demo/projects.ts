/**
 * Demo construction projects (工程建设项目) of 蓝山, replayed through the API with the rest of the activity: the zone
 * 湖南蓝山经济开发区 with its 区域评估, and one project in each approval stage, one of them complete with its
 * 竣工联合验收意见书.
 */
import type { ActivityDriver, Applicant } from './activity-driver.js';

const COMPANY: Applicant = { username: 'xiangwei', kind: 'business', name: '李湘味' };
const ZONE = 'lanshan-kfq';
const NO = { allocatedLand: false, specialFire: false, needsEia: false };
const STAGES: Record<string, string[]> = {
  landPlanning: ['BA00102001', 'XK00602002'],
  projectPermit: ['XK00602003'],
  constructionPermit: ['XK00701001'],
  completion: ['XK00702001', 'BA00703001'],
};
const ORDER = ['landPlanning', 'projectPermit', 'constructionPermit', 'completion'] as const;

export async function seedProjects(d: ActivityDriver): Promise<void> {
  d.at(45, '09:00');
  // the zone of 区域评估 and the region its administration (经开区管委会) holds delegated items in are one place
  await d.post('jianguan', '/api/v1/zones', { code: ZONE, name: '湖南蓝山经济开发区', regionCode: '431127', adminRegionCode: '431127400', areaKm2: 41.3 });
  const assess = (kind: string, title: string, conclusion: string, covers: Array<[string, string]>) =>
    d.post('jianguan', `/api/v1/zones/${ZONE}/assessments`, { kind, title, conclusion, covers: covers.map(([itemCode, materialCode]) => ({ itemCode, materialCode })), validUntil: '2030-12-31' });
  await assess('environment', '湖南蓝山经济开发区规划环境影响报告书', '园区规划实施的环境影响可接受，符合准入条件的入园项目共享评估成果、简化环评', [['XK01101001', 'eia-report']]);
  await assess('water', '湖南蓝山经济开发区区域水资源论证报告书', '园区取用水总量在区域用水控制指标内', [['XK01001001', 'water-report']]);
  await assess('flood', '湖南蓝山经济开发区区域洪水影响评价报告', '园区防洪标准满足要求，入园项目不再单独开展防洪评价', [['XK01002001', 'flood-report']]);

  const create = (name: string, address: string, inZone: boolean, buildingArea: number) =>
    d.post<{ id: string }>('xiangwei', '/api/v1/projects', { name, address, regionCode: '431127', zoneCode: inZone ? ZONE : null, buildingArea, approvalType: '03' });
  const file = (projectId: string, stage: string, answers: Record<string, unknown> = NO, itemCodes = STAGES[stage]!) =>
    d.submit(COMPANY, { itemCodes, online: true, url: `/api/v1/projects/${projectId}/stages/${stage}/filing`, omit: answers.needsEia ? ['XK01101001:eia-report'] : [], extra: { answers } })
      .then((x) => (x as unknown as { applicationId: string }).applicationId);
  /** filed on day k, accepted the same day, decided the next working day, delivered the one after */
  const throughStage = async (projectId: string, stage: string, k: number) => {
    d.at(k, '09:30');
    const id = await file(projectId, stage);
    d.at(k, '10:30');
    await d.accept(id);
    d.at(k - 1, '15:00');
    await d.decideAll(id);
    d.at(k - 2, '10:00');
    await d.deliver(id);
  };
  const drawings = async (projectId: string, k: number, revise: boolean) => {
    d.at(k, '09:00');
    const review = await d.post<{ id: string }>('xiangwei', `/api/v1/projects/${projectId}/drawing-reviews`, { uploadIds: [await d.upload('xiangwei', 'drawings')] });
    d.at(k - 1, '16:00');
    const opinion = (who: string, verdict: string, text: string) => d.post(who, `/api/v1/drawing-reviews/${review.id}/opinions`, { verdict, opinion: text });
    await opinion('zjj-shenhe', revise ? 'revise' : 'pass', revise ? '楼梯间疏散宽度不足1.2米，请调整' : '施工图符合工程建设强制性标准');
    await opinion('zrzy-shenhe', 'pass', '总平面布置与建设工程规划许可一致');
    await opinion('xfjy-shenhe', revise ? 'revise' : 'pass', revise ? '请补充消防车道及登高操作场地平面图' : '消防设计符合国家工程建设消防技术标准');
    if (!revise) return review.id;
    d.at(k - 2, '10:00');
    await d.post('xiangwei', `/api/v1/drawing-reviews/${review.id}/revision`, { uploadIds: [await d.upload('xiangwei', 'drawings-revised')] });
    d.at(k - 3, '11:00');
    for (const who of ['zjj-shenhe', 'zrzy-shenhe', 'xfjy-shenhe']) await opinion(who, 'pass', '修改后的施工图符合要求');
    return review.id;
  };
  const upTo = async (projectId: string, stages: number, k: number) => {
    for (let n = 0; n < stages; n++) {
      if (ORDER[n] === 'constructionPermit') { await drawings(projectId, k, false); k -= 4; }
      await throughStage(projectId, ORDER[n]!, k);
      k -= 3;
    }
    return k;
  };

  // complete: all four stages, joint acceptance and its certificate
  const done = await create('蓝山经开区标准化厂房一期', '湖南蓝山经济开发区创业大道18号', true, 12800);
  await upTo(done.id, 3, 40);
  d.at(14, '09:30');
  const s4 = await file(done.id, 'completion');
  d.at(14, '10:30');
  await d.accept(s4);
  const visit = await d.post<{ id: string }>('zjj-shenhe', `/api/v1/projects/${done.id}/joint-acceptance`, { scheduledFor: dayAt(d, 12, '09:30'), place: '湖南蓝山经济开发区创业大道18号项目现场' });
  d.at(12, '15:00');
  await d.post('zjj-shenhe', `/api/v1/joint-acceptances/${visit.id}/findings`, { verdict: 'pass', findings: '工程质量符合设计文件和工程建设强制性标准' });
  await d.post('zrzy-shenhe', `/api/v1/joint-acceptances/${visit.id}/findings`, { verdict: 'pass', findings: '规划条件核实合格，建筑面积与许可一致' });
  await d.post('xfjy-shenhe', `/api/v1/joint-acceptances/${visit.id}/findings`, { verdict: 'pass', findings: '消防设施完好有效，疏散通道畅通' });
  d.at(11, '10:00');
  await d.post('zjj-shenhe', `/api/v1/joint-acceptances/${visit.id}/certificate`, {});
  await d.decideAll(s4);
  d.at(10, '10:00');
  await d.deliver(s4);

  // 竣工验收 under way: one visit scheduled, two departments' findings in, one rectification owed
  const completing = await create('湘味食品冷链仓储中心', '蓝山县塔峰镇工业大道8号', false, 3600);
  await upTo(completing.id, 3, 30);
  d.at(5, '09:30');
  const c4 = await file(completing.id, 'completion');
  d.at(5, '10:30');
  await d.accept(c4);
  const v2 = await d.post<{ id: string }>('zjj-shenhe', `/api/v1/projects/${completing.id}/joint-acceptance`, { scheduledFor: dayAt(d, 3, '09:30'), place: '蓝山县塔峰镇工业大道8号项目现场' });
  d.at(3, '15:00');
  await d.post('zjj-shenhe', `/api/v1/joint-acceptances/${v2.id}/findings`, { verdict: 'pass', findings: '工程质量符合设计文件要求' });
  await d.post('xfjy-shenhe', `/api/v1/joint-acceptances/${v2.id}/findings`, { verdict: 'fail', findings: '冷库区二层疏散指示标志缺失，须整改后复查' });

  // 施工许可: the drawings passed after one revision, the permit under way
  const building = await create('蓝山经开区电子元器件厂房', '湖南蓝山经济开发区舜源路6号', true, 8600);
  let k = await upTo(building.id, 2, 16);
  await drawings(building.id, k, true);
  d.at(k - 4, '09:30');
  const b3 = await file(building.id, 'constructionPermit');
  d.at(k - 4, '10:30');
  await d.accept(b3);

  // 工程建设许可: stage 1 issued, stage 2 accepted
  const permitting = await create('蓝山县农产品加工配送中心', '蓝山县塔峰镇南平路66号', false, 5200);
  k = await upTo(permitting.id, 1, 8);
  d.at(k, '09:30');
  const p2 = await file(permitting.id, 'projectPermit');
  d.at(k, '10:30');
  await d.accept(p2);

  // 立项用地规划许可: filed in the zone, its 环评 report covered by the zone's assessment
  const starting = await create('蓝山经开区智能家居生产基地', '湖南蓝山经济开发区湘粤大道9号', true, 15600);
  d.at(2, '09:30');
  const s1 = await file(starting.id, 'landPlanning', { ...NO, needsEia: true }, [...STAGES.landPlanning!, 'XK01101001']);
  d.at(1, '10:30');
  await d.accept(s1);
}

/** The instant `hhmm` (Beijing) on the working day k days back, as the visit's scheduled time. */
function dayAt(d: ActivityDriver, k: number, hhmm: string): string {
  const now = d.clock.now();
  const when = d.at(k, hhmm).clock.now().toISOString();
  d.clock.set(now);
  return when;
}
