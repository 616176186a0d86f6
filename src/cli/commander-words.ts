/**
 * Commander speaks English: its help headings, its "(choices: …)" and "(default: …)", and its error messages. These
 * put them in the run's language, from the catalogue in ./help-messages.ts.
 *
 * Errors: commander formats a message, then hands it to configureOutput's outputError. Each of its messages has a
 * fixed shape per error code (commander.unknownOption, …); the shape is read back into its values and the message
 * is written again from our catalogue. commander is pinned (package.json) and test/cli/commander-words.test.ts
 * makes each error in both languages, so that an upgrade that rewords one fails there instead of leaking English.
 */
import { createRequire } from 'node:module';
import type * as commander from 'commander';
import type { Locale } from '../i18n/translate.js';
import { printable } from '../util/printable.js';
import { tHelp, type HelpKey } from './help-messages.js';

// As in program.ts: commander is CommonJS, require() is cheaper than an ES import of it.
const { Help } = createRequire(import.meta.url)('commander') as typeof commander;

type Shape = { code: HelpKey; pattern: RegExp; args: (m: RegExpExecArray, locale: Locale) => Record<string, string> };

/** The first line of each of commander's usage errors, by error code (commander 14). */
const SHAPES: Shape[] = [
  { code: 'commander.unknownOption', pattern: /^error: unknown option '(.*)'$/, args: (m) => ({ flag: m[1]! }) },
  { code: 'commander.unknownCommand', pattern: /^error: unknown command '(.*)'$/, args: (m) => ({ name: m[1]! }) },
  { code: 'commander.missingArgument', pattern: /^error: missing required argument '(.*)'$/, args: (m) => ({ name: m[1]! }) },
  { code: 'commander.optionMissingArgument', pattern: /^error: option '(.*)' argument missing$/, args: (m) => ({ flags: m[1]! }) },
  { code: 'commander.missingMandatoryOptionValue', pattern: /^error: required option '(.*)' not specified$/, args: (m) => ({ flags: m[1]! }) },
  {
    code: 'commander.invalidArgument.option',
    pattern: /^error: option '(.*?)' argument '(.*)' is invalid\. ?(.*)$/,
    args: (m, locale) => ({ flags: m[1]!, value: m[2]!, reason: reason(m[3]!, locale) }),
  },
  {
    code: 'commander.invalidArgument.argument',
    pattern: /^error: command-argument value '(.*)' is invalid for argument '(.*?)'\. ?(.*)$/,
    args: (m, locale) => ({ value: m[1]!, name: m[2]!, reason: reason(m[3]!, locale) }),
  },
  {
    code: 'commander.excessArguments',
    pattern: /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    args: (m) => ({ command: m[1] ?? '', expected: m[2]!, received: m[3]! }),
  },
  {
    code: 'commander.conflictingOption',
    pattern: /^error: option '(.*)' cannot be used with option '(.*)'$/,
    args: (m) => ({ option: m[1]!, other: m[2]! }),
  },
];

/** The reason after an invalid value: commander's list of choices, or the text of one of our own parsers. */
function reason(text: string, locale: Locale): string {
  const choices = /^Allowed choices are (.*)\.$/.exec(text);
  return choices ? tHelp(locale, 'commander.allowed-choices', { choices: choices[1]! }) : text;
}

function suggestion(line: string, locale: Locale): string | undefined {
  const many = /^\(Did you mean one of (.*)\?\)$/.exec(line);
  if (many) return tHelp(locale, 'commander.did-you-mean-one-of', { candidates: many[1]! });
  const one = /^\(Did you mean (.*)\?\)$/.exec(line);
  return one ? tHelp(locale, 'commander.did-you-mean', { candidates: one[1]! }) : undefined;
}

/**
 * One of commander's error messages (with its "Did you mean" line, if any) in the run's language; every line made
 * printable, since the values come from the command line. A message of an unknown shape stays as commander wrote it.
 */
export function commanderErrorText(locale: Locale, text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  const out = lines.map((line, i) => {
    if (i === 0) {
      for (const shape of SHAPES) {
        const m = shape.pattern.exec(line);
        if (m) return tHelp(locale, 'commander.error', { message: tHelp(locale, shape.code, shape.args(m, locale)) });
      }
      return printable(line);
    }
    return suggestion(line, locale) ?? printable(line);
  });
  return `${out.join('\n')}\n`;
}

/** A character commander does not take for a space (private use), standing for a no-break space while it wraps. */
const KEPT = { '\u00a0': '\ue000', '\u202f': '\ue001' } as Record<string, string>;
const KEPT_BACK = { '\ue000': '\u00a0', '\ue001': '\u202f' } as Record<string, string>;

const TITLES: Record<string, HelpKey> = {
  'Usage:': 'commander.usage',
  'Arguments:': 'commander.arguments',
  'Options:': 'commander.options',
  'Global Options:': 'commander.global-options',
  'Commands:': 'commander.commands',
};

/** "(choices: …, default: …)" after an option's or an argument's description, as commander writes it, translated. */
function described(locale: Locale, description: string, choices: readonly string[] | undefined, defaultText: string | undefined): string {
  const extra: string[] = [];
  if (choices) extra.push(tHelp(locale, 'commander.choices', { choices: choices.map((c) => JSON.stringify(c)).join(', ') }));
  if (defaultText !== undefined) extra.push(tHelp(locale, 'commander.default', { value: defaultText }));
  if (extra.length === 0) return description;
  const joined = `(${extra.join(tHelp(locale, 'commander.notes-separator'))})`;
  return description ? `${description} ${joined}` : joined;
}

/** Help settings for configureHelp: commander's headings and its notes on choices and defaults, translated. */
export function commanderHelp(locale: Locale): Partial<commander.Help> {
  return {
    // Commander wraps at any white space, no-break ones included: they are hidden from it while it wraps.
    boxWrap(this: commander.Help, text: string, width: number) {
      return Help.prototype.boxWrap.call(this, text.replace(/[\u00a0\u202f]/g, (c) => KEPT[c]!), width).replace(/[\ue000\ue001]/g, (c) => KEPT_BACK[c]!);
    },
    styleTitle: (title: string) => (TITLES[title] ? tHelp(locale, TITLES[title]!) : title),
    optionDescription: (option: commander.Option) => {
      // As commander: a default is shown for options that take a value (and booleans given one explicitly).
      const shown =
        option.defaultValue !== undefined &&
        (option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean'));
      const defaultText = shown ? option.defaultValueDescription || JSON.stringify(option.defaultValue) : undefined;
      return described(locale, option.description, option.argChoices, defaultText);
    },
    argumentDescription: (argument: commander.Argument) => {
      const defaultText = argument.defaultValue !== undefined ? argument.defaultValueDescription || JSON.stringify(argument.defaultValue) : undefined;
      return described(locale, argument.description, argument.argChoices, defaultText);
    },
  };
}
