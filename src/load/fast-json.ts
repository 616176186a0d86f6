/**
 * A fast reader for brand files written as JSON, with every node's position: the JSON counterpart of
 * ./fast-yaml.ts, under the same contract.
 *
 * Why: JSON is YAML, so JSON brand files are accepted as they are, but their collections span lines, which the
 * fast YAML reader leaves to the `yaml` library: a JSON file validated about twice as slowly as the same data in
 * YAML (docs/PERFORMANCE.md). JSON's grammar is small and strict, so reading it exactly is simple.
 *
 * The contract: `readFastJson` either returns what the `yaml` library would (the same data, the same position for
 * every key and value) or `undefined`, and the caller falls back to the library, which words every error. It gives
 * up at anything that is not strict JSON, and at what JSON allows but the library reads otherwise or refuses: a
 * duplicate key, a key on another line than its colon, a `__proto__` or `<<` key, a very long key, deep nesting,
 * tabs and other characters the fast readers leave alone. Held to it by test/load/fast-json.test.ts.
 */
import { MAX_KEY_LENGTH, node, UNSUPPORTED_CHARS, type FastLimits, type FastNode, type FastYaml } from './fast-yaml.js';

const OUTSIDE = Symbol('outside the fast JSON subset');

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y;

const SPACE = 32;
const LF = 10;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;


/** Whether the text is one for this reader: its first non-blank character opens a JSON object or array. */
export function looksLikeJson(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === LF) continue;
    return c === OPEN_BRACE || c === OPEN_BRACKET;
  }
  return false;
}

export function readFastJson(text: string, limits: FastLimits = { maxDepth: 64, maxIndent: 256 }): FastYaml | undefined {
  if (UNSUPPORTED_CHARS.test(text)) return undefined;
  try {
    return new JsonReader(text, limits.maxDepth, limits.maxIndent).document();
  } catch (e) {
    if (e === OUTSIDE) return undefined;
    throw e;
  }
}

class JsonReader {
  private i = 0;
  private depth = 0;

  constructor(private readonly s: string, private readonly maxDepth: number, private readonly maxIndent: number) {}

  document(): FastYaml {
    this.blank();
    const c = this.s.charCodeAt(this.i);
    if (c !== OPEN_BRACE && c !== OPEN_BRACKET) throw OUTSIDE;
    const root = this.value();
    this.blank();
    if (this.i !== this.s.length) throw OUTSIDE;
    return { data: root.value, root };
  }

  /**
   * Spaces and line breaks (tabs and CR never reach here). A line indented past `maxIndent` is the full path's to
   * refuse as too deep, as for YAML.
   */
  private blank(): void {
    const s = this.s;
    let c = s.charCodeAt(this.i);
    while (c === SPACE || c === LF) {
      if (c === LF) {
        const from = this.i + 1;
        while (s.charCodeAt(++this.i) === SPACE) { /* indentation */ }
        if (this.i - from > this.maxIndent) throw OUTSIDE;
        c = s.charCodeAt(this.i);
        continue;
      }
      c = s.charCodeAt(++this.i);
    }
  }

  private value(): FastNode {
    const s = this.s;
    const start = this.i;
    const c = s.charCodeAt(start);
    if (c === OPEN_BRACE) return this.object();
    if (c === OPEN_BRACKET) return this.array();
    if (c === QUOTE) {
      const value = this.string();
      return node(value, start, this.i, this.i);
    }
    let value: unknown;
    if (s.startsWith('true', start)) { value = true; this.i += 4; }
    else if (s.startsWith('false', start)) { value = false; this.i += 5; }
    else if (s.startsWith('null', start)) { value = null; this.i += 4; }
    else {
      NUMBER.lastIndex = start;
      const m = NUMBER.exec(s);
      if (!m) throw OUTSIDE;
      value = Number(m[0]);
      this.i += m[0].length;
    }
    // A word must end where JSON ends it; `1x` or `truex` is the library's to word.
    const after = s.charCodeAt(this.i);
    if (!(after === COMMA || after === CLOSE_BRACE || after === CLOSE_BRACKET || after === SPACE || after === LF || Number.isNaN(after))) throw OUTSIDE;
    return node(value, start, this.i, this.i);
  }

  /** A string token at `i`; leaves `i` after its closing quote. */
  private string(): string {
    const s = this.s;
    const open = this.i;
    let j = open + 1;
    let escaped = false;
    for (;;) {
      const c = s.charCodeAt(j);
      if (c === QUOTE) break;
      if (c === BACKSLASH) { escaped = true; j += 2; continue; }
      // A raw line break (or the end of the text) inside a string is not JSON.
      if (c === LF || Number.isNaN(c)) throw OUTSIDE;
      j++;
    }
    this.i = j + 1;
    if (!escaped) return s.slice(open + 1, j);
    try {
      return JSON.parse(s.slice(open, j + 1)) as string;
    } catch {
      throw OUTSIDE;
    }
  }

  private enter(): void {
    if (++this.depth > this.maxDepth) throw OUTSIDE;
  }

  private object(): FastNode {
    const s = this.s;
    const start = this.i++;
    this.enter();
    const obj: Record<string, unknown> = {};
    const keys: string[] = [];
    const keyStarts: number[] = [];
    const keyEnds: number[] = [];
    const items: FastNode[] = [];
    this.blank();
    if (s.charCodeAt(this.i) !== CLOSE_BRACE) {
      for (;;) {
        this.blank();
        const keyStart = this.i;
        if (s.charCodeAt(keyStart) !== QUOTE) throw OUTSIDE;
        const key = this.string();
        const keyEnd = this.i;
        if (keyEnd - keyStart > MAX_KEY_LENGTH || key === '__proto__' || key === '<<' || Object.hasOwn(obj, key)) throw OUTSIDE;
        // YAML wants an implicit key on the same line as its colon.
        while (s.charCodeAt(this.i) === SPACE) this.i++;
        if (s.charCodeAt(this.i) !== COLON) throw OUTSIDE;
        this.i++;
        this.blank();
        const v = this.value();
        obj[key] = v.value;
        keys.push(key);
        keyStarts.push(keyStart);
        keyEnds.push(keyEnd);
        items.push(v);
        this.blank();
        const c = s.charCodeAt(this.i);
        if (c === CLOSE_BRACE) break;
        if (c !== COMMA) throw OUTSIDE;
        this.i++;
      }
    }
    this.i++;
    this.depth--;
    const nd = node(obj, start, this.i, this.i);
    nd.keys = keys;
    nd.keyStarts = keyStarts;
    nd.keyEnds = keyEnds;
    nd.items = items;
    return nd;
  }

  private array(): FastNode {
    const s = this.s;
    const start = this.i++;
    this.enter();
    const values: unknown[] = [];
    const items: FastNode[] = [];
    this.blank();
    if (s.charCodeAt(this.i) !== CLOSE_BRACKET) {
      for (;;) {
        this.blank();
        const v = this.value();
        values.push(v.value);
        items.push(v);
        this.blank();
        const c = s.charCodeAt(this.i);
        if (c === CLOSE_BRACKET) break;
        if (c !== COMMA) throw OUTSIDE;
        this.i++;
      }
    }
    this.i++;
    this.depth--;
    const nd = node(values, start, this.i, this.i);
    nd.items = items;
    return nd;
  }
}

