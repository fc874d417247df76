import type { IsoDate } from '../calendar/index.js';

/** What a deadline belongs to; other modules may add kinds (the column is free text). */
export type SubjectKind = 'case' | 'ticket' | 'rectification' | 'disclosure' | 'pending-materials' | (string & {});

/** 补正 (waiting for corrections), 特别程序 (hearings, testing, expert review), third-party consultation. */
export const SUSPENSION_KINDS = ['correction', 'special-procedure', 'consultation'] as const;
export type SuspensionKind = (typeof SUSPENSION_KINDS)[number];

export const suspensionKindNames: Record<SuspensionKind, string> = {
  correction: '补正',
  'special-procedure': '特别程序',
  consultation: '征求第三方意见',
};

export interface SuspensionRecord {
  kind: SuspensionKind;
  reason: string | null;
  fromAt: string;
  from: IsoDate;
  toAt: string | null;
  to: IsoDate | null;
}

export interface ExtensionRecord {
  workingDays: number;
  reason: string;
  at: string;
  approvedBy: string | null;
}

export interface HistoryEntry {
  at: string;
  event: 'tracked' | 'suspended' | 'resumed' | 'extended' | 'recomputed' | 'closed';
  dueOn: IsoDate | null;
  calendarVersion: string;
  note?: string;
}

export type DeadlineStatus = 'open' | 'suspended' | 'closed';

export interface DeadlineRow {
  id: string;
  subject_kind: string;
  subject_id: string;
  title: string;
  department_id: string;
  assignee_id: string | null;
  window_id: string | null;
  region_code: string;
  started_at: Date;
  accepted_on: IsoDate;
  working_days: number;
  legal_days: number | null;
  immediate: boolean;
  extension_days: number;
  suspensions: SuspensionRecord[];
  extensions: ExtensionRecord[];
  history: HistoryEntry[];
  calendar_revision: number;
  calendar_version: string;
  calendar_missing: boolean;
  missing_years: number[];
  status: DeadlineStatus;
  due_on: IsoDate | null;
  yellow_from: IsoDate | null;
  notified_level: number;
  revision: number;
  closed_at: Date | null;
  closed_on: IsoDate | null;
  used_days: number | null;
  on_time: boolean | null;
  created_at: Date;
  updated_at: Date;
}
