import { performance } from 'node:perf_hooks';
import { newId } from '../core/index.js';
import type { Db } from '../db/index.js';
import { kindCodes, makeImplementationCode, type ItemKind } from './item-code.js';
import { contentHash, itemSearchRow, loadCatalogContext } from './prepare.js';
import { searchCatalog } from './search-catalog.js';
import * as store from './store.js';
import type { ItemInput } from './types.js';

/**
 * A large realistic catalog for the search benchmark: item names built the way provincial catalogs name them
 * (subject + action + variant), spread over the county's departments, with keywords.
 */
const SUBJECTS: Array<[string, string[], string]> = [
  ['食品', ['吃', '餐饮', '小吃'], 'scjg'], ['药品', ['药店', '医药'], 'scjg'], ['医疗器械', ['器械'], 'scjg'], ['化妆品', ['美妆'], 'scjg'],
  ['特种设备', ['电梯', '锅炉'], 'scjg'], ['计量器具', ['电子秤'], 'scjg'], ['广告', ['招牌'], 'scjg'], ['商标', ['品牌'], 'scjg'],
  ['公共场所', ['宾馆', '理发'], 'wjj'], ['医疗机构', ['医院', '诊所'], 'wjj'], ['放射诊疗', ['X光'], 'wjj'], ['母婴保健', ['助产'], 'wjj'],
  ['户口', ['户籍', '落户'], 'gaj'], ['居民身份证', ['身份证'], 'gaj'], ['旅馆业', ['住宿'], 'gaj'], ['机动车', ['车辆', '上牌'], 'gaj'],
  ['烟花爆竹', ['鞭炮'], 'gaj'], ['剧毒化学品', ['危化品'], 'gaj'], ['不动产', ['房产', '过户'], 'zrzy'], ['建设用地', ['土地'], 'zrzy'],
  ['测绘', ['地图'], 'zrzy'], ['采矿', ['矿产'], 'zrzy'], ['建筑工程', ['施工', '工地'], 'zjj'], ['燃气', ['煤气'], 'zjj'],
  ['排水', ['污水'], 'zjj'], ['物业', ['小区'], 'zjj'], ['社会保险', ['社保', '参保'], 'rsj'], ['职业技能', ['技能证书'], 'rsj'],
  ['劳务派遣', ['用工'], 'rsj'], ['医疗保险', ['医保'], 'ybj'], ['生育保险', ['生育'], 'ybj'], ['发票', ['开票'], 'swj'],
  ['契税', ['税费'], 'swj'], ['个人所得税', ['个税'], 'swj'], ['社会团体', ['协会'], 'mzj'], ['婚姻', ['结婚', '离婚'], 'mzj'],
  ['殡葬', ['墓地'], 'mzj'], ['养老机构', ['养老院'], 'mzj'], ['道路运输', ['客运', '货运'], 'jtj'], ['出租汽车', ['的士'], 'jtj'],
  ['驾驶培训', ['驾校'], 'jtj'], ['排污', ['环保'], 'sthj'], ['危险废物', ['危废'], 'sthj'], ['辐射安全', ['辐射'], 'sthj'],
  ['娱乐场所', ['KTV'], 'wlj'], ['网吧', ['上网'], 'wlj'], ['出版物', ['书店'], 'wlj'], ['文物', ['古建筑'], 'wlj'],
  ['城市绿地', ['绿化'], 'cgj'], ['户外广告', ['门头'], 'cgj'], ['建筑垃圾', ['渣土'], 'cgj'], ['消防', ['防火'], 'xfjy'],
  ['农药', ['农资'], 'nyj'], ['种子', ['育种'], 'nyj'], ['兽药', ['养殖'], 'nyj'], ['渔业', ['捕捞', '水产'], 'nyj'],
  ['民办学校', ['办学', '幼儿园'], 'jyj'], ['教师资格', ['教师'], 'jyj'], ['取水', ['水资源'], 'slj'], ['河道', ['采砂'], 'slj'],
  ['投资项目', ['立项'], 'xzsp'], ['企业', ['公司', '开办'], 'xzsp'],
];
const ACTIONS: Array<[string, ItemKind]> = [
  ['经营许可', 'licence'], ['生产许可', 'licence'], ['使用登记', 'licence'], ['设立审批', 'licence'], ['变更登记', 'licence'],
  ['注销登记', 'licence'], ['延续审批', 'licence'], ['备案', 'filing'], ['信息变更备案', 'filing'], ['资格认定', 'confirmation'],
  ['登记', 'confirmation'], ['证明开具', 'publicService'], ['信息查询', 'publicService'], ['补贴申领', 'benefit'], ['奖励申报', 'award'],
];
const VARIANTS = ['新办', '变更', '延续', '补办', '注销', '跨省通办', '告知承诺', '个人', '企业', '乡镇', '简易程序', '容缺受理', '一般程序', '特殊情形'];

export function benchItems(n: number): ItemInput[] {
  const items: ItemInput[] = [];
  for (let i = 0; i < n; i++) {
    const [subject, words, dept] = SUBJECTS[i % SUBJECTS.length]!;
    const [action, kind] = ACTIONS[Math.floor(i / SUBJECTS.length) % ACTIONS.length]!;
    const variant = VARIANTS[Math.floor(i / (SUBJECTS.length * ACTIONS.length)) % VARIANTS.length]!;
    const serial = Math.floor(i / (SUBJECTS.length * ACTIONS.length * VARIANTS.length));
    const immediate = i % 3 === 0;
    items.push({
      code: `${kindCodes[kind]}${String(20000 + i).padStart(5, '0')}${String(serial + 1).padStart(3, '0')}`,
      name: `${subject}${action}（${variant}${serial ? serial + 1 : ''}）`,
      kind,
      departmentCode: dept,
      level: 'county',
      implementationCode: null,
      applicantType: 'both',
      legalBasis: '《中华人民共和国行政许可法》第二十九条',
      handling: immediate ? 'immediate' : 'promised',
      legalDays: 20,
      promisedDays: immediate ? 0 : 10,
      fees: [],
      feeCharged: 'decision',
      deliveryAfterPayment: false,
      place: '蓝山县政务服务中心',
      officeHours: '',
      phone: '',
      conditions: [],
      steps: [],
      visitsNeeded: 0,
      onlineCapable: true,
      authorisedToWindow: i % 7 !== 0,
      decidedOnPlatform: i % 5 !== 0,
      commitmentAllowed: false,
      commitmentText: null,
      autoApproval: null,
      producesLicenceType: null,
      keywords: [...words, variant],
      materials: [],
      formFields: [],
      pendingAllowed: [],
      pendingLapse: 'deny',
      realNameLevel: null,
    });
  }
  return items;
}

/** Publishes `n` generated items straight into the catalog (bulk statements, no per-item use case). */
export async function generateBenchCatalog(db: Db, n = 10_000): Promise<number> {
  const ctx = await loadCatalogContext(db);
  const at = new Date();
  const all = benchItems(n);
  for (let start = 0; start < all.length; start += 1000) {
    await db.transaction(async (tx) => {
      const batch = all.slice(start, start + 1000).map((input) => {
        const dept = ctx.departmentsByCode.get(input.departmentCode)!;
        const implementationCode = makeImplementationCode(input.code, input.level, dept.regionCode, dept.uscc ?? '');
        const write: store.ItemVersionWrite = { input: { ...input, implementationCode }, implementationCode, departmentId: dept.id, regionCode: dept.regionCode, contentHash: contentHash(input) };
        return { itemId: newId(), versionId: newId(), write };
      });
      await store.bulkInsertPublishedItems(tx, batch, at);
      const rows = batch.map(({ versionId, write: { input } }) =>
        itemSearchRow({ versionId, code: input.code, name: input.name, keywords: input.keywords, department: ctx.departmentsByCode.get(input.departmentCode)! }, ctx),
      );
      await store.bulkInsertSearchRows(tx, rows);
    });
  }
  return n;
}

export const BENCH_QUERIES = ['食品', '户口', '许可', '登记', '营业执照', '消防', '排水', '医疗', '二手房', '公积金', '社保', '卫生许可', '建筑工程', '出租', '农药', '开餐饮店', '身份证', '备案', '食品 经营', '跨省通办'];

/** Runs the queries `rounds` times each and returns per-search latencies (ms), sorted. */
export async function runSearchBenchmark(
  db: Db,
  opts: { rounds?: number; queries?: string[] } = {},
): Promise<{ latencies: number[]; hits: Record<string, number>; perQuery: Record<string, number[]> }> {
  const queries = opts.queries ?? BENCH_QUERIES;
  const hits: Record<string, number> = {};
  for (const q of queries) hits[q] = (await searchCatalog(db, q, { limit: 20 })).length; // warm-up and plan caching
  const latencies: number[] = [];
  const perQuery: Record<string, number[]> = Object.fromEntries(queries.map((q) => [q, []]));
  for (let r = 0; r < (opts.rounds ?? 50); r++) {
    for (const q of queries) {
      const t0 = performance.now();
      await searchCatalog(db, q, { limit: 20 });
      const ms = performance.now() - t0;
      latencies.push(ms);
      perQuery[q]!.push(ms);
    }
  }
  for (const list of Object.values(perQuery)) list.sort((a, b) => a - b);
  return { latencies: latencies.sort((a, b) => a - b), hits, perQuery };
}
