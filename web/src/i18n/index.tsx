import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { common } from './common';
import { domain } from './domain';

export type Lang = 'zh-CN' | 'en';
import type { Pair } from './pair';

export type { Pair };
export type Messages = Record<string, Pair>;
export type Params = Record<string, string | number | null | undefined>;

/** Declares a page's messages beside the page; both languages are required by the type. */
export function defineMessages<const M extends Messages>(m: M): M {
  return m;
}

const LANG_KEY = 'banshi.lang';

/** `?lang=en` in the address, else the language the person chose before, else their browser's (Accept-Language). */
function initialLang(): Lang {
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (asked === 'en') return 'en';
  if (asked === 'zh-CN' || asked === 'zh') return 'zh-CN';
  try {
    const saved = localStorage.getItem(LANG_KEY);
    if (saved === 'en' || saved === 'zh-CN') return saved;
  } catch {
    /* storage may be unavailable (private mode) */
  }
  const browser = (navigator.languages?.[0] ?? navigator.language ?? '').toLowerCase();
  return browser.startsWith('en') ? 'en' : 'zh-CN';
}

let currentLang: Lang = initialLang();
document.documentElement.lang = currentLang;
/** The language the API client asks the server to answer in. */
export const activeLang = (): Lang => currentLang;

interface LangState {
  lang: Lang;
  setLang(l: Lang): void;
}
const LangContext = createContext<LangState>({ lang: 'zh-CN', setLang: () => {} });

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(currentLang);
  const setLang = useCallback((l: Lang) => {
    currentLang = l;
    try {
      localStorage.setItem(LANG_KEY, l);
    } catch {
      /* ignore */
    }
    document.documentElement.lang = l;
    setLangState(l);
  }, []);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export const useLang = () => useContext(LangContext);

export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (params[k] === undefined || params[k] === null ? m : String(params[k])));
}

/** Marks a key with no translation so that it is visible on screen and fails the browser tests. */
export const MISSING_MARK = '⟦';

export function translate(lang: Lang, dicts: Messages[], key: string, params?: Params): string {
  for (const d of dicts) {
    const pair = d[key];
    if (pair) return format(lang === 'en' ? pair[1] : pair[0], params);
  }
  console.error(`[i18n] missing message "${key}"`);
  return `${MISSING_MARK}${key}⟧`;
}

export type CommonKey = keyof typeof common | keyof typeof domain;
export type T<K extends string = never> = (key: K | CommonKey, params?: Params) => string;

/** The translator for the common messages plus the page's own. */
export function useT<const M extends Messages = Record<never, Pair>>(page?: M): T<Extract<keyof M, string>> {
  const { lang } = useLang();
  return useCallback(
    (key: string, params?: Params) => translate(lang, page ? [page, common, domain] : [common, domain], key, params),
    [lang, page],
  ) as T<Extract<keyof M, string>>;
}
