/** The terminal's multi-line prompt: its line model (pure) and the number prompt's messages. */
import { describe, expect, test } from '@jest/globals';
import { pressLineKey, startLines, type LineKey, type Lines } from '../../src/questionnaire/inline-editor.js';
import { hasEditor, numberProblem } from '../../src/questionnaire/prompter.js';

/** Plays keys on a text: [key, the edited line as typed, the cursor]; the finished text, or the state. */
function play(start: string | undefined, keys: [LineKey, string, number?][]): string | Lines {
  let state = startLines(start);
  for (const [key, line, cursor] of keys) {
    const r = pressLineKey(state, key, line, cursor ?? line.length);
    if ('done' in r) return r.done;
    state = r.state;
  }
  return state;
}

describe('the inline editor\'s lines', () => {
  test('starts after the given text, without an external editor\'s comment header or trailing blank lines', () => {
    expect(startLines('# The value of x, in YAML.\n# Save and close…\n- a\n- b\n\n')).toEqual({ lines: ['- a', '- b', ''], row: 2 });
    expect(startLines(undefined)).toEqual({ lines: [''], row: 0 });
    expect(startLines('one\r\ntwo')).toEqual({ lines: ['one', 'two', ''], row: 2 });
  });

  test('Enter on the empty last line finishes; Enter elsewhere starts a new line, splitting at the cursor', () => {
    expect(play(undefined, [['enter', '']])).toBe('');
    expect(play('kept as it was', [['enter', '']])).toBe('kept as it was');
    expect(play(undefined, [['enter', 'one'], ['enter', 'two'], ['enter', '']])).toBe('one\ntwo');
    // An empty line in the middle does not finish: it is a new line.
    expect(play(undefined, [['enter', 'onetwo', 3], ['up', 'two'], ['enter', 'one', 1], ['enter', 'ne', 0]])).toEqual({ lines: ['o', '', 'ne', 'two'], row: 2 });
    expect(play(undefined, [['enter', 'onetwo', 3], ['down', 'two'], ['enter', 'two'], ['enter', '']])).toBe('one\ntwo');
  });

  test('↑↓ move between lines keeping what was typed; they stop at the first and last line', () => {
    expect(play('a\nb', [['up', 'c'], ['up', 'B'], ['up', 'a'], ['up', 'A'], ['down', 'A'], ['down', 'B'], ['down', 'c'], ['enter', 'c'], ['enter', '']])).toBe('A\nB\nc');
  });

  test('Backspace at the start of a line joins it to the line above', () => {
    expect(play('one\ntwo', [['up', ''], ['join', 'two', 0], ['down', 'onetwo'], ['enter', '']])).toBe('onetwo');
    // On the first line there is nothing above: nothing happens.
    expect(play('one', [['up', ''], ['join', 'one', 0]])).toEqual({ lines: ['one', ''], row: 0 });
  });
});

describe('the editor in use', () => {
  test('$VISUAL or $EDITOR when set (not blank), the inline prompt otherwise', () => {
    expect(hasEditor({})).toBe(false);
    expect(hasEditor({ EDITOR: '  ' })).toBe(false);
    expect(hasEditor({ EDITOR: 'nano' })).toBe(true);
    expect(hasEditor({ VISUAL: 'code -w' })).toBe(true);
  });
});

describe('the number prompt\'s messages, in the user\'s language, saying what to type', () => {
  test('French', () => {
    expect(numberProblem('1 500', 'fr')).toBeUndefined();
    expect(numberProblem('', 'fr')).toBeUndefined();
    expect(numberProblem('1.500', 'fr')).toBe('«\u00a01.500\u00a0» peut se lire de deux façons\u00a0: tapez 1\u202f500 ou 1,5');
    expect(numberProblem('beaucoup', 'fr')).toBe('«\u00a0beaucoup\u00a0» n\'est pas un nombre\u00a0: tapez des chiffres, par ex. 1\u202f500 ou 12,5');
    expect(numberProblem('12,5 %', 'fr')).toBe('«\u00a012,5 %\u00a0»\u00a0: tapez le nombre sans le signe %');
    expect(numberProblem('15 00', 'fr')).toMatch(/^«\u00a015 00\u00a0»\u00a0: groupez les chiffres par trois/);
    expect(numberProblem('-3', 'fr', { min: 0 })).toBe('Tapez un nombre supérieur ou égal à 0');
    expect(numberProblem('2,5', 'fr', { max: 1.5 })).toBe('Tapez un nombre inférieur ou égal à 1,5');
  });

  test('English', () => {
    expect(numberProblem('1,500', 'en')).toBeUndefined();
    expect(numberProblem('lots', 'en')).toBe('"lots" is not a number: type digits, e.g. 1,500 or 12.5');
    expect(numberProblem('-1', 'en', { min: 0 })).toBe('Type a number of 0 or more');
  });

  test('what was typed is shown safely (control characters as escapes)', () => {
    expect(numberProblem('\u001b[2J', 'en')).toBe('"\\x1b[2J" is not a number: type digits, e.g. 1,500 or 12.5');
  });
});
