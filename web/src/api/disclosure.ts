/** 依申请公开 (src/disclosure/routes.ts). */
import type { DeadlineLite } from './tickets';

export type AnswerType = 'disclosed' | 'partly-disclosed' | 'not-held' | 'not-disclosable';

export interface DisclosureRequest {
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
  answer: { type: AnswerType; typeName: string; text: string; legalBasis: string | null; at: string; onTheSpot: boolean | null; onTime: boolean | null } | null;
  deadline?: DeadlineLite | null;
}

export interface DisclosureDetail extends DisclosureRequest {
  consultations: Array<{ id: string; thirdParty: string; question: string; sentAt: string; repliedAt: string | null; opinion: string | null; opinionName: string | null; note: string | null }>;
  deadline: (DeadlineLite & { totalWorkingDays: number; suspensions: unknown[]; calendarMissing: boolean }) | null;
}

export interface RegisterSummary {
  total: number;
  answered: number;
  onTheSpot: number;
  onTime: number;
  extended: number;
  byType: Record<AnswerType, number>;
}

export interface AnswerTypes {
  answerTypes: Array<{ type: AnswerType; name: string }>;
  withholdingBases: Array<{ code: string; article: string; text: string }>;
  maxExtensionDays: number;
}
