/**
 * Untrusted text made safe to print on a terminal or in a CI log: the one place that decides it (issue 20, item 4).
 *
 * Everything a pull request can change (a brand file, a config, a pack, an export, a file name) may carry control
 * characters: ESC sequences that clear the screen, write the clipboard (OSC 52), hide a link (OSC 8) or recolour
 * the text; C1 controls that some terminals read as ESC; bidi overrides that display text in another order than it
 * is stored; line breaks that start a new log line, which GitHub Actions runs as a workflow command when it begins
 * with `::` (indentation does not protect: the runner trims leading spaces). Each such character is shown, never
 * obeyed: `\x1b`, `\u202e`, `\t`, and `⏎` for a line break. Printable text, accented letters, emoji and
 * right-to-left scripts are left as they are.
 *
 * A value can also start a line without a line break of its own: a brand's name opens the report, a file name opens
 * a diagnostic, and wrapping puts any word of a long value first on a line. So `::` inside a value is shown as
 * `:\x3a`: no value, wherever it lands, can begin a workflow command, and smscore's own texts never do (only its
 * `--format github` annotations, whose values pass through here too).
 */

/** C0 and C1 controls, DEL, bidi embeddings, overrides and isolates, and the Unicode line and paragraph separators. */
const UNSAFE = /\r\n|[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const ANY_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|::/;
const LINE_BREAKS = new Set(['\r\n', '\n', '\r', '\u0085', '\u2028', '\u2029']);

/** The sign a line break inside a value is shown as. */
export const LINE_BREAK_SIGN = '⏎';

export function printable(text: string): string {
  if (!ANY_UNSAFE.test(text)) return text;
  return text.replace(UNSAFE, (c) => {
    if (LINE_BREAKS.has(c)) return LINE_BREAK_SIGN;
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  }).replace(/::/g, ':\\x3a');
}


/**
 * JSON text with the characters JSON.stringify leaves raw inside strings but a terminal or a CI log would obey or
 * reorder (C1 controls, DEL, bidi overrides, U+2028/U+2029) written as `\uXXXX` escapes: the same JSON value, read
 * back unchanged, and no such character in the bytes. (JSON.stringify already escapes C0, so ESC and line breaks.)
 * They can only stand inside strings, so replacing them never touches the document's structure.
 */
export function jsonSafe(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
