import { describe, expect, it } from 'vitest';
import { diffItem, type ItemContent } from '../../web/src/pages/supervision/itemDiff.js';

/**
 * The list a supervisor reads before publishing a new version of an item (监管 › 事项目录 › 编辑): what the draft
 * changes against the published guide, in plain Chinese, nothing raw.
 */
const published: ItemContent = {
  name: '食品经营许可（仅销售预包装食品备案）',
  handling: 'promised',
  legalDays: 20,
  promisedDays: 5,
  place: '蓝山县政务服务中心一楼 3 号窗口',
  officeHours: '工作日 8:30-12:00，14:30-17:30',
  phone: '0746-2222222',
  conditions: ['有固定经营场所', '有食品安全管理人员'],
  fees: [{ name: '工本费', amount: 0, basis: '湘财综〔2020〕1号' }],
  materials: [
    { code: 'M01', name: '营业执照', required: true, form: 'copy', count: 1, legalBasis: '《食品经营许可和备案管理办法》第十二条' },
    { code: 'M02', name: '经营场所平面图', required: true, form: 'original', legalBasis: '同上' },
  ],
  onlineCapable: true,
  keywords: ['开饭店'],
};

const copy = (): ItemContent => structuredClone(published);
const texts = (before: ItemContent | null, after: ItemContent) => diffItem(before, after).map((c) => `${c.kind}:${c.text}`);

describe('what a draft changes against the published version of an item', () => {
  it('says nothing changed when the draft is the published version', () => {
    expect(diffItem(published, copy())).toEqual([]);
  });

  it('says a first version is a first publication when nothing is published yet', () => {
    expect(diffItem(null, copy())).toEqual([{ kind: 'added', text: '首次发布：尚无现行版本' }]);
  });

  it('names each changed setting with the old and the new value', () => {
    const draft = copy();
    draft.name = '食品经营许可';
    draft.handling = 'immediate';
    draft.promisedDays = 3;
    draft.place = '蓝山县政务服务中心一楼 5 号窗口';
    draft.phone = '';
    expect(texts(published, draft)).toEqual([
      'changed:事项名称由“食品经营许可（仅销售预包装食品备案）”改为“食品经营许可”',
      'changed:办件类型由“承诺件”改为“即办件”',
      'changed:承诺办结时限由 5 个工作日改为 3 个工作日',
      'changed:办理地点（窗口）由“蓝山县政务服务中心一楼 3 号窗口”改为“蓝山县政务服务中心一楼 5 号窗口”',
      'changed:咨询电话由“0746-2222222”改为“未填”',
    ]);
  });

  it('lists added and removed conditions and fees, and a fee whose amount or basis changed', () => {
    const draft = copy();
    draft.conditions = ['有固定经营场所', '从业人员持有健康证明'];
    draft.fees = [{ name: '工本费', amount: 10, basis: '湘财综〔2024〕3号' }, { name: '检测费', amount: 50, unit: '元/次', basis: '物价批复' }];
    expect(texts(published, draft)).toEqual([
      'added:新增受理条件：从业人员持有健康证明',
      'removed:删除受理条件：有食品安全管理人员',
      'changed:收费“工本费”由 0 元改为 10 元',
      'changed:收费“工本费”的依据改为：湘财综〔2024〕3号',
      'added:新增收费“检测费”：50 元/次',
    ]);
    const free = copy();
    free.fees = [];
    expect(texts(published, free)).toEqual(['removed:取消收费“工本费”']);
  });

  it('describes a material by its Chinese form and whether it is required, and every change to it in one line', () => {
    const draft = copy();
    draft.materials = [
      { code: 'M01', name: '营业执照副本', required: false, form: 'originalAndCopy', count: 2, legalBasis: '《食品经营许可和备案管理办法》第十二条', note: '可免交' },
      { code: 'M03', name: '健康证明', required: true, form: 'electronic', legalBasis: '《食品安全法》第四十五条' },
    ];
    const lines = texts(published, draft);
    expect(lines).toEqual([
      'changed:申请材料“营业执照”：名称改为“营业执照副本”；由必需改为非必需；形式由复印件改为原件及复印件；份数由 1 份改为 2 份；备注改为“可免交”',
      'added:新增申请材料“健康证明”（必需，电子件 1 份）',
      'removed:删除申请材料“经营场所平面图”',
    ]);
    // no form code, true/false or key reaches the supervisor
    for (const line of lines) expect(line).not.toMatch(/originalAndCopy|electronic|\btrue\b|\bfalse\b|legalBasis/);
  });

  it('treats a count left out as one copy, and a missing note as none', () => {
    const draft = copy();
    draft.materials = draft.materials!.map((m) => (m.code === 'M02' ? { ...m, count: 1, note: '' } : m));
    expect(diffItem(published, draft)).toEqual([]);
  });

  it('reports a change to a part without its own wording by the part’s Chinese name', () => {
    const draft = copy();
    draft.onlineCapable = false;
    draft.keywords = ['开饭店', '开餐馆'];
    draft.materials![0] = { ...draft.materials![0]!, exemptions: [{ licenceType: 'business-licence' }] } as never;
    const lines = texts(published, draft);
    expect(lines).toEqual([
      'changed:申请材料“营业执照”：免提交方式或适用情形有改动',
      'changed:是否可网上办理有改动',
      'changed:搜索关键词有改动',
    ]);
  });
});
