import { AppError } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { departmentByCode, departmentById, type Actor } from '../identity/index.js';
import { issueLicence, type IssuedLicence } from './issue-licence.js';
import type { SigningDeps } from './keys.js';
import { mayRegister } from './policy.js';
import { licenceTypeOf } from './types.js';

export interface RegisterLicenceInput {
  type: string;
  holderId: string;
  holderName: string;
  /** The type's fields as printed on the licence issued outside the platform. */
  data: Record<string, unknown>;
  validFrom?: string;
  validUntil?: string | null;
  /** Why it is registered (e.g. issued on paper before the platform): kept on the licence and in its audit chain. */
  reason: string;
}

/**
 * Registers a licence that exists outside the platform (issued on paper, or by another system) so that it can be
 * reused and verified: only an administrator of the department that issues the type, with the reason recorded.
 */
export async function registerLicence(tx: Queryable, deps: SigningDeps, actor: Actor, input: RegisterLicenceInput): Promise<IssuedLicence> {
  const type = licenceTypeOf(input.type);
  if (!type) throw new AppError('LICENCE_TYPE_UNKNOWN', { type: input.type });
  const own = actor.departmentId ? await departmentById(tx, actor.departmentId) : undefined;
  if (!mayRegister(actor, own?.code, type)) {
    const issuer = await departmentByCode(tx, type.department);
    throw new AppError('LICENCE_REGISTRATION_FORBIDDEN', { department: issuer?.name ?? type.department, type: type.name });
  }
  return issueLicence(tx, deps, {
    type: type.code,
    holder: { id: input.holderId, name: input.holderName },
    origin: { kind: 'registration', reason: input.reason, data: input.data, departmentId: own!.id },
    validFrom: input.validFrom,
    validUntil: input.validUntil,
    actorId: actor.userId,
  });
}
