/**
 * The renderers, by format name. Each is a pure function of the audit outcomes and its options; heavy ones are
 * imported only when asked for.
 */
import type { AuditOutcome } from '../audit/index.js';
import type { Locale } from '../i18n/translate.js';
import type { Catalog } from '../questions/index.js';
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
}

export type Renderer = (outcomes: readonly AuditOutcome[], ctx: RenderContext) => Promise<string>;

const validOnly = (outcomes: readonly AuditOutcome[]) => outcomes.filter((o): o is Extract<AuditOutcome, { ok: true }> => o.ok).map((o) => o.result);

export const RENDERERS: Record<string, Renderer> = {
  async text(outcomes, ctx) {
    const { renderAuditText } = await import('./terminal.js');
    const blocks = validOnly(outcomes).map((r) =>
      renderAuditText(r, { locale: ctx.locale, style: ctx.style ?? plainStyle, width: ctx.width ?? 80, quiet: ctx.quiet, verbose: ctx.verbose, catalog: ctx.catalog }),
    );
    return blocks.length ? blocks.join('\n\n' + '─'.repeat(Math.min(ctx.width ?? 80, 80)) + '\n\n') + '\n' : '';
  },
  async json(outcomes, ctx) {
    const { auditReportJson } = await import('./json.js');
    return JSON.stringify(auditReportJson(outcomes, ctx), null, 2) + '\n';
  },
  async markdown(outcomes, ctx) {
    const { renderAuditMarkdown } = await import('./markdown.js');
    return renderAuditMarkdown(outcomes, ctx);
  },
};
