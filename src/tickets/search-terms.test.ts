import { describe, expect, it } from 'vitest';
import { minimumMatches, searchTerms, weightedTerms } from './search-terms.js';

describe('searchTerms', () => {
  it('cuts Chinese into overlapping two-character terms', () => {
    expect(searchTerms('营业执照')).toEqual(['营业', '业执', '执照']);
  });
  it('keeps latin words and numbers, lower-cased, and drops punctuation', () => {
    expect(searchTerms('12345热线，APP 办理！')).toEqual(['12345', '热线', 'app', '办理']);
  });
  it('keeps a lone Han character and skips filler terms', () => {
    expect(searchTerms('请问 税')).toEqual(['税']);
  });
  it('folds full-width characters', () => {
    expect(searchTerms('ＡＢＣ１２')).toEqual(['abc12']);
  });
});

describe('weightedTerms', () => {
  it('gives a term the weight of the heaviest field that holds it', () => {
    const w = weightedTerms([['社保卡', 3], ['社保卡补办', 1]]);
    expect(w.get('社保')).toBe(3);
    expect(w.get('补办')).toBe(1);
  });
});

describe('minimumMatches', () => {
  it('asks short queries to match fully and long ones to share a fifth', () => {
    expect(minimumMatches(1)).toBe(1);
    expect(minimumMatches(2)).toBe(2);
    expect(minimumMatches(5)).toBe(2);
    expect(minimumMatches(30)).toBe(6);
  });
});
