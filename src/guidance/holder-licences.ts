/**
 * The e-licences an applicant already holds, as guidance needs them: which types (a material they stand in for,
 * a condition like "already has a business licence") and their data (to prefill the merged form).
 * Injected, so that the rules can be tested without the licences module.
 */
import type { Queryable } from '../db/index.js';
import type { Actor } from '../identity/index.js';

export interface HolderLicence {
  licenceId: string;
  typeCode: string;
  typeName: string;
  /** The licence's data keyed by data element code (enterpriseName, uscc, businessAddress …). */
  data: Record<string, unknown>;
}

export type LicencesOf = (q: Queryable, actor: Actor) => Promise<HolderLicence[]>;

export const noLicences: LicencesOf = async () => [];

/** The licences module's view of an applicant's e-licences (wired when the licences module is on main). */
export const licencesOfActor: LicencesOf = noLicences;

/** Names of licence types, for the Notice (e.g. business-licence → 营业执照). */
export const licenceTypeNames: Record<string, string> = {};
