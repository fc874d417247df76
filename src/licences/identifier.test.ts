import { describe, expect, it } from 'vitest';
import { makeLicenceId, mod3736CheckChar, parseLicenceId } from './identifier.js';

// REFERENCE.md's example of an issued licence identifier.
const EXAMPLE = '1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.002.S';

describe('licence identifiers (GB/T 36904, ISO/IEC 7064 MOD 37,36)', () => {
  it('computes the check character of the reference example', () => {
    expect(mod3736CheckChar('11100000000013338W011' + '11430000006122244L' + '20230000403' + '002')).toBe('S');
  });

  it('rebuilds the reference example from its parts', () => {
    expect(makeLicenceId({ typeCode: '11100000000013338W011', issuerUscc: '11430000006122244L', serial: '20230000403', version: 2 })).toBe(EXAMPLE);
  });

  it('accepts the reference example and reads its parts', () => {
    const v = parseLicenceId(EXAMPLE);
    expect(v).toEqual({ valid: true, identifier: EXAMPLE, parts: { typeCode: '11100000000013338W011', issuerUscc: '11430000006122244L', serial: '20230000403', version: 2 } });
  });

  it('rejects a wrong check character, a changed serial and a changed version', () => {
    expect(parseLicenceId(EXAMPLE.replace(/S$/, 'T'))).toEqual({ valid: false, reason: 'CHECK_CHARACTER' });
    expect(parseLicenceId(EXAMPLE.replace('20230000403', '20230000404'))).toEqual({ valid: false, reason: 'CHECK_CHARACTER' });
    expect(parseLicenceId(EXAMPLE.replace('.002.', '.003.'))).toEqual({ valid: false, reason: 'CHECK_CHARACTER' });
  });

  it('detects every single-character substitution and adjacent transposition of the example', () => {
    const body = '11100000000013338W011' + '11430000006122244L' + '20230000403' + '002';
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (let i = 0; i < body.length; i++) {
      for (const c of alphabet) {
        if (c === body[i]) continue;
        expect(mod3736CheckChar(body.slice(0, i) + c + body.slice(i + 1))).not.toBe('S');
      }
      if (i + 1 < body.length && body[i] !== body[i + 1]) {
        expect(mod3736CheckChar(body.slice(0, i) + body[i + 1] + body[i] + body.slice(i + 2))).not.toBe('S');
      }
    }
  });

  it('rejects malformed identifiers', () => {
    for (const bad of ['', '1.2.156.3005.2.X', EXAMPLE.replace('1.2.156', '1.2.157'), EXAMPLE.replace('.002.', '.02.'), EXAMPLE + '.1']) {
      expect(parseLicenceId(bad)).toEqual({ valid: false, reason: 'FORMAT' });
    }
  });
});
