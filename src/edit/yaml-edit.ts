/**
 * Edits a YAML text the way a careful person would: only the places that change are rewritten, so comments,
 * key order, quoting, aligned comments and blank lines of every untouched part stay exactly as they were.
 * An edit list that changes nothing gives back the original text, byte for byte.
 *
 * How: each edit is applied as a small splice of the text (replace one value, add one key at the end of its
 * map, append one item to its list, remove one entry), located with the node ranges of `yaml`'s parser. The
 * spliced text is parsed again and compared with the data the edits must produce; when a splice cannot be
 * done safely (an unusual layout), the edit falls back to `yaml`'s own Document editing (`setIn` + `toString`),
 * which still keeps comments but may normalise spacing. Either way the result holds exactly the expected data,
 * or applyEdits throws. Pure: no fs. Used by `smscore questionnaire` and meant for `smscore import`.
 */
import { formatDataPath } from '../model/diagnostic.js';
import {
  Document, isMap, isPair, isScalar, isSeq, parseDocument, visit,
  type Node, type Pair, type ToStringOptions, type YAMLMap, type YAMLSeq,
} from 'yaml';

export type EditPath = (string | number)[];

/** Make the value at `path` equal to `value` (deeply); `undefined` removes the entry. Missing parents are created. */
export interface Edit {
  path: EditPath;
  value: unknown;
}

export class EditError extends Error {
  override name = 'EditError';
}

/** A change as people read it: what was at a path, and what is there now. */
export interface Change {
  path: EditPath;
  kind: 'add' | 'change' | 'remove';
  before?: unknown;
  after?: unknown;
}

// ---------------------------------------------------------------------------------------------------------
// Plain-data helpers

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

/** The value at a path of plain data (own properties only), or undefined. */
export function getAt(data: unknown, path: readonly (string | number)[]): unknown {
  let cur: unknown = data;
  for (const step of path) {
    if (Array.isArray(cur)) {
      const i = typeof step === 'number' ? step : /^\d+$/.test(step) ? Number(step) : NaN;
      if (!(i >= 0 && i < cur.length)) return undefined;
      cur = cur[i];
    } else if (isPlainObject(cur) && Object.hasOwn(cur, String(step))) {
      cur = cur[String(step)];
    } else {
      return undefined;
    }
  }
  return cur;
}

const clone = <T>(v: T): T => (v === undefined ? v : (structuredClone(v) as T));

/** Applies edits to plain data (a copy): what the YAML text must hold afterwards. */
export function applyToData(data: unknown, edits: readonly Edit[]): unknown {
  let root: unknown = clone(data);
  for (const e of edits) root = setData(root, e.path, clone(e.value));
  return root;
}

function setData(node: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(node) && typeof head === 'number') {
    const copy = [...node];
    if (value === undefined && rest.length === 0) {
      copy.splice(head, 1);
      return copy;
    }
    copy[head] = setData(copy[head], rest, value);
    return copy;
  }
  if (typeof head === 'number' && (node === undefined || node === null)) {
    return value === undefined ? node : setData([], path, value);
  }
  const obj: Record<string, unknown> = isPlainObject(node) ? { ...node } : {};
  const key = String(head);
  if (value === undefined && rest.length === 0) {
    delete obj[key];
    return obj;
  }
  if (value === undefined && getAt(obj[key], rest) === undefined) return obj;
  obj[key] = setData(obj[key], rest, value);
  return obj;
}

// ---------------------------------------------------------------------------------------------------------
// Rendering new values in the file's style

interface Style {
  eol: string;
  /** `key:\n  - item` (true) or `key:\n- item` (false). */
  indentSeq: boolean;
  /** `[ a, b ]` (true) or `[a, b]` (false). */
  seqPadding: boolean;
  /** `{ a: 1 }` (true) or `{a: 1}` (false). */
  mapPadding: boolean;
  /** Blank lines between top-level sections. */
  spaced: boolean;
}

function detectStyle(text: string): Style {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const unindented = /^( *)[^\s#][^\n]*:[ \t]*\r?\n\1- /m.test(text);
  const indented = /^( *)[^\s#][^\n]*:[ \t]*\r?\n\1 +- /m.test(text);
  const count = (re: RegExp): number => text.match(re)?.length ?? 0;
  return {
    eol,
    indentSeq: indented || !unindented,
    seqPadding: count(/: \[ [^\]\n]/g) > count(/: \[[^ \]\n]/g),
    mapPadding: count(/: \{[^ }\n]/g) <= count(/: \{ [^}\n]/g),
    spaced: /\n\r?\n/.test(text),
  };
}

function toStringOptions(style: Style, node?: Node): ToStringOptions {
  // New values only ever hold flow lists; flow maps come from the file itself and keep its spacing.
  const padding = isMap(node) && node.flow ? style.mapPadding : style.seqPadding;
  return { lineWidth: 0, indentSeq: style.indentSeq, flowCollectionPadding: padding };
}

/** Short lists of plain values are written inline, as people write them: `languages: [fr, en]`. */
function flowShortLists(node: unknown): void {
  visit(node as Node, {
    Seq(_, seq) {
      const simple = (i: unknown): boolean =>
        isScalar(i) && (typeof i.value === 'number' || typeof i.value === 'boolean' || (typeof i.value === 'string' && !/[\n,:#[\]{}"']/.test(i.value)));
      if (seq.items.length > 0 && seq.items.length <= 8 && seq.items.every(simple)) {
        const width = seq.items.reduce<number>((n, i) => n + String((i as { value: unknown }).value).length + 2, 2);
        if (width <= 60) seq.flow = true;
      }
    },
  });
}

function makeNode(value: unknown): Node {
  const doc = new Document();
  const node = doc.createNode(value) as Node;
  flowShortLists(node);
  return node;
}

/** A value rendered on its own, without the trailing newline: one line (inline) or several (block). */
function renderAlone(node: Node, style: Style): string[] {
  const doc = new Document();
  doc.contents = node;
  return doc.toString(toStringOptions(style, node)).replace(/\n$/, '').split('\n');
}

const spaces = (n: number): string => ' '.repeat(n);

/** Renders `node` as the value of a placeholder key (or a list item), so that block scalars and block collections
 * come out indented relative to their parent; then shifts every continuation line to the parent's column. */
function renderIn(wrapper: 'pair' | 'item', node: Node, indent: number, style: Style): string {
  const doc = new Document();
  const holder = wrapper === 'pair' ? doc.createNode({ k: null }) as YAMLMap : doc.createNode([null]) as YAMLSeq;
  if (isMap(holder)) (holder.items[0] as Pair).value = node;
  else holder.items[0] = node;
  doc.contents = holder;
  const opts = { ...toStringOptions(style, node) };
  const lines = doc.toString(opts).replace(/\n$/, '').split('\n');
  const first = wrapper === 'pair' ? lines[0]!.slice(2) : lines[0]!.slice(2);
  return [first, ...lines.slice(1).map((l) => (l === '' ? l : spaces(indent) + l))].join(style.eol);
}

/** `: value` text for a pair whose key sits at `indent` (what follows the colon). */
function renderPairValue(value: unknown, indent: number, style: Style, like?: Node): string {
  const node = makeNode(value);
  if (like && isScalar(like) && isScalar(node) && typeof like.value === typeof node.value && like.type) node.type = like.type;
  if (like && (isMap(like) || isSeq(like)) && like.flow && (isMap(node) || isSeq(node))) node.flow = true;
  return renderIn('pair', node, indent, style);
}

/** A full `key: value` entry at `indent`, without the trailing newline. */
function renderPair(key: string, value: unknown, indent: number, style: Style): string {
  const keyText = renderAlone(makeNode(key), style).join('');
  return spaces(indent) + keyText + ':' + renderPairValue(value, indent, style);
}

/** A full `- item` entry whose dash sits at `indent`, without the trailing newline. */
function renderItem(value: unknown, indent: number, style: Style): string {
  return spaces(indent) + '- ' + renderIn('item', makeNode(value), indent, style);
}

// ---------------------------------------------------------------------------------------------------------
// Splices

const col = (text: string, offset: number): number => offset - (text.lastIndexOf('\n', offset - 1) + 1);
const lineStart = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;

/** The offset just after the line holding `offset - 1` (i.e. where the next line starts). */
function afterLine(text: string, end: number): number {
  if (end > 0 && text[end - 1] === '\n') return end;
  const nl = text.indexOf('\n', end);
  return nl === -1 ? text.length : nl + 1;
}

const splice = (text: string, start: number, end: number, insert: string): string => text.slice(0, start) + insert + text.slice(end);

/** End of a node's value, not counting the newline a block value ends with. */
function valueEnd(text: string, node: Node): number {
  let end = node.range?.[1] ?? 0;
  while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return end;
}

/** End of an entry (value plus its trailing comment on the same line), as a line boundary. */
function entryEnd(text: string, node: Node | null | undefined, fallback: number): number {
  const end = node?.range?.[2] ?? fallback;
  return afterLine(text, end);
}

type Step = { parent: Node; key: string | number; pair?: Pair; node: Node | null | undefined };

/** Walks the path in the document: every step found, then the first missing key (if any). */
function walk(doc: Document, path: readonly (string | number)[]): { steps: Step[]; missingAt: number } {
  const steps: Step[] = [];
  let cur: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    if (isMap(cur)) {
      const pair = cur.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) return { steps, missingAt: i };
      steps.push({ parent: cur, key, pair, node: pair.value as Node | null });
      cur = pair.value;
    } else if (isSeq(cur) && typeof key === 'number') {
      if (key >= cur.items.length) return { steps, missingAt: i };
      steps.push({ parent: cur, key, node: cur.items[key] as Node });
      cur = cur.items[key];
    } else {
      return { steps, missingAt: i };
    }
  }
  return { steps, missingAt: path.length };
}

/** Builds `{a: {b: value}}` for the missing part of a path (numbers must be 0: a new list). */
function nest(rest: readonly (string | number)[], value: unknown): unknown {
  let v = value;
  for (let i = rest.length - 1; i >= 0; i--) {
    const k = rest[i]!;
    v = typeof k === 'number' ? [v] : { [k]: v };
  }
  return v;
}

/** One edit as a splice of the text, or undefined when the layout is not one it handles safely. */
function spliceOne(text: string, doc: Document, path: readonly (string | number)[], value: unknown, style: Style): string | undefined {
  const { steps, missingAt } = walk(doc, path);
  const root = doc.contents as Node | null;

  // Inside a flow collection (`{ start: 1, end: 2 }`, `[a, b]`): rewrite that collection on its line.
  const flowAt = steps.findIndex((st) => (isMap(st.parent) || isSeq(st.parent)) && (st.parent as YAMLMap | YAMLSeq).flow);
  if (flowAt >= 0) {
    const holder = steps[flowAt]!.parent as YAMLMap | YAMLSeq;
    if (!holder.range) return undefined;
    const next = applyToData(holder.toJSON(), [{ path: path.slice(flowAt), value }]);
    const node = makeNode(next);
    if (!isMap(node) && !isSeq(node)) return undefined;
    node.flow = true;
    return splice(text, holder.range[0], valueEnd(text, holder), renderAlone(node, style).join(' '));
  }

  if (missingAt < path.length) {
    if (value === undefined) return text;
    const parent: Node | null | undefined = missingAt === 0 ? root : steps[missingAt - 1]!.node;
    const key = path[missingAt]!;
    const rest = path.slice(missingAt + 1);
    if (isMap(parent) && typeof key === 'string') return addPair(text, parent, key, nest(rest, value), style, missingAt === 0);
    if (isSeq(parent) && typeof key === 'number' && key === parent.items.length) return addItem(text, parent, nest(rest, value), style);
    // An empty parent (`key:` with no value): give it the new content.
    if (missingAt === 0 || getAt(doc.toJS(), path.slice(0, missingAt)) !== null) return undefined;
    return replaceValue(text, steps[missingAt - 1]!, nest(path.slice(missingAt), value), style);
  }

  if (path.length === 0) return undefined;
  const step = steps[steps.length - 1]!;
  if (value === undefined) return removeEntry(text, step);
  const node = step.node;
  // Recurse into block collections so that untouched entries keep their comments.
  if (isMap(node) && !node.flow && isPlainObject(value) && Object.keys(value).length > 0) return recurseMap(text, path, node, value, style);
  if (isSeq(node) && !node.flow && Array.isArray(value) && value.length > 0) return recurseSeq(text, path, node, value, style);
  return replaceValue(text, step, value, style);
}

function recurseMap(text: string, path: readonly (string | number)[], node: YAMLMap, value: Record<string, unknown>, style: Style): string {
  const existing = node.items.filter(isPair).map((p) => (isScalar(p.key) ? String(p.key.value) : '')).filter((k) => k !== '');
  let out = text;
  for (const [k, v] of Object.entries(value)) out = applyOne(out, [...path, k], v, style);
  for (const k of existing) if (!Object.hasOwn(value, k) || value[k] === undefined) out = applyOne(out, [...path, k], undefined, style);
  return out;
}

function recurseSeq(text: string, path: readonly (string | number)[], node: YAMLSeq, value: unknown[], style: Style): string {
  const n = node.items.length;
  let out = text;
  for (let i = 0; i < value.length; i++) out = applyOne(out, [...path, i], value[i], style);
  for (let i = n - 1; i >= value.length; i--) out = applyOne(out, [...path, i], undefined, style);
  return out;
}

function addPair(text: string, map: YAMLMap, key: string, value: unknown, style: Style, atRoot: boolean): string | undefined {
  const pairs = map.items.filter(isPair);
  if (map.flow) {
    if (!map.range) return undefined;
    const data = { ...(map.toJSON() as Record<string, unknown>), [key]: value };
    const node = makeNode(data) as YAMLMap;
    node.flow = true;
    const rendered = renderAlone(node, style).join(' ');
    return splice(text, map.range[0], valueEnd(text, map), rendered);
  }
  const last = pairs[pairs.length - 1];
  if (!last || !isScalar(last.key) || !last.key.range) return undefined;
  const first = pairs[0]!;
  const keyStart = (first.key as Node).range![0];
  const indent = col(text, keyStart);
  const lastNode = (last.value as Node | null) ?? (last.key as Node);
  let at = entryEnd(text, lastNode, last.key.range[2]);
  // A root map: add after everything, so that trailing comments about the last section stay with it.
  if (atRoot) at = text.length;
  let prefix = at > 0 && text[at - 1] !== '\n' ? style.eol : '';
  if (atRoot && style.spaced && !(isScalar(makeNode(value)))) prefix += style.eol;
  return splice(text, at, at, prefix + renderPair(key, value, indent, style) + style.eol);
}

function addItem(text: string, seq: YAMLSeq, value: unknown, style: Style): string | undefined {
  if (seq.flow) {
    if (!seq.range) return undefined;
    const node = makeNode([...(seq.toJSON() as unknown[]), value]) as YAMLSeq;
    node.flow = true;
    return splice(text, seq.range[0], valueEnd(text, seq), renderAlone(node, style).join(' '));
  }
  const last = seq.items[seq.items.length - 1] as Node | undefined;
  const first = seq.items[0] as Node | undefined;
  if (!last?.range || !first?.range) return undefined;
  // The dash of the first item: two columns before its content, checked.
  const dashAt = text.lastIndexOf('-', first.range[0]);
  if (dashAt < 0 || text.slice(dashAt + 1, first.range[0]).trim() !== '') return undefined;
  const indent = col(text, dashAt);
  const at = entryEnd(text, last, last.range[2]);
  const prefix = at > 0 && text[at - 1] !== '\n' ? style.eol : '';
  return splice(text, at, at, prefix + renderItem(value, indent, style) + style.eol);
}

function replaceValue(text: string, step: Step, value: unknown, style: Style): string | undefined {
  if (value === undefined) return undefined;
  const node = step.node;
  if (step.pair) {
    const key = step.pair.key as Node;
    if (!key.range) return undefined;
    const indent = col(text, key.range[0]);
    const colon = text.indexOf(':', key.range[1]);
    if (colon < 0 || (node?.range && colon > node.range[0])) return undefined;
    const end = node?.range ? valueEnd(text, node) : colon + 1;
    if (node?.range && text.slice(colon + 1, node.range[0]).includes('#')) return undefined;
    return splice(text, colon + 1, Math.max(end, colon + 1), renderPairValue(value, indent, style, node ?? undefined));
  }
  // An item of a block list: `- value`.
  if (!node?.range) return undefined;
  const dashAt = text.lastIndexOf('-', node.range[0]);
  if (dashAt < 0 || text.slice(dashAt + 1, node.range[0]).trim() !== '') return undefined;
  const indent = col(text, dashAt);
  const rendered = renderItem(value, indent, style).slice(indent + 2);
  return splice(text, node.range[0], valueEnd(text, node), rendered);
}

function removeEntry(text: string, step: Step): string | undefined {
  const parent = step.parent;
  if ((isMap(parent) || isSeq(parent)) && parent.flow) return undefined;
  if ((isMap(parent) || isSeq(parent)) && parent.items.length <= 1) return undefined;
  let start: number;
  if (step.pair) {
    const key = step.pair.key as Node;
    if (!key.range) return undefined;
    start = key.range[0];
  } else {
    if (!step.node?.range) return undefined;
    const dash = text.lastIndexOf('-', step.node.range[0]);
    if (dash < 0 || text.slice(dash + 1, step.node.range[0]).trim() !== '') return undefined;
    start = dash;
  }
  if (text.slice(lineStart(text, start), start).trim() !== '') return undefined;
  const end = entryEnd(text, step.node ?? (step.pair?.key as Node), start);
  return splice(text, lineStart(text, start), end, '');
}

// ---------------------------------------------------------------------------------------------------------
// Public API

function parseStrict(text: string): Document {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) throw new EditError(`the YAML text cannot be edited: ${doc.errors[0]!.message}`);
  return doc;
}

function applyOne(text: string, path: readonly (string | number)[], value: unknown, style: Style): string {
  const doc = parseStrict(text);
  const before = doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (deepEqual(getAt(before, path), value)) return text;
  const expected = applyToData(before, [{ path: [...path], value }]);
  const spliced = spliceOne(text, doc, path, value, style);
  if (spliced !== undefined && holds(spliced, expected)) return spliced;
  return wholeDocument(text, path, value, style, expected);
}

function holds(text: string, expected: unknown): boolean {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  return doc.errors.length === 0 && deepEqual(doc.toJS({ maxAliasCount: 100 }), expected);
}

/** The fallback: `yaml`'s Document editing; comments are kept, spacing may be normalised. */
function wholeDocument(text: string, path: readonly (string | number)[], value: unknown, style: Style, expected: unknown): string {
  const doc = parseStrict(text);
  try {
    setInDocument(doc, path, value);
  } catch (err) {
    throw new EditError(`cannot set ${formatPath(path)}: ${(err as Error).message}`);
  }
  let out = doc.toString(toStringOptions(style));
  if (style.eol === '\r\n') out = out.replace(/\r?\n/g, '\r\n');
  // Only the top-level section that changed takes the normalised text; the others stay as they were.
  const section = path.length > 0 ? replaceSection(text, out, String(path[0])) : undefined;
  if (section !== undefined && holds(section, expected)) return section;
  if (!holds(out, expected)) throw new EditError(`cannot set ${formatPath(path)}: the edited text does not hold the expected value`);
  return out;
}

/** The original text with the top-level entry `key` replaced by its text in `rewritten`. */
function replaceSection(original: string, rewritten: string, key: string): string | undefined {
  const region = (text: string): [number, number] | undefined => {
    const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
    if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
    const pair = doc.contents.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
    const k = pair?.key as Node | undefined;
    if (!pair || !k?.range) return undefined;
    const v = pair.value as Node | null;
    return [lineStart(text, k.range[0]), entryEnd(text, v, k.range[2])];
  };
  const from = region(original);
  const to = region(rewritten);
  if (!from || !to) return undefined;
  return splice(original, from[0], from[1], rewritten.slice(to[0], to[1]));
}

function setInDocument(doc: Document, path: readonly (string | number)[], value: unknown): void {
  if (path.length === 0) doc.contents = makeNode(value) as never;
  else if (value === undefined) doc.deleteIn(path);
  else {
    // setIn creates missing parents; an index one past the end appends.
    const parentPath = path.slice(0, -1);
    const last = path[path.length - 1]!;
    const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
    if (isSeq(parent) && typeof last === 'number' && last >= parent.items.length) doc.addIn(parentPath, makeNode(value));
    else doc.setIn(path, makeNode(value));
  }
}

/**
 * Applies edits, in order, to a YAML text and returns the new text. Untouched parts are kept byte for byte;
 * when nothing changes, the original text itself is returned. Throws EditError if the text is not valid YAML.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return text;
  const style = detectStyle(text);
  let out = text;
  for (const e of edits) out = applyOne(out, e.path, e.value, style);
  return out;
}

/** What the edits change, as leaf-level entries in file order of the edits: for summaries and previews. */
export function describeChanges(before: unknown, after: unknown, path: EditPath = []): Change[] {
  if (deepEqual(before, after)) return [];
  if ((isPlainObject(before) || before === undefined) && isPlainObject(after) && Object.keys(after).length > 0) {
    if (before === undefined) return Object.keys(after).flatMap((k) => describeChanges(undefined, after[k], [...path, k]));
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => describeChanges(before[k], after[k], [...path, k]));
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length > 0) {
    const n = Math.max(before.length, after.length);
    const out: Change[] = [];
    for (let i = 0; i < n; i++) out.push(...describeChanges(before[i], after[i], [...path, i]));
    return out;
  }
  if (before === undefined) return [{ path, kind: 'add', after }];
  if (after === undefined) return [{ path, kind: 'remove', before }];
  return [{ path, kind: 'change', before, after }];
}

/** `channels[2].owner`, as the gap list shows paths. */
export function formatPath(path: readonly (string | number)[]): string {
  return formatDataPath(path);
}

/** Parses a YAML text into plain data (no positions): for comparing before and after. */
export function dataOf(text: string): unknown {
  return parseStrict(text).toJS({ maxAliasCount: 100 }) as unknown;
}
