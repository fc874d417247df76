import { hasRole, type Actor } from '../identity/index.js';

export type CatalogAction = 'readPublished' | 'readDrafts' | 'edit' | 'publish' | 'import' | 'export' | 'readStatistics';

/** Who may do what with the catalog: everyone reads what is published; supervisors (审批服务局) author it. */
export function can(actor: Actor | null, action: CatalogAction): boolean {
  switch (action) {
    case 'readPublished':
      return true;
    case 'readDrafts':
    case 'edit':
    case 'publish':
    case 'import':
      return hasRole(actor, 'supervisor', 'admin');
    case 'export':
      // the export holds only what is published, which is public anyway
      return true;
    case 'readStatistics':
      return hasRole(actor, 'supervisor', 'admin', 'head');
  }
}
