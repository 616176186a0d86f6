/** Runs the built binary as a user would: a child process, no TTY, NO_COLOR, a neutral locale. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'smscore.cjs');
export const fixture = (...parts: string[]) => join(ROOT, 'test', 'fixtures', ...parts);
export const example = (name: string) => join(ROOT, 'examples', name);

/** A fresh copy of the shipped strategy repository (examples/strategy-repo), to run commands in and change. */
export function strategyRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'smscore-repo-'));
  cpSync(join(ROOT, 'examples', 'strategy-repo'), dir, { recursive: true });
  return dir;
}

export interface CliRun { status: number | null; stdout: string; stderr: string }

export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    input: options.input ?? '',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C', ...options.env },
    timeout: 30_000,
    // spawnSync's default (1 MiB) kills the child past it, which reads as a timeout: the hostile corpus's JSON is larger.
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
