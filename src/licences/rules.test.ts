import { describe, expect, it } from 'vitest';
import { effectiveStatus, endOfValidity, validUntilOf } from './rules.js';

describe('licence validity', () => {
  it('ends the day before the same date months later', () => {
    expect(validUntilOf('2026-03-02', 60)).toBe('2031-03-01');
    expect(validUntilOf('2026-01-01', 12)).toBe('2026-12-31');
  });

  it('handles month ends and leap years', () => {
    expect(validUntilOf('2026-01-31', 1)).toBe('2026-02-27');
    expect(validUntilOf('2028-02-29', 12)).toBe('2029-02-27');
  });

  it('says revoked and suspended before anything about dates', () => {
    expect(effectiveStatus({ status: 'revoked', valid_from: '2026-01-01', valid_until: '2020-01-01' }, '2026-03-02')).toBe('revoked');
    expect(effectiveStatus({ status: 'suspended', valid_from: '2026-01-01', valid_until: null }, '2026-03-02')).toBe('suspended');
  });

  it('is valid through its last day and expired the day after', () => {
    const l = { status: 'valid' as const, valid_from: '2026-03-02', valid_until: '2031-03-01' };
    expect(effectiveStatus(l, '2031-03-01')).toBe('valid');
    expect(effectiveStatus(l, '2031-03-02')).toBe('expired');
    expect(effectiveStatus(l, '2026-03-01')).toBe('not-yet-valid');
    expect(endOfValidity('2031-03-01').toISOString()).toBe('2031-03-01T16:00:00.000Z');
  });
});
