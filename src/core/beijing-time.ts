/**
 * The one way a moment or a date is written for people, on every screen and document: 2026-12-04 14:05 (Beijing
 * time) and 2026年12月4日. Pure.
 */
function parts(at: Date | string) {
  const d = typeof at === 'string' ? new Date(at) : at;
  const p = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).formatToParts(d);
  const get = (type: string) => p.find((x) => x.type === type)?.value ?? '';
  return { y: get('year'), m: get('month'), d: get('day'), h: get('hour') === '24' ? '00' : get('hour'), min: get('minute') };
}

/** 2026-12-04 14:05, Beijing time. */
export function beijingDateTime(at: Date | string): string {
  const p = parts(at);
  return `${p.y}-${p.m}-${p.d} ${p.h}:${p.min}`;
}

/** 2026年12月4日: a calendar date ('2026-12-04') or the Beijing date of a moment. */
export function beijingDate(at: Date | string): string {
  const plain = typeof at === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(at) : null;
  const [y, m, d] = plain ? [plain[1]!, plain[2]!, plain[3]!] : (({ y, m, d }) => [y, m, d])(parts(at));
  return `${y}年${Number(m)}月${Number(d)}日`;
}
