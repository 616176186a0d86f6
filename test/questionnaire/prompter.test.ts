/**
 * The real prompts (@inquirer/prompts) under an abort signal: what Ctrl-C between two questions turns into.
 */
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { inquirerPrompter, isExitPromptError } from '../../src/questionnaire/index.js';

describe('inquirerPrompter with an abort signal', () => {
  // The library still draws (and hides/shows the cursor) on stdout: keep that out of the test's output.
  let written = '';
  beforeEach(() => {
    written = '';
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  test('every kind of prompt opened after the signal fired rejects as an interruption, without reading input', async () => {
    const interrupt = new AbortController();
    interrupt.abort();
    const p = await inquirerPrompter('fr', interrupt.signal);
    const asked = [
      p.input({ message: 'nom' }),
      p.number({ message: 'nombre' }),
      p.select({ message: 'choix', choices: [{ name: 'a', value: 'a' }] }),
      p.checkbox({ message: 'cases', choices: [{ name: 'a', value: 'a' }] }),
      p.confirm({ message: 'oui ?' }),
    ];
    for (const q of asked) {
      const err = await q.then(() => undefined, (e: unknown) => e);
      expect(isExitPromptError(err)).toBe(true);
    }
    expect(written).not.toContain('nom');
  });

  test('errors other than the library\'s two interruptions are not mistaken for one', () => {
    expect(isExitPromptError(new Error('boom'))).toBe(false);
    const abort = new Error('x');
    abort.name = 'AbortPromptError';
    expect(isExitPromptError(abort)).toBe(true);
  });
});
