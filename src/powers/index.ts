/** The catalog of powers: 权责清单, 赋权 (delegation), 事项精简, 实施清单 and 中介服务事项清单. */
import './errors.js';
export { powersRoutes, publicPowerOfItem } from './routes.js';
export { delegatedHandling, provideDelegationUses, type DelegatedHandling, type DelegationUseSource } from './delegations.js';
export { addPower } from './power-list.js';
export { delegateItem, reviewDelegation } from './delegations.js';
export { streamlineItem } from './streamlining.js';
export { addImplementation } from './implementations.js';
export * as powersStore from './store.js';
export { POWER_KINDS, powerKindNames, DELEGATION_MODES, delegationModeNames, STREAMLINING_ACTIONS, streamliningActionNames } from './rules.js';
