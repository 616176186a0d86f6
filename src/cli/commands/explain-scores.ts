/** `smscore explain brand.yaml`: every number behind the scores — inputs, formulas, control points, weights. */
import { severityCounts } from '../../model/diagnostic.js';
import { jsonSafe } from '../../util/printable.js';
import { PILLARS, type Pillar } from '../../model/brand.js';
import { loadScoringModel, renderExplanation, scoreBrand } from '../../score/index.js';
import { validateFile } from '../../validate/index.js';
import { suggest } from '../../util/suggest.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { checkNamedBrandFile } from '../inputs.js';
import { t } from '../messages.js';
import { tUsage } from '../usage-messages.js';
import type { ExplainOptions } from './explain.js';
import { validationText } from './validate.js';

export async function explainScores(file: string, opts: ExplainOptions, ctx: CliContext): Promise<number> {
  if (opts.pillar !== undefined && !(PILLARS as readonly string[]).includes(opts.pillar)) {
    const s = suggest(opts.pillar, PILLARS);
    throw new UsageError(tUsage(ctx.locale, 'explain.unknown-pillar', { pillar: opts.pillar, suggestion: s ?? '', known: PILLARS.join(', ') }));
  }
  checkNamedBrandFile(file, ctx.locale);
  const validation = validateFile(file);
  if (!validation.valid || !validation.brand) {
    ctx.err(validationText([validation], false, ctx));
    ctx.err(t(ctx.locale, 'audit.invalid', { file, errors: severityCounts(validation.diagnostics).errors }));
    return EXIT.invalidInput;
  }
  const channels = (validation.brand.channels ?? []).map((c) => c.id);
  if (opts.channel !== undefined && !channels.includes(opts.channel)) {
    const s = suggest(opts.channel, channels);
    throw new UsageError(tUsage(ctx.locale, 'explain.unknown-channel', { channel: opts.channel, file, suggestion: s ?? '', known: channels.join(', ') || '—' }));
  }
  const result = scoreBrand(validation.brand, loadScoringModel());
  if (opts.format === 'json') {
    const pillars = opts.pillar ? [opts.pillar] : PILLARS;
    const scope = opts.channel ? result.channels.find((c) => c.channelId === opts.channel) : undefined;
    const json = {
      formatVersion: 1,
      file,
      channel: opts.channel ?? null,
      overall: scope ? scope.overall : result.overall,
      pillars: (scope ? scope.pillars : result.pillars).filter((p) => pillars.includes(p.pillar)),
      notes: result.notes,
    };
    ctx.out(jsonSafe(JSON.stringify(json, null, 2)));
  } else if (opts.format === 'markdown') {
    const { renderExplanationMarkdown } = await import('../../score/explain-markdown.js');
    ctx.out(renderExplanationMarkdown(result, { locale: ctx.locale, pillar: opts.pillar as Pillar | undefined, channel: opts.channel }));
  } else {
    ctx.out(renderExplanation(result, { locale: ctx.locale, pillar: opts.pillar as Pillar | undefined, channel: opts.channel, width: ctx.width }));
  }
  return EXIT.ok;
}
