/**
 * Supervision answers (src/supervision/routes.ts) and the statistics on its dashboard, named after the server's document.
 * The `…Expected` shapes are what the pages read while a route does not declare its answer; each gives way to the
 * declared type as soon as the document has one.
 */
import type { AnswerOf } from './typed';

interface CardCountsExpected {
  red: number;
  yellow: number;
  green: number;
  suspended: number;
  calendarMissing: number;
}

interface EfficiencyExpected {
  closed: number;
  onTimeRate: number | null;
  averageUsedDays: number | null;
  averagePromisedDays: number | null;
  averageLegalDays: number | null;
  compressionRate: number | null;
  immediateRate: number | null;
}

interface EfficiencyReportExpected {
  period: 'week' | 'quarter';
  from: string;
  to: string;
  total: EfficiencyExpected;
  trend: Array<{ periodStart: string } & EfficiencyExpected>;
  byDepartment: Array<{ departmentId: string; departmentName: string | null } & EfficiencyExpected>;
}

interface DashboardExpected {
  today: CardCountsExpected;
  byDepartment: Array<{ id: string | null; name: string | null; red: number; yellow: number; green: number }>;
  weekly: EfficiencyReportExpected;
  quarterly: EfficiencyReportExpected;
  calendarWarning: unknown;
  /** departments owning a published item with no active reviewer */
  staffingGaps?: Array<{ departmentId: string; name: string }>;
}

interface WatchItemExpected {
  id: string;
  subjectKind: string;
  subjectId: string;
  title: string;
  department: { id: string; name: string };
  assignee: { id: string; name: string | null } | null;
  status: 'open' | 'suspended';
  colour: 'green' | 'yellow' | 'red' | 'suspended';
  acceptedOn: string;
  dueOn: string | null;
  workingDaysLeft: number | null;
  calendarMissing: boolean;
}

interface ExplainedExpected {
  id: string;
  title: string;
  acceptedOn: string;
  workingDays: number;
  extensionDays: number;
  dueOn: string | null;
  recomputedDueOn: string | null;
  suspensions: unknown[];
  extensions: Array<{ workingDays: number; reason: string; at: string }>;
  days: Array<{ date: string; day: number | null; reason: 'counted' | 'suspended' | 'weekend' | 'holiday' | 'regional'; name?: string }>;
}

/** /api/v1/catalog/statistics/authorised-share: items authorised to the window and decided on the platform (share in %). */
interface AuthorisedShareExpected {
  overall: { items: number; authorisedToWindow: number; decidedOnPlatform: number; fully: number; share: number };
  departments: Array<{ department: { id: string; code: string | null; name: string | null }; items: number; authorisedToWindow: number; decidedOnPlatform: number; fully: number; share: number }>;
}

/** /api/v1/guide-feedback/stats/by-item */
interface FeedbackByItemExpected {
  itemCode: string;
  itemName: string | null;
  departmentId: string;
  total: number;
  open: number;
  resolved: number;
  dismissed: number;
}

/** The totals (`by=total`); the per-department and per-assignee answers are lists. */
export type CardCounts = Extract<AnswerOf<'/api/v1/supervision/counts', 'get', CardCountsExpected>, { red: number }>;
export type Dashboard = AnswerOf<'/api/v1/supervision/dashboard', 'get', DashboardExpected>;
export type WatchList = AnswerOf<'/api/v1/supervision/deadlines', 'get', { items: WatchItemExpected[]; nextCursor: string | null }>;
export type WatchItem = WatchList['items'][number];
export type Explained = AnswerOf<'/api/v1/supervision/deadlines/{id}', 'get', ExplainedExpected>;
export type IntegrityRow = AnswerOf<'/api/v1/statistics/guide-integrity', 'get'>['items'][number];
export type AuthorisedShare = AnswerOf<'/api/v1/catalog/statistics/authorised-share', 'get', AuthorisedShareExpected>;
export type FeedbackByItem = AnswerOf<'/api/v1/guide-feedback/stats/by-item', 'get', { items: FeedbackByItemExpected[] }>['items'][number];
