import { describe, expect, it } from 'vitest';
import { maskAddress, maskAs, maskData, maskIdNumber, maskPhone, maskShapes, maskUrl } from './personal-data.js';

describe('the masking rule of each class', () => {
  it('keeps region and last four of an ID number, and the first three and last four of a mobile', () => {
    expect(maskAs('idNumber', '431127198506120329', 'masked')).toBe('431127********0329');
    expect(maskAs('phone', '13807465678', 'masked')).toBe('138****5678');
    expect(maskPhone('0746-2212315')).toBe('0746-****2315');
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });

  it('hides house numbers of a home address and keeps a name whole', () => {
    expect(maskAddress('蓝山县塔峰镇舜乡大道 128 号 3 栋 502')).toBe('蓝山县塔峰镇舜乡大道 ** 号 ** 栋 **');
    expect(maskAs('name', '李湘味', 'masked')).toBe('李湘味');
  });

  it('shows everything to the full audience', () => {
    expect(maskAs('idNumber', '431127198506120329', 'full')).toBe('431127198506120329');
    expect(maskData({ contactPhone: '13907465678', note: '身份证 431127198506120329' }, 'full')).toEqual({ contactPhone: '13907465678', note: '身份证 431127198506120329' });
  });
});

describe('maskShapes (free text)', () => {
  it('masks a valid ID number and a mobile number wherever they stand in a sentence', () => {
    expect(maskShapes('申请人431127198506120329，电话 139-0746-5678，备用+86 13807461234')).toBe('申请人431127********0329，电话 139****5678，备用138****1234');
  });

  it('leaves alone what only looks alike: an invalid check digit, a USCC, longer digit runs, dates', () => {
    const text = '编号 431127198506120321，代码 92431127MA4QXW8886，流水 2026032013807461234，日期 2026-03-20';
    expect(maskShapes(text)).toBe(text);
  });
});

describe('maskData', () => {
  it('masks each key by its class and everything else by shape, through nested objects and arrays', () => {
    const classes: Record<string, 'idNumber' | 'phone' | 'address'> = { legalRepIdNumber: 'idNumber', contactPhone: 'phone', residenceAddress: 'address' };
    const form = {
      legalRepIdNumber: '431127198506120329',
      contactPhone: '13907465678',
      residenceAddress: '塔峰镇舜乡大道128号',
      'XK00119001.note': '联系人 13807461234',
      parents: [{ idNumber: '431127199003070512' }],
      registeredCapital: 50,
    };
    expect(maskData(form, 'masked', (k) => classes[k])).toEqual({
      legalRepIdNumber: '431127********0329',
      contactPhone: '139****5678',
      residenceAddress: '塔峰镇舜乡大道**号',
      'XK00119001.note': '联系人 138****1234',
      parents: [{ idNumber: '431127********0512' }],
      registeredCapital: 50,
    });
  });
});

describe('maskUrl (log lines)', () => {
  it('masks personal numbers in the query string, encoded or not', () => {
    expect(maskUrl('/api/v1/credit-flags?idNumber=431127198506120329&page=1')).toBe('/api/v1/credit-flags?idNumber=431127********0329&page=1');
    expect(maskUrl('/x?q=%E7%94%B5%E8%AF%9D13807461234')).not.toContain('13807461234');
    expect(maskUrl('/api/v1/applications?limit=50')).toBe('/api/v1/applications?limit=50');
  });
});
