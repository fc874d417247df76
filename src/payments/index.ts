/**
 * Payment of bills: the adapter to the provincial 统一公共支付平台 (and its sandbox, a process of its own), the counter,
 * 非税收入 electronic receipts, refunds and the daily reconciliation.
 */
import './errors.js';
import './refunds.js';
import './reconcile.js';
export { paymentsRoutes } from './routes.js';
export { startPaySandbox, type RunningSandbox } from './sandbox-process.js';
export { compareStatement, scheduleDailyReconciliations } from './reconcile.js';
