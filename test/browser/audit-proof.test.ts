import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useUi, type Ui } from './harness.js';
import type { TestApp } from '../helpers/app.js';
import { accept, ITEMS, submit } from '../helpers/applications.js';
import { DEMO_PASSWORD } from '../../src/identity/index.js';
import { ChainProof, exportHeads, sealAudit } from '../../src/audit/index.js';
import { checkChainProof } from '../../src/audit/proofs.js';

const ui = useUi();

/** The application helpers speak to the API in-process, as the integration tests do. */
function apiOf(u: Ui): TestApp {
  const sessions = new Map<string, Record<string, string>>();
  return {
    app: u.app, db: u.db, clock: u.clock, config: u.config,
    async as(username: string) {
      const hit = sessions.get(username);
      if (hit) return hit;
      const res = await u.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
      const headers = { authorization: `Bearer ${res.json().token as string}` };
      sessions.set(username, headers);
      return headers;
    },
    drain: () => u.drain(),
  } as unknown as TestApp;
}

describe('存证证明', { timeout: 600_000 }, () => {
  it('lets the applicant download the proof of their application’s history, which checks against the published heads', async () => {
    const t = apiOf(ui);
    const { id, number } = await submit(t, { itemCodes: [ITEMS.food] });
    await accept(t, id);
    await sealAudit(ui.db, ui.clock, ui.config);

    const applicant = await ui.as('xiangwei');
    await applicant.goto(`/portal/applications/${id}`);
    await applicant.getByText('离线核对', { exact: false }).waitFor({ timeout: 120_000 });
    const [download] = await Promise.all([applicant.waitForEvent('download', { timeout: 120_000 }), applicant.getByRole('button', { name: '下载存证证明' }).click()]);
    expect(download.suggestedFilename()).toBe(`banshi-audit-proof-${number}.json`);
    const proof = ChainProof.parse(JSON.parse(fs.readFileSync((await download.path())!, 'utf8')));
    const heads = await exportHeads(ui.db);
    expect(checkChainProof(proof, { keys: heads.keys, heads: heads.heads }).ok).toBe(true);
    await ui.shot(applicant, 'audit-proof-download');
  });
});
