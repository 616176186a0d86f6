/** What opening an export noticed and the import report says (ImportNote keys `read.*`), in English and French. */
import { makeTranslator } from '../../i18n/translate.js';

const messages = {
  en: {
    'read.windows-1252': 'this file is not UTF-8: read as Windows-1252 (a CSV saved by Excel on Windows); check that accented letters look right',
  },
  fr: {
    'read.windows-1252': 'ce fichier n’est pas en UTF-8\u00a0: lu comme du Windows-1252 (un CSV enregistré par Excel sous Windows)\u202f; vérifiez que les lettres accentuées sont justes',
  },
};

export type ReadNoteKey = keyof typeof messages.en;
export const tRead = makeTranslator<ReadNoteKey>(messages);
