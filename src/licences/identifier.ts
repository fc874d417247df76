/**
 * Licence identifiers (证照标识) in the GB/T 36904-2018 form:
 * `1.2.156.3005.2.` + type code + `.` + issuer USCC + `.` + serial + `.` + version (3 digits) + `.` + check character,
 * the check character being ISO/IEC 7064 MOD 37,36 over type code, issuer, serial and version joined without dots.
 */
export const LICENCE_ID_PREFIX = '1.2.156.3005.2.';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const M = 36;

/** ISO/IEC 7064 hybrid system MOD 37,36 over 0-9A-Z; undefined when a character is outside the alphabet. */
export function mod3736CheckChar(input: string): string | undefined {
  let p = M;
  for (const ch of input.toUpperCase()) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return undefined;
    let s = (p + v) % M;
    if (s === 0) s = M;
    p = (s * 2) % (M + 1);
  }
  return ALPHABET[(M + 1 - p) % M];
}

export interface LicenceIdParts {
  typeCode: string;
  issuerUscc: string;
  serial: string;
  version: number;
}

export const formatVersion = (version: number) => String(version).padStart(3, '0');

export function makeLicenceId(parts: LicenceIdParts): string {
  const version = formatVersion(parts.version);
  const check = mod3736CheckChar(parts.typeCode + parts.issuerUscc + parts.serial + version);
  if (!check) throw new Error(`licence identifier parts outside 0-9A-Z: ${JSON.stringify(parts)}`);
  return `${LICENCE_ID_PREFIX}${parts.typeCode}.${parts.issuerUscc}.${parts.serial}.${version}.${check}`;
}

export type LicenceIdVerdict =
  | { valid: true; parts: LicenceIdParts; identifier: string }
  | { valid: false; reason: 'FORMAT' | 'CHECK_CHARACTER' };

const PATTERN = /^1\.2\.156\.3005\.2\.([0-9A-Z]+)\.([0-9A-Z]{18})\.([0-9A-Z]+)\.(\d{3})\.([0-9A-Z])$/;

export function parseLicenceId(input: string): LicenceIdVerdict {
  const identifier = input.trim().toUpperCase();
  const m = PATTERN.exec(identifier);
  if (!m) return { valid: false, reason: 'FORMAT' };
  const [, typeCode, issuerUscc, serial, version, check] = m as unknown as [string, string, string, string, string, string];
  if (mod3736CheckChar(typeCode + issuerUscc + serial + version) !== check) return { valid: false, reason: 'CHECK_CHARACTER' };
  return { valid: true, identifier, parts: { typeCode, issuerUscc, serial, version: Number(version) } };
}
