/**
 * Value parsing shared by both engines, so a row looks the same whichever engine produced it:
 * int8 and numeric as numbers (counts, sums), `date` as a 'YYYY-MM-DD' string (no time-zone shift),
 * timestamptz as Date, json/jsonb parsed.
 */
export const OID = { INT8: 20, NUMERIC: 1700, DATE: 1082, DATE_ARRAY: 1182, INT8_ARRAY: 1016 } as const;

export const parseInt8 = (v: string): number => Number(v);
export const parseNumeric = (v: string): number => Number(v);
export const parseDate = (v: string): string => v;
