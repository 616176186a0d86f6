/**
 * Browser tests use Debian's Chromium (playwright's own browser download cannot work on these machines). On a fresh
 * machine it may be missing: as root with apt-get we install it; otherwise we fail with how to install it. Never skip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

/** Flags that keep headless Chromium off the network and quiet on a closed machine (see the machine notes). */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const HOW_TO = `Chromium is needed for the browser tests but ${CHROMIUM} is missing.\n` +
  'Install it with: sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium';

function hasAptGet(): boolean {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

/** Returns the path of a usable Chromium, installing it first when it can; throws with instructions otherwise. */
export function ensureChromium(): string {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && hasAptGet()) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    if (update.status === 0) {
      spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
    }
  }
  if (!existsSync(CHROMIUM)) throw new Error(HOW_TO);
  return CHROMIUM;
}
