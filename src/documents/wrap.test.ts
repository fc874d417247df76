import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap.js';

// A fixed-width measure: every character is 1 unit wide, which makes expectations readable.
const measure = (t: string) => [...t].length;

describe('wrapText', () => {
  it('breaks Chinese text between any two characters', () => {
    expect(wrapText('蓝山县湘味餐饮店经营范围', 5, measure)).toEqual(['蓝山县湘味', '餐饮店经营', '范围']);
  });

  it('never starts a line with closing punctuation', () => {
    const lines = wrapText('一二三四，五六七八。', 4, measure);
    expect(lines.every((l) => !/^[，。]/.test(l))).toBe(true);
    expect(lines.join('')).toBe('一二三四，五六七八。');
  });

  it('never ends a line with an opening bracket', () => {
    const lines = wrapText('一二三（四五）六', 4, measure);
    expect(lines.every((l) => !l.endsWith('（'))).toBe(true);
    expect(lines.join('')).toBe('一二三（四五）六');
  });

  it('keeps Latin words whole and breaks at spaces', () => {
    expect(wrapText('hello big world', 9, measure)).toEqual(['hello big', 'world']);
  });

  it('splits a word longer than the line', () => {
    expect(wrapText('91431127MA4L00001X', 8, measure)).toEqual(['91431127', 'MA4L0000', '1X']);
  });

  it('keeps explicit line breaks', () => {
    expect(wrapText('第一行\n第二行', 10, measure)).toEqual(['第一行', '第二行']);
  });
});
