import { App } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { useShowError } from '../components/errors';

export interface RunOptions {
  done?: string;
  key?: string;
  after?: boolean;
  /** Shows a failure on the page itself; return true to skip the error toast. */
  onError?: (e: unknown) => boolean | void;
}

export interface Action {
  /** An action is under way (buttons show their spinner, a second click waits). */
  busy: boolean;
  /** The key of the action under way, for pages with several buttons (null when idle). */
  pending: string | null;
  /**
   * Runs `fn`: shows `done` as a toast when it succeeds, then calls the page's `after` (usually its reload);
   * a failure is shown as an error toast. Resolves to fn's answer, or undefined when it failed.
   * `after: false` skips the page's `after` (e.g. when the action leads away from a page that can no longer load).
   */
  run<T>(fn: () => Promise<T>, opts?: RunOptions): Promise<T | undefined>;
}

/** The busy / try / toast / reload wrapper of every page action. */
export function useAction(after?: () => void): Action {
  const { message } = App.useApp();
  const showError = useShowError();
  const [pending, setPending] = useState<string | null>(null);
  const afterRef = useRef(after);
  afterRef.current = after;
  const run = useCallback(
    async <T>(fn: () => Promise<T>, opts: RunOptions = {}): Promise<T | undefined> => {
      setPending(opts.key ?? 'action');
      try {
        const result = await fn();
        if (opts.done) message.success(opts.done);
        if (opts.after !== false) afterRef.current?.();
        return result;
      } catch (e) {
        if (!opts.onError?.(e)) showError(e);
        return undefined;
      } finally {
        setPending(null);
      }
    },
    [message, showError],
  );
  return { busy: pending !== null, pending, run };
}
