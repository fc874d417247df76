/**
 * Calendar dates as 'YYYY-MM-DD' strings. Arithmetic runs on UTC midnights so that the server's
 * time zone never shifts a day; instants are turned into dates in Asia/Shanghai by `shanghaiDateOf`.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type IsoDate = string;

export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

const toUtc = (d: IsoDate): number => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
const fromUtc = (t: number): IsoDate => new Date(t).toISOString().slice(0, 10);

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromUtc(toUtc(d) + n * 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(d: IsoDate): number {
  return new Date(toUtc(d)).getUTCDay();
}

export const isWeekend = (d: IsoDate): boolean => {
  const w = dayOfWeek(d);
  return w === 0 || w === 6;
};

export const yearOf = (d: IsoDate): number => Number(d.slice(0, 4));

/** Calendar days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/** Monday of the ISO week containing d. */
export function mondayOf(d: IsoDate): IsoDate {
  return addDays(d, -((dayOfWeek(d) + 6) % 7));
}

/** First day of the quarter containing d. */
export function quarterStartOf(d: IsoDate): IsoDate {
  const m = Number(d.slice(5, 7));
  const qm = Math.floor((m - 1) / 3) * 3 + 1;
  return `${d.slice(0, 4)}-${String(qm).padStart(2, '0')}-01`;
}
