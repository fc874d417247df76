import { describe, expect, it } from 'vitest';
import type { FiledItem } from './catalog-port.js';
import { missingRequired, resolveCitations, unknownMaterial } from './guide-rules.js';

const item: FiledItem = {
  versionId: 'v1', code: 'XK00001001', name: '食品经营许可', departmentId: 'd', departmentCode: 'scjg', departmentName: '市场监管局', regionCode: '431127',
  legalBasis: '《中华人民共和国食品安全法》第三十五条', promisedDays: 10, immediate: false, commitmentAllowed: false, commitmentText: null,
  autoApproval: null, producesLicenceType: 'food-business-permit', authorisedToWindow: true, decidedOnPlatform: true,
  conditions: ['具有与经营的食品品种、数量相适应的经营场所'], kind: 'licence', pendingAllowed: ['layout'], pendingLapse: 'deny',
  materials: [
    { code: 'application', name: '食品经营许可申请书', required: true, legalBasis: '《食品经营许可管理办法》第十二条', satisfiedByLicence: null, condition: null },
    { code: 'layout', name: '经营场所平面布局图', required: true, legalBasis: '《食品经营许可管理办法》第十二条', satisfiedByLicence: null, condition: null },
  ],
};

describe('nothing outside the guide', () => {
  it('resolves materials by code or name and conditions by number, with their legal basis', () => {
    const v = resolveCitations([item], [
      { kind: 'material', itemCode: 'XK00001001', ref: '经营场所平面布局图', problem: '未标注面积' },
      { kind: 'condition', itemCode: 'XK00001001', ref: '1', problem: '场所面积不足' },
    ], []);
    expect(v).toMatchObject({ ok: true, items: [{ ref: 'layout', legalBasis: '《食品经营许可管理办法》第十二条' }, { ref: '1', title: '具有与经营的食品品种、数量相适应的经营场所' }] });
  });

  it('refuses a material the guide does not list, naming it', () => {
    expect(resolveCitations([item], [{ kind: 'material', itemCode: 'XK00001001', ref: '单身证明', problem: '缺' }], [])).toEqual({
      ok: false, code: 'NOT_IN_GUIDE', details: { itemCode: 'XK00001001', cited: '单身证明' },
    });
    expect(resolveCitations([item], [{ kind: 'condition', itemCode: 'XK00001001', ref: '7', problem: 'x' }], []).ok).toBe(false);
  });

  it('accepts something outside the guide only through an approved exception of that item', () => {
    const ex = [{ id: 'e1', itemCode: 'XK00001001', cited: '房屋安全鉴定报告' }];
    expect(resolveCitations([item], [{ kind: 'exception', itemCode: 'XK00001001', ref: 'e1', problem: '危房' }], ex)).toMatchObject({ ok: true, items: [{ kind: 'exception', title: '房屋安全鉴定报告' }] });
    expect(resolveCitations([item], [{ kind: 'exception', itemCode: 'XK00001001', ref: 'e2', problem: '?' }], ex)).toMatchObject({ ok: false, code: 'EXCEPTION_NOT_APPROVED' });
  });

  it('finds unknown material references and missing required materials', () => {
    expect(unknownMaterial([item], [{ itemCode: 'XK00001001', materialCode: 'nope' }])).toEqual({ itemCode: 'XK00001001', materialCode: 'nope' });
    expect(missingRequired([item], new Set(['XK00001001:application'])).map((m) => m.name)).toEqual(['经营场所平面布局图']);
  });
});
