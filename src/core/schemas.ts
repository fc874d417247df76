import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day that exists: 2026-02-28 is one, 2026-02-30 is not. */
export function isCalendarDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1 && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** The one schema of a date field in requests: `YYYY-MM-DD`, and a day that exists. */
export const IsoDateString = z
  .string()
  .regex(ISO_DATE, '日期格式应为 YYYY-MM-DD')
  .refine(isCalendarDate, { message: '日期不存在', abort: true })
  .meta({ format: 'date' });
