import { provideFeeList } from '../catalog/index.js';
import type { Queryable } from '../db/index.js';
import type { CatalogueFee } from './rules.js';
import * as store from './store.js';

// 清单之外无收费: the catalog asks which of an item's fees the catalogue does not list before it publishes a version
provideFeeList(async (q: Queryable, fees) => {
  const listed = new Set((await store.activeFeesNamed(q, fees.map((f) => f.name))).map((f) => f.name));
  return fees.map((f) => f.name).filter((n) => !listed.has(n));
});

const SMALL_MICRO_REAL_ESTATE = { code: 'small-micro', name: '小微企业（含个体工商户）', basis: '《财政部 国家发展改革委关于不动产登记收费有关政策问题的通知》（财税〔2016〕79号）第三条' };
const REAL_ESTATE_BASIS = '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）';

/**
 * The demo county's 收费目录清单: the fees of its items that charge (most items are free). Amounts in 分, as the
 * national standards set them.
 */
export const DEMO_FEES: CatalogueFee[] = [
  {
    code: 'BDC-DJF-ZZ', name: '不动产登记费（住宅）', departmentCode: 'zrzy', legalBasis: REAL_ESTATE_BASIS,
    rule: { kind: 'fixed', amount: 8000 }, exemptions: [SMALL_MICRO_REAL_ESTATE], collector: '蓝山县不动产登记中心',
  },
  {
    code: 'BDC-DJF-FZZ', name: '不动产登记费（非住宅）', departmentCode: 'zrzy', legalBasis: REAL_ESTATE_BASIS,
    rule: { kind: 'fixed', amount: 55000 }, exemptions: [SMALL_MICRO_REAL_ESTATE], collector: '蓝山县不动产登记中心',
  },
  {
    code: 'BDC-GBF', name: '不动产权属证书工本费', departmentCode: 'zrzy', legalBasis: `${REAL_ESTATE_BASIS}：每增加一本证书加收证书工本费10元`,
    rule: { kind: 'perUnit', price: 1000, unit: '本', field: 'certificateCopies', free: 1 }, exemptions: [], collector: '蓝山县不动产登记中心',
  },
  {
    code: 'SFZ-GBF', name: '居民身份证工本费', departmentCode: 'gaj', legalBasis: '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）',
    rule: { kind: 'fixed', amount: 2000 },
    exemptions: [{ code: 'dibao', name: '城乡居民最低生活保障对象', basis: '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）第三条' }],
    collector: '蓝山县公安局',
  },
];

export async function seedFeeCatalogue(q: Queryable, at: Date): Promise<void> {
  for (const f of DEMO_FEES) await store.insertFee(q, f, at);
}
