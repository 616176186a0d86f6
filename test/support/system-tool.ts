/**
 * Tests that need a program of the system (Chromium, tmux, pre-commit). `npm test` never installs anything: when the
 * program is missing, the tests that need it are skipped, with one line saying how to enable them. CI (CI=true) runs
 * .ci/run, which installs them: there a missing program fails those tests instead.
 */
import { describe, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';

export interface SystemTool {
  /** What is missing, as a person would name it. */
  name: string;
  found: boolean;
  /** The command that installs it. */
  install: string;
  /** Which tests need it, for the line that says they were skipped. */
  tests: string;
}

export const inCI = (): boolean => !['', '0', 'false'].includes((process.env.CI ?? '').toLowerCase());

/** Whether `command args…` runs and exits 0. */
export function runs(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore', timeout: 30_000 }).status === 0;
}

/**
 * describe() when the tool is there. Without it: under CI, a describe() whose only test fails saying how to install
 * it; otherwise describe.skip, after one line on stderr.
 */
export function describeWith(tool: SystemTool): (name: string, fn: () => void) => void {
  if (tool.found) return describe;
  const why = `${tool.name} is not installed`;
  if (inCI()) {
    return (name) => describe(name, () => {
      test(`${tool.name} is installed (.ci/run installs it)`, () => {
        throw new Error(`${why}: ${tool.tests} cannot run. Install it with: ${tool.install}`);
      });
    });
  }
  process.stderr.write(`skipped: ${tool.tests} (${why}; to run them: ${tool.install})\n`);
  return describe.skip;
}
