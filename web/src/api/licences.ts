/** E-licences (src/licences/routes.ts). */
export interface LicenceSummary {
  id: string;
  identifier: string;
  serial: string;
  type: string;
  typeName: string;
  version: number;
  holderKind: 'business' | 'citizen';
  holderId: string;
  holderName: string;
  issuerName: string;
  issuerUscc: string;
  validFrom: string;
  validUntil: string | null;
  status: string;
  statusName: string;
  statusReason: string | null;
  issuedAt: string;
  applicationId: string | null;
  origin: 'decision' | 'registration';
  originName: string;
}

/** The licence as printed: its type's fields with their catalogue labels, masked where personal. */
export interface LicenceFace {
  title: string;
  layout: 'certificate' | 'permit';
  serial: string;
  fields: Array<{ key: string; label: string; value: string; side?: 'right' }>;
  note: string | null;
  issuerName: string;
  issuedOn: string;
}

export interface LicenceDetail extends LicenceSummary {
  face: LicenceFace;
  registrationReason: string | null;
  verifyUrl: string;
  versions: Array<{ version: number; identifier: string; change: string; reason: string | null; validUntil: string | null; issuedAt: string }>;
}

export interface LicenceUse {
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

export interface Verdict {
  signatureValid: boolean;
  status: 'valid' | 'suspended' | 'revoked' | 'expired' | 'not-yet-valid' | 'superseded' | 'unknown' | 'invalid';
  statusName: string;
  statusReason: string | null;
  statusSince: string | null;
  licence: null | {
    identifier: string;
    type: string;
    typeName: string;
    version: number;
    currentVersion: number;
    holderName: string;
    holderId: string;
    issuerName: string;
    validFrom: string;
    validUntil: string | null;
  };
  permits?: Array<{ type: string; typeName: string; identifier: string; issuerName: string; validFrom: string; validUntil: string | null; statusName: string }>;
  checkedAt: string;
}
