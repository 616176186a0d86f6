#!/usr/bin/env node
/** Entry point of the `smscore` binary. */
import { main } from './program.js';

await main(process.argv);
