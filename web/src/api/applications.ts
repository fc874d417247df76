/** Applications, cases and the window (src/applications/routes). */
export type ApplicationStatus = 'draft' | 'submitted' | 'correction' | 'accepted' | 'refused' | 'concluded' | 'delivered' | 'withdrawn';
export type CaseStatus = 'pending' | 'blocked' | 'accepted' | 'reviewing' | 'siteCheck' | 'correction' | 'approved' | 'denied' | 'cancelled';

export interface Citation {
  kind: 'material' | 'condition' | 'exception';
  itemCode: string;
  ref: string;
  title: string;
  legalBasis: string | null;
  problem: string;
}

export interface DeadlineBrief {
  dueOn: string;
  status: string;
  colour: 'green' | 'yellow' | 'red' | 'closed' | 'suspended' | null;
  calendarMissing: boolean;
  workingDays: number;
  extensionDays: number;
  suspensions: number;
  /** stretches that do not count: 补正, 特别程序 … */
  pauses?: Array<{ kind: string; kindName: string; reason: string | null; from: string; to: string | null }>;
}

export interface SpecialProcedure {
  id: string;
  kind: string;
  kindName: string;
  reason: string;
  startedAt: string;
  plannedEnd: string | null;
  endedAt: string | null;
  outcome: string | null;
}

export interface ApplicationDocument {
  id: string;
  kind: 'acceptance' | 'correction' | 'refusal' | 'denial' | 'grant';
  title: string;
  number: string;
  caseId: string | null;
  issuedAt: string;
  url: string;
}

export interface CaseView {
  id: string;
  applicationId: string;
  itemCode: string;
  itemVersionId: string;
  itemName: string;
  department: { id: string; code: string; name: string; regionCode: string } | null;
  status: CaseStatus;
  statusName: string;
  version: number;
  mode: 'standard' | 'commitment' | 'auto';
  promisedDays: number;
  immediate: boolean;
  dependsOn: string[];
  startedAt: string | null;
  reviewedAt: string | null;
  siteCheckId: string | null;
  moreRequest: { items: Citation[]; requestedAt: string; requestedBy: string } | null;
  decision: { result: 'approved' | 'denied'; reasons: string | null; at: string; by: string | null; byRule: unknown; withoutReview: boolean } | null;
  commitment: unknown;
  licenceId: string | null;
  deliveredAt: string | null;
  deadline: DeadlineBrief | null;
  specialProcedures?: SpecialProcedure[];
}

export interface Attachment {
  id: string;
  kind: 'upload' | 'licence';
  uploadId: string | null;
  sha256: string | null;
  licenceId: string | null;
  licenceType: string | null;
  materials: Array<{ itemCode: string; materialCode: string }>;
  round: number;
  addedAt: string;
}

export interface Pickup {
  mode: 'together' | 'each';
  method: 'window' | 'post';
  recipient?: string | null;
  phone?: string | null;
  address?: string | null;
}

export interface ApplicationView {
  id: string;
  number: string;
  status: ApplicationStatus;
  statusName: string;
  version: number;
  title: string;
  bundleCode: string | null;
  channel: string;
  applicant: { kind: string; name: string; idNumber: string | null; uscc: string | null; orgName: string | null; phone: string | null; userId: string | null };
  authorisation: { letterUploadId: string; scope: string; validUntil: string; agentId: string; recordedAt: string } | null;
  channelName: string;
  /** 窗口收件: who filed it at which window, and how the applicant's identity was checked */
  counterIntake: {
    clerkId: string;
    clerkName: string;
    windowName: string | null;
    windowRegion: string;
    windowRegionName: string;
    identityCheck: 'idCardRead' | 'idCardInspected';
    identityCheckName: string;
    presenterName: string;
    scans: number;
    checkedAt: string;
  } | null;
  answers: Record<string, unknown>;
  form: Record<string, unknown>;
  pickup: Pickup;
  authorityRegion: string;
  acceptance: { at: string; by: string; department: { name: string } | null; region: string | null; crossRegion: boolean; authorityRegion: string } | null;
  correction: { items: Citation[]; requestedAt: string; requestedBy: string; suppliedAt?: string } | null;
  refusal: { reason: string; legalBasis: string; cited: Citation[]; at: string; by: string } | null;
  pending: Array<{ itemCode: string; materialCode: string; name: string; dueDate: string; receivedAt: string | null }>;
  cases: CaseView[];
  documents?: ApplicationDocument[];
  attachments: Attachment[];
  outcome: { granted: string[]; denied: string[] } | null;
  delivery: Record<string, unknown> | null;
  createdAt: string;
  submittedAt: string | null;
  concludedAt: string | null;
  deliveredAt: string | null;
}

export interface ApplicationRow {
  id: string;
  number: string;
  title: string;
  status: ApplicationStatus;
  version: number;
  applicantName: string;
  channel: string;
  submittedAt: string | null;
  crossRegion: boolean;
}

export interface TimelineEntry {
  seq: number;
  at: string;
  action: string;
  actionName: string;
  actor: { id: string | null; name: string };
  caseId: string | null;
  before: string | null;
  after?: string | null;
}
