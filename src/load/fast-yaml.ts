/**
 * A fast reader for the plain block YAML that brand files are written in, with every node's position.
 *
 * Why: the `yaml` library is exact and gives the best error messages, but it builds a full concrete syntax
 * tree and document model; on a 40 KB brand file that is most of the time an audit takes, and loading the
 * library is a large part of a cold start. Brand files use a small part of YAML: block mappings and sequences,
 * plain scalars (wrapped over several lines too) and one-line quoted ones, folded and literal blocks, one-line flow
 * lists and maps (nested too), comments.
 *
 * The contract: `readFastYaml` either returns exactly what the `yaml` library would (the same data, the same
 * node positions for every key and value) or `undefined`, and the caller falls back to the library. It never
 * reports an error: at the first thing outside its subset, or anything that could be an error (a duplicate
 * key, a tab, an odd indentation, an anchor, a tag, a quoted scalar over several lines…), it gives up. A differential
 * test (test/load/fast-yaml.test.ts) holds it to that contract on every shipped file and on generated and
 * mutated ones.
 */

/**
 * A node, its data and its text range: [start, end) as the `yaml` library's `range[0]` and `range[1]`. The data
 * rides on the node so that the reader returns one object per node, not a pair for every key and value.
 */
export interface FastNode {
  /** The node's data, as in the document's data: the same object for collections. */
  value: unknown;
  start: number;
  end: number;
  /** Block collections: where the node's last line ends (its `range[2]` for scalars). */
  nodeEnd: number;
  /** Mappings: keys in order with their ranges; values in `items`. */
  keys: string[] | null;
  keyStarts: number[] | null;
  keyEnds: number[] | null;
  /** Mapping values or sequence items; null for scalars. */
  items: FastNode[] | null;
}

export interface FastYaml {
  data: unknown;
  root: FastNode;
}

/** Thrown to leave the subset; caught once at the top. Not an error: the full parser takes over. */
const OUTSIDE = Symbol('outside the fast subset');

/** Characters the fast path does not reason about (tabs, CR, control and special line-break characters, BOM). */
// eslint-disable-next-line no-control-regex
export const UNSUPPORTED_CHARS = /[\t\r\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;

const SPACE = 32;
const LF = 10;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const SQUOTE = 39;
const DQUOTE = 34;

/** Longest implicit key the `yaml` library accepts is 1024 characters; stay well inside. */
export const MAX_KEY_LENGTH = 1000;

export function node(value: unknown, start: number, end: number, nodeEnd: number): FastNode {
  return { value, start, end, nodeEnd, keys: null, keyStarts: null, keyEnds: null, items: null };
}

/**
 * Limits past which the text is left to the full path (which refuses it as too deep): collections nested deeper
 * than `maxDepth`, or any line indented by more than `maxIndent` spaces.
 */
export interface FastLimits {
  maxDepth: number;
  maxIndent: number;
}

export function readFastYaml(text: string, limits: FastLimits = { maxDepth: 64, maxIndent: 256 }): FastYaml | undefined {
  if (UNSUPPORTED_CHARS.test(text)) return undefined;
  try {
    return new Reader(text, limits).document();
  } catch (e) {
    if (e === OUTSIDE) return undefined;
    throw e;
  }
}

class Reader {
  private readonly n: number;
  /** Start of the next line not yet consumed. */
  private p = 0;
  /** Set by skipBlank: the current content line's start and indentation. */
  private lineStart = 0;
  private indent = 0;
  /** Whether the last skipBlank passed a comment line. */
  private sawComment = false;
  private depth = 0;
  // Second results of the scanning methods below, read right after each call: returning them in fresh objects
  // made a large share of what reading a file allocated.
  /** key(): where the key's text ends, and the offset just past its colon. */
  private keyEnd = 0;
  private afterColon = 0;
  /** quoted() and flowScalar(): where the scalar's text ends (past a closing quote; before a plain one's trailing spaces). */
  private scalarEnd = 0;
  /** plainLine(): whether the line reads as a key, or ends in a comment. */
  private keyLike = false;
  private commented = false;

  constructor(private readonly s: string, private readonly limits: FastLimits) {
    this.n = s.length;
  }

  /** Entering a collection: deep nesting is the full path's to refuse. */
  private enter(): void {
    if (++this.depth > this.limits.maxDepth) throw OUTSIDE;
  }

  document(): FastYaml {
    if (!this.skipBlank() || this.indent !== 0) throw OUTSIDE;
    const q = this.lineStart;
    const root = this.isSeqIndicator(q) ? this.sequence(0) : this.mapping(q, 0);
    if (this.skipBlank()) throw OUTSIDE;
    return { data: root.value, root };
  }

  /** The last line end found, and where that search started: a line is asked for several times as it is read. */
  private foundFrom = -1;
  private foundEnd = -1;

  private lineEnd(from: number): number {
    if (from >= this.foundFrom && from <= this.foundEnd) return this.foundEnd;
    const i = this.s.indexOf('\n', from);
    this.foundFrom = from;
    this.foundEnd = i === -1 ? this.n : i;
    return this.foundEnd;
  }

  /** Past the line break of the line holding `at` (or the end of the text). */
  private nextLine(at: number): number {
    const e = this.lineEnd(at);
    return e === this.n ? e : e + 1;
  }

  /**
   * Skips empty and comment-only lines from `p`; false at the end of the text. Otherwise leaves `lineStart`
   * and `indent` on the next content line (without consuming it).
   */
  private skipBlank(): boolean {
    const s = this.s;
    let p = this.p;
    this.sawComment = false;
    while (p < this.n) {
      let q = p;
      while (q < this.n && s.charCodeAt(q) === SPACE) q++;
      if (q - p > this.limits.maxIndent) throw OUTSIDE;
      if (q === this.n) { this.p = q; return false; }
      const c = s.charCodeAt(q);
      if (c === LF || c === HASH) {
        if (c === HASH) this.sawComment = true;
        p = this.nextLine(q);
        continue;
      }
      // Document markers and directives start a new document or change parsing: the full parser decides.
      if (q === p && (c === DASH || c === 46 /* . */ || c === 37 /* % */)) {
        if (c === 37 || s.startsWith('---', p) || s.startsWith('...', p)) throw OUTSIDE;
      }
      this.p = p;
      this.lineStart = p;
      this.indent = q - p;
      return true;
    }
    this.p = p;
    return false;
  }

  private isSeqIndicator(q: number): boolean {
    if (this.s.charCodeAt(q) !== DASH) return false;
    const c = this.s.charCodeAt(q + 1);
    return q + 1 >= this.n || c === SPACE || c === LF;
  }

  /** A block sequence whose dashes sit at column `indent`; the current line holds its first dash. */
  private sequence(indent: number): FastNode {
    this.enter();
    const value: unknown[] = [];
    const items: FastNode[] = [];
    const start = this.lineStart + indent;
    for (;;) {
      const dash = this.lineStart + indent;
      const item = this.value(dash + 1, indent, dash);
      value.push(item.value);
      items.push(item);
      if (!this.skipBlank() || this.indent < indent) break;
      if (this.indent > indent) throw OUTSIDE;
      if (!this.isSeqIndicator(this.lineStart + indent)) break;
    }
    const last = items[items.length - 1]!;
    const nd = node(value, start, last.nodeEnd, last.nodeEnd);
    nd.items = items;
    this.depth--;
    return nd;
  }

  /**
   * A block mapping whose keys sit at column `indent`; its first key starts at `first` (mid-line after a
   * sequence dash, or at the start of the current line).
   */
  private mapping(first: number, indent: number): FastNode {
    this.enter();
    const value: Record<string, unknown> = {};
    const keys: string[] = [];
    const keyStarts: number[] = [];
    const keyEnds: number[] = [];
    const items: FastNode[] = [];
    let q = first;
    for (;;) {
      const k = this.key(q);
      const keyEnd = this.keyEnd;
      if (Object.prototype.hasOwnProperty.call(value, k)) throw OUTSIDE; // duplicate: the full parser reports it
      const v = this.value(this.afterColon, indent, -1);
      value[k] = v.value;
      keys.push(k);
      keyStarts.push(q);
      keyEnds.push(keyEnd);
      items.push(v);
      if (!this.skipBlank() || this.indent < indent) break;
      if (this.indent > indent) throw OUTSIDE;
      q = this.lineStart + indent;
      if (this.isSeqIndicator(q)) break;
    }
    const last = items[items.length - 1]!;
    const nd = node(value, first, last.nodeEnd, last.nodeEnd);
    nd.keys = keys;
    nd.keyStarts = keyStarts;
    nd.keyEnds = keyEnds;
    nd.items = items;
    this.depth--;
    return nd;
  }

  /** An implicit key at `q` and its colon: `name:`, `"quoted":`, `'quoted' :`. Sets keyEnd and afterColon. */
  private key(q: number): string {
    const s = this.s;
    const c = s.charCodeAt(q);
    let key: string;
    let end: number;
    let colon: number;
    if (c === DQUOTE || c === SQUOTE) {
      key = this.quoted(q);
      end = this.scalarEnd;
      colon = end;
      while (s.charCodeAt(colon) === SPACE) colon++;
      if (s.charCodeAt(colon) !== COLON) throw OUTSIDE;
    } else {
      if (!plainMayStart(s, q, false)) throw OUTSIDE;
      const le = this.lineEnd(q);
      colon = -1;
      for (let i = q + 1; i < le; i++) {
        const d = s.charCodeAt(i);
        if (d === HASH && s.charCodeAt(i - 1) === SPACE) break;
        if (d === COLON) {
          const after = s.charCodeAt(i + 1);
          if (i + 1 >= le || after === SPACE) { colon = i; break; }
        }
      }
      if (colon === -1) throw OUTSIDE;
      end = colon;
      while (s.charCodeAt(end - 1) === SPACE) end--;
      key = s.slice(q, end);
      // A key that reads as a number, a boolean or null (`2024:`, `yes:` is a string) becomes text in the data
      // but not in the document's own look-ups: leave such files to the full parser.
      if (typeof resolvePlain(key) !== 'string') throw OUTSIDE;
    }
    if (end - q > MAX_KEY_LENGTH || key === '__proto__' || key === '<<') throw OUTSIDE;
    const after = s.charCodeAt(colon + 1);
    if (colon + 1 < this.n && after !== SPACE && after !== LF) throw OUTSIDE;
    this.keyEnd = end;
    this.afterColon = colon + 1;
    return key;
  }

  /**
   * The value after a mapping colon or a sequence dash at `p`. `indent` is the column of the collection it
   * belongs to; `dash` is the dash's offset for a sequence item, -1 for a mapping value.
   */
  private value(p: number, indent: number, dash: number): FastNode {
    const s = this.s;
    let q = p;
    while (q < this.n && s.charCodeAt(q) === SPACE) q++;
    const c = q < this.n ? s.charCodeAt(q) : LF;
    const inSeq = dash !== -1;

    if (c === LF || c === HASH) {
      // Nothing on this line: a nested block on the next lines, or null.
      if (c === HASH && q === p) throw OUTSIDE;
      const nullEnd = c === HASH ? this.nextLine(q) : q;
      this.p = this.nextLine(q);
      if (this.skipBlank()) {
        const at = this.lineStart + this.indent;
        if (this.indent > indent) {
          if (this.isSeqIndicator(at)) return this.sequence(this.indent);
          // A plain scalar on its own lines (`description:` then the text, wrapped or not), else a mapping.
          if (this.plainNotKey(at)) return this.value(at, indent, dash);
          return this.mapping(at, this.indent);
        }
        // A sequence may sit at its key's own column.
        if (this.indent === indent && !inSeq && this.isSeqIndicator(at)) return this.sequence(indent);
      }
      // An empty value followed by comment lines: the library may count them in the enclosing collection's
      // range, by rules not worth copying for so rare a layout.
      if (this.sawComment) throw OUTSIDE;
      return node(null, q, q, nullEnd);
    }
    if (c === 124 /* | */ || c === 62 /* > */) return this.blockScalar(q, indent);
    if (c === DQUOTE || c === SQUOTE) {
      const quoted = this.quoted(q);
      const end = this.scalarEnd;
      let r = end;
      while (s.charCodeAt(r) === SPACE) r++;
      if (s.charCodeAt(r) === COLON) {
        if (!inSeq) throw OUTSIDE;
        return this.mapping(q, q - this.lineStart);
      }
      return node(quoted, q, end, this.endOfLine(r, end));
    }
    if (c === 91 /* [ */ || c === 123 /* { */) return this.flow(q);
    if (!plainMayStart(s, q, false)) throw OUTSIDE;
    const le = this.lineEnd(q);
    let end = this.plainLine(q, le);
    if (this.keyLike) {
      // `- key: value`: a mapping that starts on the dash's line.
      if (!inSeq) throw OUTSIDE;
      return this.mapping(q, q - this.lineStart);
    }
    while (s.charCodeAt(end - 1) === SPACE) end--;
    this.p = le === this.n ? le : le + 1;
    if (!this.commented) {
      const more = this.plainContinuation(s.slice(q, end), this.p, indent);
      if (more) {
        this.p = more.next;
        return node(resolvePlain(more.text), q, more.end, more.next);
      }
    }
    return node(resolvePlain(s.slice(q, end)), q, end, this.p);
  }

  /**
   * The lines that continue a plain scalar from `p`, indented deeper than its collection (at column `indent`):
   * folded as YAML folds them (a space between lines, a line break for each empty line). Undefined when the next
   * content line is not deeper. Continuation lines that could mean something else (a key, a comment, a dash, an
   * indicator) are left to the full parser, and so is a comment line among them.
   */
  private plainContinuation(first: string, p: number, indent: number): { text: string; end: number; next: number } | undefined {
    const s = this.s;
    let text = first;
    let empties = 0;
    let end = -1;
    let next = p;
    while (p < this.n) {
      let i = p;
      while (s.charCodeAt(i) === SPACE) i++;
      if (i - p > this.limits.maxIndent) throw OUTSIDE;
      const le = this.lineEnd(i);
      if (i === le) {
        empties++;
        p = le === this.n ? le : le + 1;
        continue;
      }
      if (i - p <= indent) break;
      const c = s.charCodeAt(i);
      if (c === HASH || c === DASH || !plainMayStart(s, i, false)) throw OUTSIDE;
      this.plainLine(i, le);
      if (this.keyLike || this.commented) throw OUTSIDE;
      let ce = le;
      while (s.charCodeAt(ce - 1) === SPACE) ce--;
      text += (empties > 0 ? '\n'.repeat(empties) : ' ') + s.slice(i, ce);
      empties = 0;
      end = ce;
      p = le === this.n ? le : le + 1;
      next = p;
    }
    return end === -1 ? undefined : { text, end, next };
  }

  /**
   * A plain scalar's first line, from `q` to the line end `le`: returns where its text ends (a comment, ` #`, ends
   * it); sets keyLike when a `: ` (or a final `:`) before that makes it a key instead, commented for a comment.
   */
  private plainLine(q: number, le: number): number {
    const s = this.s;
    this.keyLike = false;
    this.commented = false;
    for (let i = q + 1; i < le; i++) {
      const d = s.charCodeAt(i);
      if (d === HASH && s.charCodeAt(i - 1) === SPACE) { this.commented = true; return i; }
      if (d === COLON && (i + 1 >= le || s.charCodeAt(i + 1) === SPACE)) { this.keyLike = true; return le; }
    }
    return le;
  }

  /** Whether the line at `q` starts a plain scalar rather than a quoted one or a key. */
  private plainNotKey(q: number): boolean {
    const c = this.s.charCodeAt(q);
    if (c === DQUOTE || c === SQUOTE || !plainMayStart(this.s, q, false)) return false;
    this.plainLine(q, this.lineEnd(q));
    return !this.keyLike;
  }

  /** After a one-line value ending at `valueEnd`, with `r` past its trailing spaces: only a comment may follow. */
  private endOfLine(r: number, valueEnd: number): number {
    const c = r < this.n ? this.s.charCodeAt(r) : LF;
    if (c === HASH && r === valueEnd) throw OUTSIDE;
    if (c !== LF && c !== HASH) throw OUTSIDE;
    this.p = this.nextLine(r);
    return this.p;
  }

  /** A one-line quoted scalar at `q`: its value; sets scalarEnd past its closing quote. */
  private quoted(q: number): string {
    const s = this.s;
    const quote = s.charCodeAt(q);
    const le = this.lineEnd(q);
    if (quote === SQUOTE) {
      let out = '';
      let from = q + 1;
      for (;;) {
        const i = s.indexOf("'", from);
        if (i === -1 || i > le) throw OUTSIDE;
        out += s.slice(from, i);
        if (s.charCodeAt(i + 1) === SQUOTE) { out += "'"; from = i + 2; continue; }
        this.scalarEnd = i + 1;
        return out;
      }
    }
    let out = '';
    let from = q + 1;
    for (let i = from; ; i++) {
      if (i >= le) throw OUTSIDE;
      const c = s.charCodeAt(i);
      if (c === DQUOTE) {
        this.scalarEnd = i + 1;
        return out + s.slice(from, i);
      }
      if (c !== 92 /* \ */) continue;
      out += s.slice(from, i);
      const esc = unescape(s, i + 1, le);
      out += esc.text;
      i = esc.next - 1;
      from = esc.next;
    }
  }

  /** A one-line flow sequence or mapping at `q`: `[a, "b"]`, `{ min: 1, max: 2 }`, `{ followers: { start: 3 } }`. */
  private flow(q: number): FastNode {
    const le = this.lineEnd(q);
    const out = this.flowCollection(q, le);
    let r = out.end;
    while (this.s.charCodeAt(r) === SPACE) r++;
    out.nodeEnd = this.endOfLine(r, out.end);
    return out;
  }

  /** A flow collection that opens at `q` and closes before `le`, the end of its line; nested ones likewise. */
  private flowCollection(q: number, le: number): FastNode {
    const s = this.s;
    this.enter();
    const isMap = s.charCodeAt(q) === 123;
    const close = isMap ? 125 : 93;
    const items: FastNode[] = [];
    const values: unknown[] = [];
    const obj: Record<string, unknown> = {};
    const keys: string[] = [];
    const keyStarts: number[] = [];
    const keyEnds: number[] = [];
    let i = q + 1;
    const skip = () => { while (s.charCodeAt(i) === SPACE) i++; };
    // A value: a nested collection or a scalar.
    const item = (): FastNode => {
      const c = s.charCodeAt(i);
      if (c === 91 || c === 123) return this.flowCollection(i, le);
      const value = this.flowScalar(i, le, false);
      return node(value, i, this.scalarEnd, this.scalarEnd);
    };
    skip();
    if (s.charCodeAt(i) !== close) {
      for (;;) {
        skip();
        if (isMap) {
          const keyStart = i;
          const k = this.flowScalar(i, le, true);
          const keyEnd = this.scalarEnd;
          if (typeof k !== 'string' || k === '__proto__' || k === '<<') throw OUTSIDE;
          if (Object.prototype.hasOwnProperty.call(obj, k)) throw OUTSIDE;
          i = keyEnd;
          skip();
          if (s.charCodeAt(i) !== COLON || s.charCodeAt(i + 1) !== SPACE) throw OUTSIDE;
          i += 2;
          skip();
          const v = item();
          obj[k] = v.value;
          keys.push(k);
          keyStarts.push(keyStart);
          keyEnds.push(keyEnd);
          items.push(v);
          i = v.end;
        } else {
          const v = item();
          values.push(v.value);
          items.push(v);
          i = v.end;
        }
        skip();
        const c = s.charCodeAt(i);
        if (c === close) break;
        if (c !== 44 /* , */) throw OUTSIDE;
        i++;
        skip();
        if (s.charCodeAt(i) === close) throw OUTSIDE; // a trailing comma: let the full parser judge
      }
    }
    if (i >= le) throw OUTSIDE;
    this.depth--;
    const end = i + 1;
    const nd = node(isMap ? obj : values, q, end, end);
    nd.items = items;
    if (isMap) {
      nd.keys = keys;
      nd.keyStarts = keyStarts;
      nd.keyEnds = keyEnds;
    }
    return nd;
  }

  /**
   * A scalar inside a one-line flow collection: quoted, or plain without flow indicators, colons or comments. Sets
   * scalarEnd.
   */
  private flowScalar(q: number, le: number, isKey: boolean): unknown {
    const s = this.s;
    const c = s.charCodeAt(q);
    if (c === DQUOTE || c === SQUOTE) return this.quoted(q);
    if (q >= le || !plainMayStart(s, q, true)) throw OUTSIDE;
    let i = q;
    for (; i < le; i++) {
      const d = s.charCodeAt(i);
      if (d === 44 || d === 93 || d === 125) break;
      if (d === 91 || d === 123 || d === HASH || d === COLON) {
        if (isKey && d === COLON) break;
        throw OUTSIDE;
      }
    }
    if (i >= le) throw OUTSIDE;
    let end = i;
    while (s.charCodeAt(end - 1) === SPACE) end--;
    this.scalarEnd = end;
    return resolvePlain(s.slice(q, end));
  }

  /**
   * A literal (|) or folded (>) block scalar whose header is at `q`, inside a collection at column `indent`.
   * Handled: clip and strip chomping, content lines at one indentation, empty lines between them.
   */
  private blockScalar(q: number, indent: number): FastNode {
    const s = this.s;
    const folded = s.charCodeAt(q) === 62;
    let h = q + 1;
    const strip = s.charCodeAt(h) === DASH;
    if (strip) h++;
    while (s.charCodeAt(h) === SPACE) h++;
    if (h >= this.n || s.charCodeAt(h) !== LF) throw OUTSIDE; // keep (+), indentation digits, header comments
    let p = h + 1;
    // The first line sets the content's indentation; leading empty lines are left to the full parser.
    let m = 0;
    while (p + m < this.n && s.charCodeAt(p + m) === SPACE) m++;
    if (m <= indent || p + m >= this.n || s.charCodeAt(p + m) === LF) throw OUTSIDE;
    let first = true;
    let emptyRun = 0;
    let contentEnd = p;
    let value = '';
    while (p < this.n) {
      let i = p;
      while (i < this.n && s.charCodeAt(i) === SPACE) i++;
      if (i - p > this.limits.maxIndent) throw OUTSIDE;
      const le = this.lineEnd(i);
      if (i === le) {
        // A blank line: part of the scalar only if more content follows.
        if (i - p > m) throw OUTSIDE;
        emptyRun++;
        p = le === this.n ? le : le + 1;
        continue;
      }
      if (i - p < m) break;
      if (folded && i - p > m) throw OUTSIDE; // more-indented lines fold differently
      const line = s.slice(p + m, le);
      if (!first) value += folded ? (emptyRun > 0 ? '\n'.repeat(emptyRun) : ' ') : '\n'.repeat(emptyRun + 1);
      value += line;
      first = false;
      emptyRun = 0;
      contentEnd = le === this.n ? le : le + 1;
      p = contentEnd;
    }
    // Clip keeps one final line break, even when the text ends without one.
    if (!strip) value += '\n';
    this.p = contentEnd;
    return node(value, q, contentEnd, contentEnd);
  }
}

/** Whether a plain scalar may start at `q` (YAML's indicator characters may not start one). */
function plainMayStart(s: string, q: number, inFlow: boolean): boolean {
  const c = s.charCodeAt(q);
  switch (c) {
    case 44: case 91: case 93: case 123: case 125: // , [ ] { }
    case HASH: case 38: case 42: case 33: case 124: case 62: // # & * ! | >
    case SQUOTE: case DQUOTE: case 37: case 64: case 96: // ' " % @ `
    case SPACE: case LF: case COLON: case 63: // ?
      return false;
    case DASH: {
      const d = s.charCodeAt(q + 1);
      return !(d === SPACE || d === LF || Number.isNaN(d) || (inFlow && (d === 44 || d === 93 || d === 125)));
    }
    default:
      return !Number.isNaN(c);
  }
}

/** One escape of a double-quoted scalar, `at` just past the backslash. */
function unescape(s: string, at: number, le: number): { text: string; next: number } {
  if (at >= le) throw OUTSIDE; // a line continuation
  const c = s[at]!;
  const simple = ESCAPES[c];
  if (simple !== undefined) return { text: simple, next: at + 1 };
  const width = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
  if (width === 0) throw OUTSIDE;
  const hex = s.slice(at + 1, at + 1 + width);
  if (hex.length !== width || !/^[0-9a-fA-F]+$/.test(hex)) throw OUTSIDE;
  const code = parseInt(hex, 16);
  if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw OUTSIDE;
  return { text: String.fromCodePoint(code), next: at + 1 + width };
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};

/**
 * A plain scalar's value under YAML 1.2's core schema, as the `yaml` library resolves it (same patterns, same
 * order): null, booleans, octal, decimal and hexadecimal integers, infinities and NaN, floats; else the text.
 */
export function resolvePlain(text: string): unknown {
  const c = text.charCodeAt(0);
  // Most values are words: only these first characters can start anything but a string.
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70 || Number.isNaN(c))) {
    return text;
  }
  // Words starting with n, t or f (`name`, `tiktok`) are null or a boolean only at 4 or 5 letters.
  if (c >= 70 && c !== 126 /* ~ */ && text.length !== 4 && text.length !== 5) return text;
  // Counts, the most common value of a brand file: up to 15 digits add up exactly, as parseInt reads them.
  if (c >= 48 && c <= 57 && text.length <= 15) {
    let n = 0;
    let i = 0;
    for (; i < text.length; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (i === text.length) return n;
  }
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text)) return text[0] === 't' || text[0] === 'T';
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.slice(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
    return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return text;
}
