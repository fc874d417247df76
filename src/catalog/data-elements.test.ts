import { describe, expect, it } from 'vitest';
import { makeIdNumber, makeUscc } from '../core/index.js';
import { validateDataValue } from './data-elements.js';

describe('validateDataValue', () => {
  it.each([
    [{ type: 'uscc' as const }, makeUscc('92', '431127', 'MA4QXW18'), true],
    [{ type: 'uscc' as const }, '91110000710926094I', false],
    [{ type: 'idNumber' as const }, makeIdNumber('431127', '19900307', '051'), true],
    [{ type: 'idNumber' as const }, '431127199002300511', false],
    [{ type: 'phone' as const }, '13807461234', true],
    [{ type: 'phone' as const }, '0746-2212315', true],
    [{ type: 'phone' as const }, '12345', false],
    [{ type: 'date' as const }, '2026-02-28', true],
    [{ type: 'date' as const }, '2026-02-30', false],
    [{ type: 'number' as const }, '500', true],
    [{ type: 'number' as const }, 'abc', false],
    [{ type: 'enum' as const, options: ['男', '女'] }, '女', true],
    [{ type: 'enum' as const, options: ['男', '女'] }, '未知', false],
    [{ type: 'address' as const }, '蓝山县塔峰镇舜乡大道128号', true],
    [{ type: 'address' as const }, '蓝山', false],
    [{ type: 'text' as const }, '', false],
  ])('%o %s → %s', (element, value, valid) => {
    expect(validateDataValue(element, value).valid).toBe(valid);
  });

  it('keeps numbers within the element bounds', () => {
    expect(validateDataValue({ type: 'number', options: [], min: 0, max: 100, maxLength: null }, 101)).toEqual({ valid: false, reason: '不能大于 100' });
  });
});
