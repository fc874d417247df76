import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, type TestDb } from '../../test/helpers/db.js';
import { newId } from '../core/index.js';
import { userByUsername } from '../identity/index.js';
import { messagesOf } from './store.js';
import { notify } from './index.js';

let t: TestDb;
beforeAll(async () => {
  t = await freshDb();
});
afterAll(() => t.drop());

describe('an in-app message written with the change that sends it', () => {
  it('is there once per key, masked, and never fails the change when its account no longer exists', async () => {
    const user = (await userByUsername(t.db, 'xiangwei'))!;
    const key = `notify-test:${newId()}`;
    const gone = newId();
    const marker = `notify-test-${newId()}`;
    await t.db.transaction(async (tx) => {
      await notify(tx, { userId: user.id, title: '办件已受理', body: '申请人身份证号 430103199003071230', key });
      await notify(tx, { userId: user.id, title: '办件已受理', body: '再次发送', key });
      // an account deleted meanwhile: the message is dropped, the change commits
      await notify(tx, { userId: gone, title: '办件已受理', body: '无', key: `${key}:gone` });
      await tx.query('INSERT INTO supervision_settings (key, value) VALUES ($1, $2)', [marker, '{}']);
    });
    expect((await t.db.query('SELECT 1 FROM supervision_settings WHERE key = $1', [marker])).length).toBe(1);
    const mine = (await messagesOf(t.db, user.id, 100)).filter((m) => m.title === '办件已受理');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body).not.toContain('430103199003071230');
    expect((await t.db.query('SELECT 1 FROM messages WHERE user_id = $1', [gone])).length).toBe(0);
    // outside a transaction too
    await notify(t.db, { userId: gone, title: '办件已受理', body: '无', key: `${key}:gone2` });
    expect((await t.db.query('SELECT 1 FROM messages WHERE user_id = $1', [gone])).length).toBe(0);
  });
});
