/**
 * The stream form of every report format adds up, byte for byte, to the whole-report renderer: on several brands
 * with invalid files in between, with and without the CI gate (thresholds, waivers, a baseline), one file, none.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { fuzz } from '../support/fuzz.js';
import { auditFile, catalogVersion, type AuditOutcome } from '../../src/audit/index.js';
import { baselineFromReport, judge, type FileGate } from '../../src/gate/index.js';
import { chunkParts, chunkText, collectStream, RENDERERS, STREAM_RENDERERS, type RenderContext } from '../../src/render/index.js';
import { auditReportJson } from '../../src/render/json.js';
import { ARRAY_SLOT, jsonArrayStream, jsonParts, PART_SIZE } from '../../src/render/json-stream.js';
import { createStyle } from '../../src/render/style.js';
import { ROOT } from '../support/cli.js';
import { fixedDeps } from '../support/golden.js';
import { manyChannelsBrand } from '../support/large-brand.js';

const deps = fixedDeps();
const { catalog } = deps;
const base: RenderContext = { locale: 'en', catalog, catalogVersion: catalogVersion(catalog), toolVersion: '0.0.0-test', root: ROOT, width: 80 };

// Relative names, as the CLI gives them; invalid files between valid ones, and a file that does not exist.
const files = [
  'examples/maison-lumiere.yaml',
  'test/fixtures/invalid/many-problems.yaml',
  'examples/boulangerie-martin.yaml',
  'examples/minimal.yaml',
  'test/fixtures/invalid/syntax-error.yaml',
  'examples/cosmetics-facebook-2014.yaml',
  'does/not/exist.yaml',
];
const outcomes: AuditOutcome[] = files.map((f) => auditFile(f, deps));
const valid = outcomes.filter((o): o is Extract<AuditOutcome, { ok: true }> => o.ok);

/** Thresholds, a question waiver, a KPI waiver, an expired waiver, and a baseline with a regression. */
function gatesFor(set: readonly AuditOutcome[]): Map<string, FileGate> {
  const previous = JSON.parse(JSON.stringify(auditReportJson(set, base))) as { files: { valid: boolean; scores?: { overall: { score: number | null } } }[] };
  for (const f of previous.files) if (f.valid && f.scores!.overall.score !== null) f.scores!.overall.score += 3; // every brand "regressed"
  previous.files.splice(0, 1); // and the first is new since the baseline
  const baseline = baselineFromReport(previous);
  const gates = new Map<string, FileGate>();
  set.forEach((o, i) => {
    if (!o.ok) return;
    const gap = o.result.gaps[0];
    gates.set(o.result.file, judge(o.result, {
      thresholds: { minScore: 60, minReadiness: 30, failOn: i % 2 ? 'critical' : 'major', minPillar: { satisfaction: 50 } },
      waivers: [
        ...(gap ? [{ index: 1, waiver: { question: gap.questionId, ...(gap.channelId ? { channel: gap.channelId } : {}), reason: 'Accepted | for <now>.' } }] : []),
        { index: 2, waiver: { kpi: 'first-response-time', reason: 'Handled in the shop.' } },
        { index: 3, waiver: { question: 'strategy-threats', reason: 'Old decision.', expires: '2026-01-31' } },
      ],
      catalog, today: '2026-05-01', baseline, regressionTolerance: 1,
    }));
  });
  return gates;
}

const sets: [string, AuditOutcome[]][] = [
  ['seven files, three invalid', outcomes],
  ['one brand', [valid[0]!]],
  ['one invalid file', [outcomes[1]!]],
  ['invalid files only', [outcomes[1]!, outcomes[4]!, outcomes[6]!]],
  ['invalid files first', [outcomes[6]!, outcomes[1]!, ...valid]],
  ['no file', []],
];
const variants: [string, (set: AuditOutcome[]) => RenderContext][] = [
  ['plain', () => base],
  ['gate', (set) => ({ ...base, gates: gatesFor(set) })],
  ['gate with no file judged', () => ({ ...base, gates: new Map() })],
  ['French, gate', (set) => ({ ...base, locale: 'fr', gates: gatesFor(set) })],
  ['quiet, colour, gate', (set) => ({ ...base, quiet: true, style: createStyle(true), gates: gatesFor(set) })],
  ['verbose, narrow', () => ({ ...base, verbose: true, width: 50 })],
];
const formats = Object.keys(STREAM_RENDERERS);

describe('stream forms of the reports', () => {
  test('the gate of these tests has every kind of verdict in it', () => {
    const gates = [...gatesFor(outcomes).values()];
    const kinds = new Set(gates.flatMap((g) => g.failures.map((f) => f.kind)));
    expect([...kinds].sort()).toEqual(['expired-waiver', 'gap', 'min-pillar', 'min-readiness', 'min-score', 'regression']);
    expect(gates.some((g) => g.waivedGaps.length > 0 && g.passed === false)).toBe(true);
    expect(gates.some((g) => g.baseline?.found === false)).toBe(true);
  });

  test('every format but HTML streams', () => {
    expect(formats.sort()).toEqual(['github', 'json', 'junit', 'markdown', 'sarif', 'text']);
  });

  describe.each(sets)('%s', (_name, set) => {
    test.each(variants)('%s: head + chunks + tail === the whole report, every format', async (_v, make) => {
      const ctx = make(set);
      for (const format of formats) {
        const stream = await STREAM_RENDERERS[format]!(ctx, set.length);
        const chunks = set.map((o) => chunkText(stream.file(o)));
        const { head, tail } = stream.end();
        if (!stream.headLast) expect(head).toBe('');
        expect({ format, text: head + chunks.join('') + tail }).toEqual({ format, text: await RENDERERS[format]!(set, ctx) });
      }
    });
  });

  test('each brand\'s part is written with its own file, not at the end (GitHub annotations excepted: at most 31 lines, failures first)', async () => {
    const ctx = { ...base, gates: gatesFor(outcomes) };
    for (const format of formats) {
      const stream = await STREAM_RENDERERS[format]!(ctx, outcomes.length);
      for (const o of outcomes) {
        const chunk = chunkText(stream.file(o));
        // GitHub shows 10 annotations of each kind: the stream keeps the 10 most important of each, written at the end.
        if (format === 'github') expect(chunk).toBe('');
        else if (o.ok) expect({ format, file: o.result.file, written: chunk.includes(o.result.file.split('/').at(-1)!) }).toEqual({ format, file: o.result.file, written: true });
      }
      // What waits for the end is small: totals, the gate's verdict, the table across brands.
      const { head, tail } = stream.end();
      // SARIF's tail holds one rule per catalog question, with its texts: it grows with the catalog (87 questions).
      expect((head + tail).length).toBeLessThan(format === 'sarif' ? 180_000 : 20_000);
    }
  });

  test('collectStream is what a sink writing every chunk holds', async () => {
    const stream = await STREAM_RENDERERS.json!(base, valid.length);
    expect(collectStream(stream, valid)).toBe(await RENDERERS.json!(valid, base));
  });

  test('a brand of many channels: its JSON element is written in parts, never made into one string, and is the same text', async () => {
    // The mid-size example's channels cloned to 60: an element of about 60,000 values, 2.5 MB.
    const large = auditFile(manyChannelsBrand(60), deps);
    expect(large.ok).toBe(true);
    for (const set of [[large], [valid[0]!, large, outcomes[1]!]]) {
      const stream = await STREAM_RENDERERS.json!(base, set.length);
      const chunks = set.map((o) => stream.file(o));
      const big = chunks[set.indexOf(large)]!;
      expect(typeof big).toBe('object');
      const parts = [...chunkParts(big)];
      expect(parts.length).toBeGreaterThan(10);
      expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(PART_SIZE + 100_000);
      // The others, of ordinary size, are text made at once (in a worker thread, when there are workers).
      for (const c of chunks) if (c !== big) expect(typeof c).toBe('string');
      const { head, tail } = stream.end();
      const text = head + chunks.map((c) => (c === big ? parts.join('') : chunkText(c))).join('') + tail;
      expect(text).toBe(await RENDERERS.json!(set, base));
    }
  });

  test('the markdown stream refuses a number of files other than promised (its headings depend on it)', async () => {
    const stream = await STREAM_RENDERERS.markdown!(base, 2);
    stream.file(valid[0]!);
    expect(() => stream.end()).toThrow(/promised 2 files and given 1/);
  });
});

describe('jsonArrayStream', () => {
  test('any JSON values, at any depth, come out as JSON.stringify(…, null, 2) writes them', () => {
    fc.assert(fc.property(fc.array(fc.jsonValue(), { maxLength: 6 }), fc.integer({ min: 0, max: 3 }), fc.string(), (values, nesting, key) => {
      // The array sits under `nesting` objects, next to other keys before and after it.
      let doc: unknown = ARRAY_SLOT;
      let whole: unknown = values;
      for (let i = 0; i < nesting; i++) {
        doc = { before: [1, { k: key }], [`in${i}`]: doc, after: 'x\ny' };
        whole = { before: [1, { k: key }], [`in${i}`]: whole, after: 'x\ny' };
      }
      const docObject = { top: key, list: doc };
      const stream = jsonArrayStream(nesting + 2);
      const body = values.map((v) => stream.element(v)).join('');
      const { head, tail } = stream.end(JSON.stringify(docObject, null, 2));
      expect(head + body + tail).toBe(JSON.stringify({ top: key, list: whole }, null, 2));
    }), fuzz(300, 401));
  });

  test('an element written in parts (placeParts) is the element written whole, among whole ones', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.jsonValue(), fc.boolean()), { maxLength: 5 }), (values) => {
      const stream = jsonArrayStream(2);
      const body = values.map(([v, inParts]) => (inParts ? [...stream.placeParts(v)].join('') : stream.element(v))).join('');
      const { head, tail } = stream.end(JSON.stringify({ n: 1, files: ARRAY_SLOT }, null, 2));
      expect(head + body + tail).toBe(JSON.stringify({ n: 1, files: values.map(([v]) => v) }, null, 2));
    }), fuzz(200, 402));
  });
});

describe('jsonParts: a large value\'s text in parts, never whole', () => {
  // Walking down to single values (1 node whole) and stopping at various sizes: the same text every time.
  test('any JSON value at any depth, walked at any grain, is JSON.stringify\'s text', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 5 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 12 }), (value, depth, whole) => {
      let nested: unknown = value;
      let probe: unknown = 0;
      for (let i = 0; i < depth; i++) [nested, probe] = [[nested], [probe]];
      const text = JSON.stringify(nested, null, 2);
      const cut = JSON.stringify(probe, null, 2);
      const before = cut.indexOf('0');
      expect([...jsonParts(value, depth, whole)].join('')).toBe(text.slice(before, text.length - (cut.length - before - 1)));
    }), fuzz(500, 403));
  });

  test('what JSON.stringify leaves out or writes null, and toJSON, the same way', () => {
    const fn = () => 1;
    const value = {
      a: undefined, b: fn, c: Symbol('s'), d: [undefined, fn, Symbol('t'), NaN, -0, Infinity],
      e: new Date(Date.UTC(2026, 0, 2)), f: { toJSON: (key: string) => ({ key, list: [1, 2, { x: 'y' }] }) }, g: {}, h: [], i: '\u2028"\n',
    };
    for (const whole of [1, 2, 5, 1000]) expect([...jsonParts(value, 1, whole)].join('')).toBe(JSON.stringify([value], null, 2).slice(4, -2));
  });

  test('parts are about PART_SIZE long: a large value is never made into one string', () => {
    const value = { list: Array.from({ length: 30_000 }, (_, i) => ({ id: `item-${i}`, n: i, tags: ['a', 'b'] })) };
    const parts = [...jsonParts(value, 2)];
    expect(parts.length).toBeGreaterThan(20);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(PART_SIZE + 2_000);
    expect(parts.join('')).toBe(JSON.stringify([[value]], null, 2).slice(10, -6));
  });
});

describe('jsonArrayStream (errors)', () => {
  test('a depth that does not match the document is an internal error, not a wrong report', () => {
    const stream = jsonArrayStream(3);
    stream.element(1);
    expect(() => stream.end(JSON.stringify({ files: ARRAY_SLOT }, null, 2))).toThrow(/depth 2, not 3/);
    expect(() => jsonArrayStream(2).end('{}')).toThrow(/must appear once/);
  });
});
