import { createRequire } from 'node:module';
import { addDays, type IsoDate } from './dates.js';

// the package is CommonJS: loaded as official.ts loads its data, so that plain Node (the CLI, the server) finds it
const { getSolarDateFromLunar, getSolarTerms } = createRequire(import.meta.url)('chinese-days') as typeof import('chinese-days');

/**
 * The statutory holidays of 《全国年节及纪念日放假办法》 (as revised in 2024, in force from 2025; 13 days), which hold
 * whatever a year's notice adds around them: 元旦 1 January; 春节 农历除夕 to 正月初三; 清明节 the day of the 清明 solar
 * term; 劳动节 1–2 May; 端午节 农历五月初五; 中秋节 农历八月十五; 国庆节 1–3 October. For a year whose notice is not
 * imported these days are still certain holidays (the deadline stays flagged until the notice arrives); the bridging
 * days and make-up working days are not guessed.
 */
const cache = new Map<number, ReadonlyMap<IsoDate, string>>();

const lunar = (year: number, month: number, day: number): IsoDate =>
  getSolarDateFromLunar(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`).date;

export function statutoryHolidays(year: number): ReadonlyMap<IsoDate, string> {
  const hit = cache.get(year);
  if (hit) return hit;
  const days = new Map<IsoDate, string>();
  const y = String(year);
  days.set(`${y}-01-01`, '元旦');
  // 春节 of the lunar year that begins in this Gregorian year: its eve (除夕) and 正月初一 to 初三
  const newYear = lunar(year, 1, 1);
  for (let i = -1; i <= 2; i++) days.set(addDays(newYear, i), '春节');
  const qingming = getSolarTerms(`${y}-04-01`, `${y}-04-30`).find((t) => t.term === 'pure_brightness');
  if (qingming) days.set(qingming.date, '清明节');
  days.set(`${y}-05-01`, '劳动节');
  days.set(`${y}-05-02`, '劳动节');
  days.set(lunar(year, 5, 5), '端午节');
  days.set(lunar(year, 8, 15), '中秋节');
  for (const d of ['01', '02', '03']) days.set(`${y}-10-${d}`, '国庆节');
  cache.set(year, days);
  return days;
}
