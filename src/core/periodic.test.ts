import { describe, expect, it } from 'vitest';
import { startPeriodic } from './periodic.js';

describe('startPeriodic', () => {
  it('runs at once and again each interval, one run at a time, through errors, until stopped', async () => {
    let runs = 0;
    let inside = 0;
    let most = 0;
    const errors: unknown[] = [];
    const stop = startPeriodic(
      async () => {
        inside++;
        most = Math.max(most, inside);
        runs++;
        await new Promise((r) => setTimeout(r, 5));
        inside--;
        if (runs === 2) throw new Error('second run failed');
      },
      1,
      (e) => errors.push(e),
    );
    await expect.poll(() => runs).toBeGreaterThanOrEqual(4);
    await stop();
    const after = runs;
    expect(inside).toBe(0);
    expect(most).toBe(1);
    expect(errors).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 20));
    expect(runs).toBe(after);
  });
});
