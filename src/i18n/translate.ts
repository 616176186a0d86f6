/**
 * Minimal message catalogs: every user-facing text exists in English and French. Each area of the code keeps
 * its own dictionary beside it and builds its translator with makeTranslator, so areas never edit a shared file.
 */

import { printable } from '../util/printable.js';
import { numberText } from './numbers.js';

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

export type MessageArgs = Record<string, string | number>;
/** A message is a template with {name} placeholders, or a function for plurals and other logic. */
export type Message = string | ((args: MessageArgs) => string);
export type Dictionary<K extends string = string> = Record<Locale, Record<K, Message>>;

/** A translator carries its dictionary, so that src/i18n/catalogue.ts can gather every area's for translators and tests. */
export type Translator<K extends string> = ((locale: Locale, key: K, args?: MessageArgs) => string) & { readonly messages: Dictionary<K> };

export function format(template: string, args: MessageArgs = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

/**
 * A message's texts are ours; its arguments often are not (a brand's name, a key, a file name, a pack's question):
 * each text argument goes through printable() as it enters the message, so no control character, bidi override or
 * line break from an input reaches a terminal, a CI log or a report through a message.
 */
export function makeTranslator<K extends string>(dict: Dictionary<K>): Translator<K> {
  const translate = (locale: Locale, key: K, args: MessageArgs = {}): string => {
    const msg = dict[locale][key] ?? dict.en[key];
    if (msg === undefined) return key;
    const safe = printableArgs(args);
    return typeof msg === 'function' ? msg(safe) : format(msg, numbersFor(safe, locale));
  };
  return Object.assign(translate, { messages: dict });
}

function printableArgs(args: MessageArgs): MessageArgs {
  let out: MessageArgs | undefined;
  for (const [name, value] of Object.entries(args)) {
    if (typeof value === 'string') {
      const shown = printable(value);
      if (shown !== value) (out ??= { ...args })[name] = shown;
    }
  }
  return out ?? args;
}

/**
 * Numbers among a template's arguments, written as the language writes them (./numbers.ts): 75,3 and 1 091 500 in
 * French, 1,091,500 in English. A year or an id is passed as text, never as a number, so it is never grouped.
 * Message functions get the numbers themselves and write them with ./numbers.ts.
 */
function numbersFor(args: MessageArgs, locale: Locale): MessageArgs {
  let out: MessageArgs | undefined;
  for (const [name, value] of Object.entries(args)) {
    if (typeof value === 'number' && Number.isFinite(value)) {
      const text = numberText(value, locale);
      if (text !== String(value)) (out ??= { ...args })[name] = text;
    }
  }
  return out ?? args;
}

/** Picks the language from an explicit flag, else the POSIX locale variables, else English. */
export function resolveLocale(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Locale {
  if (flag) return (LOCALES as readonly string[]).includes(flag) ? (flag as Locale) : 'en';
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (value) return value.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  }
  return 'en';
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
