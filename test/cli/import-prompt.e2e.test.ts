/**
 * Figures left from before, settled at a prompt (issue 24, item 4): in a real pseudo-terminal (tmux), `smscore import`
 * lists them with file:line:col and asks; each answer does what it says, and the file is written once or not at all.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT } from '../support/cli.js';
import { describeWith, runs, type SystemTool } from '../support/system-tool.js';

const TMUX: SystemTool = { name: 'tmux', found: runs('tmux', ['-V']), install: 'sudo apt-get install -y tmux', tests: 'the import prompt\'s terminal tests' };

/** The fixture folder, its Facebook channel holding a reach and a post count typed by hand. */
function workspace(): { dir: string; brand: string; original: string } {
  const dir = mkdtempSync(join(tmpdir(), 'smscore-import-prompt-'));
  cpSync(join(ROOT, 'test/fixtures/import/folder'), dir, { recursive: true });
  const brand = join(dir, 'brand.yaml');
  writeFileSync(brand, readFileSync(brand, 'utf8').replace('    # Filled by smscore import.\n', '    metrics:\n      reach: 5000\n      posts: 2\n'));
  return { dir, brand, original: readFileSync(brand, 'utf8') };
}

describeWith(TMUX)('figures left from before, at a prompt (tmux)', () => {
  const socket = `smscore-import-e2e-${process.pid}`;
  const tmux = (...args: string[]) => spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8', timeout: 20_000 });
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  // Generous: the machine's two cores are shared with other test files' runs of the CLI.
  const WAIT_MS = 60_000;

  beforeAll(() => {
    expect(tmux('new-session', '-d', '-s', 'keep', 'sleep 3600').status).toBe(0);
  });
  afterAll(() => {
    tmux('kill-server');
  });

  function session(name: string, dir: string, args: string[], env: Record<string, string> = {}) {
    const vars = Object.entries({ NO_COLOR: '1', LANG: 'C', ...env }).map(([k, v]) => `${k}='${v}'`).join(' ');
    const command = `cd '${dir}' && env -u CI ${vars} '${process.execPath}' '${BIN}' ${args.map((a) => `'${a}'`).join(' ')}; echo "EXIT=$?"; sleep 300`;
    expect(tmux('new-session', '-d', '-s', name, '-x', '100', '-y', '50', command).status).toBe(0);
    const shot = () => tmux('capture-pane', '-p', '-J', '-S', '-400', '-t', name).stdout ?? '';
    const until = async (text: string) => {
      const end = Date.now() + WAIT_MS;
      for (;;) {
        const s = shot();
        if (s.includes(text)) return s;
        if (Date.now() > end) throw new Error(`timed out waiting for ${text}; screen:\n${s}`);
        await sleep(100);
      }
    };
    const keys = (...k: string[]) => tmux('send-keys', '-t', name, ...k);
    const exit = async () => {
      const s = await until('EXIT=');
      tmux('kill-session', '-t', name);
      return s;
    };
    return { until, keys, exit };
  }

  test('Enter on the first choice removes them: the channel holds the import\'s figures only', async () => {
    const { dir, brand } = workspace();
    const s = session('replace', dir, ['import', 'exports', '--into', 'brand.yaml']);
    const screen = await s.until('What should be done with the figures left from before?');
    expect(screen).toContain('brand.yaml:16:14  fb.reach: 5,000');
    s.keys('Enter');
    const end = await s.exit();
    expect(end).toContain('EXIT=0');
    expect(end).toContain('Left from before, removed as asked (--replace-channel):');
    const text = readFileSync(brand, 'utf8');
    expect(text).not.toContain('reach: 5000');
    expect(text).toContain('      posts: 3\n');
  });

  test('the second choice keeps them (in French); the third cancels and writes nothing', async () => {
    const keep = workspace();
    const k = session('keep-fr', keep.dir, ['import', 'exports', '--into', 'brand.yaml', '--lang', 'fr']);
    await k.until('Que faire des chiffres restés d’avant\u202f?');
    k.keys('Down');
    await k.until('❯ Les garder');
    k.keys('Enter');
    const kept = await k.exit();
    expect(kept).toContain('EXIT=0');
    expect(kept).toContain('Restés d’avant, gardés comme demandé (--keep-others)\u00a0:');
    expect(readFileSync(keep.brand, 'utf8')).toMatch(/reach: 5000\n {6}posts: 3\n/);

    const cancel = workspace();
    const c = session('cancel', cancel.dir, ['import', 'exports', '--into', 'brand.yaml']);
    await c.until('What should be done with the figures left from before?');
    c.keys('Down');
    c.keys('Down');
    await c.until('❯ Cancel');
    c.keys('Enter');
    const cancelled = await c.exit();
    expect(cancelled).toContain('Cancelled: brand.yaml was not written.');
    expect(cancelled).toContain('EXIT=0');
    expect(readFileSync(cancel.brand, 'utf8')).toBe(cancel.original);
  });

  test('Ctrl-C at the prompt: interrupted (130), nothing written', async () => {
    const { dir, brand, original } = workspace();
    const s = session('interrupt', dir, ['import', 'exports', '--into', 'brand.yaml']);
    await s.until('What should be done with the figures left from before?');
    s.keys('C-c');
    expect(await s.exit()).toContain('EXIT=130');
    expect(readFileSync(brand, 'utf8')).toBe(original);
  });

  test('in CI, a terminal or not, nothing is asked: exit 2 with the two flags', async () => {
    const { dir, brand, original } = workspace();
    const s = session('ci', dir, ['import', 'exports', '--into', 'brand.yaml'], { CI: 'true' });
    const end = await s.exit();
    expect(end).toContain('EXIT=2');
    expect(end).toContain('--keep-others');
    expect(end).not.toContain('What should be done');
    expect(readFileSync(brand, 'utf8')).toBe(original);
  });
});
