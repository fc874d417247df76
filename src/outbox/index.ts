export { enqueue, pendingCount } from './store.js';
export type { OutboxJob, EnqueueOptions } from './store.js';
export { registerOutboxHandler, runOutboxOnce, drainOutbox, startOutboxWorker } from './worker.js';
export type { OutboxHandler } from './worker.js';
