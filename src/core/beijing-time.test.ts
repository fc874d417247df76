import { describe, expect, it } from 'vitest';
import { beijingDate, beijingDateTime } from './beijing-time.js';

describe('beijingDateTime', () => {
  it('writes a UTC moment in Beijing time, the date turning at midnight there', () => {
    expect(beijingDateTime('2026-12-04T06:05:00Z')).toBe('2026-12-04 14:05');
    expect(beijingDateTime('2026-12-03T16:30:00Z')).toBe('2026-12-04 00:30');
    expect(beijingDate('2026-12-03T16:30:00Z')).toBe('2026年12月4日');
    expect(beijingDate('2026-03-09')).toBe('2026年3月9日');
  });
});
