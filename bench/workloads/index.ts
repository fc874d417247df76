import type { Workload } from '../lib.js';
import { baseline } from './baseline.js';
import { submit } from './submit.js';
import { lifecycle } from './lifecycle.js';
import { peerBpmn } from './peer-bpmn.js';
import { pgbenchTpcb } from './pgbench.js';
import { supervision } from './supervision.js';
import { supervisionDashboard } from './dashboard.js';
import { verifyOnline, verifyOffline } from './verify.js';
import { catalogSearch } from './catalog-search.js';
import { auditVerify } from './audit-verify.js';
import { draw } from './draw.js';
import { web } from './web.js';
import { queue } from './queue.js';
import { province } from './province.js';

/** Every workload, in the order of issue 7 (then issue 19's Lighthouse run), baseline first (the others are read as ratios to it); the
 * peer engine just before the lifecycle, which is read as a ratio to it, and pgbench before submit, read as a ratio to it too
 * (issue 22). */
export const workloads: Workload[] = [baseline, pgbenchTpcb, submit, peerBpmn, lifecycle, supervision, supervisionDashboard, verifyOnline, verifyOffline, catalogSearch, auditVerify, draw, web, queue, province];
