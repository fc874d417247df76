import { runStandalone } from './standalone.js';
import { supervisionDashboard } from './workloads/dashboard.js';

await runStandalone(supervisionDashboard);
