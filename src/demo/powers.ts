/**
 * Demo data of the catalog of powers for 蓝山县: the power lists (权责清单) of four departments, the items delegated to
 * 湖南蓝山经济开发区 (赋权), the year's streamlining (事项精简), the province's standard items with the counties'
 * implementations (实施清单) and the intermediary services (中介服务事项清单).
 */
import { newId } from '../core/index.js';
import type { Db } from '../db/index.js';
import { departmentByCode } from '../identity/index.js';
import { powersStore as store, type POWER_KINDS } from '../powers/index.js';

type Kind = (typeof POWER_KINDS)[number];
const AT = new Date('2026-01-05T09:00:00+08:00');

const DUTIES_LICENCE = ['受理责任：公示依法应当提交的材料，一次性告知补正材料，依法受理或不予受理', '审查责任：审核申请材料，必要时现场核查', '决定责任：作出准予或不予许可决定，不予许可的说明理由', '送达责任：制作并送达许可证件，信息公开', '事后监管责任：对被许可人开展监督检查'];
const DUTIES_PENALTY = ['立案责任：发现违法线索依法立案', '调查责任：全面、客观、公正调查取证', '审查责任：审查案件事实、证据、程序和处罚意见', '告知责任：告知拟处罚的事实、理由、依据及陈述申辩、听证权利', '决定责任：依法作出处罚决定', '送达与执行责任'];
const DUTIES_CHECK = ['检查责任：按“双随机、一公开”抽取检查对象和执法人员', '处置责任：发现问题责令整改，依法移送', '公开责任：检查结果向社会公开'];
const ACCOUNTABILITY = '对符合条件的不予受理、办理或者不在法定期限内作出决定的；对不符合条件的准予许可的；索取或者收受他人财物的；其他违反法律法规规章规定的行为，依法追究责任。';

const powers: Array<{ code: string; dept: string; kind: Kind; name: string; basis: string; duties: string[]; items?: string[] }> = [
  { code: 'QL-SCJG-XK-001', dept: 'scjg', kind: 'licence', name: '食品经营许可', basis: '《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》', duties: DUTIES_LICENCE, items: ['XK00119001'] },
  { code: 'QL-SCJG-XK-002', dept: 'scjg', kind: 'licence', name: '食品生产许可', basis: '《中华人民共和国食品安全法》第三十五条；《食品生产许可管理办法》', duties: DUTIES_LICENCE, items: ['XK00119002'] },
  { code: 'QL-SCJG-XK-003', dept: 'scjg', kind: 'licence', name: '药品零售企业经营许可', basis: '《中华人民共和国药品管理法》第五十一条', duties: DUTIES_LICENCE, items: ['XK00122001'] },
  { code: 'QL-SCJG-QR-001', dept: 'scjg', kind: 'confirmation', name: '特种设备使用登记', basis: '《中华人民共和国特种设备安全法》第三十三条', duties: DUTIES_LICENCE, items: ['XK00121001'] },
  { code: 'QL-SCJG-CF-001', dept: 'scjg', kind: 'penalty', name: '对未取得食品经营许可从事食品经营活动的行政处罚', basis: '《中华人民共和国食品安全法》第一百二十二条', duties: DUTIES_PENALTY },
  { code: 'QL-SCJG-QZ-001', dept: 'scjg', kind: 'coercion', name: '查封、扣押不符合食品安全标准的食品', basis: '《中华人民共和国食品安全法》第一百一十条', duties: ['实施前向负责人报告并经批准', '通知当事人到场，当场告知理由、依据和权利', '制作现场笔录和查封扣押决定书', '妥善保管，及时查清事实并作出处理决定'] },
  { code: 'QL-SCJG-JC-001', dept: 'scjg', kind: 'inspection', name: '食品经营者监督检查', basis: '《中华人民共和国食品安全法》第一百一十条；《食品生产经营监督检查管理办法》', duties: DUTIES_CHECK },
  { code: 'QL-SCJG-JL-001', dept: 'scjg', kind: 'award', name: '对举报食品安全违法行为的奖励', basis: '《中华人民共和国食品安全法》第一百一十五条', duties: ['受理举报，核实线索', '按规定确定奖励等级和金额', '为举报人保密'] },
  { code: 'QL-WJJ-XK-001', dept: 'wjj', kind: 'licence', name: '公共场所卫生许可', basis: '《公共场所卫生管理条例》第八条', duties: DUTIES_LICENCE, items: ['XK00201001'] },
  { code: 'QL-WJJ-XK-002', dept: 'wjj', kind: 'licence', name: '医疗机构执业登记', basis: '《医疗机构管理条例》第十四条', duties: DUTIES_LICENCE, items: ['XK00203001'] },
  { code: 'QL-WJJ-CF-001', dept: 'wjj', kind: 'penalty', name: '对未取得公共场所卫生许可证擅自营业的行政处罚', basis: '《公共场所卫生管理条例》第十四条', duties: DUTIES_PENALTY },
  { code: 'QL-WJJ-JC-001', dept: 'wjj', kind: 'inspection', name: '公共场所卫生监督检查', basis: '《公共场所卫生管理条例》第十条', duties: DUTIES_CHECK },
  { code: 'QL-WJJ-GF-001', dept: 'wjj', kind: 'benefit', name: '计划生育家庭特别扶助金发放', basis: '《中华人民共和国人口与计划生育法》第三十一条', duties: ['受理申请，审核资格', '按标准足额发放', '公示并接受监督'] },
  { code: 'QL-WJJ-QR-001', dept: 'wjj', kind: 'confirmation', name: '出生医学证明签发', basis: '《中华人民共和国母婴保健法》第二十三条', duties: ['核对新生儿及父母信息', '依规签发并登记', '补发、换发的审核'], items: ['GG00202001'] },
  { code: 'QL-ZJJ-XK-001', dept: 'zjj', kind: 'licence', name: '建筑工程施工许可证核发', basis: '《中华人民共和国建筑法》第七条；《建筑工程施工许可管理办法》', duties: DUTIES_LICENCE, items: ['XK00701001'] },
  { code: 'QL-ZJJ-XK-002', dept: 'zjj', kind: 'licence', name: '商品房预售许可', basis: '《城市房地产开发经营管理条例》第二十三条', duties: DUTIES_LICENCE, items: ['XK00704001'] },
  { code: 'QL-ZJJ-CF-001', dept: 'zjj', kind: 'penalty', name: '对未取得施工许可证擅自施工的行政处罚', basis: '《中华人民共和国建筑法》第六十四条', duties: DUTIES_PENALTY },
  { code: 'QL-ZJJ-ZS-001', dept: 'zjj', kind: 'levy', name: '城市基础设施配套费征收', basis: '《湖南省城市基础设施配套费征收管理办法》', duties: ['核定征收标准和金额', '开具缴款通知', '依规减免、缓缴的审核', '票款公开'] },
  { code: 'QL-ZJJ-CJ-001', dept: 'zjj', kind: 'adjudication', name: '物业服务区域内业主与物业服务企业纠纷的调处', basis: '《湖南省物业管理条例》', duties: ['受理调处申请', '组织双方调解，查明事实', '作出调处意见并送达'] },
  { code: 'QL-XFJY-XK-001', dept: 'xfjy', kind: 'licence', name: '公众聚集场所投入使用、营业前消防安全检查', basis: '《中华人民共和国消防法》第十五条', duties: DUTIES_LICENCE, items: ['XK00801001'] },
  { code: 'QL-XFJY-CF-001', dept: 'xfjy', kind: 'penalty', name: '对公众聚集场所未经消防安全检查擅自投入使用、营业的行政处罚', basis: '《中华人民共和国消防法》第五十八条', duties: DUTIES_PENALTY },
  { code: 'QL-XFJY-QT-001', dept: 'xfjy', kind: 'other', name: '火灾事故调查认定', basis: '《中华人民共和国消防法》第五十一条', duties: ['封闭火灾现场，勘验取证', '调查火灾原因，统计损失', '制作火灾事故认定书并送达'] },
];

// [item code, item name, department, mode, scope]: 蓝山县 gives its development zone what the zone's businesses need most
const delegations: Array<[string, string, string, 'direct' | 'entrusted' | 'servicesForward' | 'directReport', string]> = [
  ['XK00119002', '食品生产许可', 'scjg', 'direct', '湖南蓝山经济开发区范围内的食品生产企业'],
  ['XK00121001', '特种设备使用登记', 'scjg', 'entrusted', '湖南蓝山经济开发区范围内企业使用的特种设备'],
  ['BA00102001', '企业投资项目备案', 'xzsp', 'direct', '湖南蓝山经济开发区范围内的企业投资项目'],
  ['XK00701001', '建筑工程施工许可', 'zjj', 'servicesForward', '湖南蓝山经济开发区范围内的房屋建筑和市政基础设施工程'],
  ['XK01102001', '排污许可', 'sthj', 'directReport', '湖南蓝山经济开发区范围内的排污单位'],
  ['XK00602003', '建设工程规划许可', 'zrzy', 'directReport', '湖南蓝山经济开发区规划区范围内的建设工程'],
];

// 2026's streamlining in 蓝山县 (items already out of the demo catalog)
// [code, name, department, action, materials, days, steps, reason, merged into, receiving body, taken out of the catalog]
const STREAMLINING_BASIS = '《蓝山县人民政府关于公布2026年度政务服务事项精简调整目录的通知》（蓝政发〔2026〕3号）';
const streamlining: Array<[string, string, string, 'abolish' | 'delegate' | 'merge' | 'toFiling' | 'entrust', number, number, number, string, string | null, string | null, boolean]> = [
  ['XK00905001', '城市户外公益广告设置审批', 'cgj', 'abolish', 4, 10, 3, '上位法已取消该审批，纳入日常监管', null, null, true],
  ['XK00124001', '企业名称预先核准', 'scjg', 'abolish', 3, 3, 2, '企业名称自主申报，不再核准', null, null, true],
  ['XK00904001', '挖掘城市道路审批', 'cgj', 'merge', 3, 5, 2, '与临时占用城市道路审批合并为一项办理', 'XK00903001', null, true],
  ['XK00707001', '建筑业企业资质（施工总承包三级）核准', 'zjj', 'toFiling', 6, 15, 3, '改为备案管理，企业承诺达标即可', null, null, true],
  ['XK00119002', '食品生产许可', 'scjg', 'delegate', 0, 0, 1, '赋予湖南蓝山经济开发区，企业园区内办结', null, 'kfq', false],
  ['XK00121001', '特种设备使用登记', 'scjg', 'entrust', 0, 0, 1, '委托湖南蓝山经济开发区管委会行使', null, 'kfq', false],
];

// the province's 基本目录 and who implements each where: [code, name, kind]
const standardItems: Array<[string, string, string]> = [
  ['XK00119001', '食品经营许可', '行政许可'],
  ['XK00119002', '食品生产许可', '行政许可'],
  ['XK00121001', '特种设备使用登记', '行政确认'],
  ['XK00201001', '公共场所卫生许可', '行政许可'],
  ['XK00701001', '建筑工程施工许可', '行政许可'],
  ['XK00801001', '公众聚集场所投入使用、营业前消防安全检查', '行政许可'],
];
// [standard code, region, department, window, fees, legal days, promised days, authorised]
const implementations: Array<[string, string, string, string, string, number, number, boolean]> = [
  ['XK00119001', '431127', 'scjg', '蓝山县政务服务中心商事登记区 A 区综合窗口', '不收费', 20, 5, true],
  ['XK00119002', '431127', 'scjg', '蓝山县政务服务中心商事登记区 A 区综合窗口', '不收费', 20, 10, false],
  ['XK00121001', '431127', 'scjg', '蓝山县政务服务中心商事登记区 A 区综合窗口', '不收费', 15, 5, true],
  ['XK00201001', '431127', 'wjj', '蓝山县政务服务中心社会事务区综合窗口', '不收费', 20, 5, true],
  ['XK00701001', '431127', 'zjj', '蓝山县政务服务中心工程建设项目审批区', '不收费', 15, 3, false],
  ['XK00801001', '431127', 'xfjy', '蓝山县政务服务中心工程建设项目审批区', '不收费', 10, 5, false],
  ['XK00119001', '430624', 'xy-scjg', '湘阴县政务服务中心市场准入窗口', '不收费', 20, 7, true],
  ['XK00119002', '430624', 'xy-scjg', '湘阴县政务服务中心市场准入窗口', '不收费', 20, 15, false],
];

const intermediaries: Array<[string, string, string, string[], string, string, string, number]> = [
  ['ZJ-001', '建设项目环境影响报告表编制', 'sthj', ['XK01101001'], '《中华人民共和国环境影响评价法》第十九条', '具备相应能力的技术单位（建设单位可自行编制）', '市场调节价，按报告复杂程度协商', 20],
  ['ZJ-002', '施工图设计文件审查', 'zjj', ['XK00701001', 'XK00706001'], '《建设工程质量管理条例》第十一条', '省住房和城乡建设厅认定的施工图审查机构（政府购买服务，建设单位不付费）', '不收费（政府购买服务）', 10],
  ['ZJ-003', '建筑消防设施检测', 'xfjy', ['XK00801001'], '《中华人民共和国消防法》第十六条', '具备资质的消防技术服务机构', '市场调节价', 7],
  ['ZJ-004', '水土保持方案报告书编制', 'slj', ['XK01002001'], '《中华人民共和国水土保持法》第二十五条', '具备相应能力的技术单位', '市场调节价', 15],
];

export async function seedPowers(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    const dept = async (code: string) => (await departmentByCode(tx, code))!;
    for (const p of powers) {
      await store.insertPower(tx, {
        id: newId(), code: p.code, department_id: (await dept(p.dept)).id, kind: p.kind, name: p.name, basis: p.basis, duties: p.duties,
        accountability: ACCOUNTABILITY, item_codes: p.items ?? [], created_at: AT, created_by: null,
      });
    }
    const zone = await dept('kfq');
    for (const [code, name, from, mode, scope] of delegations) {
      await store.insertDelegation(tx, {
        id: newId(), item_code: code, item_name: name, department_id: (await dept(from)).id, delegate_department_id: zone.id, delegate_region: '431127400',
        mode, basis: '《蓝山县人民政府关于向湖南蓝山经济开发区赋予县级经济社会管理权限的决定》（蓝政发〔2026〕1号）', scope,
        valid_from: '2026-01-01', valid_until: '2028-12-31', review_every_days: 180, created_at: AT, created_by: null,
      });
    }
    for (const [code, name, d, action, materials, days, steps, reason, mergedInto, to, retired] of streamlining) {
      await store.insertStreamlining(tx, {
        id: newId(), subject: 'item', item_code: code, item_name: name, department_id: (await dept(d)).id, region_code: '431127', action, merged_into: mergedInto,
        receiving_department_id: to ? (await dept(to)).id : null, retired, year: 2026,
        materials_reduced: materials, days_reduced: days, steps_reduced: steps, basis: STREAMLINING_BASIS, reason, at: AT, by_user: null,
      });
    }
    for (const [code, name, kind] of standardItems) {
      await store.insertStandardItem(tx, { code, name, kind, level: 'county', basis: '《湖南省县级政务服务事项基本目录》', region_code: '430000', created_at: AT });
    }
    for (const [i, [code, region, d, window, fees, legal, promised, authorised]] of implementations.entries()) {
      await store.insertImplementation(tx, {
        id: newId(), standard_code: code, region_code: region, department_id: (await dept(d)).id, implementation_code: `${code}${region}${String(i + 1).padStart(3, '0')}`,
        item_code: region === '431127' ? code : null, window_name: window, fees, legal_days: legal, promised_days: promised, authorised, created_at: AT,
      });
    }
    for (const [code, name, d, items, basis, providers, fee, days] of intermediaries) {
      await store.insertIntermediary(tx, { id: newId(), code, name, department_id: (await dept(d)).id, item_codes: items, basis, providers, fee, days, created_at: AT });
    }
  });
}
