/** Words of the CI gate, in English and French. */
import { dateText, decimalText, signedChange } from '../i18n/numbers.js';
import { makeTranslator, type Dictionary, type MessageArgs } from '../i18n/translate.js';
import type { GateFailure } from './index.js';

const PILLAR: Record<'en' | 'fr', Record<string, string>> = {
  en: { overall: 'overall', visibility: 'Visibility', amplification: 'Amplification', conversion: 'Conversion', engagement: 'Engagement', satisfaction: 'Satisfaction' },
  fr: { overall: 'global', visibility: 'Visibilité', amplification: 'Amplification', conversion: 'Conversion', engagement: 'Engagement', satisfaction: 'Satisfaction' },
};
const SEV: Record<'en' | 'fr', Record<string, string>> = {
  en: { critical: 'critical', major: 'major', minor: 'minor' },
  fr: { critical: 'critique', major: 'majeure', minor: 'mineure' },
};
const notMeasured = (v: unknown, fr: boolean) => (v === 'not measured' ? (fr ? 'non mesuré' : 'not measured') : fr ? decimalText(String(v), 'fr') : String(v));

const messages = {
  en: {
    'failure.min-score': (a: MessageArgs) => `overall score ${notMeasured(a.actual, false)} is below the minimum ${a.limit}`,
    'failure.min-pillar': (a: MessageArgs) => `${PILLAR.en[String(a.pillar)]} ${notMeasured(a.actual, false)} is below the minimum ${a.limit}`,
    'failure.min-readiness': 'readiness {actual}% is below the minimum {limit}%',
    'failure.gap': (a: MessageArgs) => `${SEV.en[String(a.severity)]} question left open: ${a.question}${a.channel ? ` (channel ${a.channel})` : ''}`,
    'failure.expired-waiver': 'waiver #{index} ({target}) expired on {expires}: renew it with a new date and reason, or answer the question',
    'failure.regression': (a: MessageArgs) => `${PILLAR.en[String(a.what)]} dropped from ${notMeasured(a.before, false)} to ${notMeasured(a.after, false)} (${signedChange(Number(a.change), 'en')}; tolerance ${a.tolerance})`,
    'gate.passed': 'CI gate: passed',
    'gate.failed': (a: MessageArgs) => `CI gate: FAILED (${a.count} failure${Number(a.count) === 1 ? '' : 's'})`,
    'gate.thresholds': 'thresholds',
    'gate.none': 'no threshold set',
    'gate.waivers': (a: MessageArgs) => `Waivers (${a.count})`,
    'gate.waiver': (a: MessageArgs) => `#${a.index} ${a.target}${a.channel ? ` (channel ${a.channel})` : ''}: "${a.reason}"${a.expires ? ` — until ${a.expires}` : ''}${a.expired ? ' — EXPIRED' : ''} — covers ${a.covered}`,
    'gate.unused': 'nothing (check the question id, channel and files)',
    'gate.with-without': 'scores without → with waivers: overall {o1} → {o2}, readiness {r1}% → {r2}%',
    'gate.baseline': (a: MessageArgs) => `since the baseline: overall ${a.before} → ${a.after}${a.change !== '' ? ` (${a.change})` : ''} · ${a.opened} question${Number(a.opened) === 1 ? '' : 's'} opened, ${a.closed} closed`,
    'gate.baseline.missing': 'not in the baseline report (new file?)',
    'gate.opened': 'opened: {list}',
    'gate.closed': 'closed: {list}',
    'summary.head': 'Summary across brands',
    'summary.file': 'File',
    'summary.brand': 'Brand',
    'summary.gate': 'Gate',
    'summary.pass': 'pass',
    'summary.fail': 'FAIL',
    'summary.invalid': 'invalid',
  },
  fr: {
    'failure.min-score': (a: MessageArgs) => `score global ${notMeasured(a.actual, true)} sous le minimum ${decimalText(a.limit ?? '', 'fr')}`,
    'failure.min-pillar': (a: MessageArgs) => `${PILLAR.fr[String(a.pillar)]} ${notMeasured(a.actual, true)} sous le minimum ${decimalText(a.limit ?? '', 'fr')}`,
    'failure.min-readiness': 'maturité {actual}\u00a0% sous le minimum {limit}\u00a0%',
    'failure.gap': (a: MessageArgs) => `question ${SEV.fr[String(a.severity)]} restée ouverte\u00a0: ${a.question}${a.channel ? ` (canal ${a.channel})` : ''}`,
    'failure.expired-waiver': 'la dérogation n° {index} ({target}) a expiré le {expires}\u00a0: renouvelez-la avec une nouvelle date et une raison, ou répondez à la question',
    'failure.regression': (a: MessageArgs) => `${PILLAR.fr[String(a.what)]} est passé de ${notMeasured(a.before, true)} à ${notMeasured(a.after, true)} (${signedChange(Number(a.change), 'fr')}\u202f; tolérance ${decimalText(a.tolerance ?? '', 'fr')})`,
    'gate.passed': 'Contrôle CI\u00a0: réussi',
    'gate.failed': (a: MessageArgs) => `Contrôle CI\u00a0: ÉCHEC (${a.count} échec${Number(a.count) < 2 ? '' : 's'})`,
    'gate.thresholds': 'seuils',
    'gate.none': 'aucun seuil défini',
    'gate.waivers': (a: MessageArgs) => `Dérogations (${a.count})`,
    'gate.waiver': (a: MessageArgs) => `n° ${a.index} ${a.target}${a.channel ? ` (canal ${a.channel})` : ''}\u00a0: «\u00a0${a.reason}\u00a0»${a.expires ? ` — jusqu’au ${a.expires}` : ''}${a.expired ? ' — EXPIRÉE' : ''} — couvre ${a.covered}`,
    'gate.unused': 'rien (vérifiez l’identifiant de la question, le canal et les fichiers)',
    'gate.with-without': 'scores sans → avec dérogations\u00a0: global {o1} → {o2}, maturité {r1}\u00a0% → {r2}\u00a0%',
    'gate.baseline': (a: MessageArgs) => `depuis la référence\u00a0: global ${a.before} → ${a.after}${a.change !== '' ? ` (${a.change})` : ''} · ${a.opened} question${Number(a.opened) < 2 ? '' : 's'} ouverte${Number(a.opened) < 2 ? '' : 's'}, ${a.closed} fermée${Number(a.closed) < 2 ? '' : 's'}`,
    'gate.baseline.missing': 'absent du rapport de référence (nouveau fichier\u202f?)',
    'gate.opened': 'ouvertes\u00a0: {list}',
    'gate.closed': 'fermées\u00a0: {list}',
    'summary.head': 'Synthèse des marques',
    'summary.file': 'Fichier',
    'summary.brand': 'Marque',
    'summary.gate': 'Contrôle',
    'summary.pass': 'ok',
    'summary.fail': 'ÉCHEC',
    'summary.invalid': 'invalide',
  },
} satisfies Dictionary;

export const tg = makeTranslator<keyof typeof messages.en>(messages);

export function failureText(f: GateFailure, locale: 'en' | 'fr'): string {
  // A waiver's expiry date is kept as the configuration writes it (ISO) in the failure, and read in words here.
  const args = typeof f.args.expires === 'string' ? { ...f.args, expires: dateText(f.args.expires, locale) } : f.args;
  return tg(locale, `failure.${f.kind}`, args);
}
