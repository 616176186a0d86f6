/**
 * What a person sees: every command's text output run in a real pseudo-terminal (util-linux `script`), colour on,
 * at 80 and 120 columns. Without its escapes the screen must be exactly the plain output (NO_COLOR, not a
 * terminal, same COLUMNS), and no line may be wider than the terminal. The runs go in parallel, a few at a time.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { stripAnsi } from '../../src/render/text-wrap.js';
import { BIN, ROOT, strategyRepo } from '../support/cli.js';

interface Case { name: string; args: string[]; cwd?: string; widths: number[]; exit: number }
interface Seen { status: number | null; stdout: string; stderr: string }

const TODAY = '2026-11-22';
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

function run(command: string, args: string[], env: Record<string, string>, cwd: string): Promise<Seen> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { PATH: process.env.PATH ?? '', LANG: 'C', SMSCORE_TODAY: TODAY, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** The command in a pseudo-terminal of `width` columns, as a colour terminal shows it (script -e: its exit code). */
function onScreen(c: Case, width: number): Promise<Seen> {
  const cmd = `stty cols ${width} rows 50; exec ${[process.execPath, BIN, ...c.args].map(quote).join(' ')}`;
  return run('script', ['-qfec', cmd, '/dev/null'], { TERM: 'xterm-256color' }, c.cwd ?? ROOT).then((r) => ({ ...r, stdout: r.stdout.replace(/\r\n/g, '\n') }));
}

/** The same command piped, colour off, told the width by COLUMNS. */
function plain(c: Case, width: number): Promise<Seen> {
  return run(process.execPath, [BIN, ...c.args], { NO_COLOR: '1', COLUMNS: String(width) }, c.cwd ?? ROOT);
}

const examples = readdirSync(new URL('../../examples', import.meta.url)).filter((f) => f.endsWith('.yaml')).sort();
const both = [80, 120];
const cases: Case[] = [
  ...examples.map((f) => ({ name: `audit examples/${f}`, args: ['audit', `examples/${f}`], widths: both, exit: 0 })),
  { name: 'audit examples/maison-lumiere.yaml --lang fr', args: ['audit', 'examples/maison-lumiere.yaml', '--lang', 'fr'], widths: [80], exit: 0 },
  // The strategy repository: its configuration's gate, the waiver, the summary table across brands.
  { name: 'audit brands (strategy repository)', args: ['audit', 'brands'], cwd: 'repo', widths: both, exit: 0 },
  { name: 'audit brands --lang fr (strategy repository)', args: ['audit', 'brands', '--lang', 'fr'], cwd: 'repo', widths: [80], exit: 0 },
  { name: 'audit brands --quiet, failing gate (strategy repository)', args: ['audit', 'brands', '--quiet', '--min-score', '90'], cwd: 'repo', widths: [80], exit: 1 },
  { name: 'questions', args: ['questions'], widths: both, exit: 0 },
  { name: 'questions --lang fr', args: ['questions', '--lang', 'fr'], widths: [80], exit: 0 },
  { name: 'explain channel-role', args: ['explain', 'channel-role'], widths: both, exit: 0 },
  { name: 'explain channel-role --lang fr', args: ['explain', 'channel-role', '--lang', 'fr'], widths: [80], exit: 0 },
  { name: 'explain examples/maison-lumiere.yaml', args: ['explain', 'examples/maison-lumiere.yaml'], widths: both, exit: 0 },
  { name: 'explain examples/maison-lumiere.yaml --lang fr', args: ['explain', 'examples/maison-lumiere.yaml', '--lang', 'fr'], widths: [80], exit: 0 },
  { name: 'validate test/fixtures/invalid/many-problems.yaml', args: ['validate', 'test/fixtures/invalid/many-problems.yaml'], widths: both, exit: 2 },
  { name: 'validate --lang fr test/fixtures/invalid', args: ['validate', '--lang', 'fr', 'test/fixtures/invalid'], widths: [80], exit: 2 },
];
const runs = cases.flatMap((c) => c.widths.map((width) => ({ c, width, key: `${c.name} @ ${width}` })));

const results = new Map<string, { screen: Seen; plain: Seen }>();

beforeAll(async () => {
  const repo = strategyRepo();
  for (const c of cases) if (c.cwd === 'repo') c.cwd = repo;
  // A few at a time: each run is two processes, and the machine has a couple of cores.
  const queue = [...runs];
  const worker = async () => {
    for (let r = queue.shift(); r; r = queue.shift()) {
      const [screen, piped] = await Promise.all([onScreen(r.c, r.width), plain(r.c, r.width)]);
      results.set(r.key, { screen, plain: piped });
    }
  };
  await Promise.all(Array.from({ length: Math.max(2, Math.min(4, availableParallelism())) }, worker));
}, 120_000);

afterAll(() => results.clear());

describe('what a person sees in a colour terminal', () => {
  test.each(runs.map((r) => [r.key, r] as const))('%s', (_key, { c, width, key }) => {
    const { screen, plain: piped } = results.get(key)!;
    expect(piped.stderr).toBe('');
    expect([screen.status, piped.status]).toEqual([c.exit, c.exit]);
    // Colour is on in the terminal (the audit and validate texts have some; questions and explain are plain)...
    if (c.args[0] === 'audit' || c.args[0] === 'validate') expect(screen.stdout).toContain('\x1b[');
    // ...and takes nothing away and adds nothing: the words are the plain output's, line for line.
    expect(stripAnsi(screen.stdout)).toBe(piped.stdout);
    const wide = piped.stdout.split('\n').map((line, i) => ({ line: i + 1, columns: [...line].length, text: line })).filter((l) => l.columns > width);
    expect(wide).toEqual([]);
  });
});
