import { describe, expect, it } from 'vitest';
import { ancestorsOf, fitsUnder, isRegionCode, isWithinRegion, regionLevel, regionPattern, regionPrefix, subtreeOf } from './regions.js';

const tree = [
  { code: '430000', parent_code: null },
  { code: '431100', parent_code: '430000' },
  { code: '431127', parent_code: '431100' },
  { code: '431127100', parent_code: '431127' },
  { code: '431127100001', parent_code: '431127100' },
  { code: '430600', parent_code: '430000' },
  { code: '430624', parent_code: '430600' },
];

describe('the region tree', () => {
  it('reads the level from the shape of a code: 6 digits for province, city and county, 9 a township, 12 a village', () => {
    expect(['430000', '431100', '431127', '431127100', '431127100001'].map(regionLevel)).toEqual(['province', 'city', 'county', 'township', 'village']);
    expect(['430000', '431127100', '431127100001'].every(isRegionCode)).toBe(true);
    expect(['43000', '4311271', '031127', '4311271000', ''].some(isRegionCode)).toBe(false);
  });

  it('places a code within its ancestors and nowhere else', () => {
    expect(isWithinRegion('431127100001', '431127')).toBe(true);
    expect(isWithinRegion('431127', '431100')).toBe(true);
    expect(isWithinRegion('431127', '430000')).toBe(true);
    expect(isWithinRegion('431127', '431127')).toBe(true);
    expect(isWithinRegion('430624', '431100')).toBe(false);
    expect(isWithinRegion('431100', '431127')).toBe(false);
    expect(isWithinRegion('431127102', '431127100')).toBe(false);
    expect(isWithinRegion('431127', null)).toBe(false);
    expect(isWithinRegion(null, '430000')).toBe(false);
    // codes held in char(6) columns come padded
    expect(isWithinRegion('431127 ', '431100 ')).toBe(true);
  });

  it('gives the SQL pattern of a subtree by the code prefix', () => {
    expect(['430000', '431100', '431127', '431127100'].map(regionPrefix)).toEqual(['43', '4311', '431127', '431127100']);
    expect(regionPattern('431100')).toBe('4311%');
  });

  it('lists a subtree and the chain above a region', () => {
    expect(subtreeOf(tree, '431100').map((r) => r.code)).toEqual(['431100', '431127', '431127100', '431127100001']);
    expect(subtreeOf(tree, '430000')).toHaveLength(tree.length);
    expect(ancestorsOf(tree, '431127100').map((r) => r.code)).toEqual(['430000', '431100', '431127', '431127100']);
    expect(fitsUnder('431127100', '431127')).toBe(true);
    expect(fitsUnder('430624', '431100')).toBe(false);
    expect(fitsUnder('431127', '431127')).toBe(false);
  });
});
