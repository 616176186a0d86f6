/**
 * French puts a no-break space before : ; ? ! and inside « ». Dictionaries written with plain spaces, for the
 * translator's ease, get them as their texts are printed.
 */
import type { Locale, MessageArgs, Translator } from './translate.js';

export function frenchSpacing(text: string): string {
  return text.replace(/ ([:;?!»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}

/** The same translator, its French texts with their no-break spaces. */
export function withFrenchSpacing<K extends string>(translate: Translator<K>): Translator<K> {
  return Object.assign(
    (locale: Locale, key: K, args?: MessageArgs) => (locale === 'fr' ? frenchSpacing(translate(locale, key, args)) : translate(locale, key, args)),
    { messages: translate.messages },
  );
}
