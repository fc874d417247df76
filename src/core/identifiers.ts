/**
 * Statutory identifiers (REFERENCE.md): citizen ID numbers (GB 11643-1999),
 * unified social credit codes (GB 32100-2015) and organisation codes (GB 11714-1997).
 * Pure functions: they return a verdict with a reason, never throw.
 */
export type IdentifierVerdict =
  | { valid: true; normalized: string }
  /** possiblePilotCode: a USCC whose check character fails but whose embedded organisation code is consistent */
  | { valid: false; reason: IdentifierReason; normalized: string; possiblePilotCode?: true };

export type IdentifierReason =
  | 'LENGTH'
  | 'CHARSET'
  | 'CHECK_DIGIT'
  | 'BIRTH_DATE'
  | 'BIRTH_IN_FUTURE'
  | 'REGION'
  | 'ORG_CODE_CHECK';

export const identifierReasonText: Record<IdentifierReason, { zh: string; en: string }> = {
  LENGTH: { zh: '长度应为 18 位', en: 'must be 18 characters long' },
  CHARSET: { zh: '包含不允许的字符', en: 'contains characters that are not allowed' },
  CHECK_DIGIT: { zh: '校验码不正确', en: 'check character is wrong' },
  BIRTH_DATE: { zh: '出生日期无效', en: 'birth date is invalid' },
  BIRTH_IN_FUTURE: { zh: '出生日期晚于今天', en: 'birth date is after today' },
  REGION: { zh: '行政区划代码无效', en: 'region code is invalid' },
  ORG_CODE_CHECK: { zh: '组织机构代码校验码不正确', en: 'organisation code check character is wrong' },
};

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

/**
 * Validates a citizen ID number. `today` (YYYY-MM-DD, Beijing date, from the caller's clock) rules out birth dates
 * yet to come; without it only the calendar validity of the date is checked.
 */
export function validateIdNumber(input: string, today?: string): IdentifierVerdict {
  const s = input.trim().toUpperCase();
  if (s.length !== 18) return { valid: false, reason: 'LENGTH', normalized: s };
  if (!/^\d{17}[\dX]$/.test(s)) return { valid: false, reason: 'CHARSET', normalized: s };
  if (!/^[1-9]\d{5}$/.test(s.slice(0, 6))) return { valid: false, reason: 'REGION', normalized: s };
  const y = Number(s.slice(6, 10));
  const m = Number(s.slice(10, 12));
  const d = Number(s.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1880 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { valid: false, reason: 'BIRTH_DATE', normalized: s };
  }
  if (today && birthDateOfIdNumber(s) > today) return { valid: false, reason: 'BIRTH_IN_FUTURE', normalized: s };
  if (idNumberCheckChar(s) !== s[17]) return { valid: false, reason: 'CHECK_DIGIT', normalized: s };
  return { valid: true, normalized: s };
}

/** Birth date (YYYY-MM-DD) of a valid ID number. */
export function birthDateOfIdNumber(idNumber: string): string {
  return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
}

const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(first17[i]!) * USCC_WEIGHTS[i]!;
  return USCC_CHARSET[(31 - (sum % 31)) % 31]!;
}

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export function orgCodeCheckChar(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(first8[i]!, 36) * ORG_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * Validates a USCC. A wrong final check character makes it invalid; when the embedded organisation code is itself
 * consistent the verdict says so (possiblePilotCode): some genuine early pilot codes fail the USCC check, and a
 * submission carrying one is accepted only with the clerk's recorded confirmation (REFERENCE.md).
 */
export function validateUscc(input: string): IdentifierVerdict {
  const s = input.trim().toUpperCase();
  if (s.length !== 18) return { valid: false, reason: 'LENGTH', normalized: s };
  for (const ch of s) if (!USCC_CHARSET.includes(ch)) return { valid: false, reason: 'CHARSET', normalized: s };
  if (!/^\d{6}$/.test(s.slice(2, 8))) return { valid: false, reason: 'REGION', normalized: s };
  if (usccCheckChar(s) === s[17]) return { valid: true, normalized: s };
  const org = s.slice(8, 17);
  if (/^[0-9A-Z]{8}[0-9X]$/.test(org) && orgCodeCheckChar(org) === org[8]) {
    return { valid: false, reason: 'CHECK_DIGIT', normalized: s, possiblePilotCode: true };
  }
  return { valid: false, reason: 'CHECK_DIGIT', normalized: s };
}

/** Builds a valid USCC from its parts (demo data, generators): category 2 chars, region 6 digits, organisation base 8 chars. */
export function makeUscc(category: string, region: string, orgBase: string): string {
  const org = orgBase + orgCodeCheckChar(orgBase);
  const first17 = category + region + org;
  return first17 + usccCheckChar(first17);
}

/** Builds a valid citizen ID number from region, birth date (YYYYMMDD) and a 3-digit sequence. */
export function makeIdNumber(region: string, birth: string, seq: string): string {
  const first17 = region + birth + seq;
  return first17 + idNumberCheckChar(first17);
}
