/**
 * The real prompts (@inquirer/prompts) under an abort signal: what Ctrl-C between two questions turns into.
 */
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { inquirerPrompter, isExitPromptError } from '../../src/questionnaire/index.js';
import { answerLines } from '../../src/questionnaire/prompter.js';

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

// Issue 22 (long texts wrap mid-word): a long typed answer, once given, is word-wrapped under its question instead of
// being cut by the library at the terminal's edge.
describe('answerLines: a given answer, word-wrapped after its question', () => {
  const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');
  const message = 'Son rôle pour la marque (Entrée pour passer)';
  const answer = 'Notre vitrine principale, avec des photos de chaque nouvelle collection chaque semaine';

  test('at 80 columns: no line past the edge, no word cut, every word kept in order', () => {
    const shown = plain(answerLines(message, answer, 80));
    const lines = `✔ ${message} ${shown}`.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
    expect(lines.slice(1).every((l) => l.startsWith('  '))).toBe(true);
    expect(lines.join(' ').replace(/ +/g, ' ')).toBe(`✔ ${message} ${answer}`);
  });

  test('a short answer stays on the question\'s line; little room left puts it on a line of its own', () => {
    expect(plain(answerLines(message, 'Vitrine', 80))).toBe('Vitrine');
    const long = 'x'.repeat(70);
    expect(plain(answerLines(long, 'une réponse', 80))).toBe('\n  une réponse');
  });
});
