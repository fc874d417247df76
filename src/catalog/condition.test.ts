import { describe, expect, it } from 'vitest';
import { ConditionSchema, conditionRefs, describeCondition, evaluateCondition, type Condition } from './condition.js';

const ctx = {
  answers: { sellsAlcohol: true, area: 520, entityType: 'individual', signboard: false },
  fields: { registeredCapital: '800000', businessArea: 120, commitmentSigned: 'true' },
  licences: ['business-licence'],
};

describe('evaluateCondition', () => {
  it.each<[string, Condition | null, boolean]>([
    ['no condition means always', null, true],
    ['answer equals', { q: 'sellsAlcohol', eq: true }, true],
    ['answer differs', { q: 'signboard', eq: true }, false],
    ['number at least', { q: 'area', gte: 500 }, true],
    ['number below', { q: 'area', lt: 500 }, false],
    ['choice in list', { q: 'entityType', in: ['individual', 'company'] }, true],
    ['not equal', { q: 'entityType', ne: 'company' }, true],
    ['field compared as number even when sent as text', { field: 'registeredCapital', lte: 1000000 }, true],
    ['boolean field sent as text', { field: 'commitmentSigned', eq: true }, true],
    ['range on one value', { field: 'businessArea', gt: 100, lte: 1000 }, true],
    ['licence held', { licence: 'business-licence' }, true],
    ['licence not held', { licence: 'food-business-permit' }, false],
    ['all of', { all: [{ q: 'sellsAlcohol', eq: true }, { q: 'area', gte: 300 }] }, true],
    ['all of with one false', { all: [{ q: 'sellsAlcohol', eq: true }, { q: 'signboard', eq: true }] }, false],
    ['any of', { any: [{ q: 'signboard', eq: true }, { q: 'area', gte: 300 }] }, true],
    ['not', { not: { licence: 'business-licence' } }, false],
    ['unanswered question is false', { q: 'hasLoan', eq: false }, false],
    ['unanswered question and not', { not: { q: 'hasLoan', eq: true } }, true],
    ['exists false for an unanswered question', { q: 'hasLoan', exists: false }, true],
    ['exists true for an answered question', { q: 'area', exists: true }, true],
  ])('%s', (_label, cond, expected) => {
    expect(evaluateCondition(cond, ctx)).toBe(expected);
  });
});

describe('ConditionSchema', () => {
  it('accepts nested conditions', () => {
    const c = { all: [{ q: 'sellsAlcohol', eq: true }, { any: [{ licence: 'business-licence' }, { not: { field: 'area', lt: 10 } }] }] };
    expect(ConditionSchema.parse(c)).toEqual(c);
  });
  it.each([
    ['a comparison without an operator', { q: 'area' }],
    ['an unknown operator', { q: 'area', between: [1, 2] }],
    ['two subjects at once', { q: 'area', field: 'x', eq: 1 }],
    ['an empty all', { all: [] }],
    ['a malformed licence code', { licence: '营业执照' }],
  ])('refuses %s', (_label, c) => {
    expect(ConditionSchema.safeParse(c).success).toBe(false);
  });
});

describe('conditionRefs and describeCondition', () => {
  const c: Condition = { all: [{ q: 'sellsAlcohol', eq: true }, { field: 'area', gte: 300 }, { licence: 'business-licence' }] };
  it('lists what a condition refers to', () => {
    const refs = conditionRefs(c);
    expect([...refs.questions]).toEqual(['sellsAlcohol']);
    expect([...refs.fields]).toEqual(['area']);
    expect([...refs.licences]).toEqual(['business-licence']);
  });
  it('reads in Chinese with the labels given', () => {
    expect(describeCondition({ q: 'sellsAlcohol', eq: true }, { questions: { sellsAlcohol: '销售酒类' } })).toBe('销售酒类为是');
  });
});
