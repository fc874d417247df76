import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, client, onUnauthorized, unwrap } from '../api/typed';
import type { Me, Role } from '../api/types';
import { SIGNED_IN_HINT_KEY } from './signed-in-hint';

const hint = {
  get: () => {
    try {
      return localStorage.getItem(SIGNED_IN_HINT_KEY) === '1';
    } catch {
      return false;
    }
  },
  set: (on: boolean) => {
    try {
      if (on) localStorage.setItem(SIGNED_IN_HINT_KEY, '1');
      else localStorage.removeItem(SIGNED_IN_HINT_KEY);
    } catch {
      /* ignore */
    }
  },
};

interface AuthState {
  me: Me | null;
  /** True until the first /auth/me answer when a session may exist. */
  checking: boolean;
  login(username: string, password: string): Promise<Me>;
  /** Takes up a session the server has just opened (sign-up, sign-in by code). */
  adopt(user: Me): void;
  logout(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [checking, setChecking] = useState(hint.get());

  useEffect(() => {
    if (!hint.get()) return;
    unwrap(client.GET('/api/v1/auth/me'))
      .then(setMe)
      .catch((e) => {
        if (e instanceof ApiError && e.status === 401) hint.set(false);
      })
      .finally(() => setChecking(false));
  }, []);

  useEffect(
    () =>
      onUnauthorized(() => {
        hint.set(false);
        setMe(null);
      }),
    [],
  );

  const login = useCallback(async (username: string, password: string) => {
    const res = await unwrap(client.POST('/api/v1/auth/login', { body: { username, password } }));
    hint.set(true);
    setMe(res.user);
    return res.user;
  }, []);

  const adopt = useCallback((user: Me) => {
    hint.set(true);
    setMe(user);
  }, []);

  const logout = useCallback(async () => {
    try {
      await unwrap(client.POST('/api/v1/auth/logout'));
    } finally {
      hint.set(false);
      setMe(null);
    }
  }, []);

  const value = useMemo(() => ({ me, checking, login, adopt, logout }), [me, checking, login, adopt, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** A sign-in that completes elsewhere (the identity platform's redirect): ask for the session on return. */
export const expectSession = () => hint.set(true);

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

export const hasRole = (me: Me | null, ...roles: Role[]) => !!me && roles.some((r) => me.roles.includes(r));

/** Where a signed-in user starts. */
export function homeOf(me: Me | null): string {
  if (!me) return '/portal';
  if (hasRole(me, 'supervisor', 'admin')) return '/supervision';
  if (hasRole(me, 'clerk')) return '/window';
  if (hasRole(me, 'reviewer', 'head')) return '/review';
  if (hasRole(me, 'inspector')) return '/inspector';
  return '/portal';
}
