/**
 * The prompts the questionnaire needs, as an interface: the CLI passes the real ones (@inquirer/prompts, loaded
 * only when the command runs), tests pass a scripted fake. Every prompt rejects with an error named
 * `ExitPromptError` when the user presses Ctrl-C or the input ends; the flow turns that into "interrupted".
 */

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

/** True for the error @inquirer/prompts throws on Ctrl-C or end of input (its class is not a direct dependency). */
export function isExitPromptError(err: unknown): boolean {
  return err instanceof Error && err.name === 'ExitPromptError';
}

/** The real prompts, from @inquirer/prompts (about 50 ms to import, so only when the questionnaire runs). */
export async function inquirerPrompter(): Promise<Prompter> {
  const p = await import('@inquirer/prompts');
  return {
    input: (o) => p.input({ message: o.message, ...(o.default !== undefined ? { default: o.default } : {}) }),
    number: (o) =>
      p.number({
        message: o.message, required: false, step: 'any',
        ...(o.default !== undefined ? { default: o.default } : {}),
        ...(o.min !== undefined ? { min: o.min } : {}),
        ...(o.max !== undefined ? { max: o.max } : {}),
      }),
    select: <V>(o: { message: string; choices: Choice<V>[]; default?: V }) =>
      p.select<V>({ message: o.message, choices: o.choices, pageSize: 12, ...(o.default !== undefined ? { default: o.default } : {}) }),
    checkbox: <V>(o: { message: string; choices: Choice<V>[] }) => p.checkbox<V>({ message: o.message, choices: o.choices, pageSize: 12 }),
    confirm: (o) => p.confirm({ message: o.message, ...(o.default !== undefined ? { default: o.default } : {}) }),
    editor: (o) => p.editor({ message: o.message, postfix: o.postfix ?? '.yaml', waitForUserInput: true, ...(o.default !== undefined ? { default: o.default } : {}) }),
  };
}
