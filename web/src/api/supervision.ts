/** Supervision answers (src/supervision/routes.ts) and the integrity statistics (src/applications). */
export interface CardCounts {
  red: number;
  yellow: number;
  green: number;
  suspended: number;
  calendarMissing: number;
}

export interface Efficiency {
  closed: number;
  onTimeRate: number | null;
  averageUsedDays: number | null;
  averagePromisedDays: number | null;
  averageLegalDays: number | null;
  compressionRate: number | null;
  immediateRate: number | null;
}

export interface EfficiencyReport {
  period: 'week' | 'quarter';
  from: string;
  to: string;
  total: Efficiency;
  trend: Array<{ periodStart: string } & Efficiency>;
  byDepartment: Array<{ departmentId: string; departmentName: string | null } & Efficiency>;
}

export interface Dashboard {
  today: CardCounts;
  byDepartment: Array<{ id: string | null; name: string | null; red: number; yellow: number; green: number }>;
  weekly: EfficiencyReport;
  quarterly: EfficiencyReport;
  calendarWarning: unknown;
  /** departments owning a published item with no active reviewer */
  staffingGaps?: Array<{ departmentId: string; name: string }>;
}

export interface WatchItem {
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

export interface IntegrityRow {
  department: { id: string; code: string | null; name: string | null };
  exceptionsRequested: number;
  exceptionsApproved: number;
  decided: number;
  decidedWithoutReview: number;
}

export interface Explained {
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
export interface AuthorisedShare {
  overall: { items: number; authorisedToWindow: number; decidedOnPlatform: number; fully: number; share: number };
  departments: Array<{ department: { id: string; code: string | null; name: string | null }; items: number; authorisedToWindow: number; decidedOnPlatform: number; fully: number; share: number }>;
}

/** /api/v1/guide-feedback/stats/by-item */
export interface FeedbackByItem {
  itemCode: string;
  itemName: string | null;
  departmentId: string;
  total: number;
  open: number;
  resolved: number;
  dismissed: number;
}
