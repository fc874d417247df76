import { AppError } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { actorRegionPattern, type Actor } from './actor.js';
import { regionOutsidePatternExists } from './store.js';

/**
 * A setting that holds for every region on the platform (the yellow-card rule, rating deadlines, shared data elements,
 * abolished certificates) is changed only by staff whose region tree holds every region: a county bureau may not
 * change what another county lives by. Refused with the actor's region named.
 */
export async function requireWholeTree(q: Queryable, actor: Actor): Promise<void> {
  if (!actor.regionCode || (await regionOutsidePatternExists(q, actorRegionPattern(actor)))) {
    throw new AppError('SETTING_REGION_OUT_OF_SCOPE', { region: actor.regionCode?.trim() ?? '' });
  }
}
