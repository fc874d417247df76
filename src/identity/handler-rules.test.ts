import { describe, expect, it } from 'vitest';
import { covers, handlerStatus, isLive, isVerifiedIdentity, latestValidUntil, validUntilAllowed } from './handler-rules.js';

const grant = (o: Partial<{ itemCodes: string[] | null; validUntil: string; revokedAt: Date | null }> = {}) => ({ itemCodes: null, validUntil: '2026-06-30', revokedAt: null, ...o });

describe('经办人 authorisations', () => {
  it('are usable through their end date and not a day after', () => {
    expect(isLive(grant(), '2026-06-30')).toBe(true);
    expect(isLive(grant(), '2026-07-01')).toBe(false);
    expect(handlerStatus(grant(), '2026-07-01')).toBe('expired');
  });

  it('end the moment they are revoked, whatever the end date', () => {
    const g = grant({ revokedAt: new Date('2026-03-02T02:00:00Z') });
    expect(isLive(g, '2026-03-02')).toBe(false);
    expect(handlerStatus(g, '2026-03-02')).toBe('revoked');
  });

  it('cover the items named, or every item when none are', () => {
    expect(covers(grant({ itemCodes: ['XK001'] }), 'XK001')).toBe(true);
    expect(covers(grant({ itemCodes: ['XK001'] }), 'XK002')).toBe(false);
    expect(covers(grant(), 'XK002')).toBe(true);
  });

  it('run from today up to three years, a leap day falling back to the 1st of March', () => {
    expect(validUntilAllowed('2026-03-01', '2026-03-02')).toBe(false);
    expect(validUntilAllowed('2026-03-02', '2026-03-02')).toBe(true);
    expect(validUntilAllowed('2029-03-02', '2026-03-02')).toBe(true);
    expect(validUntilAllowed('2029-03-03', '2026-03-02')).toBe(false);
    expect(latestValidUntil('2028-02-29')).toBe('2031-03-01');
  });

  it('may be granted only by a representative verified by the identity platform or at a counter', () => {
    expect(isVerifiedIdentity('provider')).toBe(true);
    expect(isVerifiedIdentity('counter')).toBe(true);
    expect(isVerifiedIdentity('phone')).toBe(false);
    expect(isVerifiedIdentity(null)).toBe(false);
  });
});
