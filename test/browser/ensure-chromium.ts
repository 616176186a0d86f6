/**
 * Browser tests use Debian's Chromium (playwright's own browser download cannot work on these machines). The tests
 * never install it: .ci/run does in CI; under `npm test` without it, they are skipped with a line saying how to get
 * it (test/support/system-tool.ts).
 */
import { existsSync } from 'node:fs';
import type { SystemTool } from '../support/system-tool.js';

export const CHROMIUM = '/usr/bin/chromium';

/** Flags that keep headless Chromium off the network and quiet on a closed machine (see the machine notes). */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export const CHROMIUM_TOOL: SystemTool = {
  name: `Chromium (${CHROMIUM})`,
  found: existsSync(CHROMIUM),
  install: 'sudo apt-get install -y --no-install-recommends chromium',
  tests: 'the browser tests of the HTML report',
};
