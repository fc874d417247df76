import type { Me } from './api/types';

/**
 * Notifications carry the server's neutral links (/tickets/:id, /disclosure/:id, /ratings/mine …); this maps each
 * to the page of the reader's own area. Links that already name a page are kept.
 */
export function webLink(link: string, me: Me | null): string {
  const roles = new Set(me?.roles ?? []);
  const staffArea = roles.has('reviewer') || roles.has('head') ? '/review' : roles.has('clerk') ? '/window' : roles.has('supervisor') || roles.has('admin') ? '/supervision' : null;
  const [path, query = ''] = link.split('?');
  const q = query ? `?${query}` : '';
  const seg = (path ?? '').split('/').filter(Boolean);
  const id = seg[1];
  switch (seg[0]) {
    case 'tickets':
      return `${staffArea && staffArea !== '/supervision' ? staffArea : '/portal'}/tickets${id ? `/${id}` : ''}${q}`;
    case 'disclosure':
      return `${staffArea ?? '/portal'}/disclosure${id ? `/${id}` : ''}${q}`;
    case 'licences':
      return `/portal/licences${id ? `/${id}` : ''}${q}`;
    case 'ratings':
      if (id === 'mine') return '/portal/ratings';
      if (id === 'appeals') return '/supervision/appeals';
      if (id === 'rectifications') return '/review/rectifications';
      return link;
    case 'guide-feedback':
      return staffArea === '/review' ? '/review/guide-feedback' : staffArea === '/supervision' ? '/supervision/guide-feedback' : staffArea ? link : '/portal/guide-feedback';
    case 'supervision':
      // a head follows the cards of their department on their own page
      return seg[1] === 'deadlines' ? (roles.has('head') && !roles.has('supervisor') ? '/review/watch' : '/supervision/watch') : link;
    default:
      return link;
  }
}
