/** Guidance answers (src/guidance/routes.ts). */
export type AnswerValue = boolean | string | number;
export type Answers = Record<string, AnswerValue>;

export interface Questionnaire {
  bundle: { code: string; versionId: string; name: string; description: string; promisedDays: number; promisedHours: number | null; place: string };
  questions: Array<{
    key: string;
    text: string;
    help: string | null;
    kind: 'yesno' | 'choice' | 'number';
    options: Array<{ value: string; label: string }>;
    unit: string | null;
    min: number | null;
    max: number | null;
    visibleIfText: string | null;
  }>;
  items: Array<{ itemCode: string; versionId: string; name: string; authority: string; includeIfText: string }>;
}

export interface GuidanceCheck {
  /** The answers the items were selected on (with a form: its figures answer the questions bound to them). */
  answers: Record<string, unknown>;
  complete: boolean;
  visibleQuestions: string[];
  errors: Array<{ question: string; code?: string; message?: string; zh?: string; en?: string }>;
  items: Array<{ itemCode: string; name: string; authority: string }>;
  materialCount: number;
}

export interface MaterialNeed {
  versionId: string;
  itemCode: string;
  itemName: string;
  authorityName: string;
  legalBasis: string;
  required: boolean;
  acceptsLicenceTypes: string[];
}

export interface NoticeMaterial {
  key: string;
  code: string;
  name: string;
  form: string;
  copies: number;
  required: boolean;
  note?: string;
  conditionText?: string;
  neededBy: MaterialNeed[];
  acceptsLicenceTypes: string[];
  satisfiedByElements: string[];
  reuse: { licenceId: string; typeCode: string; typeName: string } | null;
  producedBy: { itemCode: string; itemName: string } | null;
}

export interface NoticeItem {
  versionId: string;
  itemCode: string;
  name: string;
  itemKind: string;
  itemKindLabel: string;
  authority: { code: string; name: string };
  legalBasis: string;
  conditions: string[];
  fees: Array<{ name: string; amount: number; unit?: string; legalBasis?: string }>;
  legalDays: number;
  promisedDays: number;
  handling: 'immediate' | 'promised';
  commitment: boolean;
  visits: number;
  place: string;
  produces: string | null;
  after: Array<{ itemCode: string; itemName: string; reason: string }>;
  note: string | null;
}

export interface Notice {
  id: string;
  title: string;
  subject: { kind: 'bundle' | 'item'; code: string; name: string };
  generatedAt: string;
  answers: Array<{ question: string; text: string; answer: AnswerValue; label: string; dataElement?: string }>;
  items: NoticeItem[];
  materials: NoticeMaterial[];
  licenceTypeNames: Record<string, string>;
  summary: {
    itemCount: number;
    materialCount: number;
    requiredMaterialCount: number;
    reusableMaterialCount: number;
    authorities: string[];
    totalFee: number;
    legalDays: number;
    promisedDays: number;
    promisedHours: number | null;
    immediate: boolean;
    visits: number;
    places: string[];
  };
  links: { json: string; html: string; pdf: string };
}
