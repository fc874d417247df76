/**
 * Region trees by code prefix (GB/T 2260): a region and everything below it share its prefix,
 * 430000 → '43', 431100 → '4311', 431127 → '431127'.
 */
export function regionPrefixOf(code: string): string {
  const s = code.trim();
  return s.endsWith('0000') ? s.slice(0, 2) : s.endsWith('00') ? s.slice(0, 4) : s;
}

/** Whether `code` lies in the region tree of `scope` (the region itself or any region below it). */
export function withinRegion(scope: string | null | undefined, code: string | null | undefined): boolean {
  if (!scope || !code) return false;
  return code.trim().startsWith(regionPrefixOf(scope));
}
