/** Why a file could not be written (src/io/atomic-write.ts), in English and French. */
import { makeTranslator, type Dictionary, type Locale, type MessageArgs } from '../i18n/translate.js';

export type WriteProblem = 'io' | 'spool' | 'read-only' | 'dangling-link' | 'link-loop' | 'changed' | 'locked';

const messages = {
  en: {
    io: 'cannot write {file} ({code}); the existing file, if any, is unchanged',
    spool: 'cannot write a temporary file in {file} ({code}) to hold the report until its end',
    'read-only': '{file} is read-only (mode {mode}) and was left unchanged; make it writable (chmod u+w {file}) if smscore should replace it',
    'dangling-link': '{file} is a symbolic link to {target}, which does not exist; nothing was written. Create that file, or replace the link with a file',
    'link-loop': '{file} is a symbolic link that never reaches a file (a loop of links); nothing was written',
    changed: '{file} changed after smscore read it (another command or an editor wrote to it); nothing was written, so that change is kept. Run the command again',
    locked: '{file} is being written by another process (pid {pid}, lock file {lock}); nothing was written. Run the command again; if no smscore is running, delete {lock}',
  },
  fr: {
    io: 'impossible d’écrire {file} ({code})\u202f; le fichier existant, s’il y en a un, est inchangé',
    spool: 'impossible d’écrire un fichier temporaire dans {file} ({code}) pour garder le rapport jusqu’à sa fin',
    'read-only': '{file} est en lecture seule (mode {mode}) et n’a pas été modifié\u202f; rendez-le modifiable (chmod u+w {file}) si smscore doit le remplacer',
    'dangling-link': '{file} est un lien symbolique vers {target}, qui n’existe pas\u202f; rien n’a été écrit. Créez ce fichier, ou remplacez le lien par un fichier',
    'link-loop': '{file} est un lien symbolique qui ne mène à aucun fichier (une boucle de liens)\u202f; rien n’a été écrit',
    changed: '{file} a changé depuis que smscore l’a lu (une autre commande ou un éditeur l’a modifié)\u202f; rien n’a été écrit, ce changement est donc conservé. Relancez la commande',
    locked: '{file} est en cours d’écriture par un autre processus (pid {pid}, fichier de verrou {lock})\u202f; rien n’a été écrit. Relancez la commande\u202f; si aucun smscore ne tourne, supprimez {lock}',
  },
} satisfies Dictionary<WriteProblem>;

/** Exported for the catalogue of every message (src/i18n/catalogue.ts). */
export const tWrite = makeTranslator<WriteProblem>(messages);
const t = tWrite;

/** The files a command reads, as named in a refusal to write over one of them. */
export type InputRole = 'brand' | 'config' | 'pack' | 'baseline' | 'answers' | 'mapping' | 'export';

const inputs = {
  en: {
    brand: 'the brand file', config: 'the configuration', pack: 'the question pack', baseline: 'the baseline',
    answers: 'the answers file', mapping: 'the column mapping', export: 'the export',
    'output-is-input': 'refusing to write {output}: it is the same file as {role} {input}, which this command reads. Nothing was run or written; write to another file',
  },
  fr: {
    brand: 'le fichier de marque', config: 'la configuration', pack: 'le pack de questions', baseline: 'la référence (--baseline)',
    answers: 'le fichier de réponses', mapping: 'la correspondance de colonnes', export: 'l’export',
    'output-is-input': 'refus d’écrire {output}\u00a0: c’est le même fichier que {role} {input}, que cette commande lit. Rien n’a été lancé ni écrit\u202f; écrivez dans un autre fichier',
  },
} satisfies Dictionary<InputRole | 'output-is-input'>;

export const tInputRole = makeTranslator<InputRole | 'output-is-input'>(inputs);
const ti = tInputRole;

/** `output` would replace `input`, which the command reads: the refusal, naming both. */
export function outputIsInputText(locale: Locale, output: string, role: InputRole, input: string): string {
  return ti(locale, 'output-is-input', { output, input, role: ti(locale, role) });
}

export function writeProblemText(locale: Locale, problem: WriteProblem, args: MessageArgs): string {
  return t(locale, problem, args);
}
