import type { Queryable } from '../db/index.js';
import { makeIdNumber, makeUscc, newId } from '../core/index.js';
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
  { code: '430600', name: '岳阳市', parent_code: '430000', level: 'city' },
  { code: '430624', name: '湘阴县', parent_code: '430600', level: 'county' },
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
}

/** One account per role (and a reviewer for each department that decides demo items). */
export const demoAccounts: DemoAccount[] = [
  { username: 'zhangsan', name: '张三', roles: ['applicant'], kind: 'citizen', idNumber: makeIdNumber('431127', '19900307', '051'), phone: '13807461234', note: '申请人（个人）' },
  { username: 'xiangwei', name: '李湘味', roles: ['applicant'], kind: 'business', idNumber: makeIdNumber('431127', '19850612', '032'), uscc: makeUscc('92', '431127', 'MA4QXW1'.padEnd(8, '8')), orgName: '蓝山县湘味餐饮店', phone: '13907465678', note: '申请人（企业）' },
  { username: 'daiban', name: '赵帮办', roles: ['agent'], kind: 'staff', department: 'xzsp', note: '帮代办员' },
  { username: 'chuangkou', name: '王窗口', roles: ['clerk'], kind: 'staff', department: 'xzsp', note: '综合窗口' },
  { username: 'xiangyin-chuangkou', name: '周异地', roles: ['clerk'], kind: 'staff', department: 'xy-xzsp', region: '430624', note: '湘阴县综合窗口（跨域通办）' },
  { username: 'scjg-shenhe', name: '刘审核', roles: ['reviewer'], kind: 'staff', department: 'scjg', note: '市场监管局审核人员' },
  { username: 'wjj-shenhe', name: '陈卫健', roles: ['reviewer'], kind: 'staff', department: 'wjj', note: '卫健局审核人员' },
  { username: 'xfjy-shenhe', name: '黄消防', roles: ['reviewer'], kind: 'staff', department: 'xfjy', note: '消防救援大队审核人员' },
  { username: 'gaj-shenhe', name: '孙公安', roles: ['reviewer'], kind: 'staff', department: 'gaj', note: '公安局审核人员' },
  { username: 'swj-shenhe', name: '吴税务', roles: ['reviewer'], kind: 'staff', department: 'swj', note: '税务局审核人员' },
  { username: 'zrzy-shenhe', name: '郑自然', roles: ['reviewer'], kind: 'staff', department: 'zrzy', note: '自然资源局审核人员' },
  { username: 'zjj-shenhe', name: '冯住建', roles: ['reviewer'], kind: 'staff', department: 'zjj', note: '住建局审核人员' },
  { username: 'rsj-shenhe', name: '何人社', roles: ['reviewer'], kind: 'staff', department: 'rsj', note: '人社局审核人员' },
  { username: 'xzsp-shenhe', name: '钱审批', roles: ['reviewer'], kind: 'staff', department: 'xzsp', note: '审批服务局审核人员（银行开户预约等划转事项）' },
  { username: 'scjg-kezhang', name: '杨科长', roles: ['head'], kind: 'staff', department: 'scjg', note: '市场监管局负责人' },
  { username: 'jianguan', name: '蒋监管', roles: ['supervisor'], kind: 'staff', department: 'xzsp', note: '审批服务局监管' },
  { username: 'jiancha', name: '邓检查', roles: ['inspector'], kind: 'staff', department: 'scjg', note: '执法检查人员' },
  { username: 'admin', name: '系统管理员', roles: ['admin'], kind: 'staff', department: 'xzsp', note: '系统管理员' },
  { username: 'scjg-guanli', name: '林管理', roles: ['admin'], kind: 'staff', department: 'scjg', note: '市场监管局系统管理员（登记平台外已发放的证照）' },
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
  const xy = newId();
  ids.set('xy-xzsp', xy);
  await store.insertDepartment(tx, { id: xy, code: 'xy-xzsp', name: '湘阴县行政审批服务局', short_name: '湘阴审批局', uscc: makeUscc('11', '430624', '00651999'), region_code: '430624' });

  const hash = await hashPassword(DEMO_PASSWORD);
  for (const a of demoAccounts) {
    await store.insertUser(tx, {
      id: newId(),
      username: a.username,
      passwordHash: hash,
      name: a.name,
      roles: a.roles,
      kind: a.kind,
      departmentId: a.department ? ids.get(a.department)! : null,
      regionCode: a.region ?? DEMO_REGION,
      idNumber: a.idNumber ?? null,
      uscc: a.uscc ?? null,
      orgName: a.orgName ?? null,
      phone: a.phone ?? null,
    });
  }
}
