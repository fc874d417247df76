/**
 * 依申请公开 (src/disclosure/routes.ts), named after the server's document. The `…Expected` shapes are what the pages
 * read while a route does not declare its answer; each gives way to the declared type as soon as the document has one.
 */
import type { DeadlineLite } from './tickets';
import type { AnswerOf } from './typed';

type AnswerTypeExpected = 'disclosed' | 'partly-disclosed' | 'not-held' | 'not-disclosable';

interface DisclosureRequestExpected {
  id: string;
  number: string;
  applicantKind: 'citizen' | 'organisation';
  applicantName: string;
  applicantIdCode: string | null;
  applicantPhone: string | null;
  departmentId: string;
  description: string;
  purpose: string | null;
  format: 'paper' | 'electronic';
  formatName: string;
  delivery: 'online' | 'email' | 'post' | 'pickup';
  deliveryName: string;
  status: 'received' | 'consulting' | 'answered';
  statusName: string;
  receivedAt: string;
  dueDate: string | null;
  extension: { at: string; workingDays: number; reason: string } | null;
  answer: { type: AnswerTypeExpected; typeName: string; text: string; legalBasis: string | null; at: string; onTheSpot: boolean | null; onTime: boolean | null } | null;
  deadline?: DeadlineLite | null;
}

interface DisclosureDetailExpected extends DisclosureRequestExpected {
  consultations: Array<{ id: string; thirdParty: string; question: string; sentAt: string; repliedAt: string | null; opinion: string | null; opinionName: string | null; note: string | null }>;
  deadline: (DeadlineLite & { totalWorkingDays: number; suspensions: unknown[]; calendarMissing: boolean }) | null;
}

interface RegisterSummaryExpected {
  total: number;
  answered: number;
  onTheSpot: number;
  onTime: number;
  extended: number;
  byType: Record<AnswerTypeExpected, number>;
}

interface AnswerTypesExpected {
  answerTypes: Array<{ type: AnswerTypeExpected; name: string }>;
  withholdingBases: Array<{ code: string; article: string; text: string }>;
  maxExtensionDays: number;
}

export type DisclosureList = AnswerOf<'/api/v1/disclosure/requests', 'get', { items: DisclosureRequestExpected[]; summary: RegisterSummaryExpected | null }>;
export type DisclosureRequest = DisclosureList['items'][number];
export type RegisterSummary = NonNullable<DisclosureList['summary']>;
export type DisclosureDetail = AnswerOf<'/api/v1/disclosure/requests/{id}', 'get', DisclosureDetailExpected>;
export type AnswerTypes = AnswerOf<'/api/v1/disclosure/answer-types', 'get', AnswerTypesExpected>;
export type AnswerType = AnswerTypes['answerTypes'][number]['type'];
