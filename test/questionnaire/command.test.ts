import { describe, expect, test } from '@jest/globals';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { questionnaireCommand, resumeFileFor } from '../../src/cli/commands/questionnaire.js';
import type { CliContext } from '../../src/cli/context.js';
import { UsageError } from '../../src/cli/errors.js';
import { plainStyle } from '../../src/render/style.js';
import { FakePrompter, type Scripted } from './fake-prompter.js';

const ROOT = join(import.meta.dirname ?? '.', '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'boulangerie-martin.yaml');

function ctx(): CliContext & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { locale: 'en', langFromFlag: true, style: plainStyle, width: 100, debug: false, out: (s) => stdout.push(s), err: (s) => stderr.push(s), stdout, stderr };
}

function copy(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'smscore-qn-')), 'brand.yaml');
  copyFileSync(EXAMPLE, file);
  return file;
}

const interactive = (script: Scripted[]) => ({ interactive: true, prompter: new FakePrompter(script) });

describe('smscore questionnaire (command, in process)', () => {
  test('without a terminal: a clear message and exit 2, the file untouched', async () => {
    const file = copy();
    const c = ctx();
    expect(await questionnaireCommand(file, {}, c, { interactive: false })).toBe(2);
    expect(c.stderr.join('\n')).toMatch(/needs an interactive terminal[^]*--answers/);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(EXAMPLE, 'utf8'));
  });

  test('answers and confirmation: written atomically (no temporary file left), exit 0', async () => {
    const file = copy();
    const c = ctx();
    expect(await questionnaireCommand(file, { limit: 1 }, c, interactive(['Savoir ce qui sort du four', '', true]))).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('  needs: [Savoir ce qui sort du four]\n');
    expect(c.stdout.join('')).toContain(`Written: ${file}`);
    expect(existsSync(resumeFileFor(file))).toBe(false);
  });

  test('Ctrl-C: the file stays byte-identical, the answers go to the resume file, exit 130; the next run offers them', async () => {
    const file = copy();
    const c = ctx();
    expect(await questionnaireCommand(file, { limit: 3 }, c, interactive(['Savoir ce qui sort du four', '', 'Instagram']))).toBe(130);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(EXAMPLE, 'utf8'));
    expect(c.stderr.join('\n')).toContain(`Interrupted: ${file} was not changed.`);
    const resume = resumeFileFor(file);
    expect(resume.endsWith('/.brand.yaml.smscore-answers.yaml')).toBe(true);
    expect(parse(readFileSync(resume, 'utf8'))).toEqual({ 'customer-needs': ['Savoir ce qui sort du four'] });

    const again = new FakePrompter([true, '', '', '', true]);
    expect(await questionnaireCommand(file, { limit: 3 }, ctx(), { interactive: true, prompter: again })).toBe(0);
    expect(again.calls[0]!.message).toMatch(/1 answer from an interrupted session/);
    expect(readFileSync(file, 'utf8')).toContain('  needs: [Savoir ce qui sort du four]\n');
    expect(existsSync(resume)).toBe(false);
  });

  test('--answers: applied without prompts; a bad answers file is refused with located messages and exit 2', async () => {
    const file = copy();
    const answers = join(file, '..', 'answers.yaml');
    writeFileSync(answers, 'customer-needs: [Savoir ce qui sort du four]\nlistening-cadence: hourly\nchannel-why:\n  tiktok: x\n');
    const bad = ctx();
    expect(await questionnaireCommand(file, { answers }, bad)).toBe(2);
    expect(bad.stderr.join('\n')).toMatch(new RegExp(`${answers}:2:1  .*(allowed|one of)`));
    expect(bad.stderr.join('\n')).toContain(`${answers}:4:3  channel-why: no item "tiktok"`);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(EXAMPLE, 'utf8'));

    writeFileSync(answers, 'customer-needs: [Savoir ce qui sort du four]\nlistening-cadence: weekly\n');
    const good = ctx();
    expect(await questionnaireCommand(file, { answers }, good)).toBe(0);
    expect(good.stdout.join('\n')).toMatch(/Readiness: 29 % → \d+ %/);
    expect(parse(readFileSync(file, 'utf8'))).toMatchObject({ listening: { cadence: 'weekly' } });
  });

  test('an invalid brand file, an unknown filter or a bad limit is a usage problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smscore-qn-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'smscore: 1\nbrand:\n  name: X\n  sectr: retail\n');
    const c = ctx();
    expect(await questionnaireCommand(file, {}, c, interactive([]))).toBe(2);
    expect(c.stderr.join('\n')).toMatch(/sectr/);
    expect(readFileSync(file, 'utf8')).toBe('smscore: 1\nbrand:\n  name: X\n  sectr: retail\n');
    await expect(questionnaireCommand(copy(), { section: 'chanels' }, ctx(), interactive([]))).rejects.toThrow(UsageError);
    await expect(questionnaireCommand(copy(), { limit: 0 }, ctx(), interactive([]))).rejects.toThrow(UsageError);
  });

  describe('the resume file after --answers', () => {
    const resumeOf = (file: string, body: string) => {
      const resume = resumeFileFor(file);
      writeFileSync(resume, `# Answers of an unfinished session.\n${body}`);
      return resume;
    };

    test('goes once every answer it holds is in the written file, whichever answers file wrote them', async () => {
      const file = copy();
      const resume = resumeOf(file, 'customer-needs: [Savoir ce qui sort du four]\n');
      const answers = join(file, '..', 'answers.yaml');
      writeFileSync(answers, 'customer-needs: [Savoir ce qui sort du four]\nlistening-cadence: weekly\n');
      expect(await questionnaireCommand(file, { answers }, ctx())).toBe(0);
      expect(existsSync(resume)).toBe(false);
    });

    test('the resume file itself given to --answers: written, then removed', async () => {
      const file = copy();
      const resume = resumeOf(file, 'customer-needs: [Savoir ce qui sort du four]\n');
      expect(await questionnaireCommand(file, { answers: resume }, ctx())).toBe(0);
      expect(readFileSync(file, 'utf8')).toContain('  needs: [Savoir ce qui sort du four]\n');
      expect(existsSync(resume)).toBe(false);
    });

    test('stays while some of its answers are not in the file, and when the answers file is refused', async () => {
      const file = copy();
      const resume = resumeOf(file, 'customer-needs: [Savoir ce qui sort du four]\n');
      const answers = join(file, '..', 'answers.yaml');
      writeFileSync(answers, 'listening-cadence: hourly\n');
      expect(await questionnaireCommand(file, { answers }, ctx())).toBe(2);
      expect(existsSync(resume)).toBe(true);
      writeFileSync(answers, 'listening-cadence: weekly\n');
      expect(await questionnaireCommand(file, { answers }, ctx())).toBe(0);
      expect(existsSync(resume)).toBe(true);
    });

    test('goes when --answers finds nothing to change because its answers are already there', async () => {
      const file = copy();
      const answers = join(file, '..', 'answers.yaml');
      writeFileSync(answers, 'customer-needs: [Savoir ce qui sort du four]\n');
      expect(await questionnaireCommand(file, { answers }, ctx())).toBe(0);
      const resume = resumeOf(file, 'customer-needs: [Savoir ce qui sort du four]\n');
      const c = ctx();
      expect(await questionnaireCommand(file, { answers }, c)).toBe(0);
      expect(c.stdout.join('\n')).toContain('Nothing to change');
      expect(existsSync(resume)).toBe(false);
    });
  });

  test('a new file: interrupted or declined, it says the file was not created (not « not changed »)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'smscore-qn-')), 'new.yaml');
    const c = ctx();
    expect(await questionnaireCommand(file, {}, c, interactive(['Boulangerie Martin']))).toBe(130);
    expect(c.stderr.join('\n')).toContain(`Interrupted: ${file} was not created.`);
    expect(c.stderr.join('\n')).not.toContain('not changed');
    expect(existsSync(file)).toBe(false);
  });
});

