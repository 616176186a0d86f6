/**
 * The CLI's usage errors (report outputs, explain's filters, a baseline that is not a report) and its internal-error
 * text, in English and French. Kept apart from ./messages.ts so that the two are edited independently.
 */
import { withFrenchSpacing } from '../i18n/french-spacing.js';
import { makeTranslator, type Dictionary, type MessageArgs } from '../i18n/translate.js';

const messages = {
  en: {
    'explain.unknown-pillar': (a: MessageArgs) => `unknown pillar "${a.pillar}"${a.suggestion ? `; did you mean "${a.suggestion}"?` : ''} Known: ${a.known}.`,
    'explain.unknown-channel': (a: MessageArgs) => `no channel "${a.channel}" in ${a.file}${a.suggestion ? `; did you mean "${a.suggestion}"?` : ''} Channels: ${a.known}.`,
    'outputs.no-format': 'cannot tell the format of "{file}" from its extension; give it with --format before --output',
    'outputs.unknown-format': 'unknown format "{format}"; choose one of: {known}',
    'outputs.one-stdout': 'only one report can go to standard output, but {formats} have no --output file',
    'outputs.and': ' and ',
    'outputs.same-file': 'two reports would be written to the same file "{file}"',
    'outputs.unavailable': 'the {format} format is not available in this version',
    'audit.baseline-not-report': 'the baseline {file} is not an smscore JSON report of format version 1 (make it with: smscore audit --format json)',
    'cli.internal-error':
      'internal error: {message}\nThis is a bug in smscore, not in your file. Please report it at {url} with the command you ran (rerun with --debug to see the stack trace).',
    'cli.internal-error.debug':
      'internal error: {message}\nThis is a bug in smscore, not in your file. Please report it at {url} with the command you ran and the trace below.',
  },
  fr: {
    'explain.unknown-pillar': (a: MessageArgs) => `pilier inconnu «\u00a0${a.pillar}\u00a0»${a.suggestion ? `\u202f; vouliez-vous dire «\u00a0${a.suggestion}\u00a0»\u202f?` : ''} Piliers\u00a0: ${a.known}.`,
    'explain.unknown-channel': (a: MessageArgs) => `aucun canal «\u00a0${a.channel}\u00a0» dans ${a.file}${a.suggestion ? `\u202f; vouliez-vous dire «\u00a0${a.suggestion}\u00a0»\u202f?` : ''} Canaux\u00a0: ${a.known}.`,
    'outputs.no-format': 'impossible de déduire le format de «\u00a0{file}\u00a0» de son extension\u202f; indiquez-le avec --format avant --output',
    'outputs.unknown-format': 'format inconnu «\u00a0{format}\u00a0»\u202f; formats possibles\u00a0: {known}',
    'outputs.one-stdout': 'un seul rapport peut aller sur la sortie standard, mais {formats} n’ont pas de fichier --output',
    'outputs.and': ' et ',
    'outputs.same-file': 'deux rapports seraient écrits dans le même fichier «\u00a0{file}\u00a0»',
    'outputs.unavailable': 'le format {format} n’existe pas dans cette version',
    'audit.baseline-not-report': 'la référence {file} n’est pas un rapport JSON de smscore au format 1 (il se crée avec\u00a0: smscore audit --format json)',
    'cli.internal-error':
      'erreur interne\u00a0: {message}\nC’est un défaut de smscore, pas de votre fichier. Merci de le signaler sur {url} avec la commande lancée (relancez avec --debug pour voir la pile d’appels).',
    'cli.internal-error.debug':
      'erreur interne\u00a0: {message}\nC’est un défaut de smscore, pas de votre fichier. Merci de le signaler sur {url} avec la commande lancée et la pile d’appels ci-dessous.',
  },
} satisfies Dictionary;

export const tUsage = withFrenchSpacing(makeTranslator<keyof typeof messages.en>(messages));
