import type { Queryable } from '../db/index.js';
import { notify } from '../notifications/index.js';
import * as store from './store.js';
import { licenceTypeOf } from './types.js';

/**
 * Tells every account of the holder (and the applicant who asked for it) what happened to their licence. `accounts`:
 * the holder's accounts, when the caller has read them already.
 */
export async function notifyHolder(
  tx: Queryable,
  l: Pick<store.LicenceRow, 'id' | 'type' | 'holder_kind' | 'holder_id' | 'holder_user_id'>,
  event: { key: string; title: string; body: string },
  accounts?: readonly string[],
): Promise<void> {
  const users = new Set(accounts ?? (await store.holderAccounts(tx, l.holder_kind, l.holder_id)));
  if (l.holder_user_id) users.add(l.holder_user_id);
  const typeName = licenceTypeOf(l.type)?.name ?? l.type;
  for (const userId of users) {
    await notify(tx, {
      userId,
      title: event.title.replace('{type}', typeName),
      body: event.body.replace('{type}', typeName),
      link: `/licences/${l.id}`,
      key: `licence:${l.id}:${event.key}:${userId}`,
    });
  }
}
