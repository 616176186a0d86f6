/**
 * The prompts the questionnaire needs, as an interface: the CLI passes the real ones (@inquirer/prompts, loaded
 * only when the command runs), tests pass a scripted fake. Every prompt rejects with an error named
 * `ExitPromptError` when the user presses Ctrl-C or the input ends; the flow turns that into "interrupted".
 */
import { styleText } from 'node:util';
import { decimalText, groupedText, parseNumber } from '../i18n/numbers.js';
import type { Locale } from '../i18n/translate.js';
import { printable } from '../util/printable.js';
import { visibleWidth, wrap } from '../render/text-wrap.js';
import { inlineEditorPrompt } from './inline-editor.js';
import { tqn } from './messages.js';

export interface Choice<V> {
  name: string;
  value: V;
  description?: string;
  checked?: boolean;
  /** What a list shows after its message once answered (the name when not given). */
  short?: string;
}

export interface Prompter {
  /** One line of text; '' when the user just presses Enter. */
  /**
   * One line of text; '' when the user just presses Enter. With `width`, the answer, once given, is word-wrapped
   * under its question (the library would cut it at the terminal's edge, inside a word).
   */
  input(options: { message: string; default?: string; width?: number }): Promise<string>;
  /** A number; undefined when the user just presses Enter. Rejects with `BackPromptError` on BACK_KEYWORD. */
  number(options: { message: string; default?: number; min?: number; max?: number }): Promise<number | undefined>;
  select<V>(options: { message: string; choices: Choice<V>[]; default?: V }): Promise<V>;
  checkbox<V>(options: { message: string; choices: Choice<V>[] }): Promise<V[]>;
  /** Yes or no; rejects with `BackPromptError` on BACK_KEYWORD. */
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
  /**
   * A text of several lines, starting from `default`: $VISUAL / $EDITOR on a temporary file when one is set,
   * otherwise typed in the terminal (see inline-editor.ts); resolves with the text.
   */
  editor(options: { message: string; default?: string; postfix?: string }): Promise<string>;
}

/**
 * What a person types at any prompt to go back to the previous question: one character, the same in every
 * language, that no real answer is (not a number, not yes/no, not a name or a sentence). Lists offer a
 * "← back" choice instead; the flow turns both into a step back.
 */
export const BACK_KEYWORD = '<';

/** The error a prompt rejects with when the person typed the back keyword where the answer is not text. */
export function backPromptError(): Error {
  const e = new Error('back to the previous question');
  e.name = 'BackPromptError';
  return e;
}

export function isBackPromptError(err: unknown): boolean {
  return err instanceof Error && err.name === 'BackPromptError';
}

/**
 * True for the errors @inquirer/prompts throws on Ctrl-C or end of input (`ExitPromptError`) and when the prompt's
 * abort signal fires (`AbortPromptError`); their classes are not a direct dependency.
 */
export function isExitPromptError(err: unknown): boolean {
  return err instanceof Error && (err.name === 'ExitPromptError' || err.name === 'AbortPromptError');
}

/**
 * What the prompts themselves write (key hints, yes/no words, the editor's prompt) in languages other than English,
 * which the library writes; its themes take other words. (Its number prompt's error has no such hook: numbers use
 * our own prompt, below.)
 */
const PROMPT_WORDS: Partial<Record<Locale, PromptWords>> = {
  fr: {
    // `space:select` is a checkbox's space bar: it ticks a box (« cocher »), where Enter in a list picks (« choisir »).
    keys: { navigate: 'parcourir', select: 'choisir', 'space:select': 'cocher', submit: 'valider', all: 'tout', invert: 'inverser' },
    // The names printed on a French keyboard's keys; arrows stay arrows.
    keyNames: { space: 'espace', '⏎': 'entrée' },
    // A checkbox's « select all » key: the initial of the word shown (t for tout, not a for all).
    shortcuts: { all: 't', invert: 'i' },
    yes: 'Oui', no: 'Non', yesNoError: 'Répondez «\u00a0oui\u00a0» ou «\u00a0non\u00a0»',
    editor: (enter) => `Appuyez sur ${enter} pour ouvrir votre éditeur.`, checking: 'Vérification…',
  },
};

interface PromptWords {
  /** The key hints' actions (the library's `navigate`, `select`…), or for one key (`space:select`). */
  keys: Record<string, string>;
  /** The key hints' key names (the library's `space`, `⏎`). */
  keyNames: Record<string, string>;
  /** The checkbox's letter keys, to match the words shown. */
  shortcuts: { all: string; invert: string };
  yes: string;
  no: string;
  yesNoError: string;
  editor: (enterKey: string) => string;
  checking: string;
}

/** The key hints under a list, as the library draws them, with the keys and actions in the user's language. */
function keysHelpTip(w: PromptWords): (keys: [string, string][]) => string {
  return (keys) => keys.map(([key, action]) => `${styleText('bold', w.keyNames[key] ?? key)} ${styleText('dim', w.keys[`${key}:${action}`] ?? w.keys[action] ?? action)}`).join(styleText('dim', ' • '));
}

/**
 * Whether an editor is set. Without one the library opens vi (notepad on Windows): the questionnaire types the
 * text in the terminal instead, which asks nothing of a user who has never left vi, and works the same everywhere.
 */
export function hasEditor(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env['VISUAL']?.trim() || env['EDITOR']?.trim());
}

/**
 * Why a typed number is refused, in the user's language, saying what to type instead; undefined when it is taken.
 * Empty is taken (it skips the question).
 */
export function numberProblem(text: string, locale: Locale, bounds: { min?: number; max?: number } = {}): string | undefined {
  const r = parseNumber(text, locale);
  const shown = printable(text.trim());
  if (!r.ok) {
    if (r.problem === 'empty') return undefined;
    if (r.problem === 'ambiguous') return tqn(locale, 'number.ambiguous', { text: shown, thousands: groupedText(r.readings[0], locale), decimal: decimalText(r.readings[1], locale) });
    return tqn(locale, `number.${r.problem}`, { text: shown });
  }
  if (bounds.min !== undefined && r.value < bounds.min) return tqn(locale, 'number.min', { min: decimalText(bounds.min, locale) });
  if (bounds.max !== undefined && r.value > bounds.max) return tqn(locale, 'number.max', { max: decimalText(bounds.max, locale) });
  return undefined;
}

/**
 * The real prompts, from @inquirer/prompts (about 50 ms to import, so only when the questionnaire runs).
 * `signal` interrupts them: a prompt open when it fires rejects, and so does every prompt opened after it. The
 * command fires it on SIGINT, which is what Ctrl-C sends while no prompt holds the terminal in raw mode (between
 * two questions, while the next one is prepared); inside a prompt, Ctrl-C is a key the library handles itself.
 */
export async function inquirerPrompter(locale: Locale = 'en', signal?: AbortSignal): Promise<Prompter> {
  // One after the other: they share modules, and jest's ES module loader trips over two imports linking them at once.
  const p = await import('@inquirer/prompts');
  const core = await import('@inquirer/core');
  const inline = inlineEditorPrompt(core);
  const c = signal ? { signal } : {};
  // English keeps the library's own wording, untouched.
  const w = PROMPT_WORDS[locale];
  const listTheme = w ? { theme: { style: { keysHelpTip: keysHelpTip(w) } } } : {};
  const checkboxKeys = w ? { shortcuts: w.shortcuts } : {};
  const editorTheme = w ? { theme: { style: { waitingMessage: w.editor, loadingMessage: () => w.checking } } } : {};
  return {
    input: (o) => p.input({
      message: o.message, ...(o.default !== undefined ? { default: o.default } : {}),
      ...(o.width !== undefined ? { transformer: (v: string, { isFinal }: { isFinal: boolean }) => (isFinal ? answerLines(o.message, v, o.width!) : v) } : {}),
    }, c),
    // The library's number prompt reads only JavaScript's notation (no « 1 500 », no « 12,5 ») and says so in
    // English: a text prompt that reads numbers as the user's language writes them, and says why not in it.
    number: async (o) => {
      const bounds = { ...(o.min !== undefined ? { min: o.min } : {}), ...(o.max !== undefined ? { max: o.max } : {}) };
      const text = await p.input({
        message: o.message,
        ...(o.default !== undefined ? { default: decimalText(o.default, locale) } : {}),
        validate: (v) => v.trim() === BACK_KEYWORD || (numberProblem(v, locale, bounds) ?? true),
      }, c);
      if (text.trim() === BACK_KEYWORD) throw backPromptError();
      const r = parseNumber(text, locale);
      return r.ok ? r.value : undefined;
    },
    select: <V>(o: { message: string; choices: Choice<V>[]; default?: V }) =>
      p.select<V>({ message: o.message, choices: o.choices, pageSize: 12, ...listTheme, ...(o.default !== undefined ? { default: o.default } : {}) }, c),
    checkbox: <V>(o: { message: string; choices: Choice<V>[] }) => p.checkbox<V>({ message: o.message, choices: o.choices, pageSize: 12, ...listTheme, ...checkboxKeys }, c),
    confirm: (o) => confirmWithBack(p, o, c, w),
    editor: (o) =>
      hasEditor()
        ? p.editor({ message: o.message, postfix: o.postfix ?? '.yaml', waitForUserInput: true, ...editorTheme, ...(o.default !== undefined ? { default: o.default } : {}) }, c)
        : inline({
          message: o.message, hint: tqn(locale, 'inline.hint'), summary: (count) => tqn(locale, 'inline.lines', { count }),
          ...(o.default !== undefined ? { default: o.default } : {}),
        }, c),
  };
}

type Inquirer = typeof import('@inquirer/prompts');
type Context = { signal?: AbortSignal };

/**
 * The yes/no prompt, drawn like the library's (the "(Y/n)" hint while asking, the word once answered) but on its
 * text input, so that the back keyword gets through; English y/yes/n/no are accepted in every language.
 */
async function confirmWithBack(p: Inquirer, o: { message: string; default?: boolean }, c: Context, w: PromptWords | undefined): Promise<boolean> {
  const yes = w?.yes ?? 'Yes';
  const no = w?.no ?? 'No';
  const y = yes[0]!.toLowerCase();
  const n = no[0]!.toLowerCase();
  const hint = o.default === false ? `${y}/${n.toUpperCase()}` : `${y.toUpperCase()}/${n}`;
  const read = (s: string): boolean | undefined => {
    const v = s.trim().toLowerCase();
    if (v === '') return o.default !== false;
    if (yes.toLowerCase().startsWith(v) || 'yes'.startsWith(v)) return true;
    if (no.toLowerCase().startsWith(v) || 'no'.startsWith(v)) return false;
    return undefined;
  };
  const raw = await p.input({
    message: o.message,
    validate: (s) => s.trim() === BACK_KEYWORD || read(s) !== undefined || (w?.yesNoError ?? `You must answer with "${yes}" or "${no}"`),
    transformer: (s, { isFinal }) => (isFinal && s.trim() !== BACK_KEYWORD ? styleText('cyan', read(s) ? yes : no) : s),
    theme: { style: { message: (text: string, status: string) => (status === 'done' ? styleText('bold', text) : `${styleText('bold', text)} ${styleText('dim', `(${hint})`)}`) } },
  }, c);
  if (raw.trim() === BACK_KEYWORD) throw backPromptError();
  return read(raw)!;
}

/**
 * A given answer as it is shown after its question (« ✔ question answer »), word-wrapped to `width`: the first line
 * goes on after the question's last line, the others are indented; on a line of its own when little room is left.
 * In the library's answer colour.
 */
export function answerLines(message: string, answer: string, width: number): string {
  const shown = printable(answer);
  const offset = visibleWidth(`✔ ${message.split('\n').pop() ?? ''} `);
  const own = offset > width - 20;
  const lines = own ? wrap(shown, width, '  ', '  ') : wrap(shown, width, ' '.repeat(offset), '  ');
  if (!own && lines.length > 0) lines[0] = lines[0]!.slice(offset);
  const text = lines.map((l) => styleText('cyan', l)).join('\n');
  return own ? `\n${text}` : text;
}
