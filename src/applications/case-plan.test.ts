import { describe, expect, it } from 'vitest';
import { planConclusion, planLicence, planPass, planStart, planSystemDecision, type PlannedCase } from './case-plan.js';
import type { CaseStatus } from './state.js';

const REG = 'XK00118001';
const FOOD = 'XK00119001';
const FIRE = 'XK00801001';
const SEAL = 'BA00404001';

const kase = (item_code: string, status: CaseStatus, depends_on: string[] = [], item_name = item_code): PlannedCase => ({ id: `case-${item_code}`, item_code, item_name, status, depends_on });

describe('planStart: what happens to a case when its application moves', () => {
  const cases = (reg: CaseStatus, seal: CaseStatus) => [kase(REG, reg, [], '企业设立登记'), kase(SEAL, seal, [REG], '公章刻制备案')];
  it.each([
    // the USCC prerequisite: the seal waits for the business licence, then starts when it is granted
    { what: 'no prerequisite: starts', reg: 'pending', seal: 'pending', of: REG, step: { kind: 'start' } },
    { what: 'prerequisite under review: waits for it', reg: 'accepted', seal: 'pending', of: SEAL, step: { kind: 'block', waitingFor: [REG] } },
    { what: 'already waiting: nothing new to record', reg: 'reviewing', seal: 'blocked', of: SEAL, step: { kind: 'none' } },
    { what: 'prerequisite granted: starts', reg: 'approved', seal: 'blocked', of: SEAL, step: { kind: 'start' } },
    { what: 'prerequisite refused: refused too, naming it', reg: 'denied', seal: 'blocked', of: SEAL, step: { kind: 'deny', reasons: '前置事项未获批准：企业设立登记' } },
    { what: 'prerequisite cancelled: refused too', reg: 'cancelled', seal: 'blocked', of: SEAL, step: { kind: 'deny', reasons: '前置事项未获批准：企业设立登记' } },
    { what: 'a started case is left alone', reg: 'accepted', seal: 'blocked', of: REG, step: { kind: 'none' } },
    { what: 'a concluded case is left alone', reg: 'approved', seal: 'approved', of: SEAL, step: { kind: 'none' } },
  ] as const)('$what', ({ reg, seal, of, step }) => {
    const all = cases(reg, seal);
    expect(planStart(all.find((c) => c.item_code === of)!, all)).toEqual(step);
  });

  it('waits for every prerequisite not yet granted, and starts only when all are', () => {
    const liquor = kase('BA00120001', 'pending', [REG, FOOD]);
    expect(planStart(liquor, [kase(REG, 'approved'), kase(FOOD, 'reviewing'), liquor])).toEqual({ kind: 'block', waitingFor: [FOOD] });
    expect(planStart({ ...liquor, status: 'blocked' }, [kase(REG, 'approved'), kase(FOOD, 'approved'), liquor])).toEqual({ kind: 'start' });
  });
});

describe('planPass: one pass at acceptance', () => {
  it('starts the business licence and lets the five that need its USCC wait, written together', () => {
    const six = [kase(REG, 'pending'), ...['BA00404001', 'QT01201001', 'GG01301001', 'GG00705001', 'GG00101001'].map((code) => kase(code, 'pending', [REG]))];
    const first = planPass(six);
    expect(first).toEqual({ blocks: [], next: { index: 0, step: { kind: 'start' } } });
    const started = six.map((c, i) => (i === 0 ? { ...c, status: 'accepted' as const } : c));
    const rest = planPass(started, 1);
    expect(rest.next).toBeUndefined();
    expect(rest.blocks.map((b) => b.id)).toEqual(six.slice(1).map((c) => c.id));
    expect(rest.blocks.every((b) => b.waitingFor.join() === REG)).toBe(true);
  });

  it('joint review of a restaurant: independent items all start, the licence-dependent ones wait', () => {
    const four = [kase(REG, 'pending'), kase(FOOD, 'pending', [REG]), kase('XK00201001', 'pending', [REG]), kase(FIRE, 'pending')];
    expect(planPass(four).next).toEqual({ index: 0, step: { kind: 'start' } });
    const afterReg = four.map((c, i) => (i === 0 ? { ...c, status: 'accepted' as const } : c));
    // blocks before the next start are returned with it, in case order
    expect(planPass(afterReg, 1)).toEqual({ blocks: [{ id: `case-${FOOD}`, waitingFor: [REG] }, { id: 'case-XK00201001', waitingFor: [REG] }], next: { index: 3, step: { kind: 'start' } } });
  });

  it('stops at a refusal: concluding it may start or refuse others, which are planned again', () => {
    const cases = [kase(REG, 'denied', [], '企业设立登记'), kase(SEAL, 'blocked', [REG]), kase(FOOD, 'blocked', [REG])];
    expect(planPass(cases)).toEqual({ blocks: [], next: { index: 1, step: { kind: 'deny', reasons: '前置事项未获批准：企业设立登记' } } });
  });
});

describe('planSystemDecision: 秒批 and 告知承诺 when a case starts', () => {
  it.each([
    { what: 'ordinary item: a person decides', mode: 'standard', flag: null, rule: null, step: { kind: 'none' } },
    { what: '秒批 rule holds: approved by the platform', mode: 'auto', flag: null, rule: { holds: true }, step: { kind: 'autoApprove', openCommitmentCheck: false } },
    { what: '秒批 rule does not hold: recorded, a person decides', mode: 'auto', flag: null, rule: { holds: false }, step: { kind: 'autoApprovalNotApplicable' } },
    { what: 'credit flag: privilege withdrawn', mode: 'auto', flag: { reason: '虚假承诺' }, rule: { holds: true }, step: { kind: 'withdrawFastTrack', reason: '失信记录：虚假承诺' } },
    { what: '告知承诺: approved on commitment', mode: 'commitment', flag: null, rule: null, step: { kind: 'approveOnCommitment', autoApprovalNotApplicable: false } },
    { what: '告知承诺 with a 秒批 rule that holds: auto-approved, then checked', mode: 'commitment', flag: null, rule: { holds: true }, step: { kind: 'autoApprove', openCommitmentCheck: true } },
    { what: '告知承诺 with a 秒批 rule that does not hold: both recorded', mode: 'commitment', flag: null, rule: { holds: false }, step: { kind: 'approveOnCommitment', autoApprovalNotApplicable: true } },
    { what: '告知承诺 with a credit flag: the ordinary way', mode: 'commitment', flag: { reason: '未履行承诺' }, rule: null, step: { kind: 'withdrawFastTrack', reason: '失信记录：未履行承诺' } },
  ] as const)('$what', ({ mode, flag, rule, step }) => {
    expect(planSystemDecision(mode, flag, rule)).toEqual(step);
  });
});

describe('planLicence: 容缺 (补齐前不出件)', () => {
  it.each([
    { what: 'approved with nothing owed: issued', action: 'approve', produces: true, owed: [], plan: { kind: 'issue' } },
    { what: 'approved with material owed: withheld, naming it', action: 'approve', produces: true, owed: [{ name: '卫生管理制度' }], plan: { kind: 'withhold', reason: '容缺材料尚未补齐：卫生管理制度' } },
    { what: '秒批 with material owed: withheld', action: 'autoApprove', produces: true, owed: [{ name: '甲' }, { name: '乙' }], plan: { kind: 'withhold', reason: '容缺材料尚未补齐：甲、乙' } },
    { what: 'refused: no licence', action: 'deny', produces: true, owed: [], plan: { kind: 'none' } },
    { what: 'a filing that produces no licence', action: 'approve', produces: false, owed: [], plan: { kind: 'none' } },
  ] as const)('$what', ({ action, produces, owed, plan }) => {
    expect(planLicence(action, produces, owed)).toEqual(plan);
  });
});

describe('planConclusion', () => {
  it('concludes an accepted application once every case has, naming what was granted and refused', () => {
    const cases = [kase(REG, 'approved', [], '企业设立登记'), kase(SEAL, 'denied', [REG], '公章刻制备案'), kase(FOOD, 'cancelled', [], '食品经营许可')];
    expect(planConclusion('accepted', cases)).toEqual({ granted: ['企业设立登记'], denied: ['公章刻制备案'] });
  });
  it('waits while a case is open, and never concludes twice', () => {
    expect(planConclusion('accepted', [kase(REG, 'approved'), kase(SEAL, 'blocked', [REG])])).toBeNull();
    expect(planConclusion('concluded', [kase(REG, 'approved')])).toBeNull();
  });
});
