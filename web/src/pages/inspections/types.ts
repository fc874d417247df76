/** Shapes of the random-inspection API answers these pages read. */
export interface PoolOptions {
  townships: Array<{ code: string; name: string }>;
  industries: string[];
  licenceTypes: Array<{ code: string; name: string }>;
  riskLevels: Array<{ code: string; name: string }>;
  departments: Array<{ code: string; name: string; qualification: string | null; checklist: string[] }>;
}

export interface PlanSummary {
  id: string;
  title: string;
  status: 'draft' | 'published' | 'drawn';
  statusName: string;
  departments: Array<{ code: string; name: string; checklist: string[] }>;
  joint: boolean;
  sampling: { kind: 'rate'; percent: number } | { kind: 'size'; size: number };
  stratifyBy: 'none' | 'region' | 'risk';
  inspectorsPerVisit: number;
  createdAt: string;
  seedCommitment: string | null;
  planDigest: string | null;
  publishedAt: string | null;
  seed: string | null;
  drawnAt: string | null;
  drawDigest: string | null;
  populationCount: number | null;
  sampleCount: number | null;
}

export interface InspectionResult {
  id: string;
  planId: string;
  planTitle: string;
  visitId: string;
  position: number;
  uscc: string;
  subjectName: string;
  townshipName: string | null;
  address?: string | null;
  department: { code: string; name: string };
  inspectors: Array<{ name: string; badgeNo: string }>;
  checklist: string[];
  recorded: boolean;
  outcome: 'compliant' | 'problems' | 'referred' | null;
  outcomeName: string;
  findings: string | null;
  serious: boolean;
  rectifyDays: number | null;
  rectifyDueOn: string | null;
  inspectedOn: string | null;
  recordedAt: string | null;
}

export interface PlanDetail extends PlanSummary {
  results: InspectionResult[];
}
