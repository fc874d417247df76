/**
 * Statutory documents of an application: what each says, how it is numbered. Pure (the store hands out the sequence
 * numbers; statutory-documents.ts issues them inside the change that calls for them).
 */
export const DOCUMENT_KINDS = ['acceptance', 'correction', 'refusal', 'denial', 'grant', 'revocation'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Title, and the word of the document number (发文代字) after the issuer's abbreviation. */
export const documentKindInfo: Record<DocumentKind, { title: string; word: string; negative: boolean }> = {
  acceptance: { title: '受理通知书', word: '受字', negative: false },
  correction: { title: '补正告知书', word: '补字', negative: false },
  refusal: { title: '不予受理通知书', word: '不受字', negative: true },
  denial: { title: '不予许可决定书', word: '不许字', negative: true },
  grant: { title: '准予许可决定书', word: '准许字', negative: false },
  revocation: { title: '撤销行政许可决定书', word: '撤字', negative: true },
};

/** What a rendered document says: frozen when issued, so that the PDF is the same whenever it is rendered. */
export interface DocumentContent {
  title: string;
  number: string;
  authorityName: string;
  addressee: string;
  paragraphs: string[];
  table?: Array<[string, string]>;
  legalBasis: string;
  /** 行政复议 and 行政诉讼 (negative decisions only) */
  rights: string | null;
  /** the date as written on the document (2026年3月2日) */
  dateText: string;
}

/** 蓝市场监管不许字〔2026〕第12号 */
/**
 * What a document number says before and after its sequence number: 蓝审受字〔2026〕第12号 (the store numbers and
 * writes a document in one statement).
 */
export const documentNumberAround = (abbreviation: string, kind: DocumentKind, year: number): [string, string] => [`${abbreviation}${documentKindInfo[kind].word}〔${year}〕第`, '号'];

/**
 * The applicant's remedies against a negative decision (《行政复议法》第二十条, 《行政诉讼法》第四十六条): the people's
 * government of the authority's region reviews; the basic people's court of that region hears the suit.
 */
export function remediesText(regionName: string, document: string): string {
  return `如不服本决定，可以自收到本${document}之日起六十日内向${regionName}人民政府申请行政复议，也可以自收到本${document}之日起六个月内依法向${regionName}人民法院提起行政诉讼。`;
}

export const dateZhOf = (isoDate: string) => {
  const [y, m, d] = isoDate.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
};
