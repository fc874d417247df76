/** E-licences (src/licences/routes.ts): the declared shapes come from the server's document. */
import type { Schemas } from './typed';

export type LicenceSummary = Schemas['LicenceSummary'];
export type LicenceDetail = Schemas['LicenceDetail'];
/** The licence as printed: its type's fields with their catalogue labels, masked where personal. */
export type LicenceFace = LicenceDetail['face'];

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

export type Verdict = Schemas['LicenceVerdict'];
