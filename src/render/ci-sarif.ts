/**
 * SARIF 2.1.0 for code scanning: one rule per catalog question (plus rules for input problems and the CI gate),
 * one result per open question located at file:line:col, waived questions as suppressed results with their
 * reason, and fingerprints that survive edits above the line.
 */
import { pathToFileURL } from 'node:url';
import type { AuditOutcome } from '../audit/index.js';
import { failureText } from '../gate/messages.js';
import type { Locale } from '../i18n/translate.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { displayPath, exampleIn, sourceText, type Catalog, type Question, type Severity } from '../questions/index.js';
import { diagnosticHint, diagnosticMessage } from '../validate/messages.js';
import { gapFingerprint, gapMessage, repoPath, sarifArtifactLocation } from './ci-common.js';
import type { RenderContext, ReportStream } from './index.js';
import { streamOf } from './stream-of.js';
import { ARRAY_SLOT, jsonArrayStream } from './json-stream.js';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { critical: 'error', major: 'warning', minor: 'note' };

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: Level };
  properties: Record<string, unknown>;
}

const TOOL_RULES: Record<string, { level: Level; en: [string, string]; fr: [string, string] }> = {
  'smscore/invalid-input': { level: 'error', en: ['The brand file is not valid', 'The file must be valid YAML and follow the brand-file schema before it can be audited.'], fr: ['Le fichier de marque est invalide', 'Le fichier doit être du YAML valide et suivre le schéma avant de pouvoir être audité.'] },
  'smscore/suspicious-figure': { level: 'warning', en: ['Figures that cannot all be true', 'Real exports contain impossible rows; the audit runs, but these figures should be checked.'], fr: ['Des chiffres qui ne peuvent être tous vrais', 'Les exports réels contiennent des lignes impossibles\u202f; l’audit tourne, mais ces chiffres sont à vérifier.'] },
  'smscore/min-score': { level: 'error', en: ['Overall score below the minimum', 'The configuration sets a minimum overall score.'], fr: ['Score global sous le minimum', 'La configuration fixe un score global minimum.'] },
  'smscore/min-pillar': { level: 'error', en: ['Pillar score below the minimum', 'The configuration sets a minimum for this pillar.'], fr: ['Score de pilier sous le minimum', 'La configuration fixe un minimum pour ce pilier.'] },
  'smscore/min-readiness': { level: 'error', en: ['Readiness below the minimum', 'The configuration sets a minimum share of questions answered.'], fr: ['Maturité sous le minimum', 'La configuration fixe une part minimale de questions répondues.'] },
  'smscore/expired-waiver': { level: 'error', en: ['A waiver has expired', 'Renew it with a new date and reason, or answer the question.'], fr: ['Une dérogation a expiré', 'Renouvelez-la avec une nouvelle date et une raison, ou répondez à la question.'] },
  'smscore/regression': { level: 'error', en: ['A score dropped since the baseline', 'A score dropped by more than the tolerance given with --fail-on-regression.'], fr: ['Un score a baissé depuis la référence', 'Un score a baissé de plus que la tolérance donnée par --fail-on-regression.'] },
};

function questionRule(q: Question, locale: Locale): SarifRule {
  const path = displayPath(q);
  const sources = q.sources.map((src) => sourceText(src, locale, (text) => text)).join(locale === 'fr' ? '\u202f; ' : '; ') +
    (q.inference ? (locale === 'fr' ? ' (déduction de smscore)' : " (smscore's inference)") : '');
  const example = exampleIn(q, locale);
  return {
    id: q.id,
    name: q.id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(''),
    shortDescription: { text: q.question[locale] },
    fullDescription: { text: q.why[locale] },
    help: {
      text: `${q.why[locale]}\n\n${locale === 'fr' ? 'Répondre dans\u00a0:' : 'Answer in:'} ${path}\n\n${example}\n${locale === 'fr' ? 'Source\u00a0:' : 'Source:'} ${sources}`,
      markdown: `${q.why[locale]}\n\n**${locale === 'fr' ? 'Répondre dans' : 'Answer in'}** \`${path}\`${locale === 'fr' ? '\u00a0:' : ':'}\n\n\`\`\`yaml\n${example.trimEnd()}\n\`\`\`\n\n_${sources}_`,
    },
    defaultConfiguration: { level: LEVEL[q.severity] },
    properties: { tags: ['smscore', q.section, ...q.pillars], severity: q.severity, section: q.section, pillars: q.pillars },
  };
}

function toolRule(id: string, locale: Locale): SarifRule {
  const r = TOOL_RULES[id]!;
  const [short, full] = r[locale];
  return { id, name: id.replace('smscore/', '').split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(''), shortDescription: { text: short }, fullDescription: { text: full }, help: { text: full, markdown: full }, defaultConfiguration: { level: r.level }, properties: { tags: ['smscore'] } };
}

function location(file: string, root: string, line = 1, col = 1) {
  return [{ physicalLocation: { artifactLocation: sarifArtifactLocation(file, root), region: { startLine: line, startColumn: col } } }];
}

function diagnosticResult(d: Diagnostic, ruleId: string, root: string, locale: Locale) {
  const hint = diagnosticHint(locale, d.code, d.args);
  return {
    ruleId,
    level: d.severity === 'error' ? 'error' : 'warning',
    message: { text: `${diagnosticMessage(locale, d.code, d.args)}${hint ? ` (${hint})` : ''} [${d.code}]` },
    locations: location(d.location.file, root, d.location.line, d.location.col),
  };
}

/** The results of one file, in report order; notes in `usedToolRules` the tool rules they refer to. */
function fileResults(o: AuditOutcome, ctx: RenderContext, usedToolRules: Set<string>): Record<string, unknown>[] {
  const { locale, catalog, root } = ctx;
  const results: Record<string, unknown>[] = [];
  if (!o.ok) {
    for (const d of o.validation.diagnostics) {
      const rule = d.severity === 'error' ? 'smscore/invalid-input' : 'smscore/suspicious-figure';
      usedToolRules.add(rule);
      results.push(diagnosticResult(d, rule, root, locale));
    }
    return results;
  }
  const r = o.result;
  const gate = ctx.gates?.get(r.file);
  const waived = new Map((gate?.waivedGaps ?? []).map((g) => [g, gate!.waivers.find((u) => u.waiver.question === g.questionId && (u.waiver.channel === undefined || u.waiver.channel === g.channelId))]));
  for (const g of r.gaps) {
    const q = catalog.questions.find((x) => x.id === g.questionId);
    const use = waived.get(g);
    results.push({
      ruleId: g.questionId,
      ...(q ? { ruleIndex: catalog.questions.indexOf(q) } : {}),
      level: LEVEL[g.severity],
      message: { text: gapMessage(g, catalog, locale) },
      locations: location(r.file, root, g.location.line, g.location.col),
      partialFingerprints: { 'smscore/v1': gapFingerprint(repoPath(r.file, root), g) },
      ...(use ? { suppressions: [{ kind: 'external', status: 'accepted', justification: use.waiver.reason }] } : {}),
    });
  }
  for (const w of r.warnings) {
    usedToolRules.add('smscore/suspicious-figure');
    results.push(diagnosticResult(w, 'smscore/suspicious-figure', root, locale));
  }
  for (const f of gate?.failures ?? []) {
    if (f.kind === 'gap') continue; // already a result of its own question, at its place
    const ruleId = `smscore/${f.kind}`;
    usedToolRules.add(ruleId);
    results.push({ ruleId, level: 'error', message: { text: failureText(f, locale) }, locations: location(r.file, root, f.line, f.col) });
  }
  return results;
}

/** The SARIF log around its results: the rules come first, and list the tool rules that some result used. */
function sarifLog(ctx: RenderContext, usedToolRules: ReadonlySet<string>, results: unknown) {
  const { locale, catalog, root } = ctx;
  const rules = [...catalog.questions.map((q) => questionRule(q, locale)), ...Object.keys(TOOL_RULES).filter((id) => usedToolRules.has(id)).map((id) => toolRule(id, locale))];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'smscore', version: ctx.toolVersion, semanticVersion: ctx.toolVersion, rules, properties: { catalogVersion: ctx.catalogVersion } } },
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(root).href.replace(/\/?$/, '/') } },
      invocations: [{ executionSuccessful: true }],
      results,
      columnKind: 'utf16CodeUnits',
    }],
  };
}

export function renderSarif(outcomes: readonly AuditOutcome[], ctx: RenderContext): string {
  const usedToolRules = new Set<string>();
  const results = outcomes.flatMap((o) => fileResults(o, ctx, usedToolRules));
  return JSON.stringify(sarifLog(ctx, usedToolRules, results), null, 2) + '\n';
}

/** The same log, streamed: each file's results as it comes; the rules, which come first, at the end. */
export function sarifStream(ctx: RenderContext): ReportStream {
  const usedToolRules = new Set<string>();
  const results = jsonArrayStream(4);
  return streamOf({
    headLast: true,
    piece(o) {
      const used = new Set<string>();
      const texts = fileResults(o, ctx, used).map((r) => results.indented(r));
      return { used: [...used], texts };
    },
    add(p) {
      for (const id of p.used) usedToolRules.add(id);
      return p.texts.map((t) => results.place(t)).join('');
    },
    end: () => results.end(JSON.stringify(sarifLog(ctx, usedToolRules, ARRAY_SLOT), null, 2) + '\n'),
  });
}
