import { validateUscc } from '../core/index.js';

/**
 * Service item codes (REFERENCE.md): the basic code is a 2-letter kind code + 5-digit main item + 3-digit sub-item
 * (`XK00118001`); the implementation code adds the level (1 digit), the region (6 or 12 digits) and the
 * authority's USCC (18): `XK00118001` `4` `431127` `11431127006510001X`.
 */
export const ITEM_KINDS = ['licence', 'confirmation', 'filing', 'benefit', 'adjudication', 'award', 'other', 'publicService'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const kindCodes: Record<ItemKind, string> = {
  licence: 'XK',
  confirmation: 'QR',
  filing: 'BA',
  benefit: 'JF',
  adjudication: 'CJ',
  award: 'JL',
  other: 'QT',
  publicService: 'GG',
};

export const kindNames: Record<ItemKind, string> = {
  licence: '行政许可',
  confirmation: '行政确认',
  filing: '行政备案',
  benefit: '行政给付',
  adjudication: '行政裁决',
  award: '行政奖励',
  other: '其他行政权力',
  publicService: '公共服务',
};

export const LEVELS = ['national', 'province', 'city', 'county', 'township', 'village'] as const;
export type Level = (typeof LEVELS)[number];
export const levelDigits: Record<Level, string> = { national: '1', province: '2', city: '3', county: '4', township: '5', village: '6' };
export const levelNames: Record<Level, string> = { national: '国家级', province: '省级', city: '市级', county: '县级', township: '乡级', village: '村级' };

export type ItemCodeReason = 'FORMAT' | 'KIND_CODE' | 'KIND_MISMATCH' | 'MAIN_ITEM' | 'LEVEL' | 'REGION' | 'AUTHORITY_USCC' | 'MISMATCH';

export const itemCodeReasonText: Record<ItemCodeReason, { zh: string; en: string }> = {
  FORMAT: { zh: '应为 2 位类型字母 + 5 位主项编码 + 3 位子项编码（如 XK00118001）', en: 'must be a 2-letter kind code, a 5-digit main item and a 3-digit sub-item (e.g. XK00118001)' },
  KIND_CODE: { zh: '事项类型代码不存在', en: 'unknown item kind code' },
  KIND_MISMATCH: { zh: '编码中的类型代码与事项类型不一致', en: 'the kind code does not match the item kind' },
  MAIN_ITEM: { zh: '主项编码不能为 00000', en: 'the main item cannot be 00000' },
  LEVEL: { zh: '层级代码应为 1–6', en: 'the level digit must be 1–6' },
  REGION: { zh: '行政区划代码无效', en: 'the region code is invalid' },
  AUTHORITY_USCC: { zh: '实施主体统一社会信用代码无效', en: "the authority's USCC is invalid" },
  MISMATCH: { zh: '实施编码与事项的基本编码、层级、区划或实施主体不一致', en: "the implementation code does not match the item's code, level, region or authority" },
};

export type ItemCodeVerdict =
  | { valid: true; kind: ItemKind; main: string; sub: string }
  | { valid: false; reason: ItemCodeReason };

const kindByCode = new Map(Object.entries(kindCodes).map(([k, c]) => [c, k as ItemKind]));

/** Validates a basic item code; with `kind`, also that the kind code matches it. */
export function validateItemCode(code: string, kind?: ItemKind): ItemCodeVerdict {
  const m = /^([A-Z]{2})(\d{5})(\d{3})$/.exec(code);
  if (!m) return { valid: false, reason: 'FORMAT' };
  const k = kindByCode.get(m[1]!);
  if (!k) return { valid: false, reason: 'KIND_CODE' };
  if (m[2] === '00000') return { valid: false, reason: 'MAIN_ITEM' };
  if (kind && k !== kind) return { valid: false, reason: 'KIND_MISMATCH' };
  return { valid: true, kind: k, main: m[2]!, sub: m[3]! };
}

export type ImplementationCodeVerdict =
  | { valid: true; itemCode: string; level: Level; regionCode: string; authorityUscc: string }
  | { valid: false; reason: ItemCodeReason };

const levelByDigit = new Map(Object.entries(levelDigits).map(([l, d]) => [d, l as Level]));

/** Validates an implementation code; with `expect`, also that it belongs to that item, level, region and authority. */
export function validateImplementationCode(
  code: string,
  expect?: { itemCode?: string; level?: Level; regionCode?: string; authorityUscc?: string | null },
): ImplementationCodeVerdict {
  if (code.length !== 35 && code.length !== 41) return { valid: false, reason: 'FORMAT' };
  const basic = validateItemCode(code.slice(0, 10));
  if (!basic.valid) return basic;
  const level = levelByDigit.get(code[10]!);
  if (!level) return { valid: false, reason: 'LEVEL' };
  const regionLen = code.length - 29;
  const region = code.slice(11, 11 + regionLen);
  if (!/^[1-9]\d{5}(\d{6})?$/.test(region)) return { valid: false, reason: 'REGION' };
  const uscc = code.slice(11 + regionLen);
  if (!validateUscc(uscc).valid) return { valid: false, reason: 'AUTHORITY_USCC' };
  if (expect) {
    if (
      (expect.itemCode && expect.itemCode !== code.slice(0, 10)) ||
      (expect.level && expect.level !== level) ||
      (expect.regionCode && !region.startsWith(expect.regionCode)) ||
      (expect.authorityUscc && expect.authorityUscc !== uscc)
    ) {
      return { valid: false, reason: 'MISMATCH' };
    }
  }
  return { valid: true, itemCode: code.slice(0, 10), level, regionCode: region, authorityUscc: uscc };
}

/** The implementation code of an item implemented by one authority at one level in one region. */
export function makeImplementationCode(itemCode: string, level: Level, regionCode: string, authorityUscc: string): string {
  return `${itemCode}${levelDigits[level]}${regionCode}${authorityUscc}`;
}
