import type { Queryable } from '../db/index.js';
import { licencesOfHolder } from '../licences/index.js';
import { activeSubjectLicences, setSubjectLicenceTypes } from './store/pools.js';

const CHUNK = 1000;

/**
 * Brings the subject pool's licence types up to date from the e-licences (licences module): a business holding a
 * valid e-licence of a type is selected by a plan filtering on that type, whatever the register said. Run when a
 * plan is published, so the frozen population reflects the licences of that day.
 */
export async function refreshPoolFromLicences(tx: Queryable, at: Date): Promise<number> {
  const subjects = await activeSubjectLicences(tx);
  const changed: Array<{ uscc: string; licence_types: string[] }> = [];
  for (let i = 0; i < subjects.length; i += CHUNK) {
    const chunk = subjects.slice(i, i + CHUNK);
    const held = new Map<string, Set<string>>();
    for (const l of await licencesOfHolder(tx, chunk.map((s) => s.uscc), at)) {
      if (l.holderKind !== 'business' || l.status !== 'valid') continue;
      let set = held.get(l.holderId);
      if (!set) held.set(l.holderId, (set = new Set()));
      set.add(l.type);
    }
    for (const s of chunk) {
      const extra = [...(held.get(s.uscc) ?? [])].filter((t) => !s.licence_types.includes(t));
      if (extra.length) changed.push({ uscc: s.uscc, licence_types: [...s.licence_types, ...extra].sort() });
    }
  }
  await setSubjectLicenceTypes(tx, changed, at);
  return changed.length;
}
