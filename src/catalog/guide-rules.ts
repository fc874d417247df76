import { conditionRefs, type Condition } from './condition.js';
import { itemCodeReasonText, validateImplementationCode, validateItemCode } from './item-code.js';
import type { AbolishedCertificate, BundleInput, DataElement, ItemInput } from './types.js';

/**
 * Pure checks of an item or bundle against the rest of the catalog. Both the supervisor API and the import use them,
 * so a guide the API refuses is refused by the import with the same words.
 */
export interface GuideIssue {
  /** path inside the input: 'code', 'materials.2.name' … */
  path: string;
  code: 'ITEM_CODE_INVALID' | 'ABOLISHED_CERTIFICATE' | 'UNKNOWN_REFERENCE' | 'DUPLICATE' | 'INCONSISTENT';
  message: string;
}

export interface ItemCheckContext {
  departments: Map<string, { uscc: string | null; regionCode: string }>;
  elements: Map<string, DataElement>;
  abolished: AbolishedCertificate[];
}

const normalise = (s: string) => s.replace(/[\s·・,，、.。:：;；()（）《》〈〉【】\[\]"“”'‘’-]/g, '');

/** The abolished certificate a material's name asks for, if any (by name or alias). */
export function abolishedCertificateIn(materialName: string, abolished: AbolishedCertificate[]): AbolishedCertificate | undefined {
  const name = normalise(materialName);
  return abolished.find((c) => [c.name, ...c.aliases].some((n) => name.includes(normalise(n))));
}

export const replacedByNames = { dataCheck: '部门间数据核验', commitment: '申请人告知承诺', licenceReuse: '电子证照复用' } as const;

export function checkItem(input: ItemInput, ctx: ItemCheckContext): GuideIssue[] {
  const issues: GuideIssue[] = [];
  const add = (path: string, code: GuideIssue['code'], message: string) => issues.push({ path, code, message });

  const verdict = validateItemCode(input.code, input.kind);
  if (!verdict.valid) add('code', 'ITEM_CODE_INVALID', `事项编码 ${input.code} 无效：${itemCodeReasonText[verdict.reason].zh}`);

  const dept = ctx.departments.get(input.departmentCode);
  if (!dept) add('departmentCode', 'UNKNOWN_REFERENCE', `实施部门 ${input.departmentCode} 不存在`);
  if (input.implementationCode) {
    const v = validateImplementationCode(input.implementationCode, {
      itemCode: input.code,
      level: input.level,
      regionCode: dept?.regionCode,
      authorityUscc: dept?.uscc,
    });
    if (!v.valid) add('implementationCode', 'ITEM_CODE_INVALID', `实施编码无效：${itemCodeReasonText[v.reason].zh}`);
  }

  if (input.handling === 'immediate' && input.promisedDays !== 0) add('promisedDays', 'INCONSISTENT', '即办件的承诺时限应为 0 个工作日（当场办结）');
  if (input.handling === 'promised' && input.promisedDays < 1) add('promisedDays', 'INCONSISTENT', '承诺件的承诺时限至少为 1 个工作日');
  if (input.legalDays > 0 && input.promisedDays > input.legalDays) add('promisedDays', 'INCONSISTENT', '承诺时限不能超过法定时限');
  if (input.commitmentAllowed && !input.commitmentText) add('commitmentText', 'INCONSISTENT', '实行告知承诺的事项须提供承诺书内容');
  if (!input.onlineCapable && input.visitsNeeded === 0) add('visitsNeeded', 'INCONSISTENT', '不能网上办理的事项，到现场次数不能为 0');

  const fieldKeys = new Set<string>();
  input.formFields.forEach((f, i) => {
    if (fieldKeys.has(f.key)) add(`formFields.${i}.key`, 'DUPLICATE', `表单字段 ${f.key} 重复`);
    fieldKeys.add(f.key);
    if (f.element && !ctx.elements.has(f.element)) add(`formFields.${i}.element`, 'UNKNOWN_REFERENCE', `数据元 ${f.element} 不存在`);
  });
  const checkFieldRefs = (cond: Condition | null, path: string) => {
    for (const field of conditionRefs(cond).fields) {
      if (!fieldKeys.has(field)) add(path, 'UNKNOWN_REFERENCE', `条件引用的表单字段 ${field} 不存在`);
    }
  };
  input.formFields.forEach((f, i) => checkFieldRefs(f.condition, `formFields.${i}.condition`));

  const materialCodes = new Set<string>();
  input.materials.forEach((m, i) => {
    if (materialCodes.has(m.code)) add(`materials.${i}.code`, 'DUPLICATE', `材料代码 ${m.code} 重复`);
    materialCodes.add(m.code);
    const cert = abolishedCertificateIn(m.name, ctx.abolished);
    if (cert) {
      add(`materials.${i}.name`, 'ABOLISHED_CERTIFICATE', `“${m.name}”属于已取消的证明事项“${cert.name}”，不得要求申请人提供（现改为${replacedByNames[cert.replacedBy]}：${cert.how}）`);
    }
    for (const e of m.satisfiedByElements) {
      if (!ctx.elements.has(e)) add(`materials.${i}.satisfiedByElements`, 'UNKNOWN_REFERENCE', `数据元 ${e} 不存在`);
    }
    checkFieldRefs(m.condition, `materials.${i}.condition`);
  });
  input.pendingAllowed.forEach((code, i) => {
    if (!materialCodes.has(code)) add(`pendingAllowed.${i}`, 'UNKNOWN_REFERENCE', `容缺材料 ${code} 不在本事项的申请材料中`);
  });
  input.conditions.forEach((c, i) => {
    const cert = abolishedCertificateIn(c, ctx.abolished);
    if (cert && /提供|提交|出具|开具/.test(c)) {
      add(`conditions.${i}`, 'ABOLISHED_CERTIFICATE', `受理条件要求已取消的证明事项“${cert.name}”（现改为${replacedByNames[cert.replacedBy]}：${cert.how}）`);
    }
  });
  if (input.autoApproval) checkFieldRefs(input.autoApproval.rule, 'autoApproval.rule');
  return issues;
}

export interface BundleCheckContext {
  /** item codes that exist (published, or in the same import) */
  itemCodes: Set<string>;
  elements: Map<string, DataElement>;
}

export function checkBundle(input: BundleInput, ctx: BundleCheckContext): GuideIssue[] {
  const issues: GuideIssue[] = [];
  const add = (path: string, code: GuideIssue['code'], message: string) => issues.push({ path, code, message });

  const questionKeys = new Set<string>();
  input.questions.forEach((q, i) => {
    if (questionKeys.has(q.key)) add(`questions.${i}.key`, 'DUPLICATE', `问题 ${q.key} 重复`);
    // a question may only depend on questions asked before it
    for (const ref of conditionRefs(q.condition).questions) {
      if (!questionKeys.has(ref)) add(`questions.${i}.condition`, 'UNKNOWN_REFERENCE', `显示条件引用的问题 ${ref} 不在此题之前`);
    }
    questionKeys.add(q.key);
  });

  const stageKeys = new Set(input.stages.map((s) => s.key));
  const memberCodes = new Set<string>();
  input.members.forEach((m, i) => {
    if (memberCodes.has(m.itemCode)) add(`members.${i}.itemCode`, 'DUPLICATE', `事项 ${m.itemCode} 重复`);
    memberCodes.add(m.itemCode);
    if (!ctx.itemCodes.has(m.itemCode)) add(`members.${i}.itemCode`, 'UNKNOWN_REFERENCE', `事项 ${m.itemCode} 不存在或未发布`);
    for (const ref of conditionRefs(m.condition).questions) {
      if (!questionKeys.has(ref)) add(`members.${i}.condition`, 'UNKNOWN_REFERENCE', `条件引用的问题 ${ref} 不存在`);
    }
    if (m.stage && !stageKeys.has(m.stage)) add(`members.${i}.stage`, 'UNKNOWN_REFERENCE', `阶段 ${m.stage} 不存在`);
    if (input.stages.length > 0 && !m.stage) add(`members.${i}.stage`, 'INCONSISTENT', '分阶段的一件事，每个事项须注明所属阶段');
  });
  input.members.forEach((m, i) => {
    m.dependsOn.forEach((d, j) => {
      if (!memberCodes.has(d.itemCode) || d.itemCode === m.itemCode) {
        add(`members.${i}.dependsOn.${j}.itemCode`, 'UNKNOWN_REFERENCE', `依赖的事项 ${d.itemCode} 不在本一件事中`);
      }
      if (d.element && !ctx.elements.has(d.element)) add(`members.${i}.dependsOn.${j}.element`, 'UNKNOWN_REFERENCE', `数据元 ${d.element} 不存在`);
    });
  });
  const cycle = dependencyCycle(input);
  if (cycle) add('members', 'INCONSISTENT', `事项之间存在循环依赖：${cycle.join(' → ')}`);
  return issues;
}

/** A dependency cycle among the members, if any (cases would wait for each other forever). */
export function dependencyCycle(input: Pick<BundleInput, 'members'>): string[] | null {
  const deps = new Map(input.members.map((m) => [m.itemCode, m.dependsOn.map((d) => d.itemCode)]));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (code: string): string[] | null => {
    if (state.get(code) === 'done') return null;
    if (state.get(code) === 'visiting') return [...stack.slice(stack.indexOf(code)), code];
    state.set(code, 'visiting');
    stack.push(code);
    for (const next of deps.get(code) ?? []) {
      const found = deps.has(next) ? visit(next) : null;
      if (found) return found;
    }
    stack.pop();
    state.set(code, 'done');
    return null;
  };
  for (const code of deps.keys()) {
    const found = visit(code);
    if (found) return found;
  }
  return null;
}
