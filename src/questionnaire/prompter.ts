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
}

export interface Prompter {
  /** One line of text; '' when the user just presses Enter. */
  input(options: { message: string; default?: string }): Promise<string>;
  /** A number; undefined when the user just presses Enter. */
  number(options: { message: string; default?: number; min?: number; max?: number }): Promise<number | undefined>;
  select<V>(options: { message: string; choices: Choice<V>[]; default?: V }): Promise<V>;
  checkbox<V>(options: { message: string; choices: Choice<V>[] }): Promise<V[]>;
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
  /** Opens $VISUAL / $EDITOR on a temporary file holding `default`; resolves with what was saved. */
  editor(options: { message: string; default?: string; postfix?: string }): Promise<string>;
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
    yes: 'Oui', no: 'Non', yesNoError: 'Répondez «\u00a0oui\u00a0» ou «\u00a0non\u00a0»',
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
  const confirmTheme = w ? { theme: { keywords: { yes: w.yes, no: w.no, error: () => w.yesNoError } } } : {};
  const editorTheme = w ? { theme: { style: { waitingMessage: w.editor, loadingMessage: () => w.checking } } } : {};
  return {
    input: (o) => p.input({ message: o.message, ...(o.default !== undefined ? { default: o.default } : {}) }, c),
    number: (o) =>
      p.number({
        message: o.message, required: false, step: 'any',
        ...(o.default !== undefined ? { default: o.default } : {}),
        ...(o.min !== undefined ? { min: o.min } : {}),
        ...(o.max !== undefined ? { max: o.max } : {}),
      }, c),
    select: <V>(o: { message: string; choices: Choice<V>[]; default?: V }) =>
      p.select<V>({ message: o.message, choices: o.choices, pageSize: 12, ...listTheme, ...(o.default !== undefined ? { default: o.default } : {}) }, c),
    checkbox: <V>(o: { message: string; choices: Choice<V>[] }) => p.checkbox<V>({ message: o.message, choices: o.choices, pageSize: 12, ...listTheme }, c),
    confirm: (o) => p.confirm({ message: o.message, ...confirmTheme, ...(o.default !== undefined ? { default: o.default } : {}) }, c),
    editor: (o) => p.editor({ message: o.message, postfix: o.postfix ?? '.yaml', waitForUserInput: true, ...editorTheme, ...(o.default !== undefined ? { default: o.default } : {}) }, c),
  };
}
