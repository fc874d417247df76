import { beijingDate, beijingDateTime, type SiteIdentity } from '../core/index.js';
import type { OnlineVerdict, VerificationStatus } from './verify-licence.js';

export type PageLang = 'zh-CN' | 'en';

const esc = (s: string | number | null | undefined) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Green for a licence one may rely on, amber for one to look at twice, red for one not to trust (all AA on white text). */
const colours: Record<VerificationStatus, string> = {
  valid: '#1b6e1b',
  superseded: '#8a5300',
  'not-yet-valid': '#8a5300',
  suspended: '#a1001c',
  revoked: '#a1001c',
  expired: '#a1001c',
  unknown: '#a1001c',
  invalid: '#a1001c',
};

/** The verdict in a word or two, and one line a shopkeeper's customer understands. */
const verdicts: Record<VerificationStatus, Record<PageLang, [string, string]>> = {
  valid: {
    'zh-CN': ['有效', '证照有效：由发证机关签发，内容与发证记录一致，可以放心。'],
    en: ['Valid', 'This licence is valid: issued by the authority below and matching its records.'],
  },
  revoked: {
    'zh-CN': ['已撤销', '证照已撤销：发证机关已收回此证，持证者不能再凭它经营。'],
    en: ['Revoked', 'This licence was revoked by the issuing authority; the holder may no longer rely on it.'],
  },
  expired: {
    'zh-CN': ['已过期', '证照已过期：有效期已满，持证者应办理延续。'],
    en: ['Expired', 'This licence has passed its end date; the holder must renew it.'],
  },
  invalid: {
    'zh-CN': ['签名无效', '核验失败：二维码的数字签名不正确，证照可能被伪造或篡改，请勿相信。'],
    en: ['Invalid signature', 'Verification failed: the QR code’s signature is wrong; the licence may be forged or altered.'],
  },
  suspended: {
    'zh-CN': ['已暂停', '证照已暂停：发证机关暂停了此证，暂停期间不能凭它经营。'],
    en: ['Suspended', 'The issuing authority has suspended this licence; it may not be relied on meanwhile.'],
  },
  'not-yet-valid': {
    'zh-CN': ['尚未生效', '证照尚未生效：还没到有效期的起始日。'],
    en: ['Not yet valid', 'This licence’s validity has not begun yet.'],
  },
  superseded: {
    'zh-CN': ['已变更', '这是证照的旧版本：证照内容已变更，请以持证者的最新证照为准。'],
    en: ['Superseded', 'This is an earlier version; the licence has changed since. Ask for the current one.'],
  },
  unknown: {
    'zh-CN': ['未找到', '签名有效，但平台中未找到该证照：请向发证机关核实。'],
    en: ['Not found', 'The signature is genuine but the platform has no such licence; check with the issuing authority.'],
  },
};

const words = {
  'zh-CN': {
    title: '电子证照核验',
    platform: '蓝山县一体化政务服务平台',
    issuedBy: '发证机关',
    result: '核验结果',
    details: '证照信息',
    typeName: '证照名称',
    holderName: '持证主体',
    holderId: '证件号码',
    validity: '有效期限',
    identifier: '证照标识',
    version: '版本',
    currentVersion: (n: number) => `（当前版本为 ${n}）`,
    reason: '原因',
    since: '状态变更时间',
    longTerm: (from: string) => `${from} 起长期有效`,
    range: (from: string, to: string) => `${from} 至 ${to}`,
    permits: '本企业持有的许可证（一照通，实时）',
    permitCols: ['证照', '发证机关', '有效期至', '状态'],
    longTermShort: '长期',
    noPermits: '暂无其他许可证。',
    sigOk: '数字签名有效（国密 SM2/SM3，以发证机关公钥核验）',
    sigBad: '数字签名无效',
    checkedAt: (t: string) => `核验时间 ${t}（北京时间）`,
    note: '证照是否被撤销、暂停，以本页的在线核验结果为准。',
    other: 'English',
    otherLang: 'en',
    otherLabel: 'View this page in English',
    inChinese: '',
    sponsor: '主办单位',
    siteCode: '网站标识码',
    icp: 'ICP备案号',
    psb: '公安备案号',
  },
  en: {
    title: 'Licence verification',
    platform: 'Lanshan County Government Services',
    issuedBy: 'Issuing authority',
    result: 'Result',
    details: 'Licence details',
    typeName: 'Licence',
    holderName: 'Holder',
    holderId: 'Holder number',
    validity: 'Valid',
    identifier: 'Licence identifier',
    version: 'Version',
    currentVersion: (n: number) => ` (the current version is ${n})`,
    reason: 'Reason',
    since: 'Status changed',
    longTerm: (from: string) => `from ${from}, without end date`,
    range: (from: string, to: string) => `${from} to ${to}`,
    permits: 'Other licences of this business (live)',
    permitCols: ['Licence', 'Issuing authority', 'Valid until', 'Status'],
    longTermShort: 'no end date',
    noPermits: 'No other licences.',
    sigOk: 'Digital signature valid (SM2/SM3, checked with the authority’s public key)',
    sigBad: 'Digital signature invalid',
    checkedAt: (t: string) => `Checked ${t} (Beijing time)`,
    note: 'Whether a licence was revoked or suspended is what this online check says.',
    other: '中文',
    otherLang: 'zh-CN',
    otherLabel: '以中文查看本页',
    inChinese: 'Names and authorities are shown as issued, in Chinese.',
    sponsor: 'Run by',
    siteCode: 'Website code',
    icp: 'ICP licence',
    psb: 'Public security filing',
  },
} as const;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date as people read it: 2026年12月4日, or 4 December 2026 in English. */
function dateIn(lang: PageLang, date: string): string {
  if (lang === 'zh-CN') return beijingDate(date);
  const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(beijingDate(date));
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : date;
}

const permitStatusEn: Record<string, string> = { valid: 'valid', suspended: 'suspended', revoked: 'revoked', expired: 'expired', 'not-yet-valid': 'not yet valid' };

/**
 * The public verification page (no login): what a phone shows after scanning a licence's QR code. It carries the
 * issuing authority's name, the verdict in large words with one line of explanation, moments in Beijing time, a
 * switch between Chinese and English, and the site's identity at its foot.
 */
export function verificationPage(v: OnlineVerdict, opts: { lang?: PageLang; site: SiteIdentity }): string {
  const lang = opts.lang ?? 'zh-CN';
  const w = words[lang];
  const colour = colours[v.status];
  const [verdict, why] = verdicts[v.status][lang];
  const l = v.licence;
  const authority = l?.issuerName ?? opts.site.sponsor;
  const rows: Array<[string, string]> = l
    ? [
        [w.typeName, l.typeName],
        [w.holderName, l.holderName],
        [w.holderId, l.holderId],
        [w.issuedBy, l.issuerName],
        [w.validity, l.validUntil ? w.range(dateIn(lang, l.validFrom), dateIn(lang, l.validUntil)) : w.longTerm(dateIn(lang, l.validFrom))],
        [w.identifier, l.identifier],
        [w.version, `${l.version}${l.currentVersion !== l.version ? w.currentVersion(l.currentVersion) : ''}`],
      ]
    : [];
  if (v.statusReason) rows.push([w.reason, v.statusReason]);
  if (v.statusSince) rows.push([w.since, `${beijingDateTime(v.statusSince)}${lang === 'en' ? ' (Beijing time)' : '（北京时间）'}`]);
  const permits = v.permits
    ? `<h2>${esc(w.permits)}</h2>${
        v.permits.length
          ? `<table><thead><tr>${w.permitCols.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead><tbody>${v.permits
              .map(
                (p) =>
                  `<tr><td>${esc(p.typeName)}</td><td>${esc(p.issuerName)}</td><td>${esc(p.validUntil ? dateIn(lang, p.validUntil) : w.longTermShort)}</td><td class="s-${esc(p.status)}">${esc(lang === 'en' ? (permitStatusEn[p.status] ?? p.statusName) : p.statusName)}</td></tr>`,
              )
              .join('')}</tbody></table>`
          : `<p>${esc(w.noPermits)}</p>`
      }`
    : '';
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(w.title)} - ${esc(verdict)} - ${esc(authority)}</title>
<style>
body{font-family:system-ui,"Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f5f6f8;color:#1f1f1f}
header{background:#a3141a;color:#fff}
.bar{max-width:640px;margin:0 auto;padding:12px 16px;display:flex;align-items:center;gap:12px;flex-wrap:wrap}
.emblem{background:#fff;color:#a3141a;border-radius:6px;font-weight:700;padding:2px 8px;font-size:18px}
.brand{flex:1;min-width:0}.authority{font-size:18px;font-weight:700;display:block}.platform{font-size:13px;display:block}
header a{color:#fff;font-size:15px;border:1px solid #fff;border-radius:4px;padding:4px 10px;text-decoration:none}
main{max-width:640px;margin:0 auto;padding:16px}
.verdict{background:${colour};color:#fff;border-radius:8px;padding:16px 20px}
.verdict h1{margin:0;font-size:44px;line-height:1.2}
.verdict .label{font-size:15px;display:block}
.verdict p{margin:8px 0 0;font-size:18px;line-height:1.5}
.sig{margin:10px 0 16px;color:#434343;font-size:14px}
table{width:100%;border-collapse:collapse;background:#fff;border-radius:8px;overflow:hidden}
th,td{padding:8px 10px;border-bottom:1px solid #e8e8e8;text-align:left;font-size:15px;vertical-align:top;word-break:break-all}
th{color:#434343;font-weight:500;width:7.5em}thead th{width:auto}
h2{font-size:17px;margin:20px 0 8px}.s-valid{color:#1b6e1b}.s-revoked,.s-expired,.s-suspended{color:#a1001c}
.note{color:#434343;font-size:14px;margin-top:16px}
footer{color:#434343;font-size:13px;text-align:center;padding:16px;line-height:1.8}
footer span{display:inline-block;margin:0 6px}
</style></head>
<body>
<header><div class="bar">
<span class="emblem" aria-hidden="true">办事</span>
<div class="brand"><span class="authority">${esc(authority)}</span><span class="platform">${esc(w.platform)} · ${esc(w.title)}</span></div>
<a href="?lang=${w.otherLang}" lang="${w.otherLang}" hreflang="${w.otherLang}" aria-label="${esc(w.otherLabel)}">${esc(w.other)}</a>
</div></header>
<main>
<section class="verdict" data-status="${esc(v.status)}" aria-labelledby="verdict">
<span class="label">${esc(w.result)}</span>
<h1 id="verdict">${esc(verdict)}</h1>
<p>${esc(why)}</p>
</section>
<p class="sig">${esc(v.signatureValid ? w.sigOk : w.sigBad)} · ${esc(w.checkedAt(beijingDateTime(v.checkedAt)))}</p>
${rows.length ? `<h2>${esc(w.details)}</h2><table><tbody>${rows.map(([k, val]) => `<tr><th scope="row">${esc(k)}</th><td>${esc(val)}</td></tr>`).join('')}</tbody></table>` : ''}
${permits}
<p class="note">${esc(w.note)}${w.inChinese && l ? ` ${esc(w.inChinese)}` : ''}</p>
</main>
<footer>
<div><span>${esc(w.sponsor)}：${esc(opts.site.sponsor)}</span></div>
<div><span>${esc(w.siteCode)}：${esc(opts.site.siteCode)}</span><span>${esc(w.icp)}：${esc(opts.site.icp)}</span><span>${esc(w.psb)}：${esc(opts.site.psb)}</span></div>
</footer>
</body></html>`;
}

/** The page's language: `?lang=` first, then the browser's Accept-Language, else Chinese. */
export function pageLanguage(query: unknown, acceptLanguage: string | undefined): PageLang {
  const asked = (query as Record<string, unknown> | undefined)?.lang;
  if (asked === 'en') return 'en';
  if (asked === 'zh-CN' || asked === 'zh') return 'zh-CN';
  const first = (acceptLanguage ?? '').split(',')[0]!.trim().toLowerCase();
  return first.startsWith('en') ? 'en' : 'zh-CN';
}
