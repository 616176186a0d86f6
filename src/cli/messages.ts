/** Words of the CLI itself (summaries, headings), in English and French. */
import { groupedText } from '../i18n/numbers.js';
import { makeTranslator, type Dictionary, type MessageArgs } from '../i18n/translate.js';

const plural = (n: unknown, one: string, many: string) => (Number(n) === 1 ? one : many);
/** French uses the singular for 0 and 1. */
const pluralFr = (n: unknown, one: string, many: string) => (Number(n) < 2 ? one : many);

/** A count grouped by thousands as each language writes it (20,000; 20 000). */
const n = (v: unknown, locale: 'en' | 'fr') => groupedText(Number(v), locale);

const messages = {
  en: {
    'validate.summary': (a: MessageArgs) =>
      `${n(a.files, 'en')} ${plural(a.files, 'file', 'files')} checked: ${n(a.valid, 'en')} valid, ${n(a.invalid, 'en')} invalid ` +
      `(${n(a.errors, 'en')} ${plural(a.errors, 'error', 'errors')}, ${n(a.warnings, 'en')} ${plural(a.warnings, 'warning', 'warnings')})`,
    'validate.ok': '{file}: valid',
    'audit.invalid': (a: MessageArgs) =>
      `${a.file}: not audited, the file has ${n(a.errors, 'en')} ${plural(a.errors, 'error', 'errors')} (run "smscore validate ${a.file}" for the same list)`,
    'audit.interrupted': (a: MessageArgs) => (a.files ? `Interrupted: ${a.files} left unchanged.` : 'Interrupted.'),
    'inputs.none-given':
      'no brand file given, and no configuration (smscore.config.yaml, looked for from here upwards) to say where they are. ' +
      'Name files, folders or quoted globs, e.g. "brands/", or run the command in a strategy repository that has a smscore.config.yaml (docs/CI.md).',
    'inputs.none-found': (a: MessageArgs) =>
      `no brand file found in ${a.input}` +
      (Number(a.skipped) > 0 ? ` (${a.skipped} ${plural(a.skipped, 'path', 'paths')} skipped: YAML files that are not brand files, question packs or ignored paths; --verbose lists them)` : '') +
      '. A brand file has "smscore: 1" at its top level.',
    'inputs.not-brand': '{file} is not a brand file: it has no top-level "smscore:" key (its keys: {keys}).',
    'inputs.hint.pack': 'It looks like a question pack: pass it with --pack {file} (or list it under packs: in smscore.config.yaml).',
    'inputs.hint.config': 'It looks like a smscore configuration: pass it with --config {file}.',
    'inputs.hint.mapping': 'It looks like a column mapping for imports: use it with "smscore import generic … --mapping {file}".',
    'inputs.hint.other': 'If it is a brand file, add "smscore: 1" at its top (see examples/minimal.yaml); otherwise, leave it out of the command.',
    'inputs.skipped.ignored': 'skipped {path}: ignored by the configuration (ignore:)',
    'inputs.skipped.pack': 'skipped {path}: a question pack (packs: or --pack)',
    'inputs.skipped.not-brand': 'skipped {path}: not a brand file (no top-level "smscore:" key)',
    'cli.stdout-failed': 'cannot write to standard output ({code}): what was meant for it is incomplete; report files, if any, are complete.',
  },
  fr: {
    'validate.summary': (a: MessageArgs) =>
      `${n(a.files, 'fr')} ${pluralFr(a.files, 'fichier vérifié', 'fichiers vérifiés')}\u00a0: ${n(a.valid, 'fr')} ${pluralFr(a.valid, 'valide', 'valides')}, ` +
      `${n(a.invalid, 'fr')} ${pluralFr(a.invalid, 'invalide', 'invalides')} (${n(a.errors, 'fr')} ${pluralFr(a.errors, 'erreur', 'erreurs')}, ` +
      `${n(a.warnings, 'fr')} ${pluralFr(a.warnings, 'avertissement', 'avertissements')})`,
    'validate.ok': '{file}\u00a0: valide',
    'audit.invalid': (a: MessageArgs) =>
      `${a.file}\u00a0: pas d’audit, le fichier contient ${n(a.errors, 'fr')} ${pluralFr(a.errors, 'erreur', 'erreurs')} («\u00a0smscore validate ${a.file}\u00a0» donne la même liste)`,
    'audit.interrupted': (a: MessageArgs) => (a.files ? `Interrompu\u00a0: ${a.files} laissé tel quel.` : 'Interrompu.'),
    'inputs.none-given':
      'aucun fichier de marque indiqué, et aucune configuration (smscore.config.yaml, cherchée d’ici vers le haut) pour dire où ils sont. ' +
      'Indiquez des fichiers, des dossiers ou des motifs entre guillemets, par exemple «\u00a0brands/\u00a0», ou lancez la commande dans un dépôt de stratégie qui a un smscore.config.yaml (docs/CI.md).',
    'inputs.none-found': (a: MessageArgs) =>
      `aucun fichier de marque dans ${a.input}` +
      (Number(a.skipped) > 0 ? ` (${a.skipped} ${pluralFr(a.skipped, 'chemin écarté', 'chemins écartés')}\u00a0: fichiers YAML qui ne sont pas des fichiers de marque, packs de questions ou chemins ignorés\u202f; --verbose en donne la liste)` : '') +
      '. Un fichier de marque a «\u00a0smscore: 1\u00a0» au premier niveau.',
    'inputs.not-brand': '{file} n’est pas un fichier de marque\u00a0: il n’a pas de clé «\u00a0smscore:\u00a0» au premier niveau (ses clés\u00a0: {keys}).',
    'inputs.hint.pack': 'Il ressemble à un pack de questions\u00a0: passez-le avec --pack {file} (ou ajoutez-le sous packs: dans smscore.config.yaml).',
    'inputs.hint.config': 'Il ressemble à une configuration smscore\u00a0: passez-le avec --config {file}.',
    'inputs.hint.mapping': 'Il ressemble à une correspondance de colonnes pour l’import\u00a0: utilisez-le avec «\u00a0smscore import generic … --mapping {file}\u00a0».',
    'inputs.hint.other': 'Si c’est un fichier de marque, ajoutez «\u00a0smscore: 1\u00a0» en tête (voir examples/minimal.yaml)\u202f; sinon, retirez-le de la commande.',
    'inputs.skipped.ignored': '{path} écarté\u00a0: ignoré par la configuration (ignore:)',
    'inputs.skipped.pack': '{path} écarté\u00a0: pack de questions (packs: ou --pack)',
    'inputs.skipped.not-brand': '{path} écarté\u00a0: pas un fichier de marque (pas de clé «\u00a0smscore:\u00a0» au premier niveau)',
    'cli.stdout-failed': 'impossible d’écrire sur la sortie standard ({code})\u00a0: ce qui devait y paraître est incomplet\u202f; les fichiers de rapport, s’il y en a, sont complets.',
  },
} satisfies Dictionary;

export const t = makeTranslator<keyof typeof messages.en>(messages);
