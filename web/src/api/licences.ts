/** E-licences (src/licences/routes.ts): the declared shapes come from the server's document. */
import type { Schemas } from './typed';

export type LicenceSummary = Schemas['LicenceSummary'];
export type LicenceDetail = Schemas['LicenceDetail'];
/** The licence as printed: its type's fields with their catalogue labels, masked where personal. */
export type LicenceFace = LicenceDetail['face'];

/** A use of a licence in place of a material (电子证照用证记录). */
export type LicenceUse = Schemas['LicenceUse'];

export type Verdict = Schemas['LicenceVerdict'];
