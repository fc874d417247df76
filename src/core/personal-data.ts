/**
 * Personal data classes and the one masking rule per class and audience. Every presenter, document and log line that
 * carries a person's data passes it through `maskAs` (declared fields) or `maskShapes` (free text), so what a role sees
 * of a citizen ID number or a mobile number is decided here and nowhere else. Which audience an actor belongs to is a
 * policy of the module that owns the data (for applications: src/applications/policy.ts).
 */
import { validateIdNumber } from './identifiers.js';

export const PERSONAL_CLASSES = ['idNumber', 'phone', 'address', 'name', 'none'] as const;
export type PersonalClass = (typeof PERSONAL_CLASSES)[number];

export const personalClassNames: Record<PersonalClass, string> = {
  idNumber: '公民身份号码',
  phone: '电话号码',
  address: '个人住址',
  name: '姓名',
  none: '非个人信息',
};

/** `full`: a role that handles the person's matter and needs the number; `masked`: everyone else. */
export type Audience = 'full' | 'masked';

/** Masks a citizen ID number: region and last four stay, the birth date goes (431127********0329). */
export function maskIdNumber(idNumber: string | null | undefined): string | null {
  if (!idNumber) return idNumber ?? null;
  if (idNumber.length < 10) return '*'.repeat(idNumber.length);
  return `${idNumber.slice(0, 6)}${'*'.repeat(idNumber.length - 10)}${idNumber.slice(-4)}`;
}

/** Masks a phone number: 138****5678; a landline keeps its area code and last four (0746-****2315). */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return phone ?? null;
  const landline = /^(0\d{2,3})[-\s]?(\d{7,8})$/.exec(phone.trim());
  if (landline) return `${landline[1]}-****${landline[2]!.slice(-4)}`;
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

/** Masks a home address: the place stays readable down to the road, house and room numbers do not (舜乡大道**号). */
export function maskAddress(address: string | null | undefined): string | null {
  if (!address) return address ?? null;
  return address.replace(/\d+/g, '**');
}

/**
 * The one rule: what of a value of class `cls` leaves for `audience`. Names stay whole for every staff audience: a
 * clerk or supervisor has to address the person, notices print the name, and a name alone does not identify anyone;
 * numbers and house numbers are masked. Any string still gets the shape check, so a number typed into a name or
 * address field is masked too.
 */
export function maskAs<T>(cls: PersonalClass, value: T, audience: Audience): T {
  if (audience === 'full' || typeof value !== 'string') return value;
  switch (cls) {
    case 'idNumber':
      return (looksLikeIdNumber(value) || value.length === 18 ? maskIdNumber(value) : maskShapes(value)) as T;
    case 'phone':
      return maskPhone(value) as T;
    case 'address':
      return maskShapes(maskAddress(value)!) as T;
    case 'name':
    case 'none':
      return maskShapes(value) as T;
  }
}

const looksLikeIdNumber = (s: string) => /^\d{17}[\dXx]$/.test(s) && validateIdNumber(s).valid;

const ID_IN_TEXT = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const MOBILE_IN_TEXT = /(?<![0-9A-Za-z])(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?![0-9A-Za-z])/g;

/**
 * The fallback for free text (notes, reasons, item-specific fields, audit data): a valid 18-character citizen ID number
 * or an 11-digit mobile number anywhere in a string is masked, whatever field it was typed into.
 */
export function maskShapes(text: string): string {
  return text
    .replace(ID_IN_TEXT, (m) => (validateIdNumber(m).valid ? maskIdNumber(m)! : m))
    .replace(MOBILE_IN_TEXT, (m) => {
      const digits = m.replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, '');
      return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
    });
}

/**
 * Masks a whole JSON value for `audience`: each key's class comes from `classOf` (the catalog's data elements and form
 * fields for a form), every other string gets the shape check. Nested objects and arrays are walked.
 */
export function maskData<T>(value: T, audience: Audience, classOf: (key: string) => PersonalClass | undefined = () => undefined): T {
  if (audience === 'full') return value;
  const walk = (v: unknown, cls: PersonalClass): unknown => {
    if (typeof v === 'string') return maskAs(cls, v, 'masked');
    if (Array.isArray(v)) return v.map((x) => walk(x, cls));
    if (v && typeof v === 'object' && !(v instanceof Date)) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = walk(x, classOf(k) ?? (cls === 'none' ? 'none' : cls));
      return out;
    }
    return v;
  };
  return walk(value, 'none') as T;
}

/** The class a value of a data element's type has unless the element says otherwise. */
export function personalClassOfType(type: string): PersonalClass {
  switch (type) {
    case 'idNumber':
      return 'idNumber';
    case 'phone':
      return 'phone';
    case 'address':
      return 'address';
    default:
      return 'none';
  }
}

/** Masks the query string of a URL for a log line: values that look like personal numbers never reach the log. */
export function maskUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return maskShapes(url);
  let query = url.slice(q + 1);
  try {
    query = query.replace(/[^&=]+/g, (part) => {
      const decoded = decodeURIComponent(part.replace(/\+/g, ' '));
      const masked = maskShapes(decoded);
      return masked === decoded ? part : encodeURIComponent(masked);
    });
  } catch {
    query = maskShapes(query);
  }
  return `${maskShapes(url.slice(0, q))}?${query}`;
}
