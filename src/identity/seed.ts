import type { Queryable } from '../db/index.js';
import { makeIdNumber, makeUscc, newId } from '../core/index.js';
import { markDemoData } from './demo-mode.js';
import { hashPassword } from './passwords.js';
import type { Role } from './roles.js';
import * as store from './store.js';

/** The demo county: 湖南省永州市蓝山县, with a partner county for cross-region handling (跨域通办). */
export const DEMO_REGION = '431127';
export const DEMO_PASSWORD = 'Banshi@2026';

const regions: store.RegionRow[] = [
  { code: '430000', name: '湖南省', parent_code: null, level: 'province' },
  { code: '431100', name: '永州市', parent_code: '430000', level: 'city' },
  { code: '431127', name: '蓝山县', parent_code: '431100', level: 'county' },
  { code: '431127100', name: '塔峰镇', parent_code: '431127', level: 'township' },
  { code: '431127102', name: '所城镇', parent_code: '431127', level: 'township' },
  // a development zone is placed as the statistical division code gives it (4xx at township level)
  { code: '431127400', name: '湖南蓝山经济开发区', parent_code: '431127', level: 'township' },
  { code: '431127100001', name: '城东社区', parent_code: '431127100', level: 'village' },
  { code: '430600', name: '岳阳市', parent_code: '430000', level: 'city' },
  { code: '430624', name: '湘阴县', parent_code: '430600', level: 'county' },
];

/** Departments outside the demo county: the partner county's window and market regulator, and the province's bureau. */
const otherDepartments: Array<{ code: string; name: string; shortName: string; region: string; org: string }> = [
  { code: 'xy-xzsp', name: '湘阴县行政审批服务局', shortName: '湘阴审批局', region: '430624', org: '00651999' },
  { code: 'xy-scjg', name: '湘阴县市场监督管理局', shortName: '湘阴市场监管局', region: '430624', org: '00651998' },
  { code: 'hn-zwfw', name: '湖南省政务管理服务局', shortName: '省政务局', region: '430000', org: '00651997' },
  { code: 'kfq', name: '湖南蓝山经济开发区管理委员会', shortName: '经开区管委会', region: '431127400', org: '00651996' },
];

/** [code, name, short name]: 18 departments of the county government. */
export const demoDepartments: Array<[string, string, string]> = [
  ['xzsp', '蓝山县行政审批服务局', '审批服务局'],
  ['scjg', '蓝山县市场监督管理局', '市场监管局'],
  ['wjj', '蓝山县卫生健康局', '卫健局'],
  ['gaj', '蓝山县公安局', '公安局'],
  ['zrzy', '蓝山县自然资源局', '自然资源局'],
  ['zjj', '蓝山县住房和城乡建设局', '住建局'],
  ['rsj', '蓝山县人力资源和社会保障局', '人社局'],
  ['ybj', '蓝山县医疗保障局', '医保局'],
  ['swj', '国家税务总局蓝山县税务局', '税务局'],
  ['mzj', '蓝山县民政局', '民政局'],
  ['jtj', '蓝山县交通运输局', '交通运输局'],
  ['sthj', '永州市生态环境局蓝山分局', '生态环境分局'],
  ['wlj', '蓝山县文化旅游广电体育局', '文旅广体局'],
  ['cgj', '蓝山县城市管理和综合执法局', '城管执法局'],
  ['xfjy', '蓝山县消防救援大队', '消防救援大队'],
  ['nyj', '蓝山县农业农村局', '农业农村局'],
  ['jyj', '蓝山县教育局', '教育局'],
  ['slj', '蓝山县水利局', '水利局'],
];

interface DemoAccount {
  username: string;
  name: string;
  roles: Role[];
  kind: 'staff' | 'citizen' | 'business';
  department?: string;
  region?: string;
  idNumber?: string;
  uscc?: string;
  orgName?: string;
  phone?: string;
  note: string;
  /** shown on the login page of a demo server (one account per role; the others are listed by the console) */
  listed?: boolean;
}

/** Each department's reviewer (审核) and head (负责人): [department code, reviewer name, head name]. Existing names kept. */
const departmentStaff: Array<[string, string, string]> = [
  ['xzsp', '钱审批', '潘科长'],
  ['scjg', '刘审核', '杨科长'],
  ['wjj', '陈卫健', '田科长'],
  ['gaj', '孙公安', '石科长'],
  ['zrzy', '郑自然', '夏科长'],
  ['zjj', '冯住建', '程科长'],
  ['rsj', '何人社', '姚科长'],
  ['ybj', '许医保', '方科长'],
  ['swj', '吴税务', '金科长'],
  ['mzj', '曹民政', '汪科长'],
  ['jtj', '彭交通', '陆科长'],
  ['sthj', '罗环保', '熊科长'],
  ['wlj', '谢文旅', '任科长'],
  ['cgj', '韩城管', '邵科长'],
  ['xfjy', '黄消防', '毛科长'],
  ['nyj', '唐农业', '廖科长'],
  ['jyj', '董教育', '段科长'],
  ['slj', '袁水利', '雷科长'],
];

const shortNameOf = (code: string) => demoDepartments.find(([c]) => c === code)![2];
const LISTED_REVIEWERS = ['scjg', 'wjj', 'xfjy', 'cgj'];

/**
 * One account per role, and for every department that owns items in the demo catalog a reviewer and a head, so that
 * every bundle can conclude. Every account has its own salted password hash; the demo password is the same text.
 */
export const demoAccounts: DemoAccount[] = [
  { username: 'zhangsan', name: '张三', roles: ['applicant'], kind: 'citizen', idNumber: makeIdNumber('431127', '19900307', '051'), phone: '13807461234', note: '申请人（个人）', listed: true },
  { username: 'xiangwei', name: '李湘味', roles: ['applicant'], kind: 'business', idNumber: makeIdNumber('431127', '19850612', '032'), uscc: makeUscc('92', '431127', 'MA4QXW1'.padEnd(8, '8')), orgName: '蓝山县湘味餐饮店', phone: '13907465678', note: '申请人（企业）', listed: true },
  { username: 'daiban', name: '赵帮办', roles: ['agent'], kind: 'staff', department: 'xzsp', note: '帮代办员', listed: true },
  { username: 'chuangkou', name: '王窗口', roles: ['clerk'], kind: 'staff', department: 'xzsp', note: '综合窗口', listed: true },
  { username: 'xiangyin-chuangkou', name: '周异地', roles: ['clerk'], kind: 'staff', department: 'xy-xzsp', region: '430624', note: '湘阴县综合窗口（跨域通办）' },
  ...departmentStaff.map(([code, name]): DemoAccount => ({
    username: `${code}-shenhe`,
    name,
    roles: ['reviewer'],
    kind: 'staff',
    department: code,
    note: code === 'xzsp' ? '审批服务局审核人员（银行开户预约等划转事项）' : `${shortNameOf(code)}审核人员`,
    listed: LISTED_REVIEWERS.includes(code),
  })),
  ...departmentStaff.map(([code, , name]): DemoAccount => ({ username: `${code}-kezhang`, name, roles: ['head'], kind: 'staff', department: code, note: `${shortNameOf(code)}负责人`, listed: code === 'scjg' })),
  { username: 'jianguan', name: '蒋监管', roles: ['supervisor'], kind: 'staff', department: 'xzsp', note: '审批服务局监管', listed: true },
  { username: 'xiangyin-shenhe', name: '罗湘审', roles: ['reviewer'], kind: 'staff', department: 'xy-scjg', region: '430624', listed: false, note: '湘阴县市场监管局审核人员' },
  { username: 'xiangyin-jianguan', name: '谭湘监', roles: ['supervisor'], kind: 'staff', department: 'xy-xzsp', region: '430624', listed: false, note: '湘阴县审批服务局监管' },
  { username: 'sheng-jianguan', name: '曾省监', roles: ['supervisor'], kind: 'staff', department: 'hn-zwfw', region: '430000', listed: false, note: '省政务管理服务局监管（全省）' },
  { username: 'kfq-chuangkou', name: '欧阳园', roles: ['clerk'], kind: 'staff', department: 'kfq', region: '431127400', listed: false, note: '经开区政务服务中心综合窗口（承接赋权事项）' },
  { username: 'kfq-shenhe', name: '邝园审', roles: ['reviewer'], kind: 'staff', department: 'kfq', region: '431127400', listed: false, note: '经开区管委会审核人员（赋权事项）' },
  { username: 'jiancha', name: '邓检查', roles: ['inspector'], kind: 'staff', department: 'scjg', note: '执法检查人员', listed: true },
  { username: 'admin', name: '系统管理员', roles: ['admin'], kind: 'staff', department: 'xzsp', note: '系统管理员', listed: true },
  { username: 'scjg-guanli', name: '林管理', roles: ['admin'], kind: 'staff', department: 'scjg', note: '市场监管局系统管理员（登记平台外已发放的证照）', listed: false },
];

export async function seedIdentity(tx: Queryable): Promise<void> {
  for (const r of regions) await store.insertRegion(tx, r);
  const ids = new Map<string, string>();
  let n = 0;
  for (const [code, name, shortName] of demoDepartments) {
    const id = newId();
    ids.set(code, id);
    const uscc = makeUscc('11', DEMO_REGION, `0065${String(1000 + n++).padStart(4, '0')}`);
    await store.insertDepartment(tx, { id, code, name, short_name: shortName, uscc, region_code: DEMO_REGION });
  }
  for (const d of otherDepartments) {
    const id = newId();
    ids.set(d.code, id);
    await store.insertDepartment(tx, { id, code: d.code, name: d.name, short_name: d.shortName, uscc: makeUscc('11', d.region.slice(0, 6), d.org), region_code: d.region });
  }

  // each account its own salt (hashed in parallel on the thread pool): one leaked hash says nothing about the others
  const hashes = await Promise.all(demoAccounts.map(() => hashPassword(DEMO_PASSWORD)));
  for (const [i, a] of demoAccounts.entries()) {
    await store.insertUser(tx, {
      id: newId(),
      username: a.username,
      passwordHash: hashes[i]!,
      name: a.name,
      roles: a.roles,
      kind: a.kind,
      departmentId: a.department ? ids.get(a.department)! : null,
      // staff work in their department's region unless posted elsewhere; applicants live in the demo county
      regionCode: a.region ?? DEMO_REGION,
      idNumber: a.idNumber ?? null,
      uscc: a.uscc ?? null,
      orgName: a.orgName ?? null,
      phone: a.phone ?? null,
      // the demo's applicants had their ID cards checked at the hall's counter
      realNameLevel: a.kind === 'staff' ? null : 'counter',
    });
  }
  await markDemoData(tx, new Date());
}
