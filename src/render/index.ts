/**
 * The renderers, by format name. Each is a pure function of the audit outcomes and its options; heavy ones are
 * imported only when asked for.
 *
 * Every format but HTML also has a stream form (STREAM_RENDERERS), so that a run over thousands of files writes
 * each file's part of the report as soon as the file is audited and keeps none of the results: the head, then
 * every file's chunk in order, then the tail, is byte for byte the whole report.
 */
import type { AuditOutcome } from '../audit/index.js';
import type { Locale } from '../i18n/translate.js';
import type { Catalog } from '../questions/index.js';
import type { FileGate } from '../gate/index.js';
import type { Style } from './style.js';
import { plainStyle } from './style.js';
import { streamOf } from './stream-of.js';
import { jsonSafe } from '../util/printable.js';

export interface RenderContext {
  locale: Locale;
  catalog: Catalog;
  catalogVersion: string;
  toolVersion: string;
  /** Colour for the text format (never used when writing to a file). */
  style?: Style;
  width?: number;
  quiet?: boolean;
  verbose?: boolean;
  /** Folder that SARIF and GitHub annotations make paths relative to. */
  root: string;
  /** The CI gate's verdict per audited file, when thresholds, waivers or a baseline are in play. */
  gates?: ReadonlyMap<string, FileGate>;
}

export type Renderer = (outcomes: readonly AuditOutcome[], ctx: RenderContext) => Promise<string>;

/**
 * A file's part of a streamed report: its text, or, when that text is too large to hold as one string (the JSON
 * element of a brand file of thousands of channels runs to 90 MB), its text in parts, made as they are read.
 */
export type Chunk = string | { readonly parts: Iterable<string> };

/** A JSON chunk through jsonSafe(), part by part (it replaces single characters, so any split between parts is fine). */
export function jsonSafeChunk(c: Chunk): Chunk {
  if (typeof c === 'string') return jsonSafe(c);
  const parts = c.parts;
  return { parts: (function* () { for (const part of parts) yield jsonSafe(part); })() };
}

/** The parts of a chunk, in order. */
export function chunkParts(chunk: Chunk): Iterable<string> {
  return typeof chunk === 'string' ? [chunk] : chunk.parts;
}

/** A chunk's whole text (for tests and the whole-report forms: not for a chunk too large to hold). */
export function chunkText(chunk: Chunk): string {
  return typeof chunk === 'string' ? chunk : [...chunk.parts].join('');
}

/** One report being written file by file. */
export interface ReportStream<P = unknown> {
  /**
   * True when the report starts with something known only at the end (totals, a summary): `end()` then gives a
   * head that goes before the first chunk, and whoever writes the report must hold the chunks until then. False:
   * the head is always empty, and chunks can be written as they come.
   */
  readonly headLast: boolean;
  /** This file's part of the report (possibly empty). Files come in report order; the result can be let go of. */
  file(outcome: AuditOutcome): Chunk;
  /**
   * `file` in two steps, so that the costly one can run in a worker thread: `piece` renders what depends on this
   * file alone (no state; its result is plain data that survives a structured clone); `add`, called in report
   * order, keeps the running totals and gives the chunk. `file(o)` is `add(piece(o))`.
   */
  piece(outcome: AuditOutcome): P;
  add(piece: P): Chunk;
  /** After the last file: what goes before the first chunk, and what goes after the last one. */
  end(): { head: string; tail: string };
}

/** `files`: how many outcomes will be given (some formats word a single file's report differently). */
export type StreamRenderer = (ctx: RenderContext, files: number) => Promise<ReportStream>;


/** What a report streamed over these outcomes adds up to: the same text as the format's whole-report renderer. */
export function collectStream(stream: ReportStream, outcomes: readonly AuditOutcome[]): string {
  const body = outcomes.map((o) => chunkText(stream.file(o))).join('');
  const { head, tail } = stream.end();
  return head + body + tail;
}

const textOptions = (ctx: RenderContext) => ({ locale: ctx.locale, style: ctx.style ?? plainStyle, width: ctx.width ?? 80, quiet: ctx.quiet });
const textSeparator = (ctx: RenderContext) => (ctx.quiet ? '\n' : '\n\n' + '─'.repeat(Math.min(ctx.width ?? 80, 80)) + '\n\n');
const joinTextBlocks = (blocks: readonly string[], ctx: RenderContext) => (blocks.length ? blocks.join(textSeparator(ctx)) + '\n' : '');
/** The file's gate, for its text report (waived gaps, the readiness judged). */
const gateOf = (ctx: RenderContext, file: string) => {
  const gate = ctx.gates?.get(file);
  return gate ? { gate } : {};
};
const validOnly = (outcomes: readonly AuditOutcome[]) => outcomes.filter((o): o is Extract<AuditOutcome, { ok: true }> => o.ok).map((o) => o.result);

export const RENDERERS: Record<string, Renderer> = {
  async text(outcomes, ctx) {
    const { renderAuditText } = await import('./terminal.js');
    const opts = textOptions(ctx);
    const blocks = validOnly(outcomes).map((r) =>
      renderAuditText(r, { ...opts, quiet: ctx.quiet, verbose: ctx.verbose, catalog: ctx.catalog, ...gateOf(ctx, r.file) }),
    );
    const { renderGateText, renderSummaryTable } = await import('./gate-text.js');
    if (outcomes.length > 1 && !ctx.quiet) blocks.push(renderSummaryTable(outcomes, ctx.gates, ctx.catalog, opts));
    if (ctx.gates && ctx.gates.size > 0) blocks.push(renderGateText([...ctx.gates.values()], opts));
    return joinTextBlocks(blocks.filter(Boolean), ctx);
  },
  async json(outcomes, ctx) {
    const { auditReportJson } = await import('./json.js');
    return JSON.stringify(auditReportJson(outcomes, ctx), null, 2) + '\n';
  },
  async html(outcomes, ctx) {
    const { renderAuditHtml } = await import('./html.js');
    return renderAuditHtml(validOnly(outcomes), { locale: ctx.locale, catalog: ctx.catalog, toolVersion: ctx.toolVersion, catalogVersion: ctx.catalogVersion, ...(ctx.gates ? { gates: ctx.gates } : {}) });
  },
  async sarif(outcomes, ctx) {
    const { renderSarif } = await import('./ci-sarif.js');
    return renderSarif(outcomes, ctx);
  },
  async junit(outcomes, ctx) {
    const { renderJunit } = await import('./ci-junit.js');
    return renderJunit(outcomes, ctx);
  },
  async github(outcomes, ctx) {
    const { renderGithubAnnotations } = await import('./ci-github.js');
    return renderGithubAnnotations(outcomes, ctx);
  },
  async markdown(outcomes, ctx) {
    const { renderAuditMarkdown } = await import('./markdown.js');
    return renderAuditMarkdown(outcomes, { locale: ctx.locale, catalog: ctx.catalog, ...(ctx.gates ? { gates: ctx.gates } : {}) });
  },
};

/** Stream forms: every format but HTML, which is meant for a handful of brands and is written whole. */
export const STREAM_RENDERERS: Partial<Record<string, StreamRenderer>> = {
  async text(ctx) {
    const { renderAuditText } = await import('./terminal.js');
    const { renderGateText, renderSummaryRows, summaryRow } = await import('./gate-text.js');
    const opts = textOptions(ctx);
    const separator = textSeparator(ctx);
    // The summary across files (when there are several) needs a few figures of each, not the results.
    const rows: ReturnType<typeof summaryRow>[] = [];
    let blocks = 0;
    const block = (text: string) => (blocks++ === 0 ? text : separator + text);
    return streamOf({
      headLast: false,
      piece: (o) => {
        const gate = o.ok ? gateOf(ctx, o.result.file) : {};
        return {
          row: ctx.quiet ? null : summaryRow(o, gate.gate, ctx.catalog),
          text: o.ok ? renderAuditText(o.result, { ...opts, verbose: ctx.verbose, catalog: ctx.catalog, ...gate }) : null,
        };
      },
      add(p) {
        if (p.row) rows.push(p.row);
        return p.text === null ? '' : block(p.text);
      },
      end() {
        let tail = '';
        if (rows.length > 1) tail += block(renderSummaryRows(rows, ctx.gates, opts));
        const gate = ctx.gates && ctx.gates.size > 0 ? renderGateText([...ctx.gates.values()], opts) : '';
        if (gate) tail += block(gate);
        return { head: '', tail: blocks > 0 ? tail + '\n' : '' };
      },
    });
  },
  async json(ctx) {
    const { auditReportJsonStream } = await import('./json.js');
    return auditReportJsonStream(ctx);
  },
  async sarif(ctx) {
    const { sarifStream } = await import('./ci-sarif.js');
    return sarifStream(ctx);
  },
  async junit(ctx) {
    const { junitStream } = await import('./ci-junit.js');
    return junitStream(ctx);
  },
  async github(ctx) {
    const { githubAnnotationsStream } = await import('./ci-github.js');
    return githubAnnotationsStream(ctx);
  },
  async markdown(ctx, files) {
    const { auditMarkdownStream } = await import('./markdown.js');
    return auditMarkdownStream({ locale: ctx.locale, catalog: ctx.catalog, ...(ctx.gates ? { gates: ctx.gates } : {}) }, files);
  },
};
