/**
 * The e-licences an applicant already holds, as guidance needs them: which types (a material they stand in for,
 * a condition like "already has a business licence") and their data (to prefill the merged form).
 * Injected, so that the rules can be tested without the licences module.
 */
import type { Queryable } from '../db/index.js';
import type { Actor } from '../identity/index.js';
import { LICENCE_TYPES, licencesOfHolder } from '../licences/index.js';
import { holderLicencesOf } from './from-licences.js';
import type { HolderLicence } from './model.js';

export type { HolderLicence } from './model.js';

export type LicencesOf = (q: Queryable, actor: Actor, at: Date) => Promise<HolderLicence[]>;

export const noLicences: LicencesOf = async () => [];

/** The valid e-licences of an applicant: a business's (by USCC) and its representative's or a citizen's (by ID number). */
export const licencesOfActor: LicencesOf = async (q, actor, at) =>
  actor.kind === 'staff' ? [] : holderLicencesOf(await licencesOfHolder(q, [actor.uscc, actor.idNumber], at));

/** Names of licence types, for the Notice (e.g. business-licence → 营业执照). */
export const licenceTypeNames: Record<string, string> = Object.fromEntries(LICENCE_TYPES.map((t) => [t.code, t.name]));
