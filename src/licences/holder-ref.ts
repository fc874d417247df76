/** A holder is named by USCC and/or citizen ID number: a business applicant's licences and its representative's. */
export type HolderRef = string | readonly (string | null | undefined)[];

export function holderIdsOf(holder: HolderRef): string[] {
  const list = typeof holder === 'string' ? [holder] : holder;
  return [...new Set(list.filter((h): h is string => !!h && h.trim().length > 0).map((h) => h.trim().toUpperCase()))];
}
