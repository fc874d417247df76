import { hasRole, type Actor } from '../identity/index.js';

export type InspectionAction =
  | 'viewPools'
  | 'managePools'
  | 'managePlans'
  | 'viewPlans'
  | 'inspect'
  | 'raiseFlag'
  | 'viewFlags'
  | 'appealFlag'
  | 'decideAppeal';

/** Who may do what with random inspections and credit flags. */
export function can(actor: Actor | null, action: InspectionAction, flag?: { uscc: string | null; id_number: string | null }): boolean {
  switch (action) {
    case 'viewPools':
    case 'viewPlans':
      return hasRole(actor, 'supervisor', 'head', 'inspector', 'admin');
    case 'managePools':
    case 'managePlans':
    case 'raiseFlag':
    case 'decideAppeal':
      return hasRole(actor, 'supervisor');
    case 'inspect':
      return hasRole(actor, 'inspector');
    case 'viewFlags':
      // window and department staff see flags because they refuse commitment-based approval on them
      return hasRole(actor, 'supervisor', 'head', 'clerk', 'reviewer', 'inspector', 'admin');
    case 'appealFlag':
      // only the flagged party itself
      if (!actor || !flag) return false;
      return (!!flag.uscc && actor.uscc === flag.uscc) || (!!flag.id_number && actor.kind === 'citizen' && actor.idNumber === flag.id_number);
  }
}
