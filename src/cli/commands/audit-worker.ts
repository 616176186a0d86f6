/** The worker thread of `smscore audit --jobs` (src/parallel/pool.ts): serves the per-file job. */
import { serve } from '../../parallel/worker.js';
import { setup } from './audit-job.js';

serve(setup);
