/** Words of the CLI itself (summaries, headings), in English and French. */
import { makeTranslator, type Dictionary, type MessageArgs } from '../i18n/translate.js';

const plural = (n: unknown, one: string, many: string) => (Number(n) === 1 ? one : many);
/** French uses the singular for 0 and 1. */
const pluralFr = (n: unknown, one: string, many: string) => (Number(n) < 2 ? one : many);

const messages = {
  en: {
    'validate.summary': (a: MessageArgs) =>
      `${a.files} ${plural(a.files, 'file', 'files')} checked: ${a.valid} valid, ${a.invalid} invalid ` +
      `(${a.errors} ${plural(a.errors, 'error', 'errors')}, ${a.warnings} ${plural(a.warnings, 'warning', 'warnings')})`,
    'validate.ok': '{file}: valid',
    'audit.invalid': (a: MessageArgs) =>
      `${a.file}: not audited, the file has ${a.errors} ${plural(a.errors, 'error', 'errors')} (run "smscore validate ${a.file}" for the same list)`,
    'audit.interrupted': (a: MessageArgs) => (a.files ? `Interrupted: ${a.files} left unchanged.` : 'Interrupted.'),
  },
  fr: {
    'validate.summary': (a: MessageArgs) =>
      `${a.files} ${pluralFr(a.files, 'fichier vérifié', 'fichiers vérifiés')} : ${a.valid} ${pluralFr(a.valid, 'valide', 'valides')}, ` +
      `${a.invalid} ${pluralFr(a.invalid, 'invalide', 'invalides')} (${a.errors} ${pluralFr(a.errors, 'erreur', 'erreurs')}, ` +
      `${a.warnings} ${pluralFr(a.warnings, 'avertissement', 'avertissements')})`,
    'validate.ok': '{file} : valide',
    'audit.invalid': (a: MessageArgs) =>
      `${a.file} : pas d’audit, le fichier contient ${a.errors} ${pluralFr(a.errors, 'erreur', 'erreurs')} (« smscore validate ${a.file} » donne la même liste)`,
    'audit.interrupted': (a: MessageArgs) => (a.files ? `Interrompu : ${a.files} laissé tel quel.` : 'Interrompu.'),
  },
} satisfies Dictionary;

export const t = makeTranslator<keyof typeof messages.en>(messages);
