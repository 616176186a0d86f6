/**
 * One array of a JSON document, written an element at a time, byte for byte as `JSON.stringify(doc, null, 2)`
 * writes it inside the whole document. The rest of the document (which may hold totals known only at the end) is
 * given last, with `ARRAY_SLOT` where the array goes; it is then cut around the slot into the text before the
 * first element and the text after the last.
 */

/** Stands for the streamed array in the document given to `end()`: a string no report can contain. */
export const ARRAY_SLOT = '\u0000smscore:streamed-array\u0000';

export interface JsonArrayStream {
  /** The text that puts this element in the array: a separator, then the element indented to its depth. */
  element(value: unknown): string;
  /** The element's own text, indented to its depth: pure, so a worker thread may make it (see `place`). */
  indented(value: unknown): string;
  /** The text that puts an element made by `indented` in the array. */
  place(indented: string): string;
  /** `document` is the whole document pretty-printed with two spaces, holding ARRAY_SLOT once where the array goes. */
  end(document: string): { head: string; tail: string };
}

/** `depth`: how many levels of objects and arrays enclose the array's elements (2 for `{ "files": [ … ] }`). */
export function jsonArrayStream(depth: number): JsonArrayStream {
  const indent = '  '.repeat(depth);
  let count = 0;
  // The element is stringified inside `depth` arrays, so JSON.stringify writes it already indented to its depth;
  // the text of those arrays around it is cut off. Indenting its text afterwards (one replace over every line of a
  // few hundred KB per brand) took about a fifth of a JSON report's time.
  const wrap = (value: unknown) => {
    let w = value;
    for (let i = 0; i < depth; i++) w = [w];
    return w;
  };
  const probe = JSON.stringify(wrap(0), null, 2);
  const before = probe.indexOf('0');
  const after = probe.length - before - 1;
  const indented = (value: unknown) => {
    const text = JSON.stringify(wrap(value), null, 2);
    return text.slice(before, text.length - after);
  };
  const place = (text: string) => `${count++ === 0 ? '\n' : ',\n'}${indent}${text}`;
  return {
    element: (value) => place(indented(value)),
    indented,
    place,
    end(document) {
      const slot = JSON.stringify(ARRAY_SLOT);
      const at = document.indexOf(slot);
      if (at < 0 || document.indexOf(slot, at + 1) >= 0) throw new Error('internal: the streamed array must appear once in the document');
      const lineStart = document.lastIndexOf('\n', at) + 1;
      const keyIndent = /^ */.exec(document.slice(lineStart, at))![0];
      if (keyIndent + '  ' !== indent) throw new Error(`internal: the streamed array sits at depth ${keyIndent.length / 2 + 1}, not ${depth}`);
      const before = document.slice(0, at);
      const after = document.slice(at + slot.length);
      if (count === 0) return { head: `${before}[]${after}`, tail: '' };
      return { head: `${before}[`, tail: `\n${keyIndent}]${after}` };
    },
  };
}
