import { AppError, meetsRealNameLevel, realNameLevelNames, shanghaiDateOf, type RealNameLevel } from '../core/index.js';
import type { Queryable } from '../db/index.js';
import { checkBusinessFiling, userById, type Actor } from '../identity/index.js';
import type { FiledItem } from './catalog-port.js';
import type { ApplicationRow } from './store/rows.js';

/** Whose account's level an item is checked against: the filer's own, a business's (for its 经办人), an agent's principal's. */
export type LevelHolder = 'self' | 'business' | 'principal';

const whoseText: Record<LevelHolder, { zh: string; en: string }> = {
  self: { zh: '您的账号', en: 'your account' },
  business: { zh: '企业账号（法定代表人）', en: "the business's account" },
  principal: { zh: '申请人（委托人）的账号', en: "the applicant's (principal's) account" },
};

/**
 * 实名等级: an item filed online, or by an agent for a principal, needs the applicant's account verified at least as
 * surely as the item declares; an agent cannot lend a principal the identity check the principal never had.
 */
export function requireRealNameLevel(items: ReadonlyArray<Pick<FiledItem, 'name' | 'realNameLevel'>>, have: RealNameLevel | null, holder: LevelHolder): void {
  for (const item of items) {
    const need = item.realNameLevel ?? null;
    if (meetsRealNameLevel(have, need)) continue;
    const advice = holder === 'principal'
      ? { zh: '请申请人本人通过“统一身份认证”登录或携带身份证件到政务服务大厅综合窗口完成实名核验后再在线授权代办，或由申请人到窗口办理。', en: 'Have the applicant verify their identity (identity platform sign-in or at a counter) before authorising you, or file at a counter.' }
      : need === 'counter'
        ? { zh: '请携带身份证件（企业另带营业执照）到政务服务大厅综合窗口核验身份后再申请，或直接到窗口办理。', en: 'Have your ID (and the business licence) checked at a service hall counter, or file there.' }
        : { zh: '请退出后点击登录页的“统一身份认证登录”完成实名认证，或携带身份证件到政务服务大厅综合窗口核验。', en: 'Sign out and sign in through the identity platform, or have your ID checked at a service hall counter.' };
    throw new AppError('REAL_NAME_LEVEL_TOO_LOW', {
      itemName: item.name,
      need: realNameLevelNames[need!].zh,
      needEn: realNameLevelNames[need!].en,
      have: have ? realNameLevelNames[have].zh : '未实名认证',
      haveEn: have ? realNameLevelNames[have].en : 'not verified',
      whose: whoseText[holder].zh,
      whoseEn: whoseText[holder].en,
      advice: holder === 'business' ? advice.zh.replace('请退出后点击', '请法定代表人通过') : advice.zh,
      adviceEn: advice.en,
    });
  }
}

/**
 * A draft submitted later is held to the same rule: the level of the account the application belongs to (an agent's
 * principal's included), and for a 经办人 filing for a business, a live authorisation covering its items at the moment
 * of submission.
 */
export async function requireDraftRealName(q: Queryable, actor: Actor, app: Pick<ApplicationRow, 'channel' | 'applicant' | 'applicant_user_id'>, items: ReadonlyArray<Pick<FiledItem, 'code' | 'name' | 'realNameLevel'>>, at: Date): Promise<void> {
  if (app.channel === 'agent') {
    const principal = app.applicant_user_id ? await userById(q, app.applicant_user_id) : undefined;
    requireRealNameLevel(items, principal?.real_name_level ?? null, 'principal');
    return;
  }
  if (app.channel !== 'online') return;
  const forBusiness = app.applicant.kind === 'business' && !!app.applicant.uscc && app.applicant_user_id !== actor.userId;
  if (forBusiness) {
    const filing = await checkBusinessFiling(q, actor, app.applicant.uscc!, items, shanghaiDateOf(at));
    requireRealNameLevel(items, filing.business.real_name_level, 'business');
  } else {
    requireRealNameLevel(items, actor.realNameLevel ?? null, 'self');
  }
}
