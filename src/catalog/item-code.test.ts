import { describe, expect, it } from 'vitest';
import { makeUscc } from '../core/index.js';
import { makeImplementationCode, validateImplementationCode, validateItemCode } from './item-code.js';

describe('validateItemCode', () => {
  it.each([
    ['XK00118001', undefined, true, ''],
    ['QR00401001', 'confirmation', true, ''],
    ['GG00202001', 'publicService', true, ''],
    ['BA00120001', 'filing', true, ''],
    ['JF00503001', 'benefit', true, ''],
    ['XK00118001', 'filing', false, 'KIND_MISMATCH'],
    ['ZZ00118001', undefined, false, 'KIND_CODE'],
    ['XK00000001', undefined, false, 'MAIN_ITEM'],
    ['xk00118001', undefined, false, 'FORMAT'],
    ['XK0011800', undefined, false, 'FORMAT'],
    ['XK001180011', undefined, false, 'FORMAT'],
    ['X00118001A', undefined, false, 'FORMAT'],
    ['XK-0118-001', undefined, false, 'FORMAT'],
    ['', undefined, false, 'FORMAT'],
  ] as const)('%s (kind %s) → valid %s %s', (code, kind, valid, reason) => {
    const v = validateItemCode(code, kind);
    expect(v.valid).toBe(valid);
    if (!v.valid) expect(v.reason).toBe(reason);
  });

  it('splits a valid code into kind, main item and sub-item', () => {
    expect(validateItemCode('XK00119002')).toEqual({ valid: true, kind: 'licence', main: '00119', sub: '002' });
  });
});

describe('validateImplementationCode', () => {
  const uscc = makeUscc('11', '431127', '00651001');
  const good = makeImplementationCode('XK00118001', 'county', '431127', uscc);

  it.each([
    ['county code with a 6-digit region', good, true, ''],
    ['village code with a 12-digit region', makeImplementationCode('GG00202001', 'village', '431127100201', uscc), true, ''],
    ['wrong length', good.slice(0, -1), false, 'FORMAT'],
    ['bad basic code', 'ZZ' + good.slice(2), false, 'KIND_CODE'],
    ['level digit 9', good.slice(0, 10) + '9' + good.slice(11), false, 'LEVEL'],
    ['region starting with 0', good.slice(0, 11) + '031127' + good.slice(17), false, 'REGION'],
    ['authority USCC with a letter the charset forbids', good.slice(0, -1) + 'I', false, 'AUTHORITY_USCC'],
    ['authority USCC whose organisation code check fails', good.slice(0, -2) + (good.at(-2) === '0' ? '1' : '0') + good.at(-1), false, 'AUTHORITY_USCC'],
  ])('%s', (_label, code, valid, reason) => {
    const v = validateImplementationCode(code);
    expect(v.valid).toBe(valid);
    if (!v.valid) expect(v.reason).toBe(reason);
  });

  it('refuses a code that belongs to another item, level, region or authority', () => {
    expect(validateImplementationCode(good, { itemCode: 'XK00118001', level: 'county', regionCode: '431127', authorityUscc: uscc }).valid).toBe(true);
    expect(validateImplementationCode(good, { itemCode: 'XK00118002' })).toEqual({ valid: false, reason: 'MISMATCH' });
    expect(validateImplementationCode(good, { level: 'city' })).toEqual({ valid: false, reason: 'MISMATCH' });
    expect(validateImplementationCode(good, { regionCode: '430624' })).toEqual({ valid: false, reason: 'MISMATCH' });
    expect(validateImplementationCode(good, { authorityUscc: makeUscc('11', '431127', '00651002') })).toEqual({ valid: false, reason: 'MISMATCH' });
  });
});
