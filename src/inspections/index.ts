import './errors.js';
export { activeCreditFlag } from './active-credit-flag.js';
export type { StandingCreditFlag } from './active-credit-flag.js';
export { raiseCreditFlag } from './raise-credit-flag.js';
export type { RaiseCreditFlagInput } from './raise-credit-flag.js';
export { inspectionRoutes } from './routes/index.js';
