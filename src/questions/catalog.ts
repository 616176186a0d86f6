/**
 * Loads question packs (catalog/questions/*.yaml plus the user's own), validates each against
 * schemas/question.schema.json and merges them into one Catalog. Packs are data only: nothing in them is run.
 * parsePack and buildCatalog are pure; loadCatalog is the only part that reads files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type * as Crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import type { ErrorObject } from 'ajv';
import { yamlLib } from '../load/yaml-lib.js';
import { parseSource, type ParsedSource } from '../load/source.js';
import { packagePath } from '../io/package-root.js';
import { READ_LIMITS, readText } from '../io/read-text.js';
import { questionValidator } from '../io/validators.js';
import { fromPointer, type DataPath, type Diagnostic, type SourceLocation } from '../model/diagnostic.js';
import type { Catalog, Question, Rule, Section, SourceRef } from './types.js';

const require = createRequire(import.meta.url);

export type CatalogErrorCode =
  | 'catalog.read'
  | 'catalog.yaml'
  | 'catalog.schema'
  | 'catalog.not-a-pack'
  | 'catalog.duplicate-question'
  | 'catalog.duplicate-section'
  | 'catalog.unknown-section'
  | 'catalog.answer-values'
  | 'catalog.answer-refers-to'
  | 'catalog.bad-example';

/**
 * A pack that cannot be used; `location` points at the offending place in the pack file. `problem`: the load or
 * YAML diagnostic behind a 'catalog.read' or 'catalog.yaml' error, worded in the user's language when shown.
 */
export class CatalogError extends Error {
  constructor(
    readonly code: CatalogErrorCode,
    readonly location: SourceLocation,
    readonly args: Record<string, string | number> = {},
    readonly problem?: Pick<Diagnostic, 'code' | 'args'>,
  ) {
    super(`${location.file}:${location.line}:${location.col}: ${code}${args.detail ? ` ${args.detail}` : ''}`);
    this.name = 'CatalogError';
  }
}

interface RawSection { id: string; order: number; title: Section['title']; description?: Section['description'] }
type RawQuestion = Omit<Question, 'kind' | 'pack' | 'sources'> & { kind?: Question['kind']; sources: (string | SourceRef)[] };

/** A plain string in `sources` names an article without a section; every source becomes a structured one. */
const sourceRefs = (sources: RawQuestion['sources']): SourceRef[] => sources.map((s) => (typeof s === 'string' ? { article: s } : s));
interface PackData { sections?: RawSection[]; questions?: RawQuestion[] }

export interface ParsedPack {
  file: string;
  data: PackData;
  source: ParsedSource;
  /** Shipped packs, validated when the package was built: their examples need no second check. */
  trusted?: boolean;
}

/**
 * Compiled from schemas/question.schema.json at build time (scripts/build-validators.mjs): no ajv at run time, and
 * loaded only when a pack is parsed (the shipped packs come bundled, already checked).
 */
const packValidator = questionValidator;

/** ajv's most useful error: the deepest one, since a failed branch also fails its parents. */
function pickError(errors: readonly ErrorObject[]): ErrorObject {
  const unknownCheck = errors.find((e) => e.keyword === 'discriminator');
  if (unknownCheck) return unknownCheck;
  return [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0]!;
}

function describeAjv(e: ErrorObject): string {
  const where = e.instancePath || '/';
  if (e.keyword === 'additionalProperties') return `${where}: unknown key "${String(e.params.additionalProperty)}"`;
  if (e.keyword === 'discriminator') return `${where}: unknown check "${String(e.params.tagValue)}"`;
  if (e.keyword === 'enum') return `${where}: must be one of ${(e.params.allowedValues as unknown[]).join(', ')}`;
  return `${where}: ${e.message ?? e.keyword}`;
}

/** Parses and schema-checks one pack's text. Throws CatalogError. */
export function parsePack(file: string, text: string): ParsedPack {
  const source = parseSource(file, text);
  const broken = source.diagnostics.find((d) => d.severity === 'error');
  if (broken || source.data === undefined) {
    throw new CatalogError('catalog.yaml', broken?.location ?? { file, line: 1, col: 1 }, { detail: String(broken?.args.detail ?? broken?.code ?? 'empty') }, broken ?? { code: 'load.empty', args: {} });
  }
  // A file that is plainly no pack (a mapping with neither `questions` nor `sections`, or no mapping at all) is
  // said to be so, and nothing of it is quoted: a configuration or a typo may point at any file, and its key names
  // would reach the CI log (issue 20, item 6).
  const data = source.data as Record<string, unknown> | null;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !(Object.hasOwn(data, 'questions') || Object.hasOwn(data, 'sections'))) {
    throw new CatalogError('catalog.not-a-pack', { file, line: 1, col: 1 });
  }
  const validate = packValidator();
  if (!validate(source.data)) {
    const e = pickError(validate.errors ?? []);
    const path = fromPointer(e.instancePath);
    const target = e.keyword === 'additionalProperties' ? [...path, String(e.params.additionalProperty)] : path;
    throw new CatalogError('catalog.schema', source.locate(target, 'key'), { detail: describeAjv(e) });
  }
  return { file, data: source.data as PackData, source };
}

/** Merges parsed packs into a catalog, checking what a schema cannot: unique ids, known sections, usable examples. */
export function buildCatalog(packs: readonly ParsedPack[]): Catalog {
  const sections = new Map<string, Section>();
  for (const p of packs) {
    (p.data.sections ?? []).forEach((s, i) => {
      if (sections.has(s.id)) {
        throw new CatalogError('catalog.duplicate-section', p.source.locate(['sections', i, 'id']), { id: s.id, detail: s.id });
      }
      sections.set(s.id, { ...s, pack: p.file });
    });
  }
  const seen = new Set<string>();
  const questions: Question[] = [];
  for (const p of packs) {
    (p.data.questions ?? []).forEach((raw, i) => {
      const at = (...rest: DataPath): SourceLocation => p.source.locate(['questions', i, ...rest]);
      if (seen.has(raw.id)) throw new CatalogError('catalog.duplicate-question', at('id'), { id: raw.id, detail: raw.id });
      seen.add(raw.id);
      if (!sections.has(raw.section)) throw new CatalogError('catalog.unknown-section', at('section'), { id: raw.section, detail: raw.section });
      if (raw.answer.kind === 'enum' && !raw.answer.values) throw new CatalogError('catalog.answer-values', at('answer'), { id: raw.id, detail: raw.id });
      if (raw.answer.kind === 'refs' && !raw.answer.refersTo) throw new CatalogError('catalog.answer-refers-to', at('answer'), { id: raw.id, detail: raw.id });
      if (p.trusted) {
        questions.push({ ...raw, kind: raw.kind ?? 'question', sources: sourceRefs(raw.sources), answeredWhen: raw.answeredWhen as Rule, pack: p.file });
        return;
      }
      for (const key of ['example', 'exampleFr'] as const) {
        const text = raw.answer[key];
        if (text === undefined) continue;
        let example: unknown;
        try {
          example = yamlLib().parse(text, { maxAliasCount: 0 });
        } catch (err) {
          throw new CatalogError('catalog.bad-example', at('answer', key), { id: raw.id, detail: (err as Error).message.split('\n')[0] ?? '' });
        }
        if (example === null || typeof example !== 'object' || Array.isArray(example)) {
          throw new CatalogError('catalog.bad-example', at('answer', key), { id: raw.id, detail: 'not a map' });
        }
      }
      questions.push({ ...raw, kind: raw.kind ?? 'question', sources: sourceRefs(raw.sources), answeredWhen: raw.answeredWhen as Rule, pack: p.file });
    });
  }
  const ordered = [...sections.values()].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const rank = new Map(ordered.map((s, i) => [s.id, i]));
  // Array.prototype.sort is stable: within a section, questions keep the order they are written in.
  questions.sort((a, b) => rank.get(a.section)! - rank.get(b.section)!);
  return { sections: ordered, questions };
}

export interface LoadCatalogOptions {
  /** Paths of extra pack files (the user's own questions). */
  extraPacks?: readonly string[];
  /** Where the shipped packs are; defaults to the package's catalog/questions. */
  dir?: string;
}

function readPack(file: string): ParsedPack {
  const read = readText(file, READ_LIMITS.pack);
  if (!read.ok) {
    const d = read.diagnostic;
    throw new CatalogError('catalog.read', d.location, { detail: String(d.args.detail ?? d.code) }, d);
  }
  return parsePack(file, read.text);
}

/** Reads, validates and merges the shipped packs and any extra ones. Throws CatalogError. */
export function loadCatalog(options: LoadCatalogOptions = {}): Catalog {
  const extra = (options.extraPacks ?? []).map(readPack);
  if (options.dir === undefined) {
    const bundle = readBundle();
    if (bundle) {
      const catalog = buildCatalog([...bundle.packs, ...extra]);
      if (extra.length === 0) fingerprints.set(catalog, bundle.fingerprint);
      return catalog;
    }
  }
  const dir = options.dir ?? packagePath('catalog', 'questions');
  const shipped = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(dir, f));
  return buildCatalog([...shipped.map(readPack), ...extra]);
}

/**
 * The shipped packs as bundled at build time (dist/generated/catalog.json, written by scripts/build-data.mjs after
 * validating them with this same code): one JSON.parse instead of ten YAML parses. Undefined when running from
 * sources without a build, in which case the YAML packs are read.
 */
export function bundledPacks(): ParsedPack[] | undefined {
  return readBundle()?.packs;
}

/** dist/generated/catalog.json: the shipped packs, and the fingerprint of the catalog they make on their own. */
function readBundle(): { fingerprint: string; packs: ParsedPack[] } | undefined {
  const file = packagePath('dist', 'generated', 'catalog.json');
  if (!existsSync(file)) return undefined;
  const bundle = JSON.parse(readFileSync(file, 'utf8')) as { fingerprint: string; packs: { file: string; data: PackData }[] };
  const stub = (name: string): ParsedSource => ({ file: name, text: '', data: undefined, diagnostics: [], locate: () => ({ file: name, line: 1, col: 1 }), has: () => false });
  return {
    fingerprint: bundle.fingerprint,
    packs: bundle.packs.map((p) => ({ file: packagePath(p.file), data: p.data, source: stub(p.file), trusted: true })),
  };
}

const fingerprints = new WeakMap<Catalog, string>();

/**
 * A short fingerprint of the catalog's questions, so reports say which catalog judged them. The shipped catalog's
 * is computed at build time (scripts/build-data.mjs, with this function): a run that only shows a text report
 * then never loads node:crypto, a few milliseconds of every cold start (docs/PERFORMANCE.md).
 */
export function catalogVersion(catalog: Catalog): string {
  let fingerprint = fingerprints.get(catalog);
  if (fingerprint === undefined) {
    const hash = (require('node:crypto') as typeof Crypto).createHash('sha256');
    for (const q of catalog.questions) hash.update(`${q.id}|${q.severity}|${q.section}|${JSON.stringify(q.answeredWhen)}\n`);
    fingerprint = hash.digest('hex').slice(0, 12);
    fingerprints.set(catalog, fingerprint);
  }
  return fingerprint;
}

/** The pack's file name without folders, as shown in docs. */
export function packName(q: Pick<Question, 'pack'>): string {
  return basename(q.pack);
}
