/**
 * TEMPORARY: web files still calling the server through the legacy hand-written client (web/src/api/client.ts) or with
 * inline '/api/v1' URLs, while the portal, public and guidance pages move to the typed client (issue #18). Remove a file
 * here when it moves: test/architecture.test.ts fails while a listed file no longer needs its place. When the list is
 * empty, web/src/api/client.ts goes too.
 */
module.exports = [
  'web/src/pages/guidance/GuideFeedbackPage.tsx',
  'web/src/pages/portal/ApplyPage.tsx',
  'web/src/pages/portal/AuthorisationsPage.tsx',
  'web/src/pages/portal/BusinessHandlersPage.tsx',
  'web/src/pages/portal/ItemGuidePage.tsx',
  'web/src/pages/portal/LicencePage.tsx',
  'web/src/pages/portal/MyLicencesPage.tsx',
  'web/src/pages/portal/MyRatingsPage.tsx',
  'web/src/pages/portal/RatePage.tsx',
  'web/src/pages/public/PublicStatsPage.tsx',
  'web/src/pages/public/VerifyPage.tsx',
];
