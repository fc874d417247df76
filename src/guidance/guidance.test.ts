import { describe, expect, it } from 'vitest';
import { answerQuestionnaire } from './answer-questionnaire.js';
import { buildNotice } from './build-notice.js';
import { selectForBundle } from './select-items.js';
import { restaurantBundle as bundle } from './__fixtures__/restaurant.js';

const base = { area: 80, alcohol: false, signboard: false, premises: 'rent' };
const run = (raw: Record<string, unknown>) => {
  const r = answerQuestionnaire(bundle.questions, raw);
  expect(r.errors).toEqual([]);
  return selectForBundle(bundle, { answers: r.answers });
};
const names = (s: ReturnType<typeof run>) => s.items.map((i) => i.item.name);
const materialCodes = (s: ReturnType<typeof run>) => s.materials.map((m) => m.code);

describe('answerQuestionnaire', () => {
  it('asks the signboard size only when a signboard is planned', () => {
    expect(answerQuestionnaire(bundle.questions, { ...base }).visible.map((q) => q.key)).not.toContain('signboardArea');
    const r = answerQuestionnaire(bundle.questions, { ...base, signboard: true });
    expect(r.visible.map((q) => q.key)).toContain('signboardArea');
    expect(r.complete).toBe(false);
    expect(r.errors).toEqual([expect.objectContaining({ question: 'signboardArea', code: 'REQUIRED', message: { zh: '请回答：户外招牌面积是多少？', en: 'Please answer: signboardArea' } })]);
  });

  it('drops the answer to a question that an earlier answer hid', () => {
    const r = answerQuestionnaire(bundle.questions, { ...base, signboard: false, signboardArea: 20 });
    expect(r.complete).toBe(true);
    expect(r.answers).not.toHaveProperty('signboardArea');
  });

  it('explains every bad answer in Chinese and English', () => {
    const r = answerQuestionnaire(bundle.questions, { area: -5, alcohol: 'maybe', signboard: false, premises: 'borrowed', colour: 'red' });
    const byQ = Object.fromEntries(r.errors.map((e) => [e.question, e]));
    expect(byQ.area).toMatchObject({ code: 'TOO_SMALL', message: { zh: '“经营场所面积是多少？”不能小于 1平方米' } });
    expect(byQ.alcohol).toMatchObject({ code: 'NOT_YES_NO', message: { zh: '“是否销售酒类？”请选择“是”或“否”' } });
    expect(byQ.premises).toMatchObject({ code: 'NOT_AN_OPTION' });
    expect(byQ.colour).toMatchObject({ code: 'UNKNOWN_QUESTION', message: { en: 'There is no question colour in this questionnaire' } });
    expect(r.complete).toBe(false);
  });

  it('accepts numbers typed as text and yes/no words from a form', () => {
    const r = answerQuestionnaire(bundle.questions, { area: '120', alcohol: 'yes', signboard: 'no', premises: 'own' });
    expect(r.answers).toEqual({ area: 120, alcohol: true, signboard: false, premises: 'own' });
  });
});

describe('selecting the items of 开餐饮店', () => {
  it('adds the liquor filing only when alcohol is sold', () => {
    expect(names(run(base))).toEqual(['个体工商户设立登记', '食品经营许可']);
    expect(names(run({ ...base, alcohol: true }))).toContain('酒类零售经营备案');
  });

  it('adds the outdoor advertising permit for a signboard, and its safety report only above 10 m²', () => {
    const small = run({ ...base, signboard: true, signboardArea: 6 });
    expect(names(small)).toContain('户外广告设施设置许可');
    expect(materialCodes(small)).not.toContain('sign-safety');
    expect(materialCodes(run({ ...base, signboard: true, signboardArea: 12 }))).toContain('sign-safety');
  });

  it('adds the fire safety check from 300 m², and a food safety manager from 500 m²', () => {
    expect(names(run({ ...base, area: 299 }))).not.toContain('公众聚集场所投入使用、营业前消防安全检查');
    const at300 = run({ ...base, area: 300 });
    expect(names(at300)).toContain('公众聚集场所投入使用、营业前消防安全检查');
    expect(materialCodes(at300)).not.toContain('food-safety-manager');
    const big = run({ ...base, area: 500 });
    expect(materialCodes(big)).toContain('food-safety-manager');
    expect(big.items.find((i) => i.item.itemCode === 'XK00102001')!.conditions.map((c) => c.text)).toContain('经营面积 500 平方米以上的，应配备专职食品安全管理人员');
  });
});

describe('material de-duplication', () => {
  const all = run({ ...base, area: 600, alcohol: true, signboard: true, signboardArea: 12 });

  it('lists each material once, with every item that needs it and the legal basis of each', () => {
    const keys = all.materials.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(all.materials.filter((m) => m.code === 'business-licence-copy')).toHaveLength(1);
    const licence = all.materials.find((m) => m.code === 'business-licence-copy')!;
    expect(licence.neededBy.map((n) => n.itemName)).toEqual(['食品经营许可', '酒类零售经营备案', '公众聚集场所投入使用、营业前消防安全检查']);
    expect(licence.neededBy[1]).toMatchObject({ legalBasis: '《湖南省酒类管理条例》第十条', authorityName: '蓝山县市场监督管理局' });
    const premises = all.materials.find((m) => m.code === 'premises-proof')!;
    expect(premises.neededBy.map((n) => n.itemCode)).toEqual(['XK00101001', 'XK00104001', 'XK00105001']);
  });

  it('keeps apart two items\' own forms that share a code but not a name', () => {
    const forms = all.materials.filter((m) => m.code === 'application');
    expect(forms.map((m) => [m.name, m.neededBy.map((n) => n.itemName)])).toEqual([
      ['个体工商户登记（备案）申请书', ['个体工商户设立登记']],
      ['酒类零售经营备案表', ['酒类零售经营备案']],
    ]);
  });

  it('keeps the largest number of copies and says which e-licence can stand in for all', () => {
    const id = all.materials.find((m) => m.code === 'applicant-id')!;
    expect(id.acceptsLicenceTypes).toEqual(['resident-id-card']);
    expect(all.materials.find((m) => m.code === 'sign-design')!.copies).toBe(2);
  });
});

describe('materials that depend on the form', () => {
  it('are listed with when they are needed until the form is filled in, then decided by it', () => {
    const listed = run(base).materials.find((m) => m.code === 'proxy')!;
    expect(listed.conditionText).toBe('仅当是否委托他人办理为是时需要');
    const r = answerQuestionnaire(bundle.questions, base);
    expect(selectForBundle(bundle, { answers: r.answers, fields: { byAgent: 'false' } }).materials.map((m) => m.code)).not.toContain('proxy');
    expect(selectForBundle(bundle, { answers: r.answers, fields: { byAgent: 'true' } }).materials.map((m) => m.code)).toContain('proxy');
  });
});

describe('buildNotice', () => {
  const answers = { ...base, area: 320, alcohol: true, signboard: true, signboardArea: 8 };
  const notice = buildNotice({
    subject: { kind: 'bundle', code: bundle.code, name: bundle.name },
    questions: bundle.questions,
    answers,
    selection: run(answers),
    generatedAt: new Date('2026-03-02T01:00:00Z'),
    heldLicences: [{ licenceId: 'L1', typeCode: 'real-estate-certificate', typeName: '不动产权证书' }],
  });

  it('sums up authorities, limits, fees and visits for the bundle', () => {
    expect(notice.title).toBe('一次性告知单');
    expect(notice.summary).toMatchObject({ itemCount: 5, authorities: ['蓝山县市场监督管理局', '蓝山县城市管理和综合执法局', '蓝山县消防救援大队'], legalDays: 20, promisedDays: 7, visits: 2, immediate: false, totalFee: 0 });
    expect(notice.items[0]).toMatchObject({ handlingLabel: '即办件', promisedDays: 0, itemKindLabel: '行政确认' });
    expect(notice.items[4]).toMatchObject({ handlingLabel: '承诺件', commitment: true });
  });

  it('says which item waits for another one\'s result', () => {
    expect(notice.items.find((i) => i.itemCode === 'XK00102001')!.after).toEqual([{ itemCode: 'XK00101001', itemName: '个体工商户设立登记', reason: '需先取得营业执照' }]);
    expect(notice.items[0]!.after).toEqual([]);
  });

  it('shows the answers it was derived from with readable labels', () => {
    expect(notice.answers.find((a) => a.question === 'alcohol')!.label).toBe('是');
    expect(notice.answers.find((a) => a.question === 'premises')!.label).toBe('租赁');
    expect(notice.answers.find((a) => a.question === 'area')!.label).toBe('320平方米');
  });

  it('marks a material the applicant need not bring because they hold an accepted e-licence', () => {
    expect(notice.materials.find((m) => m.code === 'premises-proof')!.reuse).toMatchObject({ licenceId: 'L1' });
    expect(notice.materials.find((m) => m.code === 'applicant-id')!.reuse).toBeNull();
    expect(notice.summary.reusableMaterialCount).toBe(2);
  });

  it('spares a material that another item of the same bundle issues as an e-licence', () => {
    expect(notice.materials.find((m) => m.code === 'business-licence-copy')!.producedBy).toEqual({ itemCode: 'XK00101001', itemName: '个体工商户设立登记' });
    expect(notice.materials.find((m) => m.code === 'sign-design')!.producedBy).toBeNull();
  });
});
