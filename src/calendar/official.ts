import { createRequire } from 'node:module';
import type { YearArrangement } from './working-calendar.js';

/**
 * The State Council arrangements shipped by `chinese-days`. The package answers for any year, treating the years
 * it has no data for as plain Monday–Friday; we only take the years that actually appear in its data.
 */
const require = createRequire(import.meta.url);
const data = require('chinese-days/dist/chinese-days.json') as { holidays: Record<string, string>; workdays: Record<string, string> };
export const OFFICIAL_PACKAGE = `chinese-days@${(require('chinese-days/package.json') as { version: string }).version}`;

/** "Spring Festival,春节,4" → "春节". */
const chineseName = (raw: string): string => raw.split(',')[1] ?? raw;

function collect(): Map<number, YearArrangement> {
  const years = new Map<number, YearArrangement>();
  const yearOf = (d: string) => {
    const y = Number(d.slice(0, 4));
    let a = years.get(y);
    if (!a) years.set(y, (a = { year: y, holidays: {}, workdays: {} }));
    return a;
  };
  for (const [d, n] of Object.entries(data.holidays)) yearOf(d).holidays[d] = chineseName(n);
  for (const [d, n] of Object.entries(data.workdays)) yearOf(d).workdays[d] = chineseName(n);
  return years;
}

export const officialArrangements: ReadonlyMap<number, YearArrangement> = collect();
export const officialYears = (): number[] => [...officialArrangements.keys()].sort((a, b) => a - b);
