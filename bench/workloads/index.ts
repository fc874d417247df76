import type { Workload } from '../lib.js';
import { baseline } from './baseline.js';
import { submit } from './submit.js';
import { lifecycle } from './lifecycle.js';
import { supervision } from './supervision.js';
import { supervisionDashboard } from './dashboard.js';
import { catalogSearch } from './catalog-search.js';
import { auditVerify } from './audit-verify.js';

/** Every workload, baseline first (the others are read as ratios to it). */
export const workloads: Workload[] = [baseline, submit, lifecycle, supervision, supervisionDashboard, catalogSearch, auditVerify];
