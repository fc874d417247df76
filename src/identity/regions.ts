/**
 * The 行政区划 tree. Codes: 6 digits for a province (43 0000), city (4311 00) and county (431127) as GB/T 2260 has them;
 * 9 digits for a township (431127100) and 12 for a village (431127100001), each extending the code above it. So a
 * region's subtree is exactly the codes starting with its prefix, and a filter over any table holding a region code
 * needs no join: `region_code LIKE '4311%'` (the database checks that every region lies under its parent's prefix).
 */
export type RegionLevel = 'province' | 'city' | 'county' | 'township' | 'village';

export const REGION_CODE = /^[1-9]\d{5}(\d{3}(\d{3})?)?$/;

export const isRegionCode = (code: string): boolean => REGION_CODE.test(code);

/** The level a code's shape says it has. */
export function regionLevel(code: string): RegionLevel {
  const c = code.trim();
  if (c.length === 12) return 'village';
  if (c.length === 9) return 'township';
  if (c.endsWith('0000')) return 'province';
  if (c.endsWith('00')) return 'city';
  return 'county';
}

/** The characters every code in the region's subtree starts with: 430000 → '43', 431100 → '4311', 431127 → '431127'. */
export function regionPrefix(code: string): string {
  const c = code.trim();
  switch (regionLevel(c)) {
    case 'province':
      return c.slice(0, 2);
    case 'city':
      return c.slice(0, 4);
    default:
      return c;
  }
}

/** Whether `code` is `ancestor` or lies below it. */
export function isWithinRegion(code: string | null | undefined, ancestor: string | null | undefined): boolean {
  if (!code || !ancestor) return false;
  return code.trim().startsWith(regionPrefix(ancestor));
}

/** The SQL LIKE pattern matching a region and every region below it (`column LIKE $n`). */
export const regionPattern = (code: string): string => `${regionPrefix(code)}%`;

/** Whether a child code may sit under a parent: below it by the prefix rule, and not the same code. */
export const fitsUnder = (child: string, parent: string): boolean => child.trim() !== parent.trim() && isWithinRegion(child, parent);

/** The region and every region below it, from a list of regions. */
export function subtreeOf<T extends { code: string }>(regions: readonly T[], root: string): T[] {
  return regions.filter((r) => isWithinRegion(r.code, root));
}

/** The chain from the root down to a region (inclusive), from a list of regions with parent codes. */
export function ancestorsOf<T extends { code: string; parent_code: string | null }>(regions: readonly T[], code: string): T[] {
  const byCode = new Map(regions.map((r) => [r.code.trim(), r]));
  const chain: T[] = [];
  let at = byCode.get(code.trim());
  while (at && chain.length < 6) {
    chain.unshift(at);
    at = at.parent_code ? byCode.get(at.parent_code.trim()) : undefined;
  }
  return chain;
}
