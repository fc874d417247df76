/**
 * What a draft changes against the published version of an item, in words a supervisor checks before publishing:
 * each added, removed or changed material, condition and fee, and each changed time limit, place and setting.
 */
export interface ItemContent {
  name?: string;
  handling?: 'immediate' | 'promised';
  legalDays?: number;
  promisedDays?: number;
  place?: string;
  officeHours?: string;
  phone?: string;
  conditions?: string[];
  fees?: Array<{ name: string; amount: number; unit?: string; basis: string }>;
  materials?: Array<{ code: string; name: string; required: boolean; form: string; count?: number; legalBasis: string; note?: string }>;
  [key: string]: unknown;
}

export interface Change {
  kind: 'added' | 'removed' | 'changed';
  text: string;
}

const handlingNames = { immediate: '即办件', promised: '承诺件' } as const;
export const materialFormNames: Record<string, string> = { original: '原件', copy: '复印件', originalAndCopy: '原件及复印件', electronic: '电子件' };
const yesNo = (b: unknown) => (b ? '必需' : '非必需');

/** The other parts of a guide, named for people; a change in one of them is reported as a whole. */
const otherParts: Record<string, string> = {
  kind: '事项类型',
  level: '行使层级',
  applicantType: '服务对象',
  legalBasis: '设定依据',
  steps: '办理流程',
  visitsNeeded: '到办事现场次数',
  onlineCapable: '是否可网上办理',
  authorisedToWindow: '是否授权窗口受理',
  decidedOnPlatform: '是否在平台内审批',
  commitmentAllowed: '是否可告知承诺',
  commitmentText: '承诺书内容',
  autoApproval: '秒批规则',
  producesLicenceType: '产生的电子证照',
  keywords: '搜索关键词',
  formFields: '申请表单字段',
  pendingAllowed: '可容缺受理的材料',
  pendingLapse: '容缺材料逾期未补的处理',
  realNameLevel: '网上申请所需实名等级',
  departmentCode: '实施部门',
  implementationCode: '实施编码',
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const days = (n: number | undefined) => `${n ?? 0} 个工作日`;

export function diffItem(before: ItemContent | null, after: ItemContent): Change[] {
  if (!before) return [{ kind: 'added', text: '首次发布：尚无现行版本' }];
  const out: Change[] = [];
  const changed = (text: string) => out.push({ kind: 'changed', text });
  if (before.name !== after.name) changed(`事项名称由“${before.name}”改为“${after.name}”`);
  if (before.handling !== after.handling && after.handling) changed(`办件类型由“${handlingNames[before.handling ?? 'promised']}”改为“${handlingNames[after.handling]}”`);
  if (before.legalDays !== after.legalDays) changed(`法定办结时限由 ${days(before.legalDays)}改为 ${days(after.legalDays)}`);
  if (before.promisedDays !== after.promisedDays) changed(`承诺办结时限由 ${days(before.promisedDays)}改为 ${days(after.promisedDays)}`);
  if (before.place !== after.place) changed(`办理地点（窗口）由“${before.place}”改为“${after.place}”`);
  if ((before.officeHours ?? '') !== (after.officeHours ?? '')) changed(`办理时间由“${before.officeHours || '未填'}”改为“${after.officeHours || '未填'}”`);
  if ((before.phone ?? '') !== (after.phone ?? '')) changed(`咨询电话由“${before.phone || '未填'}”改为“${after.phone || '未填'}”`);

  const bc = before.conditions ?? [];
  const ac = after.conditions ?? [];
  for (const c of ac) if (!bc.includes(c)) out.push({ kind: 'added', text: `新增受理条件：${c}` });
  for (const c of bc) if (!ac.includes(c)) out.push({ kind: 'removed', text: `删除受理条件：${c}` });

  const bf = new Map((before.fees ?? []).map((f) => [f.name, f]));
  const af = new Map((after.fees ?? []).map((f) => [f.name, f]));
  for (const [name, f] of af) {
    const was = bf.get(name);
    if (!was) out.push({ kind: 'added', text: `新增收费“${name}”：${f.amount} ${f.unit ?? '元'}` });
    else {
      if (was.amount !== f.amount || (was.unit ?? '元') !== (f.unit ?? '元')) changed(`收费“${name}”由 ${was.amount} ${was.unit ?? '元'}改为 ${f.amount} ${f.unit ?? '元'}`);
      if (was.basis !== f.basis) changed(`收费“${name}”的依据改为：${f.basis}`);
    }
  }
  for (const [name] of bf) if (!af.has(name)) out.push({ kind: 'removed', text: `取消收费“${name}”` });

  const bm = new Map((before.materials ?? []).map((m) => [m.code, m]));
  const am = new Map((after.materials ?? []).map((m) => [m.code, m]));
  for (const [code, m] of am) {
    const was = bm.get(code);
    if (!was) {
      out.push({ kind: 'added', text: `新增申请材料“${m.name}”（${yesNo(m.required)}，${materialFormNames[m.form] ?? m.form} ${m.count ?? 1} 份）` });
      continue;
    }
    const parts: string[] = [];
    if (was.name !== m.name) parts.push(`名称改为“${m.name}”`);
    if (was.required !== m.required) parts.push(`由${yesNo(was.required)}改为${yesNo(m.required)}`);
    if (was.form !== m.form) parts.push(`形式由${materialFormNames[was.form] ?? was.form}改为${materialFormNames[m.form] ?? m.form}`);
    if ((was.count ?? 1) !== (m.count ?? 1)) parts.push(`份数由 ${was.count ?? 1} 份改为 ${m.count ?? 1} 份`);
    if (was.legalBasis !== m.legalBasis) parts.push(`依据改为“${m.legalBasis}”`);
    if ((was.note ?? '') !== (m.note ?? '')) parts.push(`备注改为“${m.note || '无'}”`);
    const rest = Object.keys({ ...was, ...m }).filter((k) => !['code', 'name', 'required', 'form', 'count', 'legalBasis', 'note'].includes(k) && !same((was as Record<string, unknown>)[k], (m as Record<string, unknown>)[k]));
    if (rest.length) parts.push('免提交方式或适用情形有改动');
    if (parts.length) changed(`申请材料“${was.name}”：${parts.join('；')}`);
  }
  for (const [, m] of bm) if (!am.has(m.code)) out.push({ kind: 'removed', text: `删除申请材料“${m.name}”` });

  for (const [key, label] of Object.entries(otherParts)) if (key in after && !same(before[key], after[key])) changed(`${label}有改动`);
  return out;
}
