/**
 * Runs `task` now and then every `intervalMs` in the background (server timers: deadline scans, scheduled
 * publication), one run at a time, errors handed to `onError`; returns a stop function that waits for the run under
 * way.
 */
export function startPeriodic(task: () => Promise<unknown>, intervalMs: number, onError: (e: unknown) => void = () => undefined): () => Promise<void> {
  let stopped = false;
  const tick = async () => {
    if (stopped) return;
    try {
      await task();
    } catch (e) {
      onError(e);
    }
  };
  let running: Promise<void> = tick();
  const timer = setInterval(() => {
    running = running.then(tick);
  }, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
