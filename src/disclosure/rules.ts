/**
 * 依申请公开 (政府信息公开条例, 2019). Pure rules: the limits, the one extension, the answer types and their legal bases.
 */
/** 第三十三条: answer on the spot where possible, else within 20 working days. */
export const ANSWER_WORKING_DAYS = 20;
/** 第三十三条: one extension of at most 20 working days, approved by the head of the disclosure office, with notice. */
export const MAX_EXTENSION_DAYS = 20;

export const ANSWER_TYPES = ['disclosed', 'partly-disclosed', 'not-held', 'not-disclosable'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];
export const answerTypeNames: Record<AnswerType, string> = {
  disclosed: '予以公开',
  'partly-disclosed': '部分公开',
  'not-held': '本机关不掌握该政府信息',
  'not-disclosable': '不予公开',
};

export interface LegalBasis {
  code: string;
  article: string;
  text: string;
}

/** The grounds on which information may be withheld (wholly, or partly with 第三十七条). */
export const WITHHOLDING_BASES: readonly LegalBasis[] = [
  { code: 'art14', article: '第十四条', text: '依法确定为国家秘密的政府信息，法律、行政法规禁止公开的政府信息，以及公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息' },
  { code: 'art15', article: '第十五条', text: '涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息' },
  { code: 'art16-1', article: '第十六条第一款', text: '行政机关的内部事务信息，包括人事管理、后勤管理、内部工作流程等方面的信息' },
  { code: 'art16-2', article: '第十六条第二款', text: '行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息以及行政执法案卷信息' },
];

const fixedBasis: Partial<Record<AnswerType, string>> = {
  disclosed: '《中华人民共和国政府信息公开条例》第三十六条第（二）项',
  'not-held': '《中华人民共和国政府信息公开条例》第三十六条第（四）项',
};

export type AnswerCheck = { ok: true; legalBasis: string } | { ok: false; reason: 'DISCLOSURE_LEGAL_BASIS_REQUIRED' | 'DISCLOSURE_LEGAL_BASIS_UNKNOWN' };

/**
 * Withholding (wholly or in part) needs a legal ground from 第十四至十六条; the text the applicant receives cites it.
 */
export function legalBasisFor(type: AnswerType, basisCode: string | undefined): AnswerCheck {
  if (type === 'disclosed' || type === 'not-held') return { ok: true, legalBasis: fixedBasis[type]! };
  if (!basisCode) return { ok: false, reason: 'DISCLOSURE_LEGAL_BASIS_REQUIRED' };
  const b = WITHHOLDING_BASES.find((x) => x.code === basisCode);
  if (!b) return { ok: false, reason: 'DISCLOSURE_LEGAL_BASIS_UNKNOWN' };
  const prefix = type === 'partly-disclosed' ? '《中华人民共和国政府信息公开条例》第三十七条、' : '《中华人民共和国政府信息公开条例》';
  return { ok: true, legalBasis: `${prefix}${b.article}：${b.text}` };
}

export type ExtensionCheck = { ok: true } | { ok: false; reason: 'DISCLOSURE_ALREADY_EXTENDED' | 'DISCLOSURE_EXTENSION_TOO_LONG' | 'DISCLOSURE_ANSWERED' };

export function canExtend(r: { status: string; extended_at: Date | null }, workingDays: number): ExtensionCheck {
  if (r.status === 'answered') return { ok: false, reason: 'DISCLOSURE_ANSWERED' };
  if (r.extended_at) return { ok: false, reason: 'DISCLOSURE_ALREADY_EXTENDED' };
  if (workingDays > MAX_EXTENSION_DAYS) return { ok: false, reason: 'DISCLOSURE_EXTENSION_TOO_LONG' };
  return { ok: true };
}

export const statusNames: Record<'received' | 'consulting' | 'answered', string> = { received: '办理中', consulting: '征求第三方意见中（不计时）', answered: '已答复' };
