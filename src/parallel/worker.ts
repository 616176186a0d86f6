/** A pool worker (see ./pool.ts): loads the job module once, then runs each batch it is given, in order. */
import { parentPort, workerData } from 'node:worker_threads';
import type { JobModule } from './pool.js';

const { job, init } = workerData as { job: string; init: unknown };
const port = parentPort!;

try {
  const mod = (await import(job)) as JobModule<unknown, unknown>;
  const run = await mod.setup(init);
  port.on('message', (batch: { id: number; inputs: string[] }) => {
    try {
      port.postMessage({ id: batch.id, results: batch.inputs.map(run) });
    } catch (err) {
      port.postMessage({ error: (err as Error).message ?? String(err), stack: (err as Error).stack });
    }
  });
} catch (err) {
  port.postMessage({ error: (err as Error).message ?? String(err), stack: (err as Error).stack });
}
