/**
 * `smscore questionnaire` end to end, on the built binary: without a terminal, with prepared answers, and in a
 * real pseudo-terminal driven through tmux (keys typed, screen read back), bounded in time.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, example, ROOT, runCli } from '../support/cli.js';
import { describeWith, runs, type SystemTool } from '../support/system-tool.js';

const ORIGINAL = readFileSync(example('boulangerie-martin.yaml'), 'utf8');
const commentLines = (text: string) => text.split('\n').filter((l) => /^\s*#/.test(l) || /\s#\s/.test(l));

function copy(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'smscore-qn-e2e-')), 'brand.yaml');
  copyFileSync(example('boulangerie-martin.yaml'), file);
  return file;
}

function gapCount(file: string): number {
  const r = runCli(['audit', file, '--format', 'json']);
  expect(r.status).toBe(0);
  return (JSON.parse(r.stdout) as { files: { gaps: unknown[] }[] }).files[0]!.gaps.length;
}

describe('smscore questionnaire (built binary)', () => {
  test('without an interactive terminal it stops at once: clear message, exit 2, file untouched', () => {
    const file = copy();
    const started = Date.now();
    const r = runCli(['questionnaire', file], { input: '' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('smscore questionnaire needs an interactive terminal');
    expect(r.stderr).toContain('--answers');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(readFileSync(file, 'utf8')).toBe(ORIGINAL);
    expect(runCli(['questionnaire', file, '--lang', 'fr']).stderr).toContain('a besoin d\'un terminal interactif');
  });

  test('--answers applies prepared answers without prompts; the result validates and keeps its comments', () => {
    const file = copy();
    const answers = join(file, '..', 'answers.yaml');
    writeFileSync(answers, [
      'customer-needs: [Savoir ce qui sort du four, Précommander les galettes]',
      'listening-cadence: weekly',
      'channel-why:',
      '  facebook: Les habitués y cherchent les horaires.',
      '',
    ].join('\n'));
    const before = gapCount(file);
    const r = runCli(['questionnaire', file, '--answers', answers]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/3 answers applied/);
    expect(r.stdout).toMatch(/Readiness: 32 % → \d+ %/);
    expect(runCli(['validate', file]).status).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(commentLines(after)).toEqual(commentLines(ORIGINAL));
    expect(gapCount(file)).toBe(before - 3);

    // Applying them again changes nothing: the file stays byte-identical.
    const again = runCli(['questionnaire', file, '--answers', answers]);
    expect(again.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(after);

    writeFileSync(answers, 'custmer-needs: [x]\n');
    const bad = runCli(['questionnaire', file, '--answers', answers]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(`${answers}:1:1  unknown question "custmer-needs". Did you mean "customer-needs"?`);
    expect(readFileSync(file, 'utf8')).toBe(after);
  });

  // .ci/run installs tmux when it is missing; under `npm test` without it, these tests are skipped with a line.
  const hasTmux = runs('tmux', ['-V']);
  const TMUX: SystemTool = { name: 'tmux', found: hasTmux, install: 'sudo apt-get install -y tmux', tests: 'the questionnaire\'s terminal tests' };
  describeWith(TMUX)('in a real pseudo-terminal (tmux)', () => {
    const socket = `smscore-e2e-${process.pid}`;
    const tmux = (...args: string[]) => spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8', timeout: 20_000 });
    const screen = () => tmux('capture-pane', '-p', '-J', '-S', '-200', '-t', 'qn').stdout ?? '';
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    // Generous waits: on a 2-core machine these tests share the CPU with another test file's runs of the CLI.
    const WAIT_MS = 60_000;
    // Each pane runs `sh -c '…'`. Ctrl-C typed while no prompt holds the terminal in raw mode is a SIGINT to the
    // whole foreground group, the shell included; `trap : INT` keeps the shell alive to print EXIT= (a person's
    // interactive shell ignores SIGINT the same way), and smscore must handle that SIGINT itself.
    async function waitFor(what: (s: string) => boolean, label: string, ms = WAIT_MS): Promise<string> {
      const end = Date.now() + ms;
      for (;;) {
        const s = screen();
        if (what(s)) return s;
        if (Date.now() > end) throw new Error(`timed out waiting for ${label}; screen:\n${s}`);
        await sleep(100);
      }
    }
    const after = (marker: string, text: string) => (s: string) => s.includes(marker) && s.slice(s.lastIndexOf(marker)).includes(text);
    /** A tmux session's screen, and a wait for a text to appear on it. */
    function pane(session: string) {
      const shot = () => tmux('capture-pane', '-p', '-J', '-S', '-200', '-t', session).stdout ?? '';
      const wait = async (text: string) => {
        const end = Date.now() + WAIT_MS;
        while (!shot().includes(text)) {
          if (Date.now() > end) throw new Error(`timed out waiting for ${text}:\n${shot()}`);
          await sleep(100);
        }
      };
      return { shot, wait };
    }

    // One idle session holds the tmux server for the whole file: when a test kills the last session, the server
    // exits, and the next test's new-session could race its shutdown on the same socket.
    beforeAll(() => {
      if (hasTmux) expect(tmux('new-session', '-d', '-s', 'keep', 'sleep 3600').status).toBe(0);
    });
    afterAll(() => {
      if (hasTmux) tmux('kill-server');
    });
    /** Starts a session running `command`; says why when tmux refuses. */
    function start(session: string, command: string): void {
      const r = tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '40', command);
      expect(`${r.status} ${r.stderr ?? ''}`.trim()).toBe('0');
    }

    test('types two answers, confirms: the file validates, keeps its comments, and the gaps shrank', async () => {
      const file = copy();
      const before = gapCount(file);
      const command = `trap : INT; cd '${ROOT}' && env NO_COLOR=1 LANG=C '${process.execPath}' '${BIN}' questionnaire '${file}' --limit 2; echo "EXIT=$?"; sleep 300`;
      start('qn', command);

      await waitFor(after('[1/2]', 'Item 1'), 'the first question');
      tmux('send-keys', '-t', 'qn', '-l', 'Savoir ce qui sort du four');
      tmux('send-keys', '-t', 'qn', 'Enter');
      await waitFor(after('[1/2]', 'Item 2'), 'the second item');
      tmux('send-keys', '-t', 'qn', '-l', 'Précommander les galettes');
      tmux('send-keys', '-t', 'qn', 'Enter');
      await waitFor(after('[1/2]', 'Item 3'), 'the third item');
      tmux('send-keys', '-t', 'qn', 'Enter');

      await waitFor(after('[2/2]', 'Item 1'), 'the second question');
      tmux('send-keys', '-t', 'qn', '-l', 'Instagram');
      tmux('send-keys', '-t', 'qn', 'Enter');
      await waitFor(after('[2/2]', 'Item 2'), 'the second question\'s next item');
      tmux('send-keys', '-t', 'qn', 'Enter');

      const review = await waitFor((s) => s.includes('Write these changes'), 'the confirmation');
      expect(review).toMatch(/Readiness: 32 % → \d+ %/);
      expect(review).toMatch(/Open questions: \d+ → \d+/);
      tmux('send-keys', '-t', 'qn', 'Enter');
      const end = await waitFor((s) => s.includes('EXIT='), 'the end');
      expect(end).toContain('EXIT=0');

      const text = readFileSync(file, 'utf8');
      expect(runCli(['validate', file]).status).toBe(0);
      expect(commentLines(text)).toEqual(commentLines(ORIGINAL));
      expect(text).toContain('  needs: [Savoir ce qui sort du four, Précommander les galettes]\n');
      expect(text).toContain('listening:\n  sources: [Instagram]\n');
      expect(gapCount(file)).toBe(before - 2);
      tmux('kill-session', '-t', 'qn');
    }, 150_000);

    test('--lang fr: the prompts\' own hints and yes/no words are French too, and « o » answers yes', async () => {
      const file = join(mkdtempSync(join(tmpdir(), 'smscore-qfr-')), 'nouvelle.yaml');
      const command = `trap : INT; cd '${ROOT}' && env NO_COLOR=1 LANG=C '${process.execPath}' '${BIN}' questionnaire '${file}' --lang fr; echo "EXIT=$?"; sleep 300`;
      start('qf', command);
      const { shot, wait } = pane('qf');
      await wait('Le nom de la marque');
      tmux('send-keys', '-t', 'qf', '-l', 'Boulangerie');
      tmux('send-keys', '-t', 'qf', 'Enter');
      await wait('↑↓ parcourir • ⏎ choisir');
      tmux('send-keys', '-t', 'qf', 'Enter');
      await wait('À qui la marque');
      tmux('send-keys', '-t', 'qf', 'Enter');
      await wait('Ajouter un objectif\u202f? (O/n)');
      tmux('send-keys', '-t', 'qf', '-l', 'x');
      tmux('send-keys', '-t', 'qf', 'Enter');
      await wait('Répondez «\u00a0oui\u00a0» ou «\u00a0non\u00a0»');
      tmux('send-keys', '-t', 'qf', 'BSpace');
      tmux('send-keys', '-t', 'qf', '-l', 'o');
      tmux('send-keys', '-t', 'qf', 'Enter');
      await wait("L'objectif, en une phrase");
      expect(shot()).toContain('Ajouter un objectif\u202f? Oui');
      tmux('send-keys', '-t', 'qf', 'C-c');
      await wait('EXIT=');
      expect(shot()).toContain('EXIT=130');
      expect(shot()).not.toMatch(/navigate|select\b|\(Y\/n\)/);
      tmux('kill-session', '-t', 'qf');
    }, 150_000);

    test('Ctrl-C in the middle leaves the file exactly as it was (exit 130) and keeps the finished answers for a resume', async () => {
      const file = copy();
      const command = `trap : INT; cd '${ROOT}' && env NO_COLOR=1 LANG=C '${process.execPath}' '${BIN}' questionnaire '${file}' --limit 2; echo "EXIT=$?"; sleep 300`;
      start('qc', command);
      const { shot, wait } = pane('qc');
      await wait('Item 1');
      tmux('send-keys', '-t', 'qc', '-l', 'Savoir ce qui sort du four');
      tmux('send-keys', '-t', 'qc', 'Enter');
      await wait('Item 2');
      tmux('send-keys', '-t', 'qc', 'Enter');
      await wait('[2/2]');
      tmux('send-keys', '-t', 'qc', 'C-c');
      await wait('EXIT=');
      expect(shot()).toContain('EXIT=130');
      expect(shot()).toContain('was not changed');
      expect(readFileSync(file, 'utf8')).toBe(ORIGINAL);
      expect(readFileSync(join(file, '..', '.brand.yaml.smscore-answers.yaml'), 'utf8')).toContain('customer-needs');
      tmux('kill-session', '-t', 'qc');
    }, 150_000);
  });
});
