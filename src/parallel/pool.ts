/**
 * Runs one job per input across worker threads and gives the results back in input order, as they come.
 *
 * Why: auditing a file is pure CPU work (parse, validate, score, judge, render its part), and a repository can
 * hold thousands of them. A job module is loaded once per worker; each worker takes small batches of inputs
 * on demand, so a slow file does not hold the others back, and only a bounded number of batches is ever in
 * flight, so memory stays flat however many inputs there are.
 *
 * A job is a `setup(init)` function, which returns the function run for each input, and a worker script that
 * serves that same setup (`serve(setup)` from ./worker.ts, imported statically: no code is ever loaded by a
 * computed name). Results cross the thread boundary by structured clone: jobs should return small, already
 * rendered data, not object graphs. With one worker or fewer, setup runs in this thread (same results).
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';

// node:worker_threads is required only when workers start: most runs audit in this thread.
const require = createRequire(import.meta.url);

export type JobSetup<I, P> = (init: I) => ((input: string) => P) | Promise<(input: string) => P>;

export interface PoolOptions<I, P> {
  setup: JobSetup<I, P>;
  /** The worker script that serves the same setup: `new URL('./x-worker.js', import.meta.url)`. */
  worker: URL;
  init: I;
  /** Worker threads to use; 0 or 1 runs everything in this thread. */
  workers: number;
  /** Inputs per message: large enough to make messages rare, small enough to balance the load. */
  batch?: number;
}

/** How many workers a run of `inputs` files should use: `requested`, or (0 or undefined) one per core but one. */
export function workerCount(inputs: number, requested: number | undefined): number {
  if (requested !== undefined && requested > 0) return Math.min(requested, Math.max(1, inputs));
  // A worker costs tens of milliseconds to start and warm up: below a few hundred files it does not pay.
  if (inputs < MIN_PARALLEL_INPUTS) return 1;
  // One core stays with this thread and with V8's own threads (garbage collection, compilation), which already
  // keep a second core half busy: on 2 cores, two workers were measured no faster than none (docs/PERFORMANCE.md).
  const cores = availableParallelism();
  return cores < 3 ? 1 : Math.min(cores - 1, 8);
}

export const MIN_PARALLEL_INPUTS = 200;

export async function* runInOrder<I, P>(inputs: readonly string[], options: PoolOptions<I, P>): AsyncGenerator<P> {
  if (options.workers <= 1 || inputs.length === 0) {
    const run = await options.setup(options.init);
    for (const input of inputs) yield run(input);
    return;
  }
  yield* runInWorkers(inputs, options);
}

interface Batch { id: number; inputs: readonly string[] }
type Reply<P> = { id: number; results: P[] } | { error: string; stack?: string };

async function* runInWorkers<I, P>(inputs: readonly string[], options: PoolOptions<I, P>): AsyncGenerator<P> {
  // Each worker has at most two batches: one it works on, one waiting, so it never idles on a round trip.
  const AHEAD = 2;
  const count = Math.min(options.workers, inputs.length);
  // A short list is cut finer, so that every worker gets a share of it (9 inputs in batches of 8 would leave
  // one of two workers with a single input).
  const size = Math.max(1, Math.min(options.batch ?? 8, Math.ceil(inputs.length / (count * AHEAD))));
  const batches: Batch[] = [];
  for (let i = 0; i < inputs.length; i += size) batches.push({ id: batches.length, inputs: inputs.slice(i, i + size) });
  let next = 0;
  const done = new Map<number, P[]>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => { const w = wake; wake = undefined; w?.(); };

  let stopping = false;
  const workers: Worker[] = [];
  const pending = new Map<Worker, number>();
  // Results that arrive ahead of their turn wait in `done`; past this many, workers get no new batch.
  const maxWaiting = count * AHEAD * 2;
  const feed = (w: Worker, upTo = AHEAD) => {
    while ((pending.get(w) ?? 0) < upTo && next < batches.length && done.size < maxWaiting) {
      w.postMessage(batches[next++]);
      pending.set(w, (pending.get(w) ?? 0) + 1);
    }
  };
  const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
  for (let i = 0; i < count; i++) {
    const w = new Worker(options.worker, {
      workerData: options.init,
      // The parent's flags (--experimental-vm-modules under tests, say) are not the workers' business.
      execArgv: [],
    });
    w.on('message', (reply: Reply<P>) => {
      if ('error' in reply) {
        failure ??= Object.assign(new Error(reply.error), { stack: reply.stack ?? reply.error });
      } else {
        done.set(reply.id, reply.results);
        pending.set(w, (pending.get(w) ?? 1) - 1);
        feed(w);
      }
      notify();
    });
    w.on('error', (err) => { failure ??= err; notify(); });
    w.on('exit', (code) => {
      if (code !== 0 && !failure && !stopping) failure = new Error(`a worker thread stopped with exit code ${code}`);
      notify();
    });
    workers.push(w);
  }
  try {
    // Round by round, so that the first worker does not take the first batches of every other.
    for (let round = 1; round <= AHEAD; round++) for (const w of workers) feed(w, round);
    for (let id = 0; id < batches.length; id++) {
      while (!done.has(id)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => { wake = resolve; });
      }
      if (failure) throw failure;
      const results = done.get(id)!;
      done.delete(id);
      // Room in `done` again: hand out more work before yielding, the consumer may take its time writing.
      for (const w of workers) feed(w);
      for (const r of results) yield r;
    }
  } finally {
    stopping = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
