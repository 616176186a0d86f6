/**
 * One array of a JSON document, written an element at a time, byte for byte as `JSON.stringify(doc, null, 2)`
 * writes it inside the whole document. The rest of the document (which may hold totals known only at the end) is
 * given last, with `ARRAY_SLOT` where the array goes; it is then cut around the slot into the text before the
 * first element and the text after the last.
 */

/**
 * A value's JSON text as `JSON.stringify(value, null, 2)` writes it at `depth` levels of nesting (without the
 * indentation of its first line), in parts of about `PART_SIZE` characters made as they are asked for, so that a
 * value whose text runs to tens of MB is never held as one string (a 2.8 MB brand file's report element is 90 MB).
 * Containers small enough are written by JSON.stringify itself, in one call (it is several times faster than any
 * walk in JavaScript); only the large ones are walked, a level at a time, down to their small parts.
 */
export function* jsonParts(value: unknown, depth: number, wholeNodes = WHOLE_NODES): Generator<string> {
  let buffer = '';
  for (const text of walk(value, '', depth, wholeNodes)) {
    buffer += text;
    if (buffer.length >= PART_SIZE) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/** Large enough to make the writes few, small enough to keep the memory flat. */
export const PART_SIZE = 1 << 16;

/**
 * Values (of any kind, counted through every level) a container may hold and still be written in one
 * JSON.stringify call: about 1 MB of text. A mid-size brand's report element holds about 9,000.
 */
export const WHOLE_NODES = 25_000;

/**
 * JSON.stringify's text of `value` nested `depth` arrays deep, cut out of them: indented for that depth already,
 * but for its first line. (Indenting the text afterwards, one replace over every line of a few hundred KB per
 * brand, took about a fifth of a JSON report's time.)
 */
export function nestedText(value: unknown, depth: number): string {
  let w = value;
  for (let i = 0; i < depth; i++) w = [w];
  // undefined (or a function) at depth 0 has no JSON text: null, as inside an array.
  const text = JSON.stringify(w, null, 2) ?? 'null';
  const cut = (cuts[depth] ??= cutsAt(depth));
  return text.slice(cut.before, text.length - cut.after);
}

const cuts: { before: number; after: number }[] = [];
function cutsAt(depth: number): { before: number; after: number } {
  let w: unknown = 0;
  for (let i = 0; i < depth; i++) w = [w];
  const probe = JSON.stringify(w, null, 2);
  const before = probe.indexOf('0');
  return { before, after: probe.length - before - 1 };
}

/** How many nodes `value` holds, counting no further than `limit`. */
function weight(value: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && count < limit) {
    const v = stack.pop();
    count++;
    if (v === null || typeof v !== 'object') continue;
    // Never more on the stack than could still be counted: a list of a million values is not copied to be weighed.
    const room = limit - count;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length && i < room; i++) stack.push(v[i]);
    } else {
      let n = 0;
      for (const k in v) {
        if (n++ >= room) break;
        if (Object.hasOwn(v, k)) stack.push((v as Record<string, unknown>)[k]);
      }
    }
  }
  return count;
}

/** The parts of `value`'s text; `key` is what JSON.stringify would pass its toJSON (the property name, or the index). */
function* walk(value: unknown, key: string, depth: number, wholeNodes: number): Generator<string> {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON: (k: string) => unknown }).toJSON(key);
  }
  if (value === null || typeof value !== 'object' || weight(value, wholeNodes) < wholeNodes) {
    yield nestedText(value, depth);
    return;
  }
  const inner = '\n' + '  '.repeat(depth + 1);
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield i === 0 ? inner : ',' + inner;
      const x: unknown = value[i];
      // In an array, what JSON cannot write (undefined, a function, a symbol) is written null, as JSON.stringify does.
      yield* walk(x === undefined || typeof x === 'function' || typeof x === 'symbol' ? null : x, String(i), depth + 1, wholeNodes);
    }
    yield '\n' + '  '.repeat(depth) + ']';
    return;
  }
  let first = true;
  yield '{';
  for (const k of Object.keys(value)) {
    const x: unknown = (value as Record<string, unknown>)[k];
    // In an object, such a property is left out, as JSON.stringify does.
    if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
    yield (first ? inner : ',' + inner) + JSON.stringify(k) + ': ';
    first = false;
    yield* walk(x, k, depth + 1, wholeNodes);
  }
  yield first ? '}' : '\n' + '  '.repeat(depth) + '}';
}

/** Stands for the streamed array in the document given to `end()`: a string no report can contain. */
export const ARRAY_SLOT = '\u0000smscore:streamed-array\u0000';

export interface JsonArrayStream {
  /** The text that puts this element in the array: a separator, then the element indented to its depth. */
  element(value: unknown): string;
  /** The element's own text, indented to its depth: pure, so a worker thread may make it (see `place`). */
  indented(value: unknown): string;
  /** The text that puts an element made by `indented` in the array. */
  place(indented: string): string;
  /** `element` in parts made as they are written (see jsonParts), for an element too large to hold as one string. */
  placeParts(value: unknown): Iterable<string>;
  /** `document` is the whole document pretty-printed with two spaces, holding ARRAY_SLOT once where the array goes. */
  end(document: string): { head: string; tail: string };
}

/** `depth`: how many levels of objects and arrays enclose the array's elements (2 for `{ "files": [ … ] }`). */
export function jsonArrayStream(depth: number): JsonArrayStream {
  const indent = '  '.repeat(depth);
  let count = 0;
  const indented = (value: unknown) => nestedText(value, depth);
  const place = (text: string) => `${count++ === 0 ? '\n' : ',\n'}${indent}${text}`;
  return {
    element: (value) => place(indented(value)),
    indented,
    place,
    placeParts(value) {
      // The separator now, in the caller's order; the element's text as it is read.
      const separator = place('');
      return (function* () {
        yield separator;
        yield* jsonParts(value, depth);
      })();
    },
    end(document) {
      const { head, tail, empty } = jsonAround(document, depth);
      return count === 0 ? { head: empty, tail: '' } : { head, tail };
    },
  };
}

/**
 * The text of `document` (see JsonArrayStream.end) before the streamed array's first element, after its last,
 * and the whole document with the array empty.
 */
export function jsonAround(document: string, depth: number): { head: string; tail: string; empty: string } {
  const slot = JSON.stringify(ARRAY_SLOT);
  const at = document.indexOf(slot);
  if (at < 0 || document.indexOf(slot, at + 1) >= 0) throw new Error('internal: the streamed array must appear once in the document');
  const lineStart = document.lastIndexOf('\n', at) + 1;
  const keyIndent = /^ */.exec(document.slice(lineStart, at))![0];
  if (keyIndent.length + 2 !== depth * 2) throw new Error(`internal: the streamed array sits at depth ${keyIndent.length / 2 + 1}, not ${depth}`);
  const before = document.slice(0, at);
  const after = document.slice(at + slot.length);
  return { head: `${before}[`, tail: `\n${keyIndent}]${after}`, empty: `${before}[]${after}` };
}

/** Whether `value` is small enough to be made into one string (in a worker thread, say): see WHOLE_NODES. */
export function fitsWhole(value: unknown): boolean {
  return weight(value, WHOLE_NODES) < WHOLE_NODES;
}
