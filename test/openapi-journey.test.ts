import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restaurantJourney } from '../scripts/restaurant-journey.js';
import { createTestApp, type TestApp } from './helpers/app.js';

/** The contract is enough: 开餐饮店 from questionnaire to a verified licence with nothing but the generated client. */
let t: TestApp;
let baseUrl: string;
beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => t.close());

describe('开餐饮店 through the generated client', () => {
  it('applies, is accepted, approved by each department, delivered, and the licence verifies', async () => {
    const result = await restaurantJourney(baseUrl);
    // the business licence is held: the food permit and the fire check, nothing else
    expect(result.items).toEqual(['XK00119001', 'XK00801001']);
    expect(result.status).toBe('delivered');
    expect(result.statusName).toBe('已出件');
    expect(result.licences.map((l) => l.typeName)).toContain('食品经营许可证');
    for (const l of result.licences) expect(l.verified).toBe('有效');
  });
});
