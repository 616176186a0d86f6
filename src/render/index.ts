/**
 * The renderers, by format name. Each is a pure function of the audit outcomes and its options; heavy ones are
 * imported only when asked for.
 */
import type { AuditOutcome } from '../audit/index.js';
import type { Locale } from '../i18n/translate.js';
import type { Catalog } from '../questions/index.js';
import type { FileGate } from '../gate/index.js';
import type { Style } from './style.js';
import { plainStyle } from './style.js';

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

const validOnly = (outcomes: readonly AuditOutcome[]) => outcomes.filter((o): o is Extract<AuditOutcome, { ok: true }> => o.ok).map((o) => o.result);

export const RENDERERS: Record<string, Renderer> = {
  async text(outcomes, ctx) {
    const { renderAuditText } = await import('./terminal.js');
    const blocks = validOnly(outcomes).map((r) =>
      renderAuditText(r, { locale: ctx.locale, style: ctx.style ?? plainStyle, width: ctx.width ?? 80, quiet: ctx.quiet, verbose: ctx.verbose, catalog: ctx.catalog }),
    );
    const { renderGateText, renderSummaryTable } = await import('./gate-text.js');
    const opts = { locale: ctx.locale, style: ctx.style ?? plainStyle, width: ctx.width ?? 80 };
    if (outcomes.length > 1 && !ctx.quiet) blocks.push(renderSummaryTable(outcomes, ctx.gates, opts));
    if (ctx.gates && ctx.gates.size > 0) blocks.push(renderGateText([...ctx.gates.values()], opts));
    const separator = ctx.quiet ? '\n' : '\n\n' + '─'.repeat(Math.min(ctx.width ?? 80, 80)) + '\n\n';
    return blocks.length ? blocks.join(separator) + '\n' : '';
  },
  async json(outcomes, ctx) {
    const { auditReportJson } = await import('./json.js');
    return JSON.stringify(auditReportJson(outcomes, ctx), null, 2) + '\n';
  },
  async html(outcomes, ctx) {
    const { renderAuditHtml } = await import('./html.js');
    return renderAuditHtml(validOnly(outcomes), { locale: ctx.locale, catalog: ctx.catalog, toolVersion: ctx.toolVersion, catalogVersion: ctx.catalogVersion });
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
