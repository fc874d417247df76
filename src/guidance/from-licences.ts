/**
 * From the licences module's records to what guidance needs: valid licences only, with their data renamed from the
 * licence template's field keys (name, address …) to the catalog's data element codes (enterpriseName,
 * businessAddress …), so that a merged form can be prefilled from them.
 */
import type { HolderLicence } from './model.js';

/** The part of a licence record guidance reads (structurally the licences module's HolderLicence). */
export interface LicenceRecord {
  id: string;
  type: string;
  typeName: string;
  status: string;
  holderKind: 'business' | 'citizen';
  holderId: string;
  holderName: string;
  data: Record<string, unknown>;
}

/** Template field → data element, by the kind of holder (a business's name is its enterprise name). */
const BUSINESS_FIELDS: Record<string, string> = {
  name: 'enterpriseName',
  legalRepresentative: 'legalRepresentative',
  address: 'businessAddress',
  entityType: 'enterpriseType',
  businessScope: 'businessScope',
  registeredCapital: 'registeredCapital',
  area: 'businessArea',
};
const CITIZEN_FIELDS: Record<string, string> = {
  name: 'applicantName',
  sex: 'gender',
  birthDate: 'birthDate',
  address: 'householdAddress',
};
/** Fields whose meaning depends on the licence type rather than on the holder. */
const TYPE_FIELDS: Record<string, Record<string, string>> = {
  'real-estate-certificate': { owner: 'applicantName', location: 'propertyLocation', area: 'buildingArea' },
};

export function elementDataOf(l: LicenceRecord): Record<string, unknown> {
  const byType = TYPE_FIELDS[l.type] ?? {};
  const byHolder = l.holderKind === 'business' ? BUSINESS_FIELDS : CITIZEN_FIELDS;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(l.data)) {
    if (value === null || value === undefined || value === '') continue;
    const element = byType[key] ?? byHolder[key] ?? key;
    out[element] ??= value;
  }
  // The holder's identifier is the strongest fact a licence carries.
  if (l.holderKind === 'business') out.uscc ??= l.holderId;
  else out.applicantIdNumber ??= l.holderId;
  return out;
}

/** Valid licences (suspended, revoked or expired ones stand in for nothing), newest first as given. */
export function holderLicencesOf(records: readonly LicenceRecord[]): HolderLicence[] {
  return records
    .filter((l) => l.status === 'valid')
    .map((l) => ({ licenceId: l.id, typeCode: l.type, typeName: l.typeName, data: elementDataOf(l) }));
}
