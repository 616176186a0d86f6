/**
 * French puts a no-break space before : ; ? ! and inside « » (the convention of ./typography.ts: U+202F before ; ? !,
 * U+00A0 before : and inside « »). Dictionaries written with plain spaces, for the translator's ease, get them as
 * their texts are printed.
 */
import type { Locale, MessageArgs, Translator } from './translate.js';
import { NBSP, NNBSP } from './typography.js';

export function frenchSpacing(text: string): string {
  return text.replace(/ ([;?!])/g, `${NNBSP}$1`).replace(/ ([:»])/g, `${NBSP}$1`).replace(/« /g, `«${NBSP}`);
}

/** The same translator, its French texts with their no-break spaces. */
export function withFrenchSpacing<K extends string>(translate: Translator<K>): Translator<K> {
  return Object.assign(
    (locale: Locale, key: K, args?: MessageArgs) => (locale === 'fr' ? frenchSpacing(translate(locale, key, args)) : translate(locale, key, args)),
    { messages: translate.messages },
  );
}
