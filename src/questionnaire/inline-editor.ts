/**
 * A text of several lines typed in the terminal itself: what the questionnaire opens for « :e » and YAML answers when
 * no editor is set ($VISUAL / $EDITOR), where the library would open plain vi, a dead end for most of its users.
 * Enter starts a new line, Enter on an empty last line finishes, ↑↓ move between lines (each line is edited with
 * the terminal's usual keys: ← → Home End, Backspace, which at the start of a line joins it to the one above). The
 * text it starts from (`default`: an example, or what the user wrote before) is there to edit, not to retype.
 *
 * The line model (`startLines`, `pressLineKey`) is pure; `inlineEditorPrompt` draws it with @inquirer/core, the
 * engine of the library's own prompts, so Ctrl-C, the abort signal and the redrawing behave as in every other prompt.
 */
import type * as Core from '@inquirer/core';
import { printable } from '../util/printable.js';

/** The lines of the text; `lines[row]` is the one being edited (its live text is the terminal's line). */
export interface Lines {
  lines: string[];
  row: number;
}

/**
 * The text to start from: an editor header of comment lines (written for an external editor: « save and close… »)
 * is left out, as are trailing empty lines; the cursor is on a new empty line after it, so Enter keeps it as it is.
 */
export function startLines(text: string | undefined): Lines {
  const lines = (text ?? '').replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && /^\s*#/.test(lines[0]!)) lines.shift();
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  return { lines: [...lines, ''], row: lines.length };
}

export type LineKey = 'enter' | 'up' | 'down' | 'join';

/**
 * What a key does, given the edited line's text and cursor: the new lines and the line to edit next (with its
 * cursor), or the finished text. `join` is Backspace pressed at the start of a line.
 */
export function pressLineKey(state: Lines, key: LineKey, line: string, cursor: number): { state: Lines; line: string; cursor: number } | { done: string } {
  const lines = [...state.lines];
  const row = state.row;
  lines[row] = line;
  const last = row === lines.length - 1;
  switch (key) {
    case 'enter': {
      if (last && line === '') return { done: lines.slice(0, row).join('\n').replace(/\n+$/, '') };
      lines.splice(row, 1, line.slice(0, cursor), line.slice(cursor));
      return { state: { lines, row: row + 1 }, line: line.slice(cursor), cursor: 0 };
    }
    case 'up':
    case 'down': {
      const to = key === 'up' ? row - 1 : row + 1;
      if (to < 0 || to >= lines.length) return { state: { lines, row }, line, cursor };
      return { state: { lines, row: to }, line: lines[to]!, cursor: lines[to]!.length };
    }
    case 'join': {
      if (row === 0) return { state: { lines, row }, line, cursor };
      const above = lines[row - 1]!;
      lines.splice(row - 1, 2, above + line);
      return { state: { lines, row: row - 1 }, line: above + line, cursor: above.length };
    }
  }
}

export interface InlineEditorConfig {
  message: string;
  default?: string;
  /** How to use it, under the message (in the user's language). */
  hint: string;
  /** The finished answer's summary: « 3 lines ». */
  summary: (lines: number) => string;
}

/** The terminal line readline edits (its fields are plain properties, typed read-only). */
interface EditableLine {
  line: string;
  cursor: number;
}

/** The prompt, made with the library's engine (loaded with the prompts, when the questionnaire runs). */
export function inlineEditorPrompt(core: typeof Core): (config: InlineEditorConfig, context?: { signal?: AbortSignal }) => Promise<string> {
  return core.createPrompt<string, InlineEditorConfig>((config, done) => {
    const theme = core.makeTheme();
    const [status, setStatus] = core.useState<'idle' | 'done'>('idle');
    const [state, setState] = core.useState<Lines>(() => startLines(config.default));
    // readline has already handled a key when we see it (Enter has emptied its line, Backspace moved the cursor):
    // what the line and cursor were before it is kept here.
    const before = core.useRef<EditableLine>({ line: '', cursor: 0 });
    const [answer, setAnswer] = core.useState('');
    const prefix = core.usePrefix({ status, theme });

    const load = (rl: EditableLine, line: string, cursor: number): void => {
      // Set, not typed: a text that holds control characters must not act as keys.
      rl.line = line;
      rl.cursor = cursor;
      before.current = { line, cursor };
    };

    core.useEffect((rl) => {
      const start = state.lines[state.row] ?? '';
      load(rl as unknown as EditableLine, start, start.length);
    }, []);

    core.useKeypress((key, readline) => {
      if (status !== 'idle') return;
      const rl = readline as unknown as EditableLine;
      const was = before.current;
      let pressed: LineKey | undefined;
      if (core.isEnterKey(key)) pressed = 'enter';
      else if (key.name === 'up') pressed = 'up';
      else if (key.name === 'down') pressed = 'down';
      else if (core.isBackspaceKey(key) && was.cursor === 0) pressed = 'join';
      if (!pressed) {
        before.current = { line: rl.line, cursor: rl.cursor };
        setState({ ...state });
        return;
      }
      // The line as it was: these keys do not edit it (and readline's own ↑↓ would load its history into it).
      const r = pressLineKey(state, pressed, was.line, was.cursor);
      if ('done' in r) {
        setAnswer(r.done);
        setStatus('done');
        done(r.done);
        return;
      }
      load(rl, r.line, r.cursor);
      setState(r.state);
    });

    const message = theme.style.message(config.message, status);
    if (status === 'done') {
      const count = answer === '' ? 0 : answer.split('\n').length;
      const first = answer.split('\n')[0] ?? '';
      const shown = count === 0 ? '' : count === 1 ? printable(first) : `${printable(first)} … (${config.summary(count)})`;
      return `${prefix} ${message} ${theme.style.answer(shown)}`;
    }
    const gutter = theme.style.help('  │ ');
    const show = (l: string): string => gutter + printable(l);
    const above = state.lines.slice(0, state.row).map(show);
    // The edited line comes last in the content: the engine puts the cursor there.
    const editing = show(before.current.line);
    const below = state.lines.slice(state.row + 1).map(show);
    const top = [`${prefix} ${message}`, theme.style.help(`  ${config.hint}`), ...above, editing].join('\n');
    return [top, below.join('\n')];
  });
}
