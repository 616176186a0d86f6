/** Commands run as a user would in a terminal: outside `npm test`'s own environment, output kept for the assertions. */
import { spawnSync } from 'node:child_process';

export interface Ran { status: number | null; stdout: string; stderr: string; output: string }

/**
 * The environment of a user's shell: this one without what `npm test` adds (npm_* variables, which npm would read as
 * its own settings, and Jest's NODE_OPTIONS), with a fixed git identity for the commits the tests make.
 */
export function userEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || /^npm_/i.test(key) || key === 'NODE_OPTIONS' || key === 'INIT_CWD') continue;
    env[key] = value;
  }
  return {
    ...env,
    GIT_AUTHOR_NAME: 'smscore tests', GIT_AUTHOR_EMAIL: 'tests@smscore.invalid',
    GIT_COMMITTER_NAME: 'smscore tests', GIT_COMMITTER_EMAIL: 'tests@smscore.invalid',
    NO_COLOR: '1', LANG: 'C',
    ...extra,
  };
}

export function run(command: string, args: string[], options: { cwd: string; env?: Record<string, string>; timeout?: number }): Ran {
  const r = spawnSync(command, args, {
    cwd: options.cwd,
    encoding: 'utf8',
    input: '',
    env: options.env ?? userEnv(),
    timeout: options.timeout ?? 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const stdout = r.stdout ?? '';
  const stderr = r.stderr ?? '';
  return { status: r.status, stdout, stderr, output: `${stdout}${stderr}${r.error ? `\n${r.error.message}` : ''}` };
}

/** Runs and throws with everything it printed unless it exits 0: for the steps a test builds on. */
export function must(command: string, args: string[], options: Parameters<typeof run>[2]): Ran {
  const r = run(command, args, options);
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} (in ${options.cwd}) exited ${r.status}:\n${r.output}`);
  return r;
}
