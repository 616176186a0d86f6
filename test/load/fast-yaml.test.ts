/**
 * The fast reader's contract: on any text it either gives up (undefined) or returns what the `yaml` library
 * would, the same data and the same position for every key and value. Checked on every YAML file of the
 * repository, on generated documents written the way people write brand files, and on mutated ones.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { fuzz, FUZZ_DEPTH } from '../support/fuzz.js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { readFastYaml, resolvePlain } from '../../src/load/fast-yaml.js';
import { parseSource } from '../../src/load/source.js';
import { compareWithLibrary, sameAnswers } from '../support/reader-contract.js';

const compare = (text: string) => compareWithLibrary(readFastYaml, text);

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}


const REPO_FILES = ['examples', 'catalog', 'benchmarks', 'test/fixtures'].flatMap(yamlFiles);
const EXAMPLES = yamlFiles('examples');

describe('readFastYaml agrees with the yaml library', () => {
  test.each(REPO_FILES)('%s', (file) => {
    expect(['outside', 'same']).toContain(compare(readFileSync(file, 'utf8')));
  });

  test('every shipped example takes the fast path', () => {
    for (const file of EXAMPLES) expect([file, compare(readFileSync(file, 'utf8'))]).toEqual([file, 'same']);
  });

  test('on generated brand-like documents, most of which it reads', () => {
    let read = 0;
    fc.assert(fc.property(humanDocument(), (text) => {
      const outcome = compare(text);
      if (outcome === 'same') read++;
      if (outcome !== 'outside' && outcome !== 'same') throw new Error(`${outcome}\n${JSON.stringify(text)}`);
    }), fuzz(400, 20261201));
    // Not a vacuous pass: the generator writes mostly what the fast reader is for.
    expect(read).toBeGreaterThan(150 * FUZZ_DEPTH);
  });

  test('on mutated examples: either the same result or it gives up', () => {
    const sources = EXAMPLES.map((f) => readFileSync(f, 'utf8').split('\n'));
    fc.assert(fc.property(
      fc.integer({ min: 0, max: sources.length - 1 }), fc.nat(), fc.array(mutation(), { minLength: 1, maxLength: 3 }),
      (which, at, mutations) => {
        const lines = sources[which]!;
        const from = at % lines.length;
        let text = lines.slice(from, from + 40).join('\n');
        for (const m of mutations) text = m(text);
        const outcome = compare(text);
        if (outcome !== 'outside' && outcome !== 'same') throw new Error(`${outcome}\n${JSON.stringify(text)}`);
      },
    ), fuzz(1500, 20261202));
  });
});

describe('nested one-line flow collections, as people write metrics', () => {
  test.each([
    'metrics: { posts: 12, followers: { start: 3, end: 5 } }\n',
    'a: [[1, 2], [], {}, {b: [x, "y"]}]\n',
    'list:\n  - { a: [1], b: { c: d } }  # note\n  - [ [ 1 ] ]\n',
    'a: {x: {y: {z: 1}}}\nb: 2\n',
  ])('%j: read, and the same as the library', (text) => {
    expect(compare(text)).toBe('same');
  });
});

describe('block scalars at the very end of a text without a final line break', () => {
  test.each(['x: >\n  a b', 'x: |\n  a\n  b', 'x: >-\n  a', 'x: >\n  a\n', 'a:\n  b: |\n    c'])('%j: the same as the library', (text) => {
    expect(compare(text)).toBe('same');
  });
});

describe('plain scalars wrapped over several lines, as editors wrap long text', () => {
  test.each([
    'a: one two\n  three four\nb: 2\n',
    'a: one\n\n  three\nb: 2\n',
    '- one\n  two\n- x\n',
    'list:\n  - one\n    two\n',
    'a: one  \n   two   \nb: 1\n',
    '- a: one\n   two\n',
    'a: one\n  two\n\nb: 1\n',
    'description: Une marque de cosmétiques\n  pour peaux sensibles, née à Lyon\n  en 2019.\n',
    'description:\n  Une marque de cosmétiques\n  pour peaux sensibles.\nb: 1\n',
    'a: # c\n  one\nb: 1\n',
    '- \n  one\n  two\n',
    'a:\n  one # c\nb: 1\n',
  ])('%j: read, and the same as the library', (text) => {
    expect(compare(text)).toBe('same');
  });
});

describe('resolvePlain follows the core schema as the library does', () => {
  const samples = [
    '', '~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', 'yes', 'no', 'on', 'y',
    '0', '-0', '+0', '007', '12', '-12', '+12', '1_000', '0o17', '0o8', '0x1F', '0X1F', '-0x1', '1.5', '.5', '-.5',
    '5.', '1e3', '1E-3', '-1.5e+3', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', 'NaN', 'inf', '1.2.3', '2026-01-01',
    '12:30', '9007199254740993', '1e400', 'n', 'Nope', 'tr', 'fa', 'x',
    // The shortcuts: words by their length, counts read digit by digit up to 15 digits.
    'N', 'T', 'F', 'nulls', 'Falsy', 'trues', 'tiktok', 'facebook', 'news', 'fr', '00', '0000', '12a', '1 2',
    '123456789012345', '999999999999999', '1234567890123456', '12345678901234567890',
  ];
  test.each(samples)('%j', (text) => {
    const doc = parseAllDocuments(`v: ${text}\n`);
    const expected = (Array.isArray(doc) ? doc[0]!.toJS() : {}) as { v: unknown };
    expect(Object.is(resolvePlain(text), expected.v) || isDeepStrictEqual(resolvePlain(text), expected.v)).toBe(true);
  });
});

describe('what the fast reader leaves to the library', () => {
  test.each([
    ['a tab', 'a:\t1\n'],
    ['Windows line ends', 'a: 1\r\nb: 2\r\n'],
    ['a byte-order mark', '\ufeffa: 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a merge key', 'a: 1\n<<: {}\n'],
    ['a __proto__ key', '__proto__: 1\n'],
    ['a document marker', '---\na: 1\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a key inside a multi-line plain scalar', 'a: one\n  two: x\n'],
    ['a comment line inside a multi-line plain scalar', 'a: one\n  # c\n  two\n'],
    ['a line after a commented plain scalar', 'a: one # c\n  two\n'],
    ['a multi-line quoted scalar', 'a: "one\n  two"\n'],
    ['a multi-line flow list', 'a: [1,\n  2]\n'],
    ['a flow collection as a key', 'a: {[1]: x}\n'],
    ['a nested flow collection over two lines', 'a: [[1,\n  2]]\n'],
    ['a compact nested mapping', 'a: b: c\n'],
    ['a number as a key', '2026: x\n'],
    ['a kept block scalar', 'a: |+\n  x\n\n'],
    ['a more-indented folded line', 'a: >\n  x\n    y\n'],
    ['an empty document', ''],
    ['a scalar document', 'just text\n'],
    ['a wrongly indented key', 'a:\n  b: 1\n c: 2\n'],
  ])('%s', (_label, text) => {
    expect(readFastYaml(text)).toBeUndefined();
  });
});

describe('parseSource answers the same through either reader', () => {
  test.each(EXAMPLES)('%s: every path, its key, a missing child, has()', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(readFastYaml(text)).toBeDefined();
    sameAnswers(file, text);
  });

  test.each(EXAMPLES)('%s with Windows line ends (CRLF): the fast reader still reads it, same answers', (file) => {
    const text = readFileSync(file, 'utf8').replace(/\n/g, '\r\n');
    sameAnswers(file, text);
  });

  test('generated documents with CRLF line ends: same answers', () => {
    fc.assert(fc.property(humanDocument(), (text) => {
      const crlf = text.replace(/\n/g, '\r\n');
      if (readFastYaml(text) === undefined) return;
      sameAnswers('generated.yaml', crlf);
    }), fuzz(150, 20261203));
  });

  test('a lone CR (old Mac line ends) is left to the library', () => {
    const full = parseSource('x.yaml', 'a: 1\rb: 2\r', { fast: false });
    expect(parseSource('x.yaml', 'a: 1\rb: 2\r')).toMatchObject({ data: full.data, diagnostics: full.diagnostics });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Generators

/** Short texts with the characters that matter to YAML, and words that resolve to other types. */
const scalarText = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[a-zA-Zé0-9][a-zA-Zé0-9 .,/'()-]{0,24}$/) },
  fc.string({ unit: fc.constantFrom('a', 'b', 'é', ' ', ':', '#', '-', '"', "'", '\\', '.', '1', '0', 'e', 'x', ',', '[', '{', '!', '&', '*', '?', '|', '>', '%', '@', '~', '\u00a0'), minLength: 1, maxLength: 16 }),
  fc.constantFrom('null', 'true', 'False', '~', '12', '-3', '0x1F', '0o7', '1.5', '.5', '1e3', '.inf', '.NaN', 'yes', '2026-03-31', 'https://example.org/a?b=c#d', 'a: b', '- x', '# not a comment', 'Lyon 4e', 'x #y'),
);
const keyText = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_-]{0,10}$/) },
  fc.constantFrom('name', 'id', 'metrics', 'key with spaces', 'é', '"quoted"', "'single'", '1', 'true', 'null', '-x', 'a:b'),
);

/** A scalar written plain, single- or double-quoted (escapes included). */
function writeScalar(text: string, style: number): string {
  if (style === 0) return text;
  if (style === 1) return `'${text.replace(/'/g, "''")}'`;
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/é/g, '\\u00e9')}"`;
}

interface Tree { kind: 'scalar'; text: string; style: number }
interface MapTree { kind: 'map'; entries: [string, number, AnyTree][]; flow: boolean }
interface SeqTree { kind: 'seq'; items: AnyTree[]; flow: boolean }
interface BlockTree { kind: 'block'; lines: string[]; folded: boolean; strip: boolean }
/** A plain scalar wrapped over several lines, as editors wrap long text; '' is an empty line. */
interface WrappedTree { kind: 'wrapped'; first: string; rest: string[]; deeper: boolean; ownLine: boolean }
type AnyTree = Tree | MapTree | SeqTree | BlockTree | WrappedTree;

const scalarTree: fc.Arbitrary<AnyTree> = fc.record({ kind: fc.constant('scalar' as const), text: scalarText, style: fc.integer({ min: 0, max: 2 }) });
const blockLine = fc.stringMatching(/^[a-zé][a-zé :#'"-]{0,20}$/);
const wrappedTree: fc.Arbitrary<AnyTree> = fc.record({
  kind: fc.constant('wrapped' as const),
  first: fc.stringMatching(/^[a-zA-Zé][a-zé .]{0,15}[a-zé]$/),
  rest: fc.array(fc.oneof({ weight: 5, arbitrary: fc.stringMatching(/^[a-zé][a-zé .,'"]{0,15}$/) }, fc.constant(''), blockLine), { minLength: 1, maxLength: 3 }),
  deeper: fc.boolean(),
  ownLine: fc.boolean(),
});
const blockTree: fc.Arbitrary<AnyTree> = fc.record({
  kind: fc.constant('block' as const),
  lines: fc.tuple(blockLine, fc.array(fc.oneof(fc.constant(''), blockLine), { maxLength: 4 })).map(([first, rest]) => [first, ...rest]),
  folded: fc.boolean(), strip: fc.boolean(),
});
const { tree } = fc.letrec<{ tree: AnyTree; map: AnyTree; seq: AnyTree }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small' }, scalarTree, scalarTree, blockTree, wrappedTree, tie('map'), tie('seq')),
  map: fc.record({
    kind: fc.constant('map' as const),
    entries: fc.array(fc.tuple(keyText, fc.integer({ min: 0, max: 2 }), tie('tree')), { minLength: 1, maxLength: 4 }),
    flow: fc.boolean(),
  }),
  seq: fc.record({ kind: fc.constant('seq' as const), items: fc.array(tie('tree'), { minLength: 1, maxLength: 4 }), flow: fc.boolean() }),
}));

interface Style { step: number; compactSeq: boolean; comments: boolean; pad: boolean }

/** Writes a tree as a person would: block collections, one-line flow collections (nested too), comments, blank lines. */
function write(t: AnyTree, indent: number, st: Style): { inline: string } | { block: string[] } {
  const pad = ' '.repeat(indent);
  switch (t.kind) {
    case 'scalar':
      return { inline: writeScalar(t.text, t.style) + (st.comments && t.text.length % 3 === 0 ? '  # note' : '') };
    case 'wrapped': {
      const inner = ' '.repeat(indent + (t.deeper ? 1 : 0));
      // Either after its key or dash, or on the next lines (`description:` then the text).
      if (t.ownLine) return { block: [pad + t.first, ...t.rest.map((l) => (l ? inner + l : ''))] };
      return { inline: t.first + t.rest.map((l) => (l ? `\n${inner}${l}` : '\n')).join('') };
    }
    case 'block': {
      const inner = ' '.repeat(indent + st.step);
      return { inline: `${t.folded ? '>' : '|'}${t.strip ? '-' : ''}\n${t.lines.map((l) => (l ? inner + l : '')).join('\n')}` };
    }
    case 'seq':
    case 'map': {
      const inline = t.flow ? writeFlow(t, st) : undefined;
      if (inline !== undefined) return { inline };
      const lines: string[] = [];
      const children = t.kind === 'seq' ? t.items.map((v) => ['', 0, v] as const) : t.entries;
      children.forEach(([k, ks, v], i) => {
        if (st.comments && i === 1) lines.push(`${pad}# a comment`);
        if (st.pad && i === 2) lines.push('');
        const head = t.kind === 'seq' ? `${pad}-` : `${pad}${writeScalar(k, ks)}:`;
        const childIndent = t.kind === 'seq' || !st.compactSeq || v.kind !== 'seq' ? indent + st.step : indent;
        const w = write(v, childIndent, st);
        if ('inline' in w) {
          lines.push(`${head} ${w.inline}`);
        } else if (t.kind === 'seq' && v.kind === 'map') {
          // `- key: value` with the mapping's other keys under the first.
          const first = w.block[0]!.slice(childIndent);
          lines.push(`${pad}-${' '.repeat(st.step - 1)}${first}`, ...w.block.slice(1));
        } else {
          lines.push(head, ...w.block);
        }
      });
      return { block: lines };
    }
  }
}

/** A tree on one line: a flow collection of scalars and of such collections; undefined when it cannot be one. */
function writeFlow(t: AnyTree, st: Style): string | undefined {
  if (t.kind === 'scalar') return writeScalar(t.text, t.style);
  if (t.kind === 'block' || t.kind === 'wrapped' || !t.flow) return undefined;
  const sep = st.pad ? ' ' : '';
  const parts = t.kind === 'seq'
    ? t.items.map((x) => writeFlow(x, st))
    : t.entries.map(([k, ks, v]) => { const w = writeFlow(v, st); return w === undefined ? undefined : `${writeScalar(k, ks)}: ${w}`; });
  if (parts.some((x) => x === undefined)) return undefined;
  return t.kind === 'seq' ? `[${sep}${parts.join(', ')}${sep}]` : `{${sep}${parts.join(', ')}${sep}}`;
}

function humanDocument(): fc.Arbitrary<string> {
  const root = fc.record({
    kind: fc.constant('map' as const),
    entries: fc.array(fc.tuple(keyText, fc.integer({ min: 0, max: 2 }), tree), { minLength: 1, maxLength: 5 }),
    flow: fc.constant(false),
  });
  const style = fc.record({ step: fc.constantFrom(2, 4), compactSeq: fc.boolean(), comments: fc.boolean(), pad: fc.boolean() });
  return fc.tuple(root, style, fc.boolean()).map(([r, st, header]) => {
    const w = write(r, 0, st);
    const body = 'block' in w ? w.block.join('\n') : w.inline;
    return `${header ? '# a brand file\n\n' : ''}${body}\n`;
  });
}

/** Small edits of the kind that break YAML: insert, delete, overwrite, re-indent. */
function mutation(): fc.Arbitrary<(text: string) => string> {
  const token = fc.constantFrom(' ', '  ', '\n', ':', ': ', '- ', '#', ' #', '"', "'", '|', '>-', '[', ']', '{', '}', ',', 'x', '1', '~', '\\', '&a ', '*a', '!t ', '---', '\t', '\r', 'k: v', '\n  - ', '\n\n', '.inf', '0x1');
  return fc.oneof(
    fc.tuple(fc.nat(), token).map(([at, tok]) => (t: string) => t.slice(0, at % (t.length + 1)) + tok + t.slice(at % (t.length + 1))),
    fc.tuple(fc.nat(), fc.integer({ min: 1, max: 3 })).map(([at, n]) => (t: string) => t.slice(0, at % (t.length + 1)) + t.slice((at % (t.length + 1)) + n)),
    fc.tuple(fc.nat(), fc.integer({ min: -2, max: 2 })).map(([at, d]) => (t: string) => {
      const lines = t.split('\n');
      const i = at % lines.length;
      lines[i] = d >= 0 ? ' '.repeat(d) + lines[i]! : lines[i]!.replace(new RegExp(`^ {0,${-d}}`), '');
      return lines.join('\n');
    }),
  );
}
