/**
 * The audit as one self-contained HTML page a consultant can hand to a client: inline CSS and SVG only (a strict
 * Content-Security-Policy forbids fetching anything), no script, no date (same input, same bytes), printable.
 * Markup is XHTML-clean (void elements closed, attributes quoted) so tests can check it with an XML validator.
 * Every piece of user text goes through esc().
 */
import { formatDataPath } from '../model/diagnostic.js';
import type { AuditResult } from '../audit/index.js';
import type { FileGate } from '../gate/index.js';
import { gapView, waiverOf, type GapView } from '../gate/view.js';
import { dateText, percentText, periodText, signedChange } from '../i18n/numbers.js';
import type { Locale } from '../i18n/translate.js';
import { PILLARS, type BrandFile } from '../model/brand.js';
import { SEVERITIES, displayPath, gapExample, progressText, type Catalog, type Gap, type Readiness, type Severity } from '../questions/index.js';
import { activityText, band, displayScore, genericOverall, noteText, type Band, type ChannelScore } from '../score/index.js';
import { diagnosticMessage } from '../validate/messages.js';
import { PLATFORM_NAMES, th, type HtmlKey } from './html-messages.js';
import { tr } from './messages.js';
import { BAND_COLORS, escapeXml as esc, radarSvg } from './radar.js';

export interface HtmlOptions {
  locale: Locale;
  catalog: Catalog;
  toolVersion: string;
  catalogVersion: string;
  /**
   * The CI gate's verdict per file, when one judged the run: waived gaps are shown as waived, not as open, and
   * readiness is the figure the gate judged, as in the text and Markdown reports.
   */
  gates?: ReadonlyMap<string, FileGate>;
}

const SEVERITY_SYMBOL: Record<Severity, string> = { critical: '✖', major: '▲', minor: '•' };
const SCORING_MODEL_VERSION = 1;

export function renderAuditHtml(results: readonly AuditResult[], options: HtmlOptions): string {
  const { locale } = options;
  const h = (key: HtmlKey, args?: Record<string, string | number>) => th(locale, key, args);
  const first = results[0];
  const title = results.length === 1 && first ? `${first.brand.brand.name} — ${h('doc.title')}` : `smscore — ${h('doc.title')}`;
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${locale}" xmlns="http://www.w3.org/1999/xhtml">`,
    '<head>',
    '<meta charset="utf-8" />',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:" />`,
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<meta name="generator" content="smscore ${esc(options.toolVersion)}" />`,
    `<title>${esc(title)}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    '<main class="report">',
  ];
  if (results.length === 0) out.push(`<p class="card empty">${esc(h('empty'))}</p>`);
  if (results.length > 1) out.push(brandsTable(results, options));
  results.forEach((r, i) => out.push(brandSection(r, i, options)));
  out.push(
    '<footer class="colophon">',
    `<p>${esc(h('footer.made', { tool: options.toolVersion, catalog: options.catalogVersion, model: SCORING_MODEL_VERSION }))}</p>`,
    '</footer>',
    '</main>',
    '</body>',
    '</html>',
  );
  return out.join('\n') + '\n';
}

/** Open and waived gaps and the readiness judged, as every report counts them (src/gate/view.ts). */
const viewOf = (r: AuditResult, options: HtmlOptions): GapView => gapView(r, options.gates?.get(r.file), options.catalog);

function brandsTable(results: readonly AuditResult[], options: HtmlOptions): string {
  const { locale } = options;
  const h = (key: HtmlKey) => esc(th(locale, key));
  const rows = results.map((r, i) => {
    const o = r.scores.overall;
    const view = viewOf(r, options);
    return `<tr><th scope="row"><a href="#brand-${i + 1}">${esc(r.brand.brand.name)}</a></th><td>${scoreChip(o.score, o.band)}</td>` +
      `<td class="num">${percent(view.readiness.overall, locale)}</td><td class="num">${view.open.length}</td><td><code>${esc(r.file)}</code></td></tr>`;
  });
  return `<section class="card brands"><p class="kicker kicker-dark">smscore · ${h('doc.kicker')}</p><h1>${h('h.brands')}</h1>` +
    `<table class="data"><thead><tr><th scope="col">${h('col.brand')}</th><th scope="col">${h('col.overall')}</th><th scope="col" class="num">${h('col.readiness')}</th>` +
    `<th scope="col" class="num">${h('col.open')}</th><th scope="col">${h('col.file')}</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function brandSection(r: AuditResult, index: number, options: HtmlOptions): string {
  const { locale, catalog } = options;
  const h = (key: HtmlKey, args?: Record<string, string | number>) => esc(th(locale, key, args));
  const s = r.scores;
  const o = s.overall;
  const id = `brand-${index + 1}`;
  const name = r.brand.brand.name;
  const out: string[] = [];
  out.push(`<article class="brand" id="${id}" aria-labelledby="${id}-title">`);

  // Header: who, when, from which file, judged by which tool and catalog. No date: the output stays deterministic.
  const period = s.period
    ? `${s.period.label ? `${esc(s.period.label)} · ` : ''}${esc(periodText(s.period.start, s.period.end, locale))}`
    : h('meta.no-period');
  out.push(
    '<header class="brand-header">',
    `<p class="kicker">smscore · ${h('doc.kicker')}</p>`,
    `<h1 id="${id}-title">${esc(name)}</h1>`,
    '<dl class="meta">',
    `<div><dt>${h('meta.period')}</dt><dd>${period}</dd></div>`,
    `<div><dt>${h('meta.file')}</dt><dd><code>${esc(r.file)}</code></dd></div>`,
    `<div><dt>${h('meta.tool')}</dt><dd>smscore ${esc(options.toolVersion)}</dd></div>`,
    `<div><dt>${h('meta.catalog')}</dt><dd><code>${esc(options.catalogVersion)}</code></dd></div>`,
    '</dl>',
    '</header>',
  );

  // Overview: the verdict (gauge, band, key figures) beside the radar of the five pillars.
  const view = viewOf(r, options);
  const rd = view.readiness;
  const bySeverity = (sev: Severity) => view.open.filter((g) => g.severity === sev).length;
  const pillarAxes = s.pillars.map((p) => ({ id: p.pillar, label: tr(locale, `pillar.${p.pillar}`), value: p.score }));
  const stats = [
    stat(h('stat.readiness'), percent(rd.overall, locale), h('stat.readiness.detail', { answered: rd.answered, total: rd.total }), 'readiness'),
    stat(h('stat.open'), String(view.open.length), h('stat.open.detail', { critical: bySeverity('critical'), major: bySeverity('major'), minor: bySeverity('minor') }), 'open'),
  ];
  if (view.waived.length > 0) stats.push(stat(h('stat.waived'), String(view.waived.length), h('stat.waived.detail'), 'waived'));
  if (o.change !== null && o.change !== undefined) stats.push(stat(h('stat.change'), changeCell(o.change, locale), h('stat.change.detail'), 'change'));
  if (r.warnings.length > 0) stats.push(stat(h('stat.warnings'), String(r.warnings.length), h('stat.warnings.detail'), 'warnings'));
  out.push(
    '<section class="card overview">',
    '<div class="verdict">',
    '<div class="verdict-main">',
    gauge(o.score, o.band, `${th(locale, 'overall.label')}: ${scoreText(o.score)} (${tr(locale, `band.${o.band.id}`)})`),
    '<div>',
    `<p class="verdict-label">${h('overall.label')}</p>`,
    `<p class="band-word text-${o.band.id}" data-band="${o.band.id}"><span aria-hidden="true">${o.band.symbol}</span> ${esc(tr(locale, `band.${o.band.id}`))}</p>`,
    o.score === null ? `<p class="muted small">${h('overall.not-measured')}</p>` : '',
    genericOverall(o) ? `<p class="small generic-basis" data-basis="${o.basis}">${esc(tr(locale, 'overall.generic'))}</p>` : '',
    '</div>',
    '</div>',
    `<div class="stats">${stats.join('')}</div>`,
    '</div>',
    '<figure class="overview-radar">',
    radarSvg(pillarAxes, { title: th(locale, 'radar.title', { brand: name }), notMeasuredLabel: tr(locale, 'not-measured'), name: 'overall', className: 'radar-overall' }),
    `<figcaption>${legend(locale)}<span class="muted small">${h('radar.caption')}</span></figcaption>`,
    '</figure>',
    '</section>',
  );

  // Pillars: score, band, change, open questions.
  const rows = s.pillars.map((p) => {
    const open = view.open.filter((g) => g.pillars.includes(p.pillar)).length;
    return `<tr data-pillar="${p.pillar}"><th scope="row">${esc(tr(locale, `pillar.${p.pillar}`))}</th><td class="num">${scoreChip(p.score, p.band)}</td>` +
      `<td class="bar-cell">${bar(p.score)}</td><td class="text-${p.band.id}">${esc(tr(locale, `band.${p.band.id}`))}</td>` +
      `<td class="num">${changeCell(p.change, locale)}</td><td class="num">${openCell(open)}</td></tr>`;
  });
  rows.push(
    `<tr class="total"><th scope="row">${esc(tr(locale, 'overall'))}</th><td class="num">${scoreChip(o.score, o.band)}</td><td class="bar-cell">${bar(o.score)}</td>` +
      `<td class="band-cell text-${o.band.id}">${esc(tr(locale, `band.${o.band.id}`))}</td><td class="num">${changeCell(o.change, locale)}</td><td class="num">${openCell(view.open.length)}</td></tr>`,
  );
  out.push(
    '<section class="card">',
    `<h2>${h('h.pillars')}</h2>`,
    `${scrollWrap(locale)}<table class="data pillars">`,
    `<thead><tr><th scope="col">${h('col.pillar')}</th><th scope="col" class="num">${h('col.score')}</th><th scope="col">${h('col.scale')}</th>` +
      `<th scope="col">${h('col.band')}</th><th scope="col" class="num">${h('col.change')}</th><th scope="col" class="num">${h('col.open')}</th></tr></thead>`,
    `<tbody>${rows.join('')}</tbody>`,
    '</table></div>',
  );
  const activity = activityText(s, locale);
  if (activity) out.push(`<p class="note activity">${esc(activity)}</p>`);
  if (r.unmeasuredPillars.length > 0) out.push(`<p class="note">${esc(tr(locale, 'unmeasured.note'))}</p>`);
  if (!s.hasPrevious) out.push(`<p class="note">${h('change.none.note')}</p>`);
  if (s.notes.length > 0) {
    out.push(`<h3>${h('h.notes')}</h3>`, `<ul class="notes">${s.notes.map((n) => `<li>${esc(noteText(n, locale))}</li>`).join('')}</ul>`);
  }
  out.push('</section>');

  out.push(channelsSection(s.channels, locale));
  out.push(readinessSection(rd, catalog, locale));
  out.push(gapsSection(view, options.gates?.get(r.file), catalog, locale, r.brand));

  if (r.warnings.length > 0) {
    out.push(
      '<section class="card warnings">',
      `<h2>${h('h.warnings')} <span class="count">${r.warnings.length}</span></h2>`,
      '<ul class="warning-list">',
      ...r.warnings.map((w) => `<li><code class="where">${esc(`${w.location.file}:${w.location.line}:${w.location.col}`)}</code> <span>${esc(diagnosticMessage(locale, w.code, w.args))}</span></li>`),
      '</ul>',
      '</section>',
    );
  }
  out.push(`<p class="explain-hint">${h('footer.explain', { file: r.file })}</p>`);
  out.push('</article>');
  return out.filter((x) => x !== '').join('\n');
}

function channelsSection(channels: readonly ChannelScore[], locale: Locale): string {
  const h = (key: HtmlKey, args?: Record<string, string | number>) => esc(th(locale, key, args));
  const out = ['<section class="card channels">', `<h2>${h('h.channels')}</h2>`];
  if (channels.length === 0) {
    out.push(`<p class="muted">${esc(tr(locale, 'channels.none'))}</p>`, '</section>');
    return out.join('\n');
  }
  const head = PILLARS.map((p) => `<th scope="col">${esc(tr(locale, `pillar.${p}`))}</th>`).join('');
  const rows = channels.map((c) => {
    const cells = PILLARS.map((p) => {
      const ps = c.pillars.find((x) => x.pillar === p);
      return `<td data-pillar="${p}">${cellScore(ps?.score ?? null)}</td>`;
    }).join('');
    return `<tr data-channel="${esc(c.channelId)}"><th scope="row">${channelName(c, locale)}</th><td class="overall-cell">${cellScore(c.overall.score)}</td>${cells}</tr>`;
  });
  out.push(
    `${scrollWrap(locale)}<table class="data matrix">`,
    `<thead><tr><th scope="col">${h('col.channel')}</th><th scope="col">${h('col.overall')}</th>${head}</tr></thead>`,
    `<tbody>${rows.join('')}</tbody>`,
    '</table></div>',
    `<h3>${h('h.channel-radars')}</h3>`,
    `<p class="muted small screen-only">${h('channels.hint')}</p>`,
    '<div class="channel-radars">',
  );
  for (const c of channels) {
    const axes = c.pillars.map((p) => ({ id: p.pillar, label: tr(locale, `pillar.${p.pillar}`), value: p.score }));
    out.push(
      `<details class="channel-radar" data-channel="${esc(c.channelId)}">`,
      `<summary><span class="summary-name">${channelName(c, locale)}</span>${scoreChip(c.overall.score, c.overall.band)}</summary>`,
      radarSvg(axes, { title: th(locale, 'radar.channel.title', { channel: c.label ?? c.channelId }), notMeasuredLabel: tr(locale, 'not-measured'), name: `channel:${c.channelId}` }),
      '</details>',
    );
  }
  out.push('</div>', '</section>');
  return out.join('\n');
}

function channelName(c: ChannelScore, locale: Locale): string {
  const platform = PLATFORM_NAMES[c.platform]?.[locale] ?? c.platform;
  const main = c.label ?? platform;
  // The id only when it tells something the name does not.
  const sub = [c.label ? platform : '', c.channelId !== c.platform && c.channelId !== c.label ? c.channelId : ''].filter(Boolean).join(' · ');
  return `<span class="channel-name">${esc(main)}</span>${sub ? `<span class="channel-sub">${esc(sub)}</span>` : ''}`;
}

function readinessSection(rd: Readiness, catalog: Catalog, locale: Locale): string {
  const h = (key: HtmlKey, args?: Record<string, string | number>) => esc(th(locale, key, args));
  const rows = catalog.sections
    .filter((sec) => rd.bySection[sec.id])
    .map((sec) => {
      const part = rd.bySection[sec.id]!;
      return `<li class="meter-row" data-section="${esc(sec.id)}"><span class="meter-label">${esc(sec.title[locale])}</span>` +
        `<span class="meter"><span class="meter-fill" style="width:${part.score}%"></span></span>` +
        `<span class="meter-value">${percent(part.score, locale)}</span><span class="meter-count">${h('readiness.answered', { answered: part.answered, total: part.total })}</span></li>`;
    });
  return [
    '<section class="card readiness">',
    `<h2>${h('h.readiness')}</h2>`,
    `<p class="muted small">${h('readiness.intro')}</p>`,
    `<div class="readiness-overall"><span class="readiness-value">${percent(rd.overall, locale)}</span>` +
      `<span class="meter meter-lg"><span class="meter-fill" style="width:${rd.overall}%"></span></span>` +
      `<span class="muted small">${h('stat.readiness.detail', { answered: rd.answered, total: rd.total })}</span></div>`,
    `<h3>${h('h.readiness.sections')}</h3>`,
    `<ul class="meters">${rows.join('')}</ul>`,
    '</section>',
  ].join('\n');
}

function gapsSection(view: GapView, gate: FileGate | undefined, catalog: Catalog, locale: Locale, brand: BrandFile): string {
  const h = (key: HtmlKey, args?: Record<string, string | number>) => esc(th(locale, key, args));
  const out = ['<section class="card gaps">', `<h2>${h('h.gaps')} <span class="count">${view.open.length}</span></h2>`];
  if (view.open.length === 0) out.push(`<p class="all-answered">${esc(tr(locale, 'gaps.none'))}</p>`);
  for (const sev of SEVERITIES) {
    const group = view.open.filter((g) => g.severity === sev);
    if (group.length === 0) continue;
    out.push(
      `<section class="severity" data-severity="${sev}">`,
      `<h3><span class="sev-badge sev-${sev}"><span aria-hidden="true">${SEVERITY_SYMBOL[sev]}</span> ${esc(tr(locale, `severity.${sev}`))}</span> <span class="muted">${h('gaps.count', { count: group.length })}</span></h3>`,
      '<ol class="gap-list">',
      ...group.map((g) => gapItem(g, catalog, locale, brand)),
      '</ol>',
      '</section>',
    );
  }
  if (view.waived.length > 0 && gate) {
    // Waived questions stay visible, with the written reason that stopped them failing the run.
    out.push(
      '<section class="severity waived" data-severity="waived">',
      `<h3><span class="sev-badge sev-waived"><span aria-hidden="true">○</span> ${esc(tr(locale, 'waived', { count: view.waived.length }))}</span></h3>`,
      '<ol class="gap-list">',
      ...view.waived.map((g) => gapItem(g, catalog, locale, brand, waiverText(g, gate, locale))),
      '</ol>',
      '</section>',
    );
  }
  out.push('</section>');
  return out.join('\n');
}

function waiverText(g: Gap, gate: FileGate, locale: Locale): string | undefined {
  const use = waiverOf(g, gate);
  return use && tr(locale, 'gap.waived', { reason: use.waiver.reason, expires: dateText(use.waiver.expires ?? '', locale), expired: use.expired ? 1 : '' });
}

/** `waived`: the waiver's words, for a question a waiver covers. */
function gapItem(g: Gap, catalog: Catalog, locale: Locale, brand: BrandFile, waived?: string): string {
  const h = (key: HtmlKey) => esc(th(locale, key));
  const q = catalog.questions.find((x) => x.id === g.questionId);
  const scope = g.channelId ? tr(locale, 'gap.channel', { id: g.channelId }) : g.item ? tr(locale, 'gap.item', { id: g.item.id ?? `#${g.item.index + 1}` }) : '';
  const where = `${g.location.file}:${g.location.line}:${g.location.col}`;
  const path = gapPath(g) || (q ? displayPath(q) : '');
  const pillars = g.pillars.map((p) => `<span class="tag">${esc(tr(locale, `pillar.${p}`))}</span>`).join('');
  return [
    `<li class="gap sev-line-${g.severity}" data-question="${esc(g.questionId)}">`,
    `<div class="gap-head"><code class="gap-id">${esc(g.questionId)}</code>${scope ? `<span class="gap-scope">${esc(scope)}</span>` : ''}` +
      (g.progress ? `<span class="gap-progress">${esc(progressText(g.progress, locale))}</span>` : '') +
      `<span class="gap-where" title="${h('gap.where')}">${esc(where)}</span></div>`,
    q ? `<p class="gap-question">${esc(q.question[locale])}</p>` : '',
    waived ? `<p class="gap-waiver">${esc(waived)}</p>` : '',
    q ? `<p class="gap-why"><strong>${h('gap.why')}</strong> ${esc(q.why[locale])}</p>` : '',
    `<div class="gap-how"><p><strong>${h('gap.how')}</strong> ${h('gap.answer-in')} <code>${esc(path)}</code></p>` +
      (q ? `<pre>${esc(gapExample(q, g, brand, locale).trimEnd())}</pre>` : '') + '</div>',
    pillars ? `<p class="gap-pillars"><span class="muted">${h('gap.pillars')}</span> ${pillars}</p>` : '',
    '</li>',
  ].filter((x) => x !== '').join('');
}

/** channels[2].owner, as a reader writes a path. */
function gapPath(g: Gap): string {
  return formatDataPath(g.path);
}

function stat(label: string, value: string, detail: string, kind: string): string {
  return `<div class="stat" data-stat="${kind}"><p class="stat-value">${value}</p><div><p class="stat-label">${label}</p><p class="stat-detail">${detail}</p></div></div>`;
}

function legend(locale: Locale): string {
  const items = (['good', 'needs-work', 'poor', 'not-measured'] as const).map((id) => {
    const b = band(id === 'good' ? 95 : id === 'needs-work' ? 70 : id === 'poor' ? 20 : null);
    return `<span class="legend-item"><span class="legend-sym text-${id}" aria-hidden="true">${b.symbol}</span>${esc(th(locale, `legend.${id}`))}</span>`;
  });
  return `<span class="legend">${items.join('')}</span>`;
}

/** Lighthouse's round gauge: the arc is the score, the number inside in the band's text colour. */
function gauge(score: number | null, b: Band, label: string): string {
  const colors = BAND_COLORS[b.id];
  const radius = 52;
  const circumference = 2 * Math.PI * radius;
  const arc = score === null ? 0 : (Math.min(100, Math.max(0, score)) / 100) * circumference;
  const text = scoreText(score);
  return `<svg class="gauge" viewBox="0 0 128 128" width="128" height="128" role="img" aria-label="${esc(label)}">` +
    `<circle cx="64" cy="64" r="${radius}" fill="${colors.fill}" fill-opacity="0.1" stroke="#e8eaed" stroke-width="9"/>` +
    (arc > 0 ? `<circle class="gauge-arc" cx="64" cy="64" r="${radius}" fill="none" stroke="${colors.fill}" stroke-width="9" stroke-linecap="round" stroke-dasharray="${arc.toFixed(2)} ${circumference.toFixed(2)}" transform="rotate(-90 64 64)"/>` : '') +
    `<text x="64" y="64" text-anchor="middle" dominant-baseline="central" font-size="${score === null ? 28 : 40}" font-weight="700" fill="${colors.text}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">${esc(text)}</text></svg>`;
}

function scoreText(score: number | null): string {
  return score === null ? 'n/m' : String(displayScore(score));
}

function scoreChip(score: number | null, b: Band): string {
  return `<span class="score text-${b.id}"><span class="sym" aria-hidden="true">${b.symbol}</span> ${scoreText(score)}</span>`;
}

/** Number over a thin bar: one cell of the channel matrix. */
function cellScore(score: number | null): string {
  const b = band(score);
  return `<span class="cell">${scoreChip(score, b)}${bar(score, true)}</span>`;
}

function bar(score: number | null, small = false): string {
  const cls = small ? 'bar bar-sm' : 'bar';
  if (score === null) return `<span class="${cls} bar-nm"></span>`;
  const width = Math.min(100, Math.max(0, score)).toFixed(1);
  return `<span class="${cls}"><span class="bar-fill bg-${band(score).id}" style="width:${width}%"></span></span>`;
}

function percent(value: number, locale: Locale): string {
  return percentText(value, locale);
}

function changeCell(change: number | null | undefined, locale: Locale): string {
  if (change === null || change === undefined) return `<span class="muted" title="${esc(th(locale, 'change.none'))}">–</span>`;
  const cls = change > 0.05 ? 'up' : change < -0.05 ? 'down' : 'flat';
  return `<span class="change change-${cls}">${signedChange(change, locale)}</span>`;
}

/** Opens the box of a table that may be wider than a phone: on a narrow screen it scrolls sideways, and says so. */
function scrollWrap(locale: Locale): string {
  return `<p class="scroll-hint" aria-hidden="true">${esc(th(locale, 'table.scroll-hint'))}</p><div class="table-wrap" data-scroll="x">`;
}

function openCell(count: number): string {
  return count === 0 ? '<span class="muted">0</span>' : `<span class="open-count">${count}</span>`;
}


const CSS = `
:root{--good:#0c6;--good-text:#080;--needs:#fa3;--needs-text:#c33300;--poor:#f33;--poor-text:#c00;--nm:#9aa0a6;--nm-text:#5f6368;
--ink:#1d2433;--muted:#5f6673;--line:#e3e6eb;--soft:#f4f5f8;--card:#fff;--accent:#3454d1;--accent-dark:#1f2a55;color-scheme:light}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--soft);color:var(--ink);font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-variant-numeric:tabular-nums}
.report{max-width:1040px;margin:0 auto;padding:32px 24px 40px}
p{margin:0}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"DejaVu Sans Mono",monospace;font-size:.86em}
a{color:var(--accent)}
h1{margin:0 0 16px;font-size:30px;line-height:1.2;font-weight:700;letter-spacing:-.01em;overflow-wrap:anywhere}
h2{margin:0 0 16px;font-size:19px;line-height:1.3;font-weight:700;letter-spacing:-.005em}
h3{margin:22px 0 10px;font-size:15px;font-weight:650}
.muted{color:var(--muted)}
.small{font-size:12.5px}
.num{text-align:right}
.count{display:inline-block;min-width:26px;padding:1px 9px;margin-left:6px;border-radius:999px;background:var(--soft);color:var(--muted);font-size:13px;font-weight:600;text-align:center;vertical-align:2px}
.brand{margin-bottom:40px}
.brand-header{padding:28px 32px 26px;margin-bottom:20px;border-radius:14px;color:#fff;background:linear-gradient(120deg,var(--accent-dark) 0%,#2c3f98 55%,var(--accent) 100%)}
.kicker{margin:0 0 6px;font-size:12px;font-weight:600;letter-spacing:.09em;text-transform:uppercase;opacity:.8}
.kicker-dark{color:var(--muted);opacity:1}
.meta{display:flex;flex-wrap:wrap;gap:10px 36px;margin:0}
.meta div{min-width:0}
.meta dt{font-size:11px;letter-spacing:.07em;text-transform:uppercase;opacity:.72}
.meta dd{margin:2px 0 0;font-weight:500;overflow-wrap:anywhere}
.meta code{font-size:.9em}
.card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:24px 28px;margin:0 0 20px;box-shadow:0 1px 3px rgba(16,24,40,.05)}
.card>h2:first-child{margin-top:0}
.overview{display:grid;grid-template-columns:minmax(280px,1fr) minmax(0,1.25fr);gap:28px;align-items:center}
.verdict-main{display:flex;align-items:center;gap:20px;margin-bottom:22px}
.gauge{flex:none;width:128px;height:128px}
.verdict-label{font-size:12px;font-weight:600;letter-spacing:.07em;text-transform:uppercase;color:var(--muted)}
.band-word{font-size:22px;font-weight:700;margin-top:2px}
.stats{display:grid;gap:0;border-top:1px solid var(--line)}
.stat{display:flex;align-items:center;gap:16px;padding:12px 4px;border-bottom:1px solid var(--line)}
.stat-label{font-size:11.5px;font-weight:600;letter-spacing:.06em;text-transform:uppercase;color:var(--muted)}
.stat-value{flex:none;min-width:84px;font-size:26px;font-weight:700;line-height:1.2}
.stat-detail{font-size:12.5px;color:var(--muted)}
.overview-radar{margin:0;text-align:center}
.radar{display:block;width:100%;max-width:470px;height:auto;margin:0 auto}
figcaption{margin-top:8px}
.legend{display:flex;flex-wrap:wrap;justify-content:center;gap:4px 16px;font-size:12.5px;margin-bottom:4px}
.legend-item{display:inline-flex;align-items:center;gap:5px;white-space:nowrap}
.legend-sym{font-weight:700}
.bg-good{background:var(--good)}.bg-needs-work{background:var(--needs)}.bg-poor{background:var(--poor)}.bg-not-measured{background:var(--nm)}
.text-good{color:var(--good-text)}.text-needs-work{color:var(--needs-text)}.text-poor{color:var(--poor-text)}.text-not-measured{color:var(--nm-text)}
.table-wrap{overflow-x:auto}
table.data{width:100%;border-collapse:collapse}
.data th,.data td{padding:10px 12px;border-bottom:1px solid var(--line);text-align:left;vertical-align:middle}
.data thead th{font-size:11.5px;font-weight:600;letter-spacing:.05em;text-transform:uppercase;color:var(--muted);border-bottom:2px solid var(--line);white-space:nowrap}
.data .num{text-align:right}
.data tbody th{font-weight:600}
.data tr.total th,.data tr.total td{border-bottom:none;border-top:2px solid var(--line);font-weight:700}
.score{font-weight:700;white-space:nowrap}
.score .sym{font-size:.85em;margin-right:1px}
.bar-cell{width:34%}
.band-cell{white-space:nowrap}
.bar{display:block;height:10px;border-radius:5px;background:#eceef2;overflow:hidden}
.bar-sm{height:6px;border-radius:3px;margin-top:5px}
.bar-fill{display:block;height:100%;border-radius:inherit}
.bar-nm{background:repeating-linear-gradient(135deg,#eceef2 0 4px,#f8f9fb 4px 8px)}
.change{font-weight:600;white-space:nowrap}.change-up{color:var(--good-text)}.change-down{color:var(--poor-text)}.change-flat{color:var(--muted)}
.open-count{font-weight:600}
.note{margin-top:12px;font-size:13px;color:var(--muted)}
.notes{margin:0;padding-left:20px;font-size:13.5px}
.matrix th,.matrix td{padding:10px 10px}
.matrix thead th{white-space:normal}
.matrix tbody th{min-width:150px}
.matrix td{min-width:82px}
.matrix .overall-cell{background:#f8f9fc}
.cell{display:block}
.channel-name{display:block;font-weight:600;overflow-wrap:anywhere}
.channel-sub{display:block;font-size:12px;font-weight:400;color:var(--muted);overflow-wrap:anywhere}
.channel-radars{display:grid;grid-template-columns:repeat(auto-fill,minmax(270px,1fr));gap:12px;align-items:start}
.channel-radar[open]{grid-column:1/-1}
.channel-radar{border:1px solid var(--line);border-radius:10px;padding:0}
.channel-radar summary{display:flex;align-items:center;justify-content:space-between;gap:12px;padding:10px 14px;cursor:pointer;list-style:none}
.channel-radar summary::-webkit-details-marker{display:none}
.channel-radar summary::before{content:"";flex:none;width:7px;height:7px;border-right:2px solid var(--muted);border-bottom:2px solid var(--muted);transform:rotate(-45deg);transition:transform .15s}
.channel-radar[open] summary::before{transform:rotate(45deg)}
.summary-name{flex:1;min-width:0}
.channel-radar[open] summary{border-bottom:1px solid var(--line)}
.channel-radar .radar{padding:10px}
.readiness-overall{display:flex;align-items:center;gap:18px;margin:14px 0 4px}
.readiness-value{font-size:30px;font-weight:700;min-width:80px}
.meter{display:block;flex:1;height:10px;border-radius:5px;background:#eceef2;overflow:hidden}
.meter-lg{height:14px;border-radius:7px;max-width:420px}
.meter-fill{display:block;height:100%;border-radius:inherit;background:var(--accent)}
.meters{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:1fr 1fr;gap:10px 36px}
.meter-row{display:grid;grid-template-columns:minmax(0,1fr) 54px 44px;grid-template-areas:"label value count" "meter meter meter";align-items:baseline;gap:4px 8px;font-size:13.5px}
.meter-label{grid-area:label}
.meter-row .meter{grid-area:meter;height:8px}
.meter-value{grid-area:value;text-align:right;font-weight:650}
.meter-count{grid-area:count;text-align:right;color:var(--muted);font-size:12px}
.severity+.severity{margin-top:8px}
.sev-badge{display:inline-block;padding:3px 11px;border-radius:999px;font-size:13px;font-weight:700;letter-spacing:.02em;text-transform:uppercase}
.sev-critical{background:#fde7e7;color:var(--poor-text)}.sev-major{background:#fff1dc;color:var(--needs-text)}.sev-minor{background:#e8eefc;color:#2846b0}
.gap-list{list-style:none;margin:0;padding:0}
.gap{padding:14px 16px 14px 18px;margin:0 0 10px;border:1px solid var(--line);border-left:4px solid var(--nm);border-radius:8px}
.sev-line-critical{border-left-color:var(--poor)}.sev-line-major{border-left-color:var(--needs)}.sev-line-minor{border-left-color:#7b93e0}
.sev-waived{background:var(--soft);color:var(--muted)}.waived .gap{border-left-color:var(--nm);border-left-style:dashed}
.gap-waiver{margin:4px 0 8px;font-size:13.5px;color:var(--needs-text)}
.gap-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 12px;margin-bottom:6px}
.gap-id{font-weight:700;color:var(--ink);font-size:13px}
.gap-scope,.gap-progress{font-size:12.5px;padding:0 8px;border-radius:999px;background:var(--soft);color:var(--muted)}
.gap-where{margin-left:auto;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"DejaVu Sans Mono",monospace;font-size:12px;color:var(--muted);overflow-wrap:anywhere}
.gap-question{font-size:15.5px;font-weight:600;margin-bottom:4px}
.gap-why{color:#3d4452;font-size:14px;margin-bottom:8px}
.gap-how{font-size:14px}
.gap-how code{background:var(--soft);padding:1px 6px;border-radius:4px}
pre{margin:6px 0 0;padding:10px 14px;background:#f6f7f9;border:1px solid var(--line);border-radius:8px;overflow-x:auto;white-space:pre-wrap;line-height:1.45;font-size:12.5px}
.gap-pillars{margin-top:8px;font-size:12.5px}
.tag{display:inline-block;margin:0 4px 0 2px;padding:0 8px;border-radius:999px;border:1px solid var(--line);font-size:12px}
.all-answered{color:var(--good-text);font-weight:600}
.warning-list{margin:0;padding-left:20px}
.warning-list li{margin-bottom:6px}
.where{color:var(--muted)}
.explain-hint,.colophon{font-size:12.5px;color:var(--muted);text-align:center;margin-top:8px}
.colophon{border-top:1px solid var(--line);padding-top:16px}
@media (max-width:760px){.overview{grid-template-columns:1fr}.meters{grid-template-columns:1fr}.report{padding:16px 12px}.card{padding:18px 16px}.brand-header{padding:22px 20px}}
.scroll-hint{display:none}
@media (max-width:600px){
.readiness-overall{flex-wrap:wrap;gap:6px 14px}
.meter-lg{flex:1 1 160px;min-width:120px}
.readiness-overall .small{flex-basis:100%}
.data th,.data td{padding:8px 7px}
.matrix tbody th{min-width:110px}
.matrix td{min-width:64px}
/* A table wider than the phone scrolls inside its card: a line says so, and a shadow marks the hidden side. */
.scroll-hint{display:block;margin:0 0 6px;font-size:12px;color:var(--muted)}
.table-wrap{background:linear-gradient(to right,var(--card) 30%,rgba(255,255,255,0)),linear-gradient(to left,var(--card) 30%,rgba(255,255,255,0)) 100% 0,radial-gradient(farthest-side at 0 50%,rgba(16,24,40,.22),rgba(16,24,40,0)),radial-gradient(farthest-side at 100% 50%,rgba(16,24,40,.22),rgba(16,24,40,0)) 100% 0;background-repeat:no-repeat;background-size:36px 100%,36px 100%,12px 100%,12px 100%;background-attachment:local,local,scroll,scroll}
}
@page{margin:14mm 12mm}
@media print{
body{background:#fff;font-size:10pt}
.report{max-width:none;padding:0}
.brand-header{background:none;color:var(--ink);border-radius:0;padding:0 0 10px;margin-bottom:14px;border-bottom:2px solid var(--ink)}
.kicker{color:var(--muted);opacity:1}
.card{box-shadow:none;border:none;border-radius:0;padding:0;margin:0 0 16pt}
.brand+.brand,.brands+.brand{break-before:page}
/* Big blocks may split across pages (kept whole, they jumped to the next page and left pages half blank); their rows and items may not. */
.overview{grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:16pt}
.overview-radar .radar{max-width:300px}
tr,figure,.channel-radar,.gap-head,.gap-question,.gap-why,.stat,.meter-row,.readiness-overall,.verdict-main{break-inside:avoid}
h2,h3,.gap-head,.gap-question,.gap-why,.gap-how{break-after:avoid}
.gap{box-decoration-break:clone;-webkit-box-decoration-break:clone}
p,li{orphans:3;widows:3}
thead{display:table-header-group}
/* Printed, nothing scrolls: every column fits the page width and no scroll bar is drawn. */
.table-wrap,pre{overflow:visible;background:none}
.scroll-hint{display:none}
.data th,.data td{padding:5px 6px}
.data thead th{white-space:normal;font-size:8pt;letter-spacing:.02em}
.matrix tbody th,.matrix td{min-width:0}
pre{overflow-wrap:anywhere}
.bar,.bar-fill,.meter,.meter-fill,.gauge,.radar{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.matrix .overall-cell,.count,.gap-scope,.gap-progress,.gap-how code,pre,.sev-badge{background:none}
.sev-badge{padding:0}
pre{border-color:var(--line)}
details::details-content{content-visibility:visible;display:block}
.channel-radars{grid-template-columns:1fr 1fr}
.channel-radar[open]{grid-column:auto}
.channel-radar summary::before,.screen-only{display:none}
.channel-radar summary{border-bottom:1px solid var(--line)}
a{color:inherit;text-decoration:none}
}
`.trim();
