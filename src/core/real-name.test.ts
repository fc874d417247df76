import { describe, expect, it } from 'vitest';
import { higherRealNameLevel, meetsRealNameLevel } from './real-name.js';

describe('real-name levels', () => {
  it('lets a higher level do what a lower one may, never the reverse', () => {
    expect(meetsRealNameLevel('counter', 'provider')).toBe(true);
    expect(meetsRealNameLevel('provider', 'provider')).toBe(true);
    expect(meetsRealNameLevel('phone', 'provider')).toBe(false);
    expect(meetsRealNameLevel(null, 'phone')).toBe(false);
    expect(meetsRealNameLevel(null, null)).toBe(true);
  });

  it('keeps the higher level when a sign-in reports a lower one', () => {
    expect(higherRealNameLevel('counter', 'provider')).toBe('counter');
    expect(higherRealNameLevel('phone', 'provider')).toBe('provider');
    expect(higherRealNameLevel(null, 'phone')).toBe('phone');
  });
});
