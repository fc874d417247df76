import type { Workload } from '../lib.js';
import { baseline } from './baseline.js';
import { auditVerify } from './audit-verify.js';

/** Every workload, baseline first (the others are read as ratios to it). */
export const workloads: Workload[] = [baseline, auditVerify];
