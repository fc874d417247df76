/**
 * Statement and round-trip counts for the benchmark (`npm run bench`), off unless the process starts with
 * BANSHI_COUNT_STATEMENTS=1. When on, every query sent to the database is one round trip; a text of several
 * statements (`exec`) is one round trip and as many statements as it has; BEGIN, COMMIT and ROLLBACK count as the
 * statements and round trips they are. SIGUSR2 makes the process write the totals so far to stderr as one line:
 * `banshi-statements {"statements":…,"roundTrips":…}`. BANSHI_COUNT_STATEMENTS=texts also counts round trips by the
 * start of their text (the line then has `texts`).
 */
const mode = process.env.BANSHI_COUNT_STATEMENTS;
let enabled = mode === '1' || mode === 'texts';
/** `texts`: also round trips by the start of their text (for finding which statements a request sends). */
const texts = mode === 'texts' ? new Map<string, number>() : undefined;
const totals = { statements: 0, roundTrips: 0 };

if (enabled) {
  process.on('SIGUSR2', () => process.stderr.write(`banshi-statements ${JSON.stringify(texts ? { ...totals, texts: Object.fromEntries(texts) } : totals)}\n`));
}

/** Turns counting on (a test measuring what an operation costs); the process's environment can only turn it on. */
export function countStatements(): void {
  enabled = true;
}

/** The totals so far (statements and round trips since the process started counting). */
export function statementTotals(): { statements: number; roundTrips: number } {
  return { ...totals };
}

/** One statement as a trace saw it: its text and where in the platform it was sent from. */
export interface TracedStatement {
  text: string;
  /** The first frame outside src/db: `module/file.ts:function`. */
  from: string;
}

let tracer: TracedStatement[] | undefined;

/**
 * Records every statement sent until the returned function is called, which answers them in order with the code that
 * sent each (for finding what a request costs, statement by statement; tests and tools, never the server's hot path).
 */
export function traceStatements(): () => TracedStatement[] {
  const mine: TracedStatement[] = [];
  tracer = mine;
  return () => {
    if (tracer === mine) tracer = undefined;
    return mine;
  };
}

function sender(): string {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 40;
  const frames = (new Error().stack ?? '').split('\n').slice(1);
  Error.stackTraceLimit = limit;
  for (const f of frames) {
    const m = /at (?:async )?(?:(\S+) \()?.*?\/src\/(.+?\.ts):\d+/.exec(f);
    if (!m || m[2]!.startsWith('db/')) continue;
    return `${m[2]}:${m[1] ?? '?'}`;
  }
  return '?';
}

/** Counts one round trip carrying `text`; `several`: the text may hold more than one statement. */
export function counted(text: string, several = false): void {
  if (tracer) tracer.push({ text: text.replace(/\s+/g, ' ').trim(), from: sender() });
  if (!enabled) return;
  totals.roundTrips++;
  totals.statements += several ? statementsIn(text) : 1;
  if (texts) {
    const key = text.replace(/\s+/g, ' ').trim().slice(0, 90);
    texts.set(key, (texts.get(key) ?? 0) + 1);
  }
}

/** Statements in a text: the non-empty parts between semicolons outside quotes, dollar quotes and comments. */
export function statementsIn(text: string): number {
  let n = 0;
  let pending = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      i = end < 0 ? text.length : end;
      pending = true;
    } else if (c === '-' && text[i + 1] === '-') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(text.slice(i, i + 64))?.[0];
      if (tag) {
        const end = text.indexOf(tag, i + tag.length);
        i = end < 0 ? text.length : end + tag.length - 1;
      }
      pending = true;
    } else if (c === ';') {
      if (pending) n++;
      pending = false;
    } else if (!/\s/.test(c)) pending = true;
  }
  return n + (pending ? 1 : 0);
}
