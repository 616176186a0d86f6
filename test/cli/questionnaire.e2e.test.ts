/**
 * `smscore questionnaire` end to end, on the built binary: without a terminal, with prepared answers, and in a
 * real pseudo-terminal driven through tmux (keys typed, screen read back), bounded in time.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
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
    expect(r.stdout).toMatch(/Readiness: 29 % → \d+ %/);
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

    /**
     * A questionnaire in its own session, `cols` columns wide, driven the way a person types: `answer` waits until
     * the prompt being asked (the last "? " on the screen) shows `prompt`, then types `typed` and Enter.
     */
    function session(name: string, args: string[], o: { cols?: number; env?: Record<string, string> } = {}) {
      const env = Object.entries({ NO_COLOR: '1', LANG: 'C', ...o.env }).map(([k, v]) => `${k}='${v}'`).join(' ');
      const command = `trap : INT; cd '${ROOT}' && env ${env} '${process.execPath}' '${BIN}' ${args.map((a) => `'${a}'`).join(' ')}; echo "EXIT=$?"; sleep 300`;
      const r = tmux('new-session', '-d', '-s', name, '-x', String(o.cols ?? 120), '-y', '50', command);
      expect(`${r.status} ${r.stderr ?? ''}`.trim()).toBe('0');
      const shot = () => tmux('capture-pane', '-p', '-J', '-S', '-400', '-t', name).stdout ?? '';
      /** The screen as the terminal shows it, its lines as wide as the pane (not joined back). */
      const rows = () => tmux('capture-pane', '-p', '-S', '-400', '-t', name).stdout ?? '';
      // The prompt being asked: from the last line that starts with the library's "? " (none while it works).
      const asked = (screen: string) => {
        const s = `\n${screen}`;
        return s.includes('\n? ') ? s.slice(s.lastIndexOf('\n? ') + 1) : '';
      };
      const until = async (what: (s: string) => boolean, label: string) => {
        const end = Date.now() + WAIT_MS;
        for (;;) {
          const s = shot();
          if (what(s)) return s;
          if (Date.now() > end) throw new Error(`timed out waiting for ${label}; screen:\n${s}`);
          await sleep(100);
        }
      };
      const prompt = (text: string) => until((s) => asked(s).includes(text), `the prompt ${text}`);
      const type = (text: string) => {
        if (text !== '') tmux('send-keys', '-t', name, '-l', text);
        tmux('send-keys', '-t', name, 'Enter');
      };
      const answer = async (text: string, typed: string) => {
        await prompt(text);
        type(typed);
      };
      const keys = (...k: string[]) => tmux('send-keys', '-t', name, ...k);
      const exit = async () => {
        const s = await until((x) => x.includes('EXIT='), 'the end');
        tmux('kill-session', '-t', name);
        return s;
      };
      return { shot, rows, asked, until, prompt, answer, type, keys, exit };
    }
    const newFile = (name = 'new.yaml') => join(mkdtempSync(join(tmpdir(), 'smscore-qn22-')), name);

    // Issue 22: resuming an interrupted new file continues where the user stopped; setup answers are not asked again.
    for (const lang of ['en', 'fr'] as const) {
      const w = lang === 'en'
        ? { name: 'The brand\'s name', who: 'Who does the brand speak to', add: 'Add an objective?', apply: 'Apply them first?', stopped: 'was not changed' }
        : { name: 'Le nom de la marque', who: 'À qui la marque', add: 'Ajouter un objectif\u202f?', apply: 'Les reprendre d\'abord\u202f?', stopped: 'n\'a pas été modifié' };
      test(`resuming an interrupted new file asks none of the setup questions already answered (${lang})`, async () => {
        const file = newFile();
        const first = session(`r1${lang}`, ['questionnaire', file, '--lang', lang]);
        await first.answer(w.name, 'Boulangerie Martin');
        await first.prompt(lang === 'en' ? 'Its sector' : 'Son secteur');
        first.type('');
        await first.answer(w.who, 'Les habitués du marché');
        await first.prompt(w.add);
        first.keys('C-c');
        expect(await first.exit()).toContain('EXIT=130');
        const saved = readFileSync(join(file, '..', '.new.yaml.smscore-answers.yaml'), 'utf8');
        expect(saved).toContain('brand.name: Boulangerie Martin');

        const again = session(`r2${lang}`, ['questionnaire', file, '--lang', lang]);
        await again.answer(w.apply, '');
        const s = await again.prompt(w.add);
        // Straight to where it stopped: no name asked (and none refused), no sector, no audience.
        const after = s.slice(s.indexOf(w.apply));
        expect(after).not.toContain(w.name);
        expect(after).not.toContain(w.who);
        expect(after).not.toMatch(/required|indispensable/);
        again.keys('C-c');
        expect(await again.exit()).toContain('EXIT=130');
        expect(existsSync(file)).toBe(false);
        // The saved answers are still all there for the next time.
        expect(readFileSync(join(file, '..', '.new.yaml.smscore-answers.yaml'), 'utf8')).toContain('audience.description: Les habitués du marché');
      }, 150_000);
    }

    // Issue 22: "back" at every step — a list's back choice, « < » in a text, a yes/no and a number prompt.
    for (const lang of ['en', 'fr'] as const) {
      const w = lang === 'en'
        ? { name: 'The brand\'s name', sector: 'Its sector', who: 'Who does the brand speak to', add: 'Add an objective?', ch: 'Add a channel', platform: 'Platform',
          id: 'Its id', role: 'Its role', owner: 'Who runs it', reach: 'Who does it reach', more: 'Add another channel?', figures: 'Enter this period',
          start: 'First day', end: 'Last day', label: 'A label', fstart: 'Followers at the start', fend: 'Followers at the end',
          back: '← back to the previous question', none: 'There is no question before this one.', again: '↩ Back to the previous question', yes: 'y' }
        : { name: 'Le nom de la marque', sector: 'Son secteur', who: 'À qui la marque', add: 'Ajouter un objectif\u202f?', ch: 'Ajouter un canal', platform: 'Plateforme',
          id: 'Son identifiant', role: 'Son rôle', owner: 'Qui l\'anime', reach: 'Qui touche-t-il', more: 'Ajouter un autre canal\u202f?', figures: 'Saisir maintenant',
          start: 'Premier jour', end: 'Dernier jour', label: 'Un libellé', fstart: 'Abonnés au début', fend: 'Abonnés à la fin',
          back: '← revenir à la question précédente', none: 'Il n\'y a pas de question avant celle-ci.', again: '↩ Retour à la question précédente', yes: 'o' };
      test(`« < » and « ← back » go back at every kind of prompt, the earlier answer as default, undone in the resume file (${lang})`, async () => {
        const file = newFile();
        const q = session(`b${lang}`, ['questionnaire', file, '--lang', lang]);
        await q.answer(w.name, '<');                                   // the first question: nothing before
        await q.until((s) => s.includes(w.none), 'the word that nothing is before');
        await q.answer(w.name, 'Boulangerie Martin');
        const list = await q.prompt(w.sector);
        expect(list).toContain(lang === 'en' ? '↑↓ navigate' : '↑↓ parcourir');
        q.keys('Up');                                                   // the list's last choice: back
        await q.until((s) => q.asked(s).includes(`❯ ${w.back}`), 'the back choice');
        q.type('');
        const back = await q.prompt(`${w.name} (Boulangerie Martin)`);  // the earlier answer is the default
        expect(back).toContain(w.again);
        q.type('');
        await q.answer(w.sector, '');
        await q.answer(w.who, 'Les habitués');
        await q.answer(w.add, '<');                                    // a yes/no prompt
        expect(await q.prompt('(Les habitués)')).toContain(w.who);
        q.type('Les familles du quartier');
        await q.answer(w.add, 'n');
        await q.answer(w.ch, w.yes);
        await q.answer(w.platform, '');
        for (const p of [w.id, w.role, w.owner, w.reach]) await q.answer(p, '');
        await q.answer(w.more, 'n');
        await q.answer(w.figures, w.yes);
        await q.answer(w.start, '2026-01-01');
        await q.answer(w.end, '2026-03-31');
        await q.answer(w.label, '');
        await q.answer(w.fstart, '1200');
        await q.answer(w.fend, '<');                                   // a number prompt
        // The earlier answer is the default, written as the language writes numbers.
        expect(await q.prompt(lang === 'en' ? '(1,200)' : '(1\u202f200)')).toContain(w.fstart);
        q.keys('C-c');
        expect(await q.exit()).toContain('EXIT=130');
        // What was gone back over is not saved: the audience's first answer, the first figure.
        const saved = readFileSync(join(file, '..', '.new.yaml.smscore-answers.yaml'), 'utf8');
        expect(saved).toContain('audience.description: Les familles du quartier');
        expect(saved).not.toContain('Les habitués');
        expect(saved).toContain('period:');
        expect(saved).not.toContain('followers');
      }, 150_000);
    }

    // Issue 22: only the wrong field is asked again, with what is wrong with it.
    test('a wrong objective id asks again only the id, its default made of what was typed (en)', async () => {
      const file = newFile();
      const q = session('fe', ['questionnaire', file]);
      await q.answer('The brand\'s name', 'Boulangerie Martin');
      await q.answer('Its sector', '');
      await q.answer('Who does the brand speak to', '');
      await q.answer('Add an objective?', 'y');
      await q.answer('The objective, in one sentence', 'Vendre plus de galettes');
      await q.answer('What does it serve?', '');
      await q.answer('Its id', 'Ventes Noël');
      const s = await q.prompt('Its id (lower-case letters, digits and dashes) (ventes-noel)');
      expect(s).toContain('✖ Its id (lower-case letters, digits and dashes): "Ventes Noël" is not a valid id');
      expect(s).toContain('Only this answer is asked again; your other answers are kept.');
      q.type('');
      const next = await q.prompt('Add another objective?');
      expect(next.split('The objective, in one sentence').length - 1).toBe(1);
      expect(next.split('What does it serve?').length - 1).toBe(1);
      q.keys('C-c');
      await q.exit();
      expect(readFileSync(join(file, '..', '.new.yaml.smscore-answers.yaml'), 'utf8')).toMatch(/objectives\.0:\n\s+id: ventes-noel\n\s+domain: branding\n\s+description: Vendre plus de galettes/);
    }, 150_000);

    test('une date fausse ne redemande que cette date, en disant ce qui ne va pas (fr)', async () => {
      const file = newFile();
      const q = session('ff', ['questionnaire', file, '--lang', 'fr']);
      await q.answer('Le nom de la marque', 'Boulangerie Martin');
      await q.answer('Son secteur', '');
      await q.answer('À qui la marque', '');
      await q.answer('Ajouter un objectif\u202f?', 'n');
      await q.answer('Ajouter un canal', 'n');
      await q.answer('Saisir maintenant', 'o');
      await q.answer('Premier jour', '2026-13-01');
      await q.answer('Dernier jour', '2026-03-31');
      await q.answer('Un libellé', 'T1 2026');
      const s = await q.prompt('Premier jour');
      expect(s).toContain('✖ Premier jour (AAAA-MM-JJ)\u00a0: «\u00a02026-13-01\u00a0» n’est pas une date');
      expect(s).toContain('Seule cette réponse est redemandée');
      q.type('2026-01-01');
      const next = await q.until((x) => /\n\d+ questions? ouvertes?/.test(x), 'the catalog\'s questions');
      expect(next.split('Dernier jour').length - 1).toBe(1);
      expect(next.split('Un libellé').length - 1).toBe(1);
      q.keys('C-c');
      await q.exit();
      expect(readFileSync(join(file, '..', '.new.yaml.smscore-answers.yaml'), 'utf8')).toMatch(/period:\n\s+start: "?2026-01-01"?\n\s+end: "?2026-03-31"?\n\s+label: T1 2026/);
    }, 150_000);

    // Issue 22: an answer refused after the editor reopens the editor on what the user wrote.
    for (const lang of ['en', 'fr'] as const) {
      test(`a refused editor answer reopens the editor on the user's own text, the problem noted on top (${lang})`, async () => {
        const file = copy();
        const dir = join(file, '..');
        // An editor that writes a refused answer the first time, a good one the second, keeping what it was given.
        const editor = join(dir, 'editor.sh');
        writeFileSync(editor, [
          '#!/bin/sh',
          `n=$(cat '${dir}/count' 2>/dev/null || echo 0); n=$((n+1)); echo $n > '${dir}/count'`,
          `cp "$1" '${dir}/seen-'$n`,
          `if [ $n = 1 ]; then printf '# mine: per month\namount: -10\nper: month\n' > "$1"; else printf 'amount: 300\nper: month\n' > "$1"; fi`,
          '',
        ].join('\n'));
        chmodSync(editor, 0o755);
        // A question's header comes before its prompt: keys are typed once the prompt is drawn (it reads them then).
        const askedAfter = (s: string, header: string) => s.includes(header) && s.lastIndexOf('\n? ') > s.lastIndexOf(header);
        const q = session(`ed${lang}`, ['questionnaire', file, '--section', 'resources', '--severity', 'major', '--limit', '3', '--lang', lang], { env: { EDITOR: editor, VISUAL: editor } });
        await q.until((s) => askedAfter(s, '[1/3]'), 'the first question');
        q.type('');
        await q.until((s) => askedAfter(s, '[2/3]'), 'the second question');
        q.keys('Up');
        q.keys('Up');
        q.keys('Up');
        await q.until((s) => /❯ (— skip|— passer)/.test(q.asked(s)), 'the skip choice');
        q.type('');
        await q.until((s) => askedAfter(s, '[3/3]'), 'the third question');
        q.type('');                                                  // "write it in my editor"
        await q.until((s) => /Press|Appuyez/.test(q.asked(s)), 'the editor prompt');
        q.type('');
        const reopens = lang === 'en' ? 'the text opens again as you wrote it' : 'le texte se rouvre tel que vous l\'avez écrit';
        await q.until((s) => s.includes(reopens) && /Press|Appuyez/.test(q.asked(s)), 'the editor again');
        q.type('');
        await q.until((s) => /Write these changes|Écrire ces modifications/.test(s), 'the confirmation');
        q.type('');
        expect(await q.exit()).toContain('EXIT=0');
        const reopened = readFileSync(join(dir, 'seen-2'), 'utf8');
        expect(reopened).toMatch(/^# ✖ .*organisation\.budget\.amount/);
        expect(reopened).toContain('# mine: per month\namount: -10\nper: month\n');
        expect(readFileSync(file, 'utf8')).toMatch(/amount: 300/);
      }, 150_000);
    }

    // Issue 22: long texts are word-wrapped to the terminal's width, never cut inside a word.
    for (const lang of ['en', 'fr'] as const) {
      test(`at 80 columns every text is word-wrapped, no word cut (${lang})`, async () => {
        const file = copy();
        const q = session(`w${lang}`, ['questionnaire', file, '--limit', '1', '--lang', lang], { cols: 80 });
        await q.until((s) => s.includes('[1/1]'), 'the first question');
        await sleep(300);
        // The pane's rows as the terminal shows them (a line longer than 80 columns would be cut into two rows).
        // Plain spaces and line ends only: French no-break spaces are part of the texts compared.
        const joined = q.rows().split('\n').join(' ').replace(/[ \t]+/g, ' ');
        // The catalog's texts for this question, word for word: a word cut at the edge would read as two.
        const { questions } = JSON.parse(runCli(['questions', '--format', 'json', '--lang', lang]).stdout) as { questions: { id: string; why: string; question: string }[] };
        const id = /\[1\/1\] \S+ · (\S+)/.exec(joined)![1];
        const shown = questions.find((x) => x.id === id)!;
        expect(joined).toContain(shown.why.replace(/[ \t\n]+/g, ' '));
        expect(joined).toContain(shown.question.replace(/[ \t\n]+/g, ' '));
        // The line of keys, the longest message, too.
        expect(joined).toContain(lang === 'en' ? 'Enter on an empty answer skips a question;' : 'Une réponse vide passe la question\u202f;');
        q.keys('C-c');
        await q.exit();
      }, 150_000);
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
      expect(review).toMatch(/Readiness: 29 % → \d+ %/);
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
      await wait('↑↓ parcourir • entrée choisir');
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
      // The file never existed: nothing was « not changed », it was not created.
      expect(shot()).toContain(`Interrompu\u00a0: ${file} n'a pas été créé.`);
      expect(shot()).not.toContain('modifié');
      expect(shot()).not.toMatch(/navigate|select\b|\(Y\/n\)|⏎ /);
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

    /** Typing into a session: literal text (`--` so that a leading « - » is not an option), and named keys. */
    const keyboard = (session: string) => ({
      type: (text: string) => tmux('send-keys', '-t', session, '-l', '--', text),
      key: (...keys: string[]) => { for (const k of keys) tmux('send-keys', '-t', session, k); },
    });
    /** Waits for `text` on the screen after the last `marker` (a prompt's text that appears more than once). */
    const waitAfter = (session: string, marker: string, text: string) => {
      const { shot } = pane(session);
      return (async () => {
        const end = Date.now() + WAIT_MS;
        while (!after(marker, text)(shot())) {
          if (Date.now() > end) throw new Error(`timed out waiting for ${text} after ${marker}:\n${shot()}`);
          await sleep(100);
        }
      })();
    };

    test('the resume file goes once --answers has written its answers: the next run starts with the questions', async () => {
      const file = copy();
      const resume = join(file, '..', '.brand.yaml.smscore-answers.yaml');
      const run = (limit: number) => `trap : INT; cd '${ROOT}' && env NO_COLOR=1 LANG=C '${process.execPath}' '${BIN}' questionnaire '${file}' --limit ${limit}; echo "EXIT=$?"; sleep 300`;
      start('qr', run(2));
      const { shot, wait } = pane('qr');
      const { type, key } = keyboard('qr');
      await wait('Item 1');
      type('Savoir ce qui sort du four');
      key('Enter');
      await wait('Item 2');
      key('Enter');
      await wait('[2/2]');
      key('C-c');
      await wait('EXIT=');
      expect(shot()).toContain('EXIT=130');
      expect(existsSync(resume)).toBe(true);
      tmux('kill-session', '-t', 'qr');

      // What the saved message suggests: the resume file given to --answers. Written, and the resume file gone.
      const r = runCli(['questionnaire', file, '--answers', resume]);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`Written: ${file}`);
      expect(readFileSync(file, 'utf8')).toContain('  needs: [Savoir ce qui sort du four]\n');
      expect(existsSync(resume)).toBe(false);

      // The next session is not offered those answers again.
      start('qr2', run(1));
      const next = pane('qr2');
      await next.wait('[1/1]');
      expect(next.shot()).not.toContain('interrupted session');
      tmux('send-keys', '-t', 'qr2', 'C-c');
      await next.wait('EXIT=');
      tmux('kill-session', '-t', 'qr2');
    }, 150_000);

    test('without $VISUAL or $EDITOR, « :e » opens a multi-line prompt in the terminal (not vi); with $EDITOR, that editor', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'smscore-qed-'));
      const file = join(dir, 'brand.yaml');
      start('qe', `trap : INT; cd '${ROOT}' && env -u VISUAL -u EDITOR NO_COLOR=1 LANG=C '${process.execPath}' '${BIN}' questionnaire '${file}'; echo "EXIT=$?"; sleep 300`);
      const { shot, wait } = pane('qe');
      const { type, key } = keyboard('qe');
      await wait('The brand\'s name');
      type('Boulangerie Martin');
      key('Enter');
      await wait('↑↓ navigate');
      key('Enter');
      await wait('Who does the brand speak to?');
      type(':e');
      key('Enter');
      await wait('Enter: new line · an empty line at the end finishes · ↑↓: change line');
      type('Les habitants du quartier');
      key('Enter');
      type('et les bureaux voisins');
      // Back up to the first line to complete it, then down again and finish with an empty last line.
      key('Up');
      type(', familles surtout');
      key('Down', 'Enter', 'Enter');
      await wait('Add an objective?');
      // The answer's summary (the library wraps long lines where it likes: compared without the line breaks).
      expect(shot().replace(/\n/g, '')).toContain('Les habitants du quartier, familles surtout … (2 lines)');
      expect(shot()).not.toMatch(/~\s*$|VIM|E325/m);
      key('C-c');
      await wait('EXIT=');
      expect(shot()).toContain(`Interrupted: ${file} was not created.`);
      expect(shot()).not.toContain('was not changed');
      expect(existsSync(file)).toBe(false);
      const saved = parse(readFileSync(join(dir, '.brand.yaml.smscore-answers.yaml'), 'utf8')) as { $set: Record<string, unknown> };
      expect(saved.$set['audience.description']).toBe('Les habitants du quartier, familles surtout\net les bureaux voisins');
      tmux('kill-session', '-t', 'qe');

      // $EDITOR set: it is the one used (here a script that writes the answer and returns).
      const editor = join(dir, 'editor.sh');
      writeFileSync(editor, '#!/bin/sh\nprintf "Les voisins\\n" > "$1"\n');
      chmodSync(editor, 0o755);
      const other = join(dir, 'other.yaml');
      start('qv', `trap : INT; cd '${ROOT}' && env -u VISUAL EDITOR='${editor}' NO_COLOR=1 LANG=C '${process.execPath}' '${BIN}' questionnaire '${other}'; echo "EXIT=$?"; sleep 300`);
      const v = pane('qv');
      const kv = keyboard('qv');
      await v.wait('The brand\'s name');
      kv.type('Boulangerie Martin');
      kv.key('Enter');
      await v.wait('↑↓ navigate');
      kv.key('Enter');
      await v.wait('Who does the brand speak to?');
      kv.type(':e');
      kv.key('Enter');
      await v.wait('launch your preferred editor');
      expect(v.shot()).not.toContain('new line');
      kv.key('Enter');
      await v.wait('Add an objective?');
      kv.key('C-c');
      await v.wait('EXIT=');
      const saved2 = parse(readFileSync(join(dir, '.other.yaml.smscore-answers.yaml'), 'utf8')) as { $set: Record<string, unknown> };
      expect(saved2.$set['audience.description']).toBe('Les voisins');
      tmux('kill-session', '-t', 'qv');
    }, 150_000);

    test('--lang fr, a new file: French key names in a checkbox, numbers typed the French way, errors that say what to type', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'smscore-qnum-'));
      const file = join(dir, 'boutique.yaml');
      start('qn', `trap : INT; cd '${ROOT}' && env NO_COLOR=1 LANG=C '${process.execPath}' '${BIN}' questionnaire '${file}' --lang fr; echo "EXIT=$?"; sleep 300`);
      const { shot, wait } = pane('qn');
      const { type, key } = keyboard('qn');
      await wait('Le nom de la marque');
      type('Boutique Martin');
      key('Enter');
      await wait('entrée choisir');
      key('Enter');
      await wait('À qui la marque');
      key('Enter');
      await wait('Ajouter un objectif\u202f? (O/n)');
      key('Enter');
      await wait('L\'objectif, en une phrase');
      type('Faire venir les habitués');
      key('Enter');
      await wait('À quoi sert-il');
      key('Enter');
      await waitAfter('qn', 'À quoi sert-il', 'Son identifiant');
      key('Enter');
      await wait('Ajouter un autre objectif\u202f? (o/N)');
      key('Enter');
      await wait('Ajouter un canal');
      key('Enter');
      await wait('Plateforme');
      key('Enter');
      await waitAfter('qn', 'Plateforme', 'Son identifiant');
      key('Enter');
      await wait('Son rôle');
      key('Enter');
      await wait('Qui l\'anime');
      key('Enter');
      await wait('Qui touche-t-il');
      key('Enter');
      // The checkbox's hint: French key names, and « t » (tout) rather than « a » (all) to tick every box.
      await wait('↑↓ parcourir • espace cocher • t tout • i inverser • entrée valider');
      key('t');
      await wait('◉ faire-venir-les-habitues');
      key('Enter');
      await wait('Ajouter un autre canal\u202f? (o/N)');
      key('Enter');
      await wait('Saisir maintenant les chiffres');
      type('o');
      key('Enter');
      await wait('Premier jour');
      type('2026-01-01');
      key('Enter');
      await wait('Dernier jour');
      type('2026-03-31');
      key('Enter');
      await wait('Un libellé');
      key('Enter');
      // « 1 500 » with a narrow no-break space, as French typography (and the report) writes it.
      await wait('Abonnés au début de la période');
      type('1\u202f500');
      key('Enter');
      await wait('Abonnés à la fin de la période');
      type('1.500');
      key('Enter');
      await wait('«\u00a01.500\u00a0» peut se lire de deux façons\u00a0: tapez 1\u202f500 ou 1,5');
      key('C-u');
      type('1\u00a0620');
      key('Enter');
      await wait('Publications');
      type('beaucoup');
      key('Enter');
      await wait('«\u00a0beaucoup\u00a0» n\'est pas un nombre\u00a0: tapez des chiffres, par ex. 1\u202f500 ou 12,5');
      key('C-u');
      type('-3');
      key('Enter');
      await wait('Tapez un nombre supérieur ou égal à 0');
      key('C-u');
      type('12 ');
      key('Enter');
      await wait('Portée');
      key('C-c');
      await wait('EXIT=');
      expect(shot()).toContain('EXIT=130');
      expect(shot()).toContain(`Interrompu\u00a0: ${file} n'a pas été créé.`);
      expect(shot()).not.toMatch(/valid numeric value|You must|\bspace\b|⏎ /);
      const saved = parse(readFileSync(join(dir, '.boutique.yaml.smscore-answers.yaml'), 'utf8')) as { $set: Record<string, unknown> };
      expect(saved.$set).toMatchObject({
        'channels.0.metrics.followers.start': 1500,
        'channels.0.metrics.followers.end': 1620,
        'channels.0.metrics.posts': 12,
      });
      expect(saved.$set['channels.0']).toMatchObject({ objectives: ['faire-venir-les-habitues'] });
      tmux('kill-session', '-t', 'qn');
    }, 150_000);
  });
});
