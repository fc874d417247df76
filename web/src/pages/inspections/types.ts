/**
 * The random-inspection answers these pages read, named after the server's document. The `…Expected` shapes are what
 * the pages read while a route does not declare its answer; each gives way to the declared type as soon as it does.
 */
import type { AnswerOf } from '../../api/typed';

interface PoolOptionsExpected {
  townships: Array<{ code: string; name: string }>;
  industries: string[];
  licenceTypes: Array<{ code: string; name: string }>;
  riskLevels: Array<{ code: string; name: string }>;
  departments: Array<{ code: string; name: string; qualification: string | null; checklist: string[] }>;
}

interface PlanSummaryExpected {
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

interface InspectionResultExpected {
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

interface PlanDetailExpected extends PlanSummaryExpected {
  results: InspectionResultExpected[];
}

export type PoolOptions = AnswerOf<'/api/v1/inspections/pool-options', 'get', PoolOptionsExpected>;
export type PlanSummary = AnswerOf<'/api/v1/inspections/plans', 'get', { items: PlanSummaryExpected[] }>['items'][number];
export type PublicPlanSummary = AnswerOf<'/api/v1/public/inspection-plans', 'get', { items: PlanSummaryExpected[] }>['items'][number];
export type PlanDetail = AnswerOf<'/api/v1/public/inspection-plans/{id}', 'get', PlanDetailExpected>;
export type Tasks = AnswerOf<'/api/v1/inspections/tasks', 'get', { inspector: { name: string; badgeNo: string } | null; items: InspectionResultExpected[] }>;
export type InspectionResult = Tasks['items'][number];
