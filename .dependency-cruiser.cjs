/** Module boundaries (STYLE.md): no cycles (server and web app); another module only through its index.ts; the db layer depends on no module. */

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
      comment: 'The web app calls the server only through web/src/api/typed.ts (generated from the OpenAPI document); the hand-written client (web/src/api/client.ts) is gone and may not come back',
      severity: 'error',
      from: { path: '^web/src/' },
      to: { path: '^web/src/api/client\\.[jt]sx?$' },
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
