/** Module boundaries (STYLE.md): no cycles (server and web app); another module only through its index.ts; the db layer depends on no module. */

const legacyClientPending = require('./test/legacy-client-pending.cjs');
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycles; a page loaded lazily by the route table may use the route table (that is not a cycle at load time)',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['dynamic-import'] } },
    },
    {
      name: 'only-through-index',
      comment: 'A module uses another only through that module\'s index.ts',
      severity: 'error',
      from: { path: '^src/([^/]+)/' },
      to: { path: '^src/([^/]+)/', pathNot: ['^src/$1/', '^src/[^/]+/index\\.ts$'] },
    },
    {
      name: 'db-is-the-floor',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: '^src/(?!db/)' },
    },
    {
      name: 'web-calls-through-the-typed-client',
      comment: 'Web pages, components, hooks and the shell call the server through web/src/api/typed.ts (generated from the OpenAPI document), not the legacy hand-written client',
      severity: 'error',
      from: { path: '^web/src/', pathNot: ['^web/src/api/', ...legacyClientPending.map((f) => `^${escape(f)}$`)] },
      to: { path: '^web/src/api/client\\.ts$' },
    },
    {
      name: 'no-test-helpers-in-src',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.ts$' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
};
