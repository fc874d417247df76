import type { MenuProps } from 'antd';
import type { Me } from '../api/types';
import { useLang } from '../i18n';
import { areaHome, areaRoles, routes, type Area, type PageRoute } from '../routes';

export function mayOpen(route: Pick<PageRoute, 'area' | 'roles' | 'anonymous' | 'kinds'>, me: Me | null): boolean {
  if (route.kinds && (!me || !route.kinds.includes(me.kind))) return false;
  const allowed = route.roles ?? areaRoles[route.area];
  if (allowed === 'anyone') return true;
  if (!me) return !!route.anonymous;
  return allowed.some((r) => me.roles.includes(r));
}

/** The menu of an area: its pages with a label that the user may open. */
export function useAreaMenu(area: Area, me: Me | null): NonNullable<MenuProps['items']> {
  const { lang } = useLang();
  return routes
    .filter((r) => r.area === area && r.menu && mayOpen(r, me))
    .map((r) => ({ key: r.path, icon: r.icon, label: lang === 'en' ? r.menu![1] : r.menu![0] }));
}

/** The menu entry to highlight: the longest menu path that prefixes the current location. */
export function selectedKey(area: Area, pathname: string): string[] {
  // an area's home entry (e.g. /portal) is selected only on itself, not on every page below it
  const hit = routes
    .filter((r) => r.area === area && r.menu && (pathname === r.path || (r.path !== areaHome[area] && pathname.startsWith(r.path + '/'))))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return hit ? [hit.path] : [];
}
