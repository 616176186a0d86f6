/** The worker pool (src/parallel/pool.ts), run from the build: workers load dist/parallel/worker.js. */
import { describe, expect, test } from '@jest/globals';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { MIN_PARALLEL_INPUTS, runInOrder, workerCount } from '../../dist/parallel/pool.js';
// @ts-expect-error: a plain JavaScript fixture
import { setup as squareSetup } from '../fixtures/parallel/square-job.mjs';

const fixture = (name: string) => pathToFileURL(join(process.cwd(), 'test', 'fixtures', 'parallel', name));
const square = { setup: squareSetup as (init: { tag: string }) => (input: string) => unknown, worker: fixture('square-worker.mjs') };
const refused = { setup: () => { throw new Error('setup refused'); }, worker: fixture('bad-setup-worker.mjs') };

async function collect<T>(gen: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

describe('runInOrder', () => {
  const inputs = Array.from({ length: 103 }, (_, i) => (i % 17 === 3 ? `slow:30:${i}` : String(i)));
  const expected = inputs.map((s, i) => ({ input: s, square: i * i, tag: 't' }));

  test.each([0, 1, 2, 3])('gives every result in input order with %i workers', async (workers) => {
    const out = await collect(runInOrder(inputs, { ...square, init: { tag: 't' }, workers, batch: 4 }));
    expect(out).toEqual(expected);
  });

  test.each([[2, 2], [2, 3], [9, 2], [9, 3], [40, 3]])('%i inputs on %i workers: every worker gets a share', async (n, workers) => {
    const out = await collect(runInOrder(Array<string>(n).fill('thread'), { ...square, init: { tag: 't' }, workers })) as { thread: number }[];
    const threads = new Set(out.map((r) => r.thread));
    expect(out).toHaveLength(n);
    expect(threads.size).toBe(Math.min(n, workers));
    expect(threads.has(0)).toBe(false);
  });

  test('an empty list gives nothing', async () => {
    expect(await collect(runInOrder([], { ...square, init: { tag: 't' }, workers: 2 }))).toEqual([]);
  });

  test('an input that throws fails the run with its message, in a worker as in this thread', async () => {
    for (const workers of [0, 2]) {
      await expect(collect(runInOrder(['1', 'fail', '3'], { ...square, init: { tag: 't' }, workers, batch: 1 })))
        .rejects.toThrow('this input fails');
    }
  });

  test('a job whose setup fails fails the run, in a worker as in this thread', async () => {
    for (const workers of [0, 2]) {
      await expect(collect(runInOrder(['1', '2'], { ...refused, init: {}, workers, batch: 1 }))).rejects.toThrow('setup refused');
    }
  });

  test('a consumer that stops early stops the workers', async () => {
    const gen = runInOrder(inputs, { ...square, init: { tag: 't' }, workers: 2, batch: 2 });
    const first = await gen.next();
    expect(first.value).toEqual(expected[0]);
    await gen.return(undefined);
  });
});

describe('workerCount', () => {
  test('one thread below the threshold, unless asked', () => {
    expect(workerCount(MIN_PARALLEL_INPUTS - 1, undefined)).toBe(1);
    expect(workerCount(10, 3)).toBe(3);
    expect(workerCount(2, 8)).toBe(2);
  });
  test('automatic: one per core but one, none below three cores, at most eight', () => {
    const cores = availableParallelism();
    expect(workerCount(10_000, undefined)).toBe(cores < 3 ? 1 : Math.min(cores - 1, 8));
    expect(workerCount(10_000, 0)).toBe(workerCount(10_000, undefined));
  });
});
