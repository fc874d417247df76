import { describe, expect, it } from 'vitest';
import { makeIdNumber, makeUscc, usccCheckChar } from '../core/index.js';
import { holderLicencesOf } from './from-licences.js';
import { buildMergedForm } from './merge-form.js';
import { validateForm } from './validate-form.js';
import { dataElements, fireCheck, foodPermit, liquor, registration } from './__fixtures__/restaurant.js';

const items = [registration, foodPermit, liquor, fireCheck];
const uscc = makeUscc('92', '431127', 'MA4QXW18');
const idNumber = makeIdNumber('431127', '19850612', '032');

describe('buildMergedForm', () => {
  const form = buildMergedForm(items, dataElements);

  it('asks each data element once, for every item that uses it', () => {
    const names = form.common.map((f) => f.name);
    expect(names).toEqual(['orgName', 'legalRepName', 'legalRepIdNumber', 'businessAddress', 'byAgent', 'uscc', 'contactPhone', 'businessArea']);
    const orgName = form.common.find((f) => f.name === 'orgName')!;
    expect(orgName.label).toBe('企业（字号）名称');
    expect(orgName.usedBy.map((u) => u.itemCode)).toEqual(['XK00101001', 'XK00102001', 'BA00103001']);
  });

  it('groups the fields only one item asks under that item', () => {
    expect(form.groups.map((g) => [g.itemName, g.fields.map((f) => f.name)])).toEqual([
      ['个体工商户设立登记', ['XK00101001.capital', 'XK00101001.agentName']],
      ['食品经营许可', ['XK00102001.category']],
      ['酒类零售经营备案', ['BA00103001.startDate']],
      ['公众聚集场所投入使用、营业前消防安全检查', []],
    ]);
  });

  it('asks once a question that several items ask identically without a data element', () => {
    const byAgent = form.common.find((f) => f.name === 'byAgent')!;
    expect(byAgent.usedBy.map((u) => u.itemName)).toEqual(['个体工商户设立登记', '酒类零售经营备案']);
  });

  it('makes a shared field satisfy every item: required by any, the tightest bounds', () => {
    const area = form.common.find((f) => f.name === 'businessArea')!;
    expect(area.min).toBe(300);
    expect(form.common.find((f) => f.name === 'uscc')!.required).toBe(false);
  });

  it('prefills from the profile first and from held licences, saying where each value came from', () => {
    const f = buildMergedForm(items, dataElements, { prefill: {
      profile: { name: '李湘味', idNumber, uscc, orgName: '蓝山县湘味餐饮店', phone: '13907465678' },
      licences: [
        { licenceId: 'LIC-1', typeCode: 'business-licence', data: { orgName: '旧名称', businessAddress: '蓝山县塔峰镇舜城路 18 号' } },
      ],
    } });
    expect(f.values).toEqual({ orgName: '蓝山县湘味餐饮店', legalRepName: '李湘味', legalRepIdNumber: idNumber, businessAddress: '蓝山县塔峰镇舜城路 18 号', uscc, contactPhone: '13907465678' });
    expect(f.prefilled.businessAddress).toEqual({ source: 'licence', licenceId: 'LIC-1', licenceType: 'business-licence' });
    expect(f.prefilled.orgName).toEqual({ source: 'profile', profileKey: 'orgName' });
    expect(f.values).not.toHaveProperty('businessArea');
  });

  it('leaves out a licence value the field would reject', () => {
    const f = buildMergedForm(items, dataElements, { prefill: { licences: [{ licenceId: 'L', typeCode: 'business-licence', data: { businessArea: '约两百平', businessAddress: '蓝山县塔峰镇舜城路 18 号' } }] } });
    expect(f.values).toEqual({ businessAddress: '蓝山县塔峰镇舜城路 18 号' });
  });

  it('prefills nothing for an applicant with no profile or licences', () => {
    expect(buildMergedForm(items, dataElements, { prefill: { profile: { name: null } } }).values).toEqual({});
  });
});

describe('validateForm', () => {
  const form = buildMergedForm(items, dataElements);
  const good = {
    orgName: '蓝山县湘味餐饮店',
    legalRepName: '李湘味',
    legalRepIdNumber: idNumber,
    businessAddress: '蓝山县塔峰镇舜城路 18 号',
    uscc,
    contactPhone: '0746-2212345',
    businessArea: '320',
    'XK00101001.capital': 10,
    'XK00102001.category': 'restaurant',
    'BA00103001.startDate': '2026-04-01',
  };

  it('accepts a complete form and returns typed values', () => {
    const r = validateForm(form, good);
    expect(r.errors).toEqual([]);
    expect(r.values.businessArea).toBe(320);
    expect(r.values.contactPhone).toBe('0746-2212345');
  });

  it('names each wrong field with a Chinese message', () => {
    const wrongCheck = uscc.slice(0, 17) + (usccCheckChar(uscc.slice(0, 17)) === '0' ? '1' : '0');
    const r = validateForm(form, {
      ...good,
      legalRepIdNumber: idNumber.slice(0, 17) + (idNumber[17] === '0' ? '1' : '0'),
      uscc: 'ABC',
      contactPhone: '12345',
      businessArea: 120,
      'XK00102001.category': 'bar',
      'BA00103001.startDate': '2026-02-30',
      orgName: '',
      extra: 1,
    });
    const byField = Object.fromEntries(r.errors.map((e) => [e.field, e]));
    expect(byField.legalRepIdNumber!.message.zh).toBe('“法定代表人（经营者）身份证号”不是有效的公民身份号码：校验码不正确');
    expect(byField.uscc!.message.zh).toBe('“统一社会信用代码”不是有效的统一社会信用代码：长度应为 18 位');
    expect(byField.contactPhone!.code).toBe('BAD_PHONE');
    expect(byField.businessArea!.message).toEqual({ zh: '“经营面积（平方米）”不能小于 300', en: 'businessArea must be at least 300' });
    expect(byField['XK00102001.category']!.code).toBe('NOT_AN_OPTION');
    expect(byField['BA00103001.startDate']!.message.zh).toBe('“开始经营日期”应为有效日期（如 2026-03-02）');
    expect(byField.orgName!.message.zh).toBe('请填写“企业（字号）名称”');
    expect(byField.extra!.code).toBe('UNKNOWN_FIELD');
    expect(r.valid).toBe(false);
    expect(validateForm(form, { ...good, uscc: wrongCheck }).errors.length + validateForm(form, { ...good, uscc: wrongCheck }).warnings.length).toBe(1);
  });

  it('requires a conditional field only when its condition on other fields holds', () => {
    expect(validateForm(form, { ...good, byAgent: 'false' }).valid).toBe(true);
    const r = validateForm(form, { ...good, byAgent: 'true' });
    expect(r.errors).toEqual([expect.objectContaining({ field: 'XK00101001.agentName', code: 'REQUIRED', message: { zh: '请填写“受托人姓名”', en: 'XK00101001.agentName is required' } })]);
    expect(validateForm(form, { ...good, byAgent: 'true', 'XK00101001.agentName': '赵帮办' }).valid).toBe(true);
  });

  it('lets an optional field stay empty but not a required one', () => {
    const { uscc: _, ...noUscc } = good;
    expect(validateForm(form, noUscc).valid).toBe(true);
    const { legalRepName: __, ...noName } = good;
    expect(validateForm(form, noName).errors.map((e) => e.field)).toEqual(['legalRepName']);
  });
});

describe('holderLicencesOf', () => {
  it('keeps valid licences and names their data by data element', () => {
    const base = { typeName: '营业执照', holderKind: 'business' as const, holderId: uscc, holderName: '蓝山县湘味餐饮店' };
    const out = holderLicencesOf([
      { ...base, id: 'L1', type: 'business-licence', status: 'valid', data: { name: '蓝山县湘味餐饮店', address: '蓝山县塔峰镇舜乡大道 128 号', legalRepresentative: '李湘味' } },
      { ...base, id: 'L2', type: 'food-business-permit', status: 'revoked', data: { name: '旧店' } },
    ]);
    expect(out).toEqual([
      { licenceId: 'L1', typeCode: 'business-licence', typeName: '营业执照', data: { enterpriseName: '蓝山县湘味餐饮店', businessAddress: '蓝山县塔峰镇舜乡大道 128 号', legalRepresentative: '李湘味', uscc } },
    ]);
  });
});
