import { effectiveStatus, maskHolder, statusNames, type EffectiveStatus } from './rules.js';
import type { LicenceRow, UseRow } from './store.js';
import { licenceTypeOf } from './types.js';

/** The summary of a licence that other modules and the API show; never the row itself. */
export interface LicenceSummary {
  id: string;
  identifier: string;
  type: string;
  typeName: string;
  version: number;
  holderKind: 'business' | 'citizen';
  holderId: string;
  holderName: string;
  issuerName: string;
  issuerUscc: string;
  /** The issuing department (src/identity). */
  departmentId: string;
  validFrom: string;
  validUntil: string | null;
  status: EffectiveStatus;
  statusName: string;
  statusReason: string | null;
  issuedAt: string;
  applicationId: string | null;
}

export function summaryOf(l: LicenceRow, today: string, opts: { maskHolder?: boolean } = {}): LicenceSummary {
  const status = effectiveStatus(l, today);
  return {
    id: l.id,
    identifier: l.identifier,
    type: l.type,
    typeName: licenceTypeOf(l.type)?.name ?? l.type,
    version: l.version,
    holderKind: l.holder_kind,
    holderId: opts.maskHolder ? maskHolder(l.holder_kind, l.holder_id) : l.holder_id,
    holderName: l.holder_name,
    issuerName: l.issuer_name,
    issuerUscc: l.issuer_uscc,
    departmentId: l.department_id,
    validFrom: l.valid_from,
    validUntil: l.valid_until,
    status,
    statusName: statusNames[status].zh,
    statusReason: status === 'suspended' || status === 'revoked' ? l.status_reason : null,
    issuedAt: l.issued_at.toISOString(),
    applicationId: l.application_id,
  };
}

export interface LicenceUseEntry {
  id: string;
  licenceId: string;
  identifier: string;
  type: string;
  typeName: string;
  version: number;
  usedBy: string | null;
  usedByName: string | null;
  applicationId: string | null;
  materialName: string;
  purpose: string;
  at: string;
}

export const useEntryOf = (u: UseRow): LicenceUseEntry => ({
  id: u.id,
  licenceId: u.licence_id,
  identifier: u.identifier,
  type: u.type,
  typeName: licenceTypeOf(u.type)?.name ?? u.type,
  version: u.version,
  usedBy: u.used_by,
  usedByName: u.used_by_name,
  applicationId: u.application_id,
  materialName: u.material_name,
  purpose: u.purpose,
  at: u.at.toISOString(),
});
