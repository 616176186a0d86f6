/**
 * The brand file changes while a questionnaire session is open (an import, an editor): the session's write is
 * refused rather than that change lost, and its answers wait in the resume file.
 */
import { describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { questionnaireCommand, resumeFileFor } from '../../src/cli/commands/questionnaire.js';
import type { CliContext } from '../../src/cli/context.js';
import { UsageError } from '../../src/cli/errors.js';
import { plainStyle } from '../../src/render/style.js';
import { FakePrompter } from './fake-prompter.js';

const EXAMPLE = join(import.meta.dirname ?? '.', '..', '..', 'examples', 'boulangerie-martin.yaml');

/** Answers as scripted; just before the final confirmation, someone else writes the file. */
class WrittenMeanwhile extends FakePrompter {
  constructor(script: ConstructorParameters<typeof FakePrompter>[0], private readonly file: string, private readonly other: string) {
    super(script);
  }
  override async confirm(o: { message: string; default?: boolean }): Promise<boolean> {
    writeFileSync(this.file, this.other);
    return super.confirm(o);
  }
}

describe('questionnaire: the file written by someone else during the session', () => {
  test('the other write stays, the answers go to the resume file, and the refusal says to run again', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'smscore-qn-')), 'brand.yaml');
    copyFileSync(EXAMPLE, file);
    const other = readFileSync(EXAMPLE, 'utf8').replace('smscore: 1', 'smscore: 1 # edited meanwhile');
    const stderr: string[] = [];
    const ctx: CliContext = { locale: 'en', langFromFlag: true, style: plainStyle, width: 100, debug: false, out: () => {}, err: (s) => stderr.push(s) };
    const prompter = new WrittenMeanwhile(['Savoir ce qui sort du four', '', true], file, other);
    const run = questionnaireCommand(file, { limit: 1 }, ctx, { interactive: true, prompter });
    await expect(run).rejects.toThrow(UsageError);
    await expect(run).rejects.toThrow(`${file} changed after smscore read it (another command or an editor wrote to it); nothing was written, so that change is kept. Run the command again`);
    expect(readFileSync(file, 'utf8')).toBe(other);
    expect(parse(readFileSync(resumeFileFor(file), 'utf8'))).toEqual({ 'customer-needs': ['Savoir ce qui sort du four'] });
    expect(stderr.join('\n')).toContain(`1 answer was saved to ${resumeFileFor(file)}`);
  });
});
