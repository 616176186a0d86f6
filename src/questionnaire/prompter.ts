/**
 * The prompts the questionnaire needs, as an interface: the CLI passes the real ones (@inquirer/prompts, loaded
 * only when the command runs), tests pass a scripted fake. Every prompt rejects with an error named
 * `ExitPromptError` when the user presses Ctrl-C or the input ends; the flow turns that into "interrupted".
 */
import { styleText } from 'node:util';
import type { Locale } from '../i18n/translate.js';

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
  input(options: { message: string; default?: string }): Promise<string>;
  /** A number; undefined when the user just presses Enter. Rejects with `BackPromptError` on BACK_KEYWORD. */
  number(options: { message: string; default?: number; min?: number; max?: number }): Promise<number | undefined>;
  select<V>(options: { message: string; choices: Choice<V>[]; default?: V }): Promise<V>;
  checkbox<V>(options: { message: string; choices: Choice<V>[] }): Promise<V[]>;
  /** Yes or no; rejects with `BackPromptError` on BACK_KEYWORD. */
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
  /** Opens $VISUAL / $EDITOR on a temporary file holding `default`; resolves with what was saved. */
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
 * which the library writes; its themes take other words. Its number prompt's own error ("You must provide a valid
 * numeric value") has no such hook and stays English.
 */
const PROMPT_WORDS: Partial<Record<Locale, PromptWords>> = {
  fr: {
    keys: { navigate: 'parcourir', select: 'choisir', submit: 'valider', all: 'tout', invert: 'inverser' },
    yes: 'Oui', no: 'Non', yesNoError: 'Répondez « oui » ou « non »',
    editor: (enter) => `Appuyez sur ${enter} pour ouvrir votre éditeur.`, checking: 'Vérification…',
  },
};

interface PromptWords {
  /** The key hints' actions (the library's `navigate`, `select`…). */
  keys: Record<string, string>;
  yes: string;
  no: string;
  yesNoError: string;
  editor: (enterKey: string) => string;
  checking: string;
}

/** The key hints under a list, as the library draws them, with the actions in the user's language. */
function keysHelpTip(words: Record<string, string>): (keys: [string, string][]) => string {
  return (keys) => keys.map(([key, action]) => `${styleText('bold', key)} ${styleText('dim', words[action] ?? action)}`).join(styleText('dim', ' • '));
}

/**
 * The real prompts, from @inquirer/prompts (about 50 ms to import, so only when the questionnaire runs).
 * `signal` interrupts them: a prompt open when it fires rejects, and so does every prompt opened after it. The
 * command fires it on SIGINT, which is what Ctrl-C sends while no prompt holds the terminal in raw mode (between
 * two questions, while the next one is prepared); inside a prompt, Ctrl-C is a key the library handles itself.
 */
export async function inquirerPrompter(locale: Locale = 'en', signal?: AbortSignal): Promise<Prompter> {
  const p = await import('@inquirer/prompts');
  const c = signal ? { signal } : {};
  // English keeps the library's own wording, untouched.
  const w = PROMPT_WORDS[locale];
  const listTheme = w ? { theme: { style: { keysHelpTip: keysHelpTip(w.keys) } } } : {};
  const editorTheme = w ? { theme: { style: { waitingMessage: w.editor, loadingMessage: () => w.checking } } } : {};
  return {
    input: (o) => p.input({ message: o.message, ...(o.default !== undefined ? { default: o.default } : {}) }, c),
    number: (o) => numberWithBack(p, o, c),
    select: <V>(o: { message: string; choices: Choice<V>[]; default?: V }) =>
      p.select<V>({ message: o.message, choices: o.choices, pageSize: 12, ...listTheme, ...(o.default !== undefined ? { default: o.default } : {}) }, c),
    checkbox: <V>(o: { message: string; choices: Choice<V>[] }) => p.checkbox<V>({ message: o.message, choices: o.choices, pageSize: 12, ...listTheme }, c),
    confirm: (o) => confirmWithBack(p, o, c, w),
    editor: (o) => p.editor({ message: o.message, postfix: o.postfix ?? '.yaml', waitForUserInput: true, ...editorTheme, ...(o.default !== undefined ? { default: o.default } : {}) }, c),
  };
}

type Inquirer = typeof import('@inquirer/prompts');
type Context = { signal?: AbortSignal };

/**
 * The number prompt, on the library's text input so that the back keyword gets through (its own number prompt
 * refuses anything that is not a number before any hook sees it). Same answers as before: Enter alone gives the
 * default or undefined.
 */
async function numberWithBack(p: Inquirer, o: { message: string; default?: number; min?: number; max?: number }, c: Context): Promise<number | undefined> {
  const read = (s: string): number | undefined | null => {
    const t = s.trim();
    if (t === '') return undefined;
    const n = Number(t);
    return Number.isFinite(n) && (o.min === undefined || n >= o.min) && (o.max === undefined || n <= o.max) ? n : null;
  };
  const raw = await p.input({
    message: o.message, ...(o.default !== undefined ? { default: String(o.default) } : {}),
    validate: (s) => s.trim() === BACK_KEYWORD || read(s) !== null || 'You must provide a valid numeric value',
  }, c);
  if (raw.trim() === BACK_KEYWORD) throw backPromptError();
  return read(raw) ?? undefined;
}

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
