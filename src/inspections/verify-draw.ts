import { AppError } from '../core/index.js';
import { redraw } from './draw/draw.js';
import { DrawPlanError, parseDrawPlan, seedCommitmentOf } from './draw/plan-format.js';

/** Re-runs a published draw from its plan JSON and revealed seed (anyone may): bad input becomes a coded 4xx. */
export function verifyDraw(planInput: unknown, seed: string) {
  let plan;
  try {
    plan = parseDrawPlan(planInput);
  } catch (e) {
    if (e instanceof DrawPlanError) throw new AppError('INVALID_DRAW_PLAN', { reason: e.message });
    throw e;
  }
  if (seedCommitmentOf(seed) !== plan.seedCommitment) throw new AppError('SEED_MISMATCH');
  return redraw(plan, seed);
}
