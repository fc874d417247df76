import { describe, expect, it } from 'vitest';
import { allConcluded, applicationTransition, caseTransition } from './state.js';

describe('application state machine', () => {
  it('lets a clerk accept a submitted application, and nobody accept it twice', () => {
    expect(applicationTransition('accept', 'submitted', ['clerk'])).toEqual({ ok: true, to: 'accepted' });
    expect(applicationTransition('accept', 'accepted', ['clerk'])).toEqual({ ok: false, reason: 'WRONG_STATE' });
  });

  it('keeps window actions away from applicants and reviewers', () => {
    expect(applicationTransition('accept', 'submitted', ['applicant'])).toEqual({ ok: false, reason: 'WRONG_ROLE' });
    expect(applicationTransition('refuse', 'submitted', ['reviewer', 'head'])).toEqual({ ok: false, reason: 'WRONG_ROLE' });
  });

  it('sends a corrected application back to the window, and lets only the platform conclude', () => {
    expect(applicationTransition('requestCorrection', 'submitted', ['clerk'])).toEqual({ ok: true, to: 'correction' });
    expect(applicationTransition('supplyCorrection', 'correction', ['applicant'])).toEqual({ ok: true, to: 'submitted' });
    expect(applicationTransition('conclude', 'accepted', ['clerk'])).toEqual({ ok: false, reason: 'WRONG_ROLE' });
    expect(applicationTransition('conclude', 'accepted', ['system'])).toEqual({ ok: true, to: 'concluded' });
    expect(applicationTransition('deliver', 'accepted', ['clerk'])).toEqual({ ok: false, reason: 'WRONG_STATE' });
  });
});

describe('case state machine', () => {
  it('lets a reviewer review, check on site and decide, in that order or straight away', () => {
    expect(caseTransition('review', 'accepted', ['reviewer'])).toEqual({ ok: true, to: 'reviewing' });
    expect(caseTransition('requestSiteCheck', 'reviewing', ['reviewer'])).toEqual({ ok: true, to: 'siteCheck' });
    expect(caseTransition('approve', 'siteCheck', ['reviewer'])).toEqual({ ok: false, reason: 'WRONG_STATE' });
    expect(caseTransition('recordSiteCheck', 'siteCheck', ['reviewer'])).toEqual({ ok: true, to: 'reviewing' });
    expect(caseTransition('deny', 'reviewing', ['head'])).toEqual({ ok: true, to: 'denied' });
  });

  it('reserves auto-approval and starting to the platform', () => {
    expect(caseTransition('autoApprove', 'accepted', ['reviewer'])).toEqual({ ok: false, reason: 'WRONG_ROLE' });
    expect(caseTransition('start', 'pending', ['clerk'])).toEqual({ ok: false, reason: 'WRONG_ROLE' });
    expect(caseTransition('start', 'blocked', ['system'])).toEqual({ ok: true, to: 'accepted' });
  });

  it('never reopens a concluded case', () => {
    for (const action of ['review', 'approve', 'deny', 'requestMore', 'start'] as const) {
      expect(caseTransition(action, 'approved', ['reviewer', 'system']).ok).toBe(false);
    }
  });

  it('concludes an application only when every case has', () => {
    expect(allConcluded(['approved', 'denied'])).toBe(true);
    expect(allConcluded(['approved', 'reviewing'])).toBe(false);
    expect(allConcluded([])).toBe(false);
  });
});
