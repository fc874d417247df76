/**
 * What antd's <App> gives pages (App.useApp(): message, notification, modal) without putting its toast and dialog code
 * on a citizen's first load: the context is provided at once, and the holders that draw toasts and dialogs
 * (components/FeedbackHolders) load when the browser is idle after the page has loaded, or at the first call; a call
 * made before they arrive is played once they do.
 * Pages keep calling App.useApp() from antd: it reads this same context.
 */
import { theme } from 'antd';
import AppContext from 'antd/es/app/context';
import type { useAppProps } from 'antd/es/app/context';
import { lazy, Suspense, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export type Feedback = useAppProps;

const Holders = lazy(() => import('./FeedbackHolders'));

/** Until the holders load: each call asks for them, waits, then runs. */
function deferred(ready: Promise<Feedback>, request: () => void): Feedback {
  const part = (key: keyof Feedback) =>
    new Proxy(
      {},
      {
        get: (_t, name) =>
          (...args: unknown[]) => {
            request();
            void ready.then((api) => (api[key] as unknown as Record<string | symbol, (...a: unknown[]) => unknown>)[name]!(...args));
          },
      },
    );
  return { message: part('message'), notification: part('notification'), modal: part('modal') } as unknown as Feedback;
}

export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [arrived] = useState(() => {
    let resolve!: (api: Feedback) => void;
    const ready = new Promise<Feedback>((r) => (resolve = r));
    return { ready, resolve };
  });
  // the holders are fetched when the browser is idle after the page has loaded, or at the first toast or dialog
  const [wanted, setWanted] = useState(false);
  const [api, setApi] = useState<Feedback>(() => deferred(arrived.ready, () => setWanted(true)));
  useEffect(() => {
    let idle = 0;
    const later = () => {
      idle = window.requestIdleCallback ? window.requestIdleCallback(() => setWanted(true), { timeout: 4000 }) : window.setTimeout(() => setWanted(true), 1000);
    };
    if (document.readyState === 'complete') later();
    else window.addEventListener('load', later, { once: true });
    return () => {
      window.removeEventListener('load', later);
      if (window.cancelIdleCallback) window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    };
  }, []);
  const onReady = useCallback(
    (real: Feedback) => {
      arrived.resolve(real);
      setApi(real);
    },
    [arrived],
  );
  // the text style antd's <App> gave every plain element below it, from the theme's tokens
  const { token } = theme.useToken();
  const style = useMemo(
    () => ({ color: token.colorText, fontSize: token.fontSize, lineHeight: token.lineHeight, fontFamily: token.fontFamily }),
    [token.colorText, token.fontSize, token.lineHeight, token.fontFamily],
  );
  return (
    <AppContext.Provider value={api}>
      <div style={style}>
        {children}
        {wanted ? (
          <Suspense fallback={null}>
            <Holders onReady={onReady} />
          </Suspense>
        ) : null}
      </div>
    </AppContext.Provider>
  );
}

/** message, notification and modal, as App.useApp() gives them. */
export function useFeedback(): Feedback {
  return useContext(AppContext);
}
