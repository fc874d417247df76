import type { ApplicationStatus, CaseStatus } from '../state.js';

export interface ApplicantDetails {
  kind: 'citizen' | 'business';
  name: string;
  idNumber: string | null;
  uscc: string | null;
  orgName: string | null;
  phone: string | null;
}

export interface Pickup {
  /** together: every result at once (统一出件); each: each result as soon as it is ready */
  mode: 'together' | 'each';
  method: 'window' | 'post';
  recipient?: string | null;
  phone?: string | null;
  address?: string | null;
}

export interface CorrectionItem {
  kind: 'material' | 'condition' | 'exception';
  itemCode: string;
  /** material code, condition index (as text) or exception id */
  ref: string;
  /** what the guide calls it (material name or condition text) */
  title: string;
  legalBasis: string | null;
  problem: string;
}

export interface PendingMaterial {
  itemCode: string;
  materialCode: string;
  name: string;
  dueDate: string;
  receivedAt: string | null;
  /** the window checked what arrived; only then does a withheld licence go out */
  checkedAt?: string | null;
  /** the due date passed without it: the item's rule (不予许可 or 撤销) was applied */
  lapsedAt?: string | null;
}

export interface ApplicationRow {
  id: string;
  number: string;
  status: ApplicationStatus;
  version: number;
  /** seq and hash of the latest entry of its audit chain (moved by the append itself) */
  audit_seq: number | null;
  audit_hash: string | null;
  title: string;
  bundle_code: string | null;
  bundle_version_id: string | null;
  applicant_user_id: string | null;
  applicant: ApplicantDetails;
  submitted_by: string;
  channel: 'online' | 'agent' | 'window';
  authorisation: Record<string, unknown> | null;
  idempotency_key: string | null;
  request_hash: string | null;
  answers: Record<string, unknown>;
  form: Record<string, unknown>;
  authority_region: string;
  /** the window it is routed to (another region's for 异地代收代办) */
  window_region: string;
  /** filed under a delegation (赋权): the delegate's region, whose window alone handles it */
  delegate_region?: string | null;
  pickup: Pickup;
  accepted_by: string | null;
  accepted_at: Date | null;
  accepting_department_id: string | null;
  accepting_region: string | null;
  cross_region: boolean;
  acceptance_checks: Record<string, unknown> | null;
  correction: { items: CorrectionItem[]; requestedAt: string; requestedBy: string; suppliedAt?: string; dueOn?: string } | null;
  correction_count: number;
  refusal: { reason: string; legalBasis: string; cited: CorrectionItem[]; at: string; by: string } | null;
  pending: PendingMaterial[];
  delivery: Record<string, unknown> | null;
  outputs: { uscc?: string; businessLicenceId?: string } & Record<string, unknown>;
  created_at: Date;
  submitted_at: Date | null;
  concluded_at: Date | null;
  delivered_at: Date | null;
  updated_at: Date;
}

export interface CaseRow {
  id: string;
  application_id: string;
  seq: number;
  item_code: string;
  item_version_id: string;
  item_name: string;
  department_id: string;
  region_code: string;
  status: CaseStatus;
  version: number;
  promised_days: number;
  immediate: boolean;
  mode: 'standard' | 'commitment' | 'auto';
  produces_licence_type: string | null;
  depends_on: string[];
  authorised_to_window: boolean;
  decided_on_platform: boolean;
  /** the delegation (赋权) it was filed under, if any */
  delegation_id?: string | null;
  started_at: Date | null;
  reviewed_at: Date | null;
  reviewed_by: string | null;
  site_check_id: string | null;
  more_request: { items: CorrectionItem[]; requestedAt: string; requestedBy: string } | null;
  more_count: number;
  decision_reasons: string | null;
  decided_at: Date | null;
  decided_by: string | null;
  decided_by_rule: Record<string, unknown> | null;
  decided_without_review: boolean;
  commitment: Record<string, unknown> | null;
  licence_id: string | null;
  licence_error: string | null;
  delivered_at: Date | null;
}

export interface AttachmentRow {
  id: string;
  application_id: string;
  kind: 'upload' | 'licence';
  upload_id: string | null;
  sha256: string | null;
  licence_id: string | null;
  licence_type: string | null;
  material_keys: string[];
  round: number;
  added_by: string;
  added_at: Date;
}

export interface SiteCheckRow {
  id: string;
  application_id: string;
  case_ids: string[];
  scheduled_for: Date;
  address: string;
  requested_by: string;
  requested_at: Date;
  results: Record<string, { result: 'pass' | 'fail'; note: string; by: string; at: string }>;
}

export interface GuideExceptionRow {
  id: string;
  application_id: string;
  case_id: string | null;
  department_id: string;
  context: 'correction' | 'refusal' | 'requestMore';
  cited: string;
  reason: string;
  requested_by: string;
  requested_at: Date;
  status: 'requested' | 'approved' | 'rejected';
  decided_by: string | null;
  decided_at: Date | null;
  decision_note: string | null;
  used_at: Date | null;
}
