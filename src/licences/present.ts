import { shanghaiDateOf } from '../core/index.js';
import { licenceFace, printedHolderId, type FaceRow } from './licence-face.js';
import { effectiveStatus, statusNames, type EffectiveStatus } from './rules.js';
import type { LicenceRow, UseRow } from './store.js';
import { licenceTypeOf } from './types.js';

/** The summary of a licence that other modules and the API show; never the row itself. */
export interface LicenceSummary {
  id: string;
  identifier: string;
  /** The serial within the issuing authority, type and year (编号). */
  serial: string;
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
  origin: 'decision' | 'registration';
  /** 审批签发 or 登记（平台外签发）. */
  originName: string;
}

const originNames = { decision: '审批签发', registration: '登记（平台外签发）' } as const;

export function summaryOf(l: LicenceRow, today: string, opts: { maskHolder?: boolean } = {}): LicenceSummary {
  const status = effectiveStatus(l, today);
  return {
    id: l.id,
    identifier: l.identifier,
    serial: l.serial,
    type: l.type,
    typeName: licenceTypeOf(l.type)?.name ?? l.type,
    version: l.version,
    holderKind: l.holder_kind,
    holderId: opts.maskHolder ? printedHolderId(l.holder_kind, l.holder_id) : l.holder_id,
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
    origin: l.origin,
    originName: originNames[l.origin],
  };
}

/** The licence as it reads on paper: its type's fields only, the issuer and the day this version was issued. */
export interface LicenceFaceView {
  title: string;
  layout: 'certificate' | 'permit';
  serial: string;
  fields: FaceRow[];
  note: string | null;
  issuerName: string;
  /** YYYY-MM-DD (Asia/Shanghai): the day this version was signed. */
  issuedOn: string;
}

export function faceOf(l: LicenceRow): LicenceFaceView {
  const type = licenceTypeOf(l.type);
  if (!type) throw new Error(`licence ${l.id} has unknown type ${l.type}`);
  return {
    title: type.name,
    layout: type.layout,
    serial: l.serial,
    fields: licenceFace(type, l),
    note: type.note ?? null,
    issuerName: l.issuer_name,
    issuedOn: shanghaiDateOf(l.version_issued_at),
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
