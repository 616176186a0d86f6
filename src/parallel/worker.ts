/**
 * The worker side of the pool (./pool.ts): a job's worker script calls `serve(setup)`, which sets the job up
 * once with the pool's data, then runs each batch it is given and sends the results back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { JobSetup } from './pool.js';

export function serve<I, P>(setup: JobSetup<I, P>): void {
  const port = parentPort;
  if (!port) throw new Error('internal: serve() runs in a worker thread');
  const fail = (err: unknown) => port.postMessage({ error: (err as Error)?.message ?? String(err), stack: (err as Error)?.stack });
  Promise.resolve()
    .then(() => setup(workerData as I))
    .then((run) => {
      port.on('message', (batch: { id: number; inputs: string[] }) => {
        try {
          port.postMessage({ id: batch.id, results: batch.inputs.map(run) });
        } catch (err) {
          fail(err);
        }
      });
    }, fail);
}
