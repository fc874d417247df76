import { loadConfig, systemClock } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { userByUsername } from '../identity/index.js';
import { issueLicence } from './issue-licence.js';

/**
 * Demo licences, so that reuse (免提交) and the combined licence work from the first start: the demo business
 * 蓝山县湘味餐饮店 holds its business licence, the demo citizen 张三 an ID card and a household register. They were
 * issued before the platform, so they are registrations. Keys are sealed under the environment's master key.
 */
const BEFORE_PLATFORM = '平台上线前已发放的证照，按原证登记';

export async function seedLicences(tx: Queryable): Promise<void> {
  const deps = { config: loadConfig(), clock: systemClock };
  const xiangwei = await userByUsername(tx, 'xiangwei');
  if (xiangwei?.uscc) {
    await issueLicence(tx, deps, {
      type: 'business-licence',
      holder: { id: xiangwei.uscc, name: xiangwei.org_name ?? '蓝山县湘味餐饮店', userId: xiangwei.id },
      validFrom: '2023-05-16',
      validUntil: null,
      notify: false,
      origin: {
        kind: 'registration',
        reason: BEFORE_PLATFORM,
        data: {
          name: xiangwei.org_name ?? '蓝山县湘味餐饮店',
          entityType: '个体工商户',
          legalRepresentative: xiangwei.name,
          composition: '个人经营',
          address: '湖南省永州市蓝山县塔峰镇舜峰路18号',
          businessScope: '餐饮服务；食品销售（仅销售预包装食品）。（依法须经批准的项目，经相关部门批准后方可开展经营活动）',
          establishedOn: '2023-05-16',
        },
      },
    });
  }
  const zhangsan = await userByUsername(tx, 'zhangsan');
  if (zhangsan?.id_number) {
    await issueLicence(tx, deps, {
      type: 'resident-id-card',
      holder: { id: zhangsan.id_number, name: zhangsan.name, userId: zhangsan.id },
      validFrom: '2016-08-20',
      validUntil: '2036-08-19',
      notify: false,
      origin: {
        kind: 'registration',
        reason: BEFORE_PLATFORM,
        data: {
          name: zhangsan.name,
          sex: Number(zhangsan.id_number[16]) % 2 === 1 ? '男' : '女',
          ethnicity: '汉',
          birthDate: `${zhangsan.id_number.slice(6, 10)}-${zhangsan.id_number.slice(10, 12)}-${zhangsan.id_number.slice(12, 14)}`,
          address: '湖南省蓝山县塔峰镇龙泉路56号',
        },
      },
    });
    await issueLicence(tx, deps, {
      type: 'household-register',
      holder: { id: zhangsan.id_number, name: zhangsan.name, userId: zhangsan.id },
      validFrom: '2016-08-20',
      validUntil: null,
      notify: false,
      origin: {
        kind: 'registration',
        reason: BEFORE_PLATFORM,
        data: { householdType: '家庭户', householdHead: zhangsan.name, address: '湖南省蓝山县塔峰镇龙泉路56号', members: '3', name: zhangsan.name, relation: '户主' },
      },
    });
  }
}
