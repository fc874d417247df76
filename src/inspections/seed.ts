import { makeUscc, newId } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { demoAccounts, listDepartments, userByUsername } from '../identity/index.js';
import { givenNames, industries, inspectorPools, riskLevels, surnames, townships, tradeNames } from './pool-data.js';
import { insertConflict, insertInspectors, upsertSubjects, type InspectorRow, type SubjectRow } from './store/pools.js';

/** Number of businesses in the demo subject pool. */
export const DEMO_SUBJECTS = 1500;

/** A small deterministic generator (mulberry32): the demo pool is the same on every machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function weighted<T>(rand: () => number, items: T[], weightOf: (t: T) => number): T {
  const total = items.reduce((s, x) => s + weightOf(x), 0);
  let r = rand() * total;
  for (const x of items) if ((r -= weightOf(x)) < 0) return x;
  return items[items.length - 1]!;
}

/** The demo subject pool: businesses of 蓝山县 across its townships, with valid USCCs. */
export function demoSubjects(count = DEMO_SUBJECTS): Array<Omit<SubjectRow, 'active'>> {
  const rand = rng(431127);
  const names = new Set<string>();
  const out: Array<Omit<SubjectRow, 'active'>> = [];
  const xiangwei = demoAccounts.find((a) => a.username === 'xiangwei')!;
  out.push({
    uscc: xiangwei.uscc!, name: xiangwei.orgName!, industry: '餐饮服务', township_code: '431127100', township_name: '塔峰镇',
    county_code: '431127', risk_level: 'medium', licence_types: ['business-licence', 'food-business-permit'], address: '蓝山县塔峰镇舜源路 18 号', source: 'demo',
  });
  names.add(xiangwei.orgName!);
  for (let i = 0; out.length < count; i++) {
    const town = weighted(rand, townships, (t) => t.weight);
    const ind = weighted(rand, industries, (x) => x.weight);
    const suffix = ind.suffixes[Math.floor(rand() * ind.suffixes.length)]!;
    const trade = tradeNames[Math.floor(rand() * tradeNames.length)]!;
    let name = `蓝山县${trade}${suffix}`;
    if (names.has(name)) name = `蓝山县${town.name}${trade}${suffix}`;
    if (names.has(name)) continue;
    names.add(name);
    const risk = weighted(rand, [...riskLevels], (r) => ind.risk[riskLevels.indexOf(r)]!);
    const licences = ['business-licence', ...ind.licences, ...ind.optionalLicences.filter(() => rand() < 0.3)];
    // individual businesses (个体工商户, 92) outnumber companies (91)
    const category = rand() < 0.75 ? '92' : '91';
    const org = `L${String(10_000 + i).padStart(7, '0')}`;
    out.push({
      uscc: makeUscc(category, '431127', org),
      name,
      industry: ind.name,
      township_code: town.code,
      township_name: town.name,
      county_code: '431127',
      risk_level: risk,
      licence_types: licences,
      address: `蓝山县${town.name}${['解放', '舜源', '和平', '建设', '人民', '南岭'][Math.floor(rand() * 6)]}路 ${1 + Math.floor(rand() * 300)} 号`,
      source: 'demo',
    });
  }
  return out;
}

/** Inspector pools of the enforcing departments; 邓检查 (jiancha) is one of the 市场监管局 inspectors. */
export async function demoInspectors(q: Queryable): Promise<InspectorRow[]> {
  const rand = rng(20260302);
  const depts = new Map((await listDepartments(q)).map((d) => [d.code, d]));
  const jiancha = await userByUsername(q, 'jiancha');
  const rows: InspectorRow[] = [];
  let deptNo = 0;
  for (const [code, pool] of Object.entries(inspectorPools)) {
    deptNo++;
    const dept = depts.get(code)!;
    for (let i = 0; i < pool.count; i++) {
      const linked = code === 'scjg' && i === 0 && jiancha;
      const name = linked ? jiancha.name : `${surnames[Math.floor(rand() * surnames.length)]}${givenNames[Math.floor(rand() * givenNames.length)]}`;
      const extra = pool.extra.length ? [pool.extra[i % pool.extra.length]!] : [];
      rows.push({
        id: newId(),
        // 执法证号: county code, department number, sequence
        badge_no: `431127${String(deptNo).padStart(2, '0')}${String(i + 1).padStart(3, '0')}`,
        name,
        department_id: dept.id,
        user_id: linked ? jiancha.id : null,
        qualifications: [...new Set([...pool.base, ...extra, ...(linked ? ['food-safety'] : [])])],
        active: true,
      });
    }
  }
  return rows;
}

export async function seedInspections(tx: Queryable, at = new Date('2026-01-05T09:00:00+08:00')): Promise<void> {
  const subjects = demoSubjects();
  await upsertSubjects(tx, subjects, at);
  const inspectors = await demoInspectors(tx);
  await insertInspectors(tx, inspectors);
  // declared conflicts (回避): the first inspectors of each pool are related to a few businesses
  for (let k = 0; k < 12; k++) {
    const ins = inspectors[(k * 7) % inspectors.length]!;
    const sub = subjects[(k * 131 + 7) % subjects.length]!;
    await insertConflict(tx, { inspectorId: ins.id, uscc: sub.uscc, reason: k % 2 ? '近亲属经营' : '曾在该企业任职', at });
  }
}
