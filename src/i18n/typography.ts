/**
 * French typography, one convention everywhere French is printed or generated (messages, the catalog's French
 * texts, docs/questions.fr.md, the reports):
 * - a narrow no-break space (U+202F) before ; ! ? — « pourquoi ? », « fin ; suite »;
 * - a no-break space (U+00A0) before : and inside « » — « Exemple : », « bonnes questions ».
 * U+202F is also the thousands separator (./numbers.ts: 1 091 500); U+00A0 is what src/render/html-messages.ts used
 * before a colon. Both hold the punctuation to its word: the word wrappers (src/render/text-wrap.ts) break only at
 * plain spaces and count each as one column. In the message files they are written as escapes (\u202f, \u00a0) so a
 * review sees them; test/i18n/french-typography.test.ts fails on a plain space, or none, where one belongs.
 */
export const NNBSP = '\u202f';
export const NBSP = '\u00a0';

/** French guillemets around a text: « text », with no-break spaces inside. */
export const guillemets = (text: string): string => `«${NBSP}${text}${NBSP}»`;
