import { describe, expect, it } from 'vitest';
import { formatProjectCode, isVoid, PROJECT_CODE, reviewOutcome, stageStatuses, acceptanceReady, type ReviewVerdict } from './rules.js';

const filing = (status: string, anyDenied = false) => ({ filing: { status, anyDenied }, extraIssued: true });
const none = { filing: null, extraIssued: true };

describe('formatProjectCode', () => {
  it('writes the national 投资项目代码 shape', () => {
    const code = formatProjectCode(2026, '431127', '47', '01', 123);
    expect(code).toBe('2026-431127-47-01-000123');
    expect(PROJECT_CODE.test(code)).toBe(true);
    expect(PROJECT_CODE.test('2026-431127-47-04-000123')).toBe(false);
  });
});

describe('stageStatuses', () => {
  it('opens only the first stage of a new project', () => {
    expect(stageStatuses([none, none, none, none])).toEqual(['open', 'locked', 'locked', 'locked']);
  });
  it('keeps the next stage locked until the previous one is delivered', () => {
    expect(stageStatuses([filing('accepted'), none, none])).toEqual(['handling', 'locked', 'locked']);
    expect(stageStatuses([filing('concluded'), none])).toEqual(['handling', 'locked']);
    expect(stageStatuses([filing('delivered'), none])).toEqual(['issued', 'open']);
  });
  it('does not open the next stage on a denial, a refusal or a withdrawal: the stage is filed again', () => {
    expect(stageStatuses([filing('delivered', true), none])).toEqual(['open', 'locked']);
    expect(stageStatuses([filing('refused'), none])).toEqual(['open', 'locked']);
    expect(isVoid({ status: 'withdrawn', anyDenied: false })).toBe(true);
  });
  it('holds a stage whose extra result (the acceptance certificate) is not issued', () => {
    expect(stageStatuses([filing('delivered'), { filing: { status: 'delivered', anyDenied: false }, extraIssued: false }])).toEqual(['issued', 'handling']);
  });
});

describe('reviewOutcome', () => {
  const deps = ['zjj', 'zrzy', 'xfjy'];
  const v = (...xs: ReviewVerdict[]) => new Map(xs.map((x, i) => [deps[i]!, x]));
  it('waits for every department concerned', () => expect(reviewOutcome(deps, 1, v('pass', 'pass'))).toBe('reviewing'));
  it('passes when all pass', () => expect(reviewOutcome(deps, 1, v('pass', 'pass', 'pass'))).toBe('passed'));
  it('allows one revision round', () => expect(reviewOutcome(deps, 1, v('pass', 'revise', 'pass'))).toBe('revising'));
  it('fails on a rejection', () => expect(reviewOutcome(deps, 1, v('pass', 'reject', 'revise'))).toBe('failed'));
  it('fails anything short of a pass in the second round', () => expect(reviewOutcome(deps, 2, v('pass', 'revise', 'pass'))).toBe('failed'));
});

describe('acceptanceReady', () => {
  it('needs a passing finding of every department on the visit', () => {
    expect(acceptanceReady(['zjj', 'xfjy'], new Map([['zjj', 'pass']]))).toBe(false);
    expect(acceptanceReady(['zjj', 'xfjy'], new Map([['zjj', 'pass'], ['xfjy', 'fail']]))).toBe(false);
    expect(acceptanceReady(['zjj', 'xfjy'], new Map([['zjj', 'pass'], ['xfjy', 'pass']]))).toBe(true);
  });
});
