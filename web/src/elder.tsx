import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/**
 * 适老化 mode: larger type, higher contrast and a simpler layout for older people and anyone with low vision
 * (the national 适老化 guidance for government websites). Chosen with a switch in the portal header and remembered
 * in this browser; the theme tokens follow it (App.tsx) and the `elder` class on <html> simplifies the layout (global.css).
 */
const ELDER_KEY = 'banshi.elder';

function initialElder(): boolean {
  try {
    return localStorage.getItem(ELDER_KEY) === 'on';
  } catch {
    return false;
  }
}

interface ElderState {
  elder: boolean;
  setElder(on: boolean): void;
}
const ElderContext = createContext<ElderState>({ elder: false, setElder: () => {} });

export function ElderProvider({ children }: { children: ReactNode }) {
  const [elder, setElderState] = useState(initialElder);
  const setElder = useCallback((on: boolean) => {
    try {
      if (on) localStorage.setItem(ELDER_KEY, 'on');
      else localStorage.removeItem(ELDER_KEY);
    } catch {
      /* storage may be unavailable (private mode): the mode holds for this visit */
    }
    setElderState(on);
  }, []);
  useEffect(() => {
    document.documentElement.classList.toggle('elder', elder);
  }, [elder]);
  const value = useMemo(() => ({ elder, setElder }), [elder, setElder]);
  return <ElderContext.Provider value={value}>{children}</ElderContext.Provider>;
}

export const useElder = () => useContext(ElderContext);

/** The theme tokens of 适老化 mode: 18 px body text and larger controls, text in near-black, stronger borders. */
export const elderTokens = {
  fontSize: 18,
  fontSizeSM: 16,
  fontSizeLG: 20,
  fontSizeHeading1: 34,
  fontSizeHeading2: 28,
  fontSizeHeading3: 24,
  fontSizeHeading4: 20,
  controlHeight: 44,
  controlHeightLG: 52,
  controlHeightSM: 36,
  lineHeight: 1.7,
  colorText: '#000000',
  colorTextSecondary: '#262626',
  colorTextTertiary: '#333333',
  colorTextDescription: '#262626',
  colorBorder: '#595959',
  colorBorderSecondary: '#8c8c8c',
  colorPrimary: '#0b3d91',
  colorLink: '#0b3d91',
};
