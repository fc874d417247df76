import { describe, expect, it } from 'vitest';
import { makeIdNumber, makeUscc, validateIdNumber, validateUscc } from './identifiers.js';
import { maskIdNumber } from './personal-data.js';

describe('validateIdNumber', () => {
  it.each([
    ['11010519491231002X', true, undefined],
    ['11010519491231002x', true, undefined],
    ['110105194912310021', false, 'CHECK_DIGIT'],
    ['11010519491331002X', false, 'BIRTH_DATE'],
    ['11010519490229002X', false, 'BIRTH_DATE'],
    ['1101051949123100', false, 'LENGTH'],
    ['1101051949123100A2', false, 'CHARSET'],
    ['01010519491231002X', false, 'REGION'],
  ])('%s → valid=%s (%s)', (code, valid, reason) => {
    const v = validateIdNumber(code);
    expect(v.valid).toBe(valid);
    if (!v.valid) expect(v.reason).toBe(reason);
  });

  it('rejects a birth date after today, given today', () => {
    const born2030 = makeIdNumber('431127', '20300101', '123');
    expect(validateIdNumber(born2030, '2026-03-02')).toMatchObject({ valid: false, reason: 'BIRTH_IN_FUTURE' });
    expect(validateIdNumber(makeIdNumber('431127', '20260302', '123'), '2026-03-02').valid).toBe(true);
    expect(validateIdNumber(makeIdNumber('431127', '20260303', '123'), '2026-03-02').valid).toBe(false);
  });

  it('accepts numbers it builds for demo data', () => {
    expect(validateIdNumber(makeIdNumber('431127', '20000229', '123')).valid).toBe(true);
  });
});

describe('validateUscc', () => {
  it.each([
    ['91110000710926094P', true, undefined],
    ['91110000710926094p', true, undefined],
    ['91110000710926095P', false, 'CHECK_DIGIT'],
    ['9111000071092609', false, 'LENGTH'],
    ['91110000710926O94P', false, 'CHARSET'],
    ['911100007109260I4P', false, 'CHARSET'],
  ])('%s → valid=%s (%s)', (code, valid, reason) => {
    const v = validateUscc(code);
    expect(v.valid).toBe(valid);
    if (!v.valid) expect(v.reason).toBe(reason);
  });

  it('rejects a wrong check character even when the organisation code holds, saying it may be an early pilot code', () => {
    expect(validateUscc('91110000710926094Q')).toMatchObject({ valid: false, reason: 'CHECK_DIGIT', possiblePilotCode: true });
    const good = makeUscc('91', '430100', '71092609');
    const wrongLast = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    expect(validateUscc(wrongLast)).toMatchObject({ valid: false, reason: 'CHECK_DIGIT', possiblePilotCode: true });
    // the organisation code broken too: plainly wrong
    expect(validateUscc('91110000710926095P')).not.toHaveProperty('possiblePilotCode');
  });

  it('accepts codes it builds for demo data', () => {
    expect(validateUscc(makeUscc('11', '431127', '00651000'))).toMatchObject({ valid: true });
    expect(validateUscc(makeUscc('11', '431127', '00651000')).valid && validateUscc(makeUscc('11', '431127', '00651000'))).not.toHaveProperty('warning');
  });
});

describe('maskIdNumber', () => {
  it('keeps the region and the last four characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });
});
