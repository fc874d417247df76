/**
 * 好差评 levels and indicators (国办发〔2019〕51号, GB/T 39734-2020, GB/T 39735-2020). Pure data and rules.
 * A level is a number 1–5: 5 非常满意 … 1 非常不满意.
 */
export type Channel = 'online' | 'window';
export type Grade = 'good' | 'neutral' | 'bad';

export interface LevelDef {
  level: number;
  code: string;
  zh: string;
  en: string;
  grade: Grade;
}

export const LEVELS: readonly LevelDef[] = [
  { level: 5, code: 'very-satisfied', zh: '非常满意', en: 'Very satisfied', grade: 'good' },
  { level: 4, code: 'satisfied', zh: '满意', en: 'Satisfied', grade: 'good' },
  { level: 3, code: 'basically-satisfied', zh: '基本满意', en: 'Basically satisfied', grade: 'neutral' },
  { level: 2, code: 'dissatisfied', zh: '不满意', en: 'Dissatisfied', grade: 'bad' },
  { level: 1, code: 'very-dissatisfied', zh: '非常不满意', en: 'Very dissatisfied', grade: 'bad' },
];

export const gradeNames: Record<Grade, string> = { good: '好评', neutral: '中评', bad: '差评' };

export function levelDef(level: number): LevelDef {
  const d = LEVELS.find((l) => l.level === level);
  if (!d) throw new RangeError(`no rating level ${level}`);
  return d;
}

export const gradeOf = (level: number): Grade => levelDef(level).grade;
export const isBad = (level: number): boolean => gradeOf(level) === 'bad';

export interface IndicatorDef {
  code: string;
  zh: string;
  en: string;
}

/** Each channel's indicators; `overall` (整体满意度) is the rating's level. */
export const INDICATORS: Record<Channel, readonly IndicatorDef[]> = {
  online: [
    { code: 'overall', zh: '整体满意度', en: 'Overall satisfaction' },
    { code: 'efficiency', zh: '办事效率', en: 'Efficiency' },
    { code: 'guideAccuracy', zh: '办事指南精确度', en: 'Accuracy of the guide' },
    { code: 'convenience', zh: '办事便捷度', en: 'Convenience' },
    { code: 'usability', zh: '平台操作性', en: 'Ease of use of the platform' },
  ],
  window: [
    { code: 'overall', zh: '整体满意度', en: 'Overall satisfaction' },
    { code: 'serviceEfficiency', zh: '服务效率', en: 'Service efficiency' },
    { code: 'serviceLevel', zh: '服务水平', en: 'Service competence' },
    { code: 'attitude', zh: '服务态度', en: 'Service attitude' },
  ],
};

export const channelNames: Record<Channel, string> = { online: '网上办事（一事一评）', window: '窗口办事（一次一评）' };

export type IndicatorCheck =
  | { ok: true; level: number; indicators: Record<string, number> }
  | { ok: false; missing: string[]; unknown: string[]; invalid: string[] };

/** Every indicator of the channel must be given a level 1–5, and nothing else; the overall one is the rating's level. */
export function checkIndicators(channel: Channel, given: Record<string, unknown>): IndicatorCheck {
  const codes = INDICATORS[channel].map((i) => i.code);
  const missing = codes.filter((c) => given[c] === undefined);
  const unknown = Object.keys(given).filter((k) => !codes.includes(k));
  const invalid = codes.filter((c) => given[c] !== undefined && !(Number.isInteger(given[c]) && (given[c] as number) >= 1 && (given[c] as number) <= 5));
  if (missing.length || unknown.length || invalid.length) return { ok: false, missing, unknown, invalid };
  const indicators = Object.fromEntries(codes.map((c) => [c, given[c] as number]));
  return { ok: true, level: indicators.overall!, indicators };
}

/**
 * A 差评 says what was wrong (GB/T 39734-2020 5.3): at least one aspect besides the overall one rated 不满意 or worse,
 * and a reason in words; these are the aspects named, or what is still missing.
 */
export function badRatingGaps(channel: Channel, indicators: Record<string, number>, comment: string | null | undefined): { dimensions: string[]; missing: Array<'dimension' | 'reason'> } {
  const dimensions = INDICATORS[channel].filter((i) => i.code !== 'overall' && (indicators[i.code] ?? 5) <= 2).map((i) => i.zh);
  if (!isBad(indicators.overall ?? 5)) return { dimensions, missing: [] };
  const missing: Array<'dimension' | 'reason'> = [];
  if (dimensions.length === 0) missing.push('dimension');
  if ((comment?.trim().length ?? 0) < 4) missing.push('reason');
  return { dimensions, missing };
}
