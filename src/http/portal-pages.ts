import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyRequest } from 'fastify';
import * as iconHelpers from '@ant-design/icons-svg/lib/helpers.js';
import AppstoreOutlined from '@ant-design/icons-svg/lib/asn/AppstoreOutlined.js';
import FileSearchOutlined from '@ant-design/icons-svg/lib/asn/FileSearchOutlined.js';
import FileTextOutlined from '@ant-design/icons-svg/lib/asn/FileTextOutlined.js';
import GlobalOutlined from '@ant-design/icons-svg/lib/asn/GlobalOutlined.js';
import HomeOutlined from '@ant-design/icons-svg/lib/asn/HomeOutlined.js';
import InfoCircleFilled from '@ant-design/icons-svg/lib/asn/InfoCircleFilled.js';
import MenuOutlined from '@ant-design/icons-svg/lib/asn/MenuOutlined.js';
import PhoneOutlined from '@ant-design/icons-svg/lib/asn/PhoneOutlined.js';
import ReadOutlined from '@ant-design/icons-svg/lib/asn/ReadOutlined.js';
import UserOutlined from '@ant-design/icons-svg/lib/asn/UserOutlined.js';
import { popularEntries, publishedGuide, type PopularEntry, type PublishedGuide } from '../catalog/index.js';
import { shanghaiDateOf, siteOf, type AppDeps, type SiteIdentity } from '../core/index.js';
import { SESSION_COOKIE } from '../identity/index.js';
import { publicPowerOfItem } from '../powers/index.js';
import { common } from '../../web/src/i18n/common.ts';
import { domain } from '../../web/src/i18n/domain.ts';
import type { Pair } from '../../web/src/i18n/pair.ts';
import { APPLICATION_NUMBER, guideWords, portalHomeWords, siteSearchWords, TICKET_NUMBER, visitorMenu } from '../../web/src/pages/portal/words.ts';

/**
 * The first paint of the two portal pages people most often open from outside (the home page and an item's guide),
 * rendered here as a complete HTML document: the same header, footer, words and data as the web app's pages
 * (PortalHome.tsx, ItemGuidePage.tsx), without waiting for its script. Links are plain links, the search box is a GET
 * form to the search page, and a few lines of inline script (allowed by their hashes in the CSP) work the 适老化
 * switch, the language link and 生成一次性告知单. The web app loads when the visitor goes to an interactive page.
 *
 * Visitors get these pages; a signed-in person (session cookie present) gets the web app, whose home page shows
 * their own messages.
 */

type Lang = 'zh-CN' | 'en';
type Words = Record<string, Pair>;
const words: Words = { ...common, ...domain, ...portalHomeWords, ...guideWords, ...siteSearchWords };

const esc = (s: string | number | null | undefined) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function say(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const pair = words[key];
  const text = pair ? pair[lang === 'en' ? 1 : 0] : key;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

type IconDef = Parameters<typeof iconHelpers.renderIconDefinitionToSVGElement>[0];
const icon = (def: { default?: IconDef } | IconDef) =>
  `<span class="icon" aria-hidden="true">${iconHelpers.renderIconDefinitionToSVGElement(('default' in def ? def.default : def) as IconDef, {
    extraSVGAttrs: { width: '1em', height: '1em', fill: 'currentColor' },
  })}</span>`;
const menuIcons: Record<keyof typeof visitorMenu, string> = {
  '/portal': icon(HomeOutlined),
  '/portal/bundles': icon(AppstoreOutlined),
  '/portal/catalog': icon(ReadOutlined),
  '/portal/progress': icon(FileSearchOutlined),
  '/portal/tickets': icon(PhoneOutlined),
};

/** ?lang=en or ?lang=zh(-CN) in the address, else the browser's first language (the saved choice is the head script's). */
export function portalLanguage(query: unknown, acceptLanguage: string | undefined): Lang {
  const asked = (query as { lang?: unknown } | undefined)?.lang;
  if (asked === 'en') return 'en';
  if (asked === 'zh' || asked === 'zh-CN') return 'zh-CN';
  return (acceptLanguage ?? '').trim().toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

// ---- the inline scripts: constant text, so the CSP can allow exactly them by hash

/**
 * Before the first paint: 适老化 mode as remembered in this browser (no flash of the small type), and the language the
 * person chose before when the address does not say one (the web app keeps both in localStorage).
 */
const HEAD_SCRIPT =
  "(function(){var h=document.documentElement;try{var s=window.localStorage;if(s.getItem('banshi.elder')==='on')h.classList.add('elder');" +
  "var l=s.getItem('banshi.lang'),u=new URL(location.href);if((l==='en'||l==='zh-CN')&&l!==h.lang&&!u.searchParams.has('lang')){u.searchParams.set('lang',l);location.replace(u.href)}}catch(e){}})();";

const BODY_SCRIPT = `(function(){var d=document,h=d.documentElement;
function save(k,v){try{v?localStorage.setItem(k,v):localStorage.removeItem(k)}catch(e){}}
var sw=d.getElementById('elder-switch');function show(){sw.setAttribute('aria-checked',String(h.classList.contains('elder')))}
show();sw.addEventListener('click',function(){var on=!h.classList.contains('elder');h.classList.toggle('elder',on);save('banshi.elder',on?'on':'');show()});
var lg=d.getElementById('lang-switch');lg.addEventListener('click',function(){save('banshi.lang',lg.getAttribute('data-lang'))});
var f=d.getElementById('site-search');if(f)f.addEventListener('submit',function(e){var q=f.elements.q.value.trim();if(!q){e.preventDefault();return}
var a=/${APPLICATION_NUMBER.source}/.test(q),t=/${TICKET_NUMBER.source}/i.test(q);if(a||t){e.preventDefault();location.href='/portal/progress?'+(a?'number=':'ticket=')+encodeURIComponent(a?q:q.toUpperCase())}});
var b=d.getElementById('start-notice'),m=d.getElementById('start-message');if(b)b.addEventListener('click',function(){if(b.disabled)return;b.disabled=true;b.setAttribute('aria-busy','true');
function fail(t){b.disabled=false;b.removeAttribute('aria-busy');m.textContent=t||m.getAttribute('data-fallback')}
fetch('/api/v1/guidance/items/'+encodeURIComponent(b.getAttribute('data-code'))+'/notice',{method:'POST',credentials:'same-origin',headers:{'accept-language':h.lang}})
.then(function(r){return r.json().then(function(j){if(r.ok&&j.id)location.href='/portal/notices/'+encodeURIComponent(j.id);else fail(j.message)})}).catch(function(){fail()})});
})();`;

const sha256 = (s: string) => `'sha256-${crypto.createHash('sha256').update(s).digest('base64')}'`;
/** The CSP sources that allow these pages' inline scripts and nothing else inline. */
export const portalPageScriptHashes = [sha256(HEAD_SCRIPT), sha256(BODY_SCRIPT)];

// ---- the look: the web app's theme (App.tsx) and the antd components its pages use, written as plain CSS

const CSS = `
body{margin:0;background:#f5f5f5;color:rgba(0,0,0,.88);font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',system-ui,sans-serif;font-size:14px;line-height:1.5714}
*,*::before,*::after{box-sizing:border-box}
a{color:#1f5fbf;text-decoration:none}a:hover{color:#4a82d0}
.icon{display:inline-flex;align-items:center;line-height:0;vertical-align:-.125em}
.secondary{color:rgba(0,0,0,.65)}
.bar{background:#fff;border-bottom:1px solid #f0f0f0;height:64px;padding:0 24px;position:sticky;top:0;z-index:10}
.bar-in{display:flex;align-items:center;gap:16px;height:100%;max-width:1200px;margin:0 auto}
.brand{display:flex;align-items:center;gap:8px;min-width:0;line-height:1.2;color:rgba(0,0,0,.88)}
.brand-mark{background:#c8161d;color:#fff;border-radius:6px;font-weight:700;padding:0 8px;font-size:18px;line-height:32px;flex:none}
.brand-text{display:flex;flex-direction:column;min-width:0}.brand-text strong{font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}.brand-text span{font-size:12px;color:rgba(0,0,0,.65)}
.menu{display:flex;flex:1;min-width:0;height:64px;margin:0;padding:0;list-style:none}
.menu a{display:flex;align-items:center;gap:10px;height:64px;padding:0 16px;color:rgba(0,0,0,.88);border-bottom:2px solid transparent}
.menu a:hover,.menu a[aria-current=page]{color:#1f5fbf;border-bottom-color:#1f5fbf}
.phone-menu{display:none}
.switch-row{display:flex;align-items:center;gap:6px;flex:none}
.switch{position:relative;width:44px;min-width:44px;height:22px;border:0;border-radius:100px;background:rgba(0,0,0,.45);cursor:pointer;padding:0;vertical-align:middle}
.switch::after{content:'';position:absolute;top:2px;left:2px;width:18px;height:18px;border-radius:50%;background:#fff;box-shadow:0 2px 4px rgba(0,35,11,.2);transition:left .2s}
.switch[aria-checked=true]{background:#1f5fbf}.switch[aria-checked=true]::after{left:24px}
.btn{display:inline-flex;align-items:center;justify-content:center;gap:8px;height:32px;padding:4px 15px;border-radius:6px;border:1px solid transparent;font:inherit;cursor:pointer;white-space:nowrap;background:transparent;color:rgba(0,0,0,.88)}
.btn-text:hover{background:rgba(0,0,0,.04)}
.btn-primary{background:#1f5fbf;color:#fff;box-shadow:0 2px 0 rgba(5,95,255,.1)}.btn-primary:hover{background:#4a82d0;color:#fff}
.btn-default{background:#fff;border-color:#d9d9d9}
.btn[disabled]{opacity:.65;cursor:default}
main{display:block;padding:24px;width:100%;max-width:1200px;margin:0 auto;min-height:calc(100vh - 64px)}
#main:focus{outline:none}
.page-head{display:flex;justify-content:space-between;align-items:center;flex-wrap:wrap;gap:8px;margin-bottom:16px}
h1{margin:0;font-size:24px;line-height:1.35;font-weight:600;color:rgba(0,0,0,.88)}
.actions{display:flex;gap:8px;flex-wrap:wrap;align-items:center}
.card{background:#fff;border:1px solid #f0f0f0;border-radius:8px;margin-bottom:16px}
.card-head{min-height:56px;padding:0 24px;display:flex;align-items:center;font-size:16px;font-weight:600;border-bottom:1px solid #f0f0f0;margin:0}
.card-body{padding:24px}
.card-sm .card-head{min-height:38px;padding:0 12px;font-size:14px}.card-sm .card-body{padding:12px}
.hero{background:linear-gradient(120deg,#1a4f9f,#1f5fbf);color:#fff;border-color:transparent}
.hero .card-body{display:flex;flex-direction:column;gap:12px}
.hero h2{margin:0;font-size:22px;line-height:1.35;font-weight:600;color:#fff}
.search{display:flex;width:100%}
.search input{flex:1;min-width:0;height:40px;padding:7px 11px;font:inherit;font-size:16px;border:1px solid #d9d9d9;border-radius:8px 0 0 8px;color:rgba(0,0,0,.88);background:#fff}
.search input::placeholder{color:rgba(0,0,0,.55)}
.search button{height:40px;padding:0 15px;font-size:16px;border-radius:0 8px 8px 0;margin-left:-1px}
.row{display:flex;flex-wrap:wrap;margin:-8px}.col-main{padding:8px;flex:0 0 100%;max-width:100%}
@media (min-width:992px){.col-main{flex:0 0 58.333%;max-width:58.333%}}
.popular{display:flex;flex-direction:column;gap:8px;margin:0;padding:0;list-style:none}
.popular li{display:flex;justify-content:space-between;gap:8px}.popular li>span:first-child{min-width:0;overflow-wrap:anywhere}
.uses{white-space:nowrap;color:rgba(0,0,0,.65)}
.tag{display:inline-block;height:auto;margin-inline-end:8px;padding-inline:7px;font-size:12px;line-height:20px;white-space:nowrap;border:1px solid #d9d9d9;border-radius:4px;background:#fafafa;color:rgba(0,0,0,.88)}
.tag-blue{background:#e6f4ff;border-color:#91caff;color:#003eb3}.tag-red{background:#fff1f0;border-color:#ffa39e;color:#a8071a}.tag-green{background:#f6ffed;border-color:#b7eb8f;color:#1f5c07}
.shortcuts{display:grid;grid-template-columns:repeat(2,1fr);gap:12px;margin:0;padding:0;list-style:none}
@media (min-width:576px){.shortcuts{grid-template-columns:repeat(3,1fr)}}@media (min-width:768px){.shortcuts{grid-template-columns:repeat(4,1fr)}}
.shortcuts a{display:block;padding:12px;border:1px solid #f0f0f0;border-radius:8px;color:rgba(0,0,0,.88);background:#fff}
.shortcuts a:hover{box-shadow:0 1px 2px -2px rgba(0,0,0,.16),0 3px 6px 0 rgba(0,0,0,.12),0 5px 12px 4px rgba(0,0,0,.09)}
.shortcuts .icon{font-size:20px;margin-inline-end:8px}
.facts{display:grid;grid-template-columns:1fr;gap:0 16px;margin:0}
@media (min-width:576px){.facts{grid-template-columns:repeat(2,1fr)}}@media (min-width:992px){.facts{grid-template-columns:repeat(3,1fr)}}
.facts div{padding-bottom:8px;display:flex;min-width:0}.facts dt{color:rgba(0,0,0,.62);flex:none}.facts dt::after{content:'：';margin-inline-end:8px}.facts dd{margin:0;min-width:0;overflow-wrap:anywhere}
html[lang=en] .facts dt::after{content:':'}
.alert{display:flex;gap:8px;align-items:flex-start;padding:8px 12px;border:1px solid #91caff;background:#e6f4ff;border-radius:8px;margin-bottom:16px}
.alert .icon{color:#1f5fbf;margin-top:4px}.alert-title{display:block}
.alert-desc .alert-title{font-weight:600}
p.para{margin:0 0 16px}
.card ol{margin:0;padding-inline-start:20px}
.pre{white-space:pre-wrap;margin:0}
.note{font-size:12px;color:rgba(0,0,0,.65)}
.start-message:empty{display:none}.start-message{color:#c4161c;margin:0;flex-basis:100%}
footer{padding:24px 50px;background:#f5f5f5}
@media (max-width:991.98px){.bar{padding:0 12px}.bar-in{gap:8px}.menu,.brand-text,.switch-label,.lang-label{display:none}.phone-menu{display:block;position:relative}
.phone-menu summary{list-style:none;display:inline-flex;align-items:center;justify-content:center;width:32px;height:32px;border-radius:6px;cursor:pointer;font-size:16px}
.phone-menu summary::-webkit-details-marker{display:none}
.phone-menu ul{position:absolute;top:44px;left:-12px;width:260px;margin:0;padding:8px 0;list-style:none;background:#fff;box-shadow:0 6px 16px rgba(0,0,0,.16);border-radius:0 0 8px 0}
.phone-menu ul a{display:flex;align-items:center;gap:10px;padding:0 24px;line-height:40px;color:rgba(0,0,0,.88)}
.phone-menu ul a[aria-current=page]{color:#1f5fbf;background:#e6f0ff}
.spacer{flex:1}.switch{width:28px;min-width:28px;height:16px}.switch::after{width:12px;height:12px}.switch[aria-checked=true]::after{left:14px}
.lang{padding:4px;width:32px}main{padding:12px}}
@media (min-width:992px){.spacer{display:none}}
html.elder body{font-size:18px;line-height:1.7;color:#000;background:#fff}
html.elder h1{font-size:30px}
html.elder footer{background:#fff}
html.elder .card{border:1px solid #595959}
html.elder .secondary,html.elder .uses,html.elder .note,html.elder .brand-text span,html.elder .facts dt{color:#262626}
html.elder a{text-decoration:underline}html.elder .menu a,html.elder a.btn,html.elder .phone-menu a{text-decoration:none}
html.elder .col-main{flex:0 0 100%;max-width:100%}
html.elder .btn{height:44px;font-size:18px}html.elder .search input,html.elder .search button{height:52px;font-size:20px}
html.elder .guide-materials{font-size:18px}
`;

// ---- the pieces

interface Shell {
  lang: Lang;
  title: string;
  pathname: string;
  search: string;
  site: SiteIdentity;
  appCss: string;
  body: string;
}

function page(s: Shell): string {
  const { lang } = s;
  const other: Lang = lang === 'en' ? 'zh-CN' : 'en';
  const here = (p: string) => (s.pathname === p ? ' aria-current="page"' : '');
  const menu = (Object.keys(visitorMenu) as Array<keyof typeof visitorMenu>)
    .map((p) => `<li><a href="${p}"${here(p)}>${menuIcons[p]}<span>${esc(visitorMenu[p][lang === 'en' ? 1 : 0])}</span></a></li>`)
    .join('');
  const next = encodeURIComponent(s.pathname + s.search);
  const otherHref = (() => {
    const q = new URLSearchParams(s.search);
    q.set('lang', other);
    return `${s.pathname}?${q.toString()}`;
  })();
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(s.title)} · ${esc(say(lang, 'app.name'))}</title>
<meta name="description" content="${esc(say(lang, 'app.slogan'))}">
<script>${HEAD_SCRIPT}</script>
<style>${s.appCss}${CSS}</style>
</head>
<body>
<a class="skip-link" href="#main">${esc(say(lang, 'nav.skip'))}</a>
<header class="bar"><div class="bar-in">
<details class="phone-menu"><summary aria-label="${esc(say(lang, 'nav.menu'))}">${icon(MenuOutlined)}</summary><nav aria-label="${esc(say(lang, 'area.portal'))}"><ul>${menu}</ul></nav></details>
<a class="brand" href="/" aria-label="${esc(say(lang, 'app.title'))}"><span class="brand-mark" aria-hidden="true">${esc(say(lang, 'app.name'))}</span><span class="brand-text" aria-hidden="true"><strong>${esc(say(lang, 'app.title'))}</strong><span>${esc(say(lang, 'area.portal'))}</span></span></a>
<nav class="menu-nav" aria-label="${esc(say(lang, 'area.portal'))}"><ul class="menu">${menu}</ul></nav>
<div class="spacer"></div>
<div class="switch-row"><button type="button" role="switch" aria-checked="false" id="elder-switch" class="switch" aria-label="${esc(say(lang, 'elder.switch'))}"></button><span class="switch-label" aria-hidden="true">${esc(say(lang, 'elder.short'))}</span></div>
<a id="lang-switch" class="btn btn-text lang" href="${esc(otherHref)}" data-lang="${other}" lang="${other}" aria-label="${esc(say(lang, 'lang.switchLabel'))}">${icon(GlobalOutlined)}<span class="lang-label">${esc(say(lang, 'lang.switch'))}</span></a>
<a class="btn btn-primary" href="/login?next=${esc(next)}">${icon(UserOutlined)}<span>${esc(say(lang, 'nav.login'))}</span></a>
</div></header>
<main id="main" tabindex="-1">
${s.body}
</main>
<footer class="site-footer" aria-label="${esc(say(lang, 'footer.label'))}">
<div><span>${esc(say(lang, 'footer.sponsor', { name: s.site.sponsor }))}</span><span>${esc(say(lang, 'footer.hotline'))}</span></div>
<div><span>${esc(say(lang, 'footer.siteCode', { code: s.site.siteCode }))}</span><span>${esc(say(lang, 'footer.icp', { code: s.site.icp }))}</span><span>${esc(say(lang, 'footer.psb', { code: s.site.psb }))}</span></div>
</footer>
<script>${BODY_SCRIPT}</script>
</body>
</html>`;
}

const card = (title: string, body: string, small = false) =>
  `<section class="card${small ? ' card-sm' : ''}"><h2 class="card-head">${esc(title)}</h2><div class="card-body">${body}</div></section>`;

function homeBody(lang: Lang, popular: PopularEntry[]): string {
  const t = (k: string, p?: Record<string, string | number>) => esc(say(lang, k, p));
  const list = popular.length
    ? card(
        say(lang, 'portal.popular'),
        `<ul class="popular">${popular
          .map(
            (p) =>
              `<li><span>${p.subject === 'bundle' ? `<span class="tag tag-blue">${t('portal.bundle')}</span>` : ''}<a href="${p.subject === 'bundle' ? '/portal/bundles/' : '/portal/catalog/'}${esc(encodeURIComponent(p.code))}">${esc(p.name)}</a></span><span class="uses">${t('portal.uses', { n: p.uses })}</span></li>`,
          )
          .join('')}</ul>`,
      )
    : '';
  const shortcuts = (Object.keys(visitorMenu) as Array<keyof typeof visitorMenu>)
    .filter((p) => p !== '/portal')
    .map((p) => `<li><a href="${p}">${menuIcons[p]}${esc(visitorMenu[p][lang === 'en' ? 1 : 0])}</a></li>`)
    .join('');
  return `<div class="page-head"><div><h1>${t('area.portal')}</h1><span class="secondary">${t('app.slogan')}</span></div></div>
<section class="card hero" aria-labelledby="hero-title"><div class="card-body">
<h2 id="hero-title">${t('portal.heroTitle')}</h2>
<span>${t('portal.heroText')}</span>
<form id="site-search" class="search" role="search" method="get" action="/portal/search">
<input type="search" name="q" required maxlength="100" aria-label="${t('siteSearch.label')}" placeholder="${t('siteSearch.placeholder')}" autocomplete="off"><button class="btn btn-primary" type="submit">${t('action.search')}</button>
</form>
</div></section>
<div class="row"><div class="col-main">${list}${card(say(lang, 'home.shortcuts'), `<ul class="shortcuts">${shortcuts}</ul>`)}</div></div>`;
}

type Power = Awaited<ReturnType<typeof publicPowerOfItem>>;

function guideBody(lang: Lang, item: PublishedGuide, powers: Power): string {
  const t = (k: string, p?: Record<string, string | number>) => esc(say(lang, k, p));
  const english = lang === 'en' ? (item.english ?? null) : null;
  const conditions = english?.conditions.length ? english.conditions : item.conditions;
  const fact = (label: string, value: string) => `<div><dt>${label}</dt><dd>${value}</dd></div>`;
  const facts = [
    fact(t('guide.department'), esc(item.department.name)),
    powers.power ? fact(t('guide.power'), `<a href="/public/powers">${t('guide.powerText', { name: powers.power.name, kind: powers.power.kindName })}</a>`) : '',
    ...powers.delegations.map((d) => fact(t('guide.delegated'), t('guide.delegatedText', { delegate: d.delegate.name, mode: d.modeName, scope: d.scope }))),
    fact(t('guide.code'), esc(item.implementationCode)),
    fact(t('guide.legalDays'), t('unit.days', { n: item.legalDays })),
    fact(t('guide.promisedDays'), item.handling === 'immediate' ? t('handling.immediate') : t('unit.days', { n: item.promisedDays })),
    fact(t('guide.visits'), item.visitsNeeded === 0 ? t('unit.zeroVisits') : t('unit.visits', { n: item.visitsNeeded })),
    fact(t('guide.fees'), item.fees.length ? esc(item.fees.map((f) => `${f.name} ${f.amount}${f.unit}`).join('；')) : t('guide.free')),
    fact(t('guide.place'), esc(item.place)),
    fact(t('guide.hours'), esc(item.officeHours)),
    item.phone ? fact(t('guide.phone'), esc(item.phone)) : '',
  ].join('');
  const alert = (title: string, desc?: string | null) =>
    `<div class="alert${desc ? ' alert-desc' : ''}" role="note">${icon(InfoCircleFilled)}<div><span class="alert-title">${title}</span>${desc ? `<span>${esc(desc)}</span>` : ''}</div></div>`;
  const materials = item.materials
    .map(
      (x) => `<tr><td><div>${esc(x.name)}</div>${x.note ? `<div class="note">${esc(x.note)}</div>` : ''}</td>
<td class="from-md">${t(`form.${x.form}`)} · ${t('unit.copies', { n: x.count })}</td>
<td>${x.required ? `<span class="tag tag-red">${t('guide.mandatory')}</span>` : `<span class="tag">${t('guide.optional')}</span>`}</td>
<td class="from-sm">${esc(x.legalBasis)}</td>
<td class="from-lg">${x.satisfiedByLicence ? `<span class="tag tag-green">${t('guide.reuseLicence', { type: x.satisfiedByLicence })}</span>` : x.satisfiedByElements.length ? `<span class="tag tag-blue">${t('guide.reuseData')}</span>` : '—'}</td></tr>`,
    )
    .join('');
  return `<div class="page-head"><div><h1>${esc(english?.name ?? item.name)}</h1><span class="secondary">${esc(item.department.name)} · ${t(`kind.${item.kind}`)}</span></div>
<div class="actions"><button type="button" class="btn btn-primary" id="start-notice" data-code="${esc(item.code)}">${icon(FileTextOutlined)}<span>${t('guide.start')}</span></button>
<p class="start-message" id="start-message" role="alert" data-fallback="${t('error.network')}"></p></div></div>
${lang === 'en' && !english ? alert(t('catalog.noEnglish')) : ''}
${english ? `<p class="para" lang="en">${esc(english.summary)} <span lang="zh-CN">（${esc(item.name)}）</span></p>` : ''}
<section class="card" aria-label="${t('guide.department')}"><div class="card-body"><dl class="facts">${facts}</dl>
${item.commitmentAllowed ? alert(t('guide.commitment'), item.commitmentText) : ''}</div></section>
${card(say(lang, 'guide.basis'), `<p class="pre">${esc(item.legalBasis)}</p>`, true)}
${card(say(lang, 'guide.conditions'), conditions.length ? `<ol>${conditions.map((c) => `<li>${esc(c)}</li>`).join('')}</ol>` : `<span class="secondary">${t('guide.noConditions')}</span>`, true)}
${card(
  say(lang, 'guide.materials'),
  `<table class="guide-materials"><thead><tr><th scope="col">${t('guide.material')}</th><th scope="col" class="from-md">${t('guide.form')}</th><th scope="col">${t('guide.required')}</th><th scope="col" class="from-sm">${t('guide.materialBasis')}</th><th scope="col" class="from-lg">${t('guide.reuse')}</th></tr></thead><tbody>${materials}</tbody></table>`,
  true,
)}
${item.steps.length ? card(say(lang, 'guide.steps'), `<ol>${item.steps.map((s) => `<li><strong>${esc(s.name)}</strong>：${esc(s.description)}</li>`).join('')}</ol>`, true) : ''}`;
}

/** The app's own stylesheet (global.css), inlined in the built index.html: the skip link, focus ring, footer, tables. */
function appCssOf(dist: string): () => string {
  let at = -1;
  let css = '';
  return () => {
    const file = path.join(dist, 'index.html');
    const mtime = fs.statSync(file).mtimeMs;
    if (mtime !== at) {
      css = [...fs.readFileSync(file, 'utf8').matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
      at = mtime;
    }
    return css;
  };
}

const GUIDE = /^\/portal\/catalog\/([A-Za-z0-9_.-]{1,64})\/?$/;

/**
 * The server's first paint of the portal's home page and of an item's guide, for visitors; null for any other
 * address, for a signed-in person, and for a guide that does not exist (the web app then says so in its own words).
 */
export function portalPages(deps: AppDeps, dist: string) {
  const appCss = appCssOf(dist);
  return {
    async render(req: FastifyRequest): Promise<string | null> {
      if (req.method !== 'GET' || req.cookies?.[SESSION_COOKIE]) return null;
      const [pathname = '', rawSearch = ''] = req.url.split('#')[0]!.split('?');
      const search = rawSearch ? `?${rawSearch}` : '';
      const isHome = pathname === '/portal' || pathname === '/portal/';
      const guide = GUIDE.exec(pathname);
      if (!isHome && !guide) return null;
      const lang = portalLanguage(req.query, req.headers['accept-language']);
      const site = siteOf(deps.config);
      if (isHome) {
        const popular = await popularEntries(deps.db, deps.clock.now(), 8);
        return page({ lang, title: say(lang, 'area.portal'), pathname: '/portal', search, site, appCss: appCss(), body: homeBody(lang, popular) });
      }
      const code = guide![1]!;
      const item = await publishedGuide(deps.db, code);
      if (!item) return null;
      const powers = await publicPowerOfItem(deps.db, code, shanghaiDateOf(deps.clock.now()));
      const title = (lang === 'en' ? item.english?.name : null) ?? item.name;
      return page({ lang, title, pathname, search, site, appCss: appCss(), body: guideBody(lang, item, powers) });
    },
  };
}
