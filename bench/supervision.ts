import { runStandalone } from './standalone.js';
import { supervision } from './workloads/supervision.js';

await runStandalone(supervision);
