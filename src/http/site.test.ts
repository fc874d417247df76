import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/helpers/app.js';
import { DEFAULT_SITE, loadConfig } from '../core/index.js';

const site = { sponsor: '蓝山县人民政府办公室', siteCode: '4311270099', icp: '湘ICP备12345678号-1', psb: '湘公网安备43112702000123号' };
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { site } });
});
afterAll(() => t.close());

describe('the site identity in every page footer', () => {
  it('is served to anyone as the operator configured it', async () => {
    expect(expectStatus(await t.app.inject({ url: '/api/v1/public/site' }), 200)).toEqual(site);
  });

  it('is read from the environment, with placeholders until the site is registered', () => {
    const env = { BANSHI_SITE_SPONSOR: site.sponsor, BANSHI_SITE_CODE: site.siteCode, BANSHI_SITE_ICP: site.icp, BANSHI_SITE_PSB: site.psb };
    expect(loadConfig(env).site).toEqual(site);
    expect(loadConfig({}).site).toEqual(DEFAULT_SITE);
  });
});
