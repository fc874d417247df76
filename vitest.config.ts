import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Three tiers: `unit` (pure rules, no database, no global setup), `integration` (the HTTP app on a fresh database
 * cloned from a migrated and seeded template) and `browser` (real Chromium against the real server).
 * A test file is a unit test when it touches no database helper; the rule is read from the file itself so that a
 * new test lands in the right tier without a list to keep.
 */
const usesDatabase = /freshDb|useUi|helpers\/app|helpers\/db|harness|dbTemplate/;

function testFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') out.push(...testFiles(p));
    } else if (entry.name.endsWith('.test.ts')) out.push(p.split(path.sep).join('/'));
  }
  return out;
}

const all = [...testFiles('src'), ...testFiles('test')];
const browser = all.filter((f) => f.startsWith('test/browser/'));
const unit = all.filter((f) => !browser.includes(f) && !usesDatabase.test(fs.readFileSync(f, 'utf8')));
const integration = all.filter((f) => !browser.includes(f) && !unit.includes(f));

const shared = { testTimeout: 60_000, hookTimeout: 120_000, pool: 'forks' as const };

// Pure test files hold no state between them (no mocks, no database), so they share one process and its loaded
// modules: importing the rules anew for every file cost more than the tests themselves.
const unitRun = { isolate: false, poolOptions: { forks: { singleFork: true, isolate: false } } };

// Integration files share one process too: each file still gets its own database and app (caches of database
// content are kept per database, see perDatabase in src/db), but the platform's modules, the embedded engine and the
// template are loaded once instead of once per file, which cost about a third of the tier's time. (A project's own
// `isolate: false` alone still starts a process per file: the pool is shared and isolates unless it is one fork.)
// Vitest gives one worker on two cores anyway; CI runs the two engines side by side.
const integrationRun = unitRun;

// The browser files likewise: one process and one Chromium for the tier (test/browser/harness.ts), each file still on
// its own database, server and browser contexts. A process, the platform's modules and a Chromium per file cost
// more than many of the journeys themselves.
const browserRun = unitRun;

export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      { test: { ...shared, ...unitRun, name: 'unit', include: unit } },
      { test: { ...shared, ...integrationRun, name: 'integration', include: integration, globalSetup: ['test/global-setup.ts'] } },
      // A page is waited for until it shows the state a poll asks for: the second a poll waits by default is too short
      // when CI runs both engines' suites on two cores (an upload then takes longer than that to show), and a state
      // that never comes still fails, after half a minute.
      { test: { ...shared, ...browserRun, name: 'browser', include: browser, globalSetup: ['test/global-setup.ts'], expect: { poll: { timeout: 30_000 } } } },
    ],
  },
});
