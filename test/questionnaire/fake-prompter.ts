/**
 * A scripted Prompter for flow tests: each prompt takes the next scripted answer. When the script runs out,
 * the prompt fails the way @inquirer/prompts does at end of input (an error named ExitPromptError).
 * Like the real input prompt, an empty answer to a prompt with a default gives the default; like the real number
 * and yes/no prompts, the back keyword « < » makes them reject with BackPromptError.
 */
import { BACK_KEYWORD, backPromptError, type Choice, type Prompter } from '../../src/questionnaire/prompter.js';

/** Picks a choice by (part of) its label: `{ choose: /skip/ }`. */
export interface ByName { choose: RegExp }
export type Scripted = string | number | boolean | undefined | (string | ByName)[] | ByName;

export interface Call { type: keyof Prompter; message: string; default?: unknown; choices?: string[]; checked?: string[] }

export class FakePrompter implements Prompter {
  readonly calls: Call[] = [];
  constructor(private readonly script: Scripted[]) {}

  get remaining(): number {
    return this.script.length;
  }

  private next(call: Call): Scripted {
    this.calls.push(call);
    if (this.script.length === 0) {
      const e = new Error('User force closed the prompt with 0 null');
      e.name = 'ExitPromptError';
      throw e;
    }
    return this.script.shift();
  }

  private pick<V>(choices: Choice<V>[], answer: Scripted): V {
    if (answer !== null && typeof answer === 'object' && 'choose' in answer) {
      const c = choices.find((x) => answer.choose.test(x.name));
      if (!c) throw new Error(`no choice matches ${answer.choose} among ${choices.map((x) => x.name).join(' | ')}`);
      return c.value;
    }
    const c = choices.find((x) => x.value === answer);
    if (!c) throw new Error(`no choice has the value ${String(answer)} among ${choices.map((x) => String(x.value)).join(' | ')}`);
    return c.value;
  }

  async input(o: { message: string; default?: string }): Promise<string> {
    const a = this.next({ type: 'input', message: o.message, default: o.default });
    const s = String(a ?? '');
    return s === '' && o.default !== undefined ? o.default : s;
  }
  async number(o: { message: string; default?: number }): Promise<number | undefined> {
    const a = this.next({ type: 'number', message: o.message, default: o.default });
    if (a === BACK_KEYWORD) throw backPromptError();
    return a === undefined || a === '' ? o.default : Number(a);
  }
  async select<V>(o: { message: string; choices: Choice<V>[]; default?: V }): Promise<V> {
    return this.pick(o.choices, this.next({ type: 'select', message: o.message, choices: o.choices.map((c) => c.name), default: o.default }));
  }
  async checkbox<V>(o: { message: string; choices: Choice<V>[] }): Promise<V[]> {
    const a = this.next({ type: 'checkbox', message: o.message, choices: o.choices.map((c) => c.name), checked: o.choices.filter((c) => c.checked).map((c) => c.name) });
    const wanted = Array.isArray(a) ? a : [];
    return wanted.map((w) => this.pick(o.choices, w));
  }
  async confirm(o: { message: string; default?: boolean }): Promise<boolean> {
    const a = this.next({ type: 'confirm', message: o.message, default: o.default });
    if (a === BACK_KEYWORD) throw backPromptError();
    return a === undefined ? Boolean(o.default) : Boolean(a);
  }
  async editor(o: { message: string; default?: string }): Promise<string> {
    const a = this.next({ type: 'editor', message: o.message, default: o.default });
    return String(a ?? '');
  }
}

export const SKIP: ByName = { choose: /skip/ };
export const STOP: ByName = { choose: /stop here/ };
export const BACK: ByName = { choose: /^← / };
