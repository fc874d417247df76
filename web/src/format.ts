import { activeLang } from './i18n';

const tz = 'Asia/Shanghai';

/** Year, month, day, hour and minute of a moment in Beijing time. */
function beijing(iso: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') === '24' ? '00' : get('hour'), minute: get('minute') };
}

/** A moment as people in the county read it: 2026-12-04 14:05, Beijing time, in every language. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  const b = beijing(iso);
  return `${b.year}-${b.month}-${b.day} ${b.hour}:${b.minute}`;
}

/** A calendar date ('YYYY-MM-DD' or an ISO moment) without time: 2026年12月4日 (English: 2026-12-04). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  let y: string, m: string, d: string;
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (plain) [, y, m, d] = plain as unknown as [string, string, string, string];
  else {
    if (Number.isNaN(new Date(value).getTime())) return '—';
    const b = beijing(value);
    [y, m, d] = [b.year, b.month, b.day];
  }
  return activeLang() === 'en' ? `${y}-${m}-${d}` : `${y}年${Number(m)}月${Number(d)}日`;
}

/**
 * The calendar day `days` from today in Beijing time as YYYY-MM-DD: the value an <input type="date"> or a request body
 * takes (never formatDate's 2026年12月4日, which is for people to read).
 */
export function inputDate(days = 0, now: Date = new Date()): string {
  const b = beijing(new Date(now.getTime() + days * 86_400_000).toISOString());
  return `${b.year}-${b.month}-${b.day}`;
}

/** Yes or no, never true/false. */
export function formatYesNo(value: boolean | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const en = activeLang() === 'en';
  return value ? (en ? 'Yes' : '是') : en ? 'No' : '否';
}

const FIELD_LABELS: Record<string, [string, string]> = {
  requesterPhone: ['联系电话', 'Phone'],
  requesterName: ['姓名', 'Name'],
  raterPhone: ['联系电话', 'Phone'],
  raterName: ['姓名', 'Name'],
  phone: ['手机号码', 'Phone number'],
  title: ['标题', 'Title'],
  content: ['内容', 'Content'],
  comment: ['意见', 'Comment'],
  number: ['编号', 'Number'],
  check: ['后四位', 'Last four characters'],
  reason: ['理由', 'Reason'],
  note: ['说明', 'Note'],
  address: ['地址', 'Address'],
  name: ['名称', 'Name'],
  idNumber: ['身份证号码', 'ID number'],
  uscc: ['统一社会信用代码', 'Credit code'],
  password: ['密码', 'Password'],
  username: ['用户名', 'User name'],
  code: ['验证码', 'Code'],
  email: ['电子邮箱', 'Email'],
  description: ['描述', 'Description'],
  organisation: ['单位', 'Organisation'],
};

/** The label a person knows a refused field by ('requesterPhone' → 联系电话); null when there is none to show. */
export function fieldLabel(path: string | null | undefined): string | null {
  if (!path) return null;
  const key = path.split('.').filter((s) => !/^\d+$/.test(s)).pop() ?? '';
  const pair = FIELD_LABELS[key];
  return pair ? (activeLang() === 'en' ? pair[1] : pair[0]) : null;
}

export function formatPercent(ratio: number | null | undefined, digits = 1): string {
  if (ratio === null || ratio === undefined || Number.isNaN(ratio)) return '—';
  return `${(ratio * 100).toFixed(digits)}%`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
