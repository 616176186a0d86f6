/**
 * Words of the workbook reader's refusals (./workbook.ts), en and fr: diagnostic codes `import.workbook-…`, gathered
 * with every load and validation diagnostic by src/validate/messages.ts.
 */
import { groupedText } from '../../i18n/numbers.js';
import type { Dictionary, Locale, MessageArgs } from '../../i18n/translate.js';

const n = (v: unknown, locale: Locale) => groupedText(Number(v), locale);

export const WORKBOOK_DIAGNOSTICS = {
  en: {
    'import.workbook-not-a-workbook': 'this is not an Excel workbook (.xlsx or .xls): neither a ZIP nor an OLE compound file',
    'import.workbook-not-a-workbook.hint': 'a file saved as text or as a web page under a .xls name: open it in a spreadsheet and save it as .xlsx, or give the CSV the platform offers',
    'import.workbook-corrupt': 'this workbook is damaged or truncated and cannot be read',
    'import.workbook-corrupt.hint': 'download the export again from the platform, or open it in a spreadsheet and save it again as .xlsx',
    'import.workbook-encrypted': 'this workbook is password-protected; smscore does not read protected files',
    'import.workbook-encrypted.hint': 'open it in a spreadsheet, remove the password (File › Info › Protect workbook) and save it again',
    'import.workbook-too-large': 'the workbook is {size} MB; smscore reads workbooks up to {limit} MB',
    'import.workbook-too-large.hint': 'export a shorter period, or save the sheet you need as CSV (CSV files are streamed)',
    'import.workbook-too-large-unzipped': 'the workbook unpacks to {size} MB; smscore reads workbooks that unpack to at most {limit} MB',
    'import.workbook-too-large-unzipped.hint': 'export a shorter period, or save the sheet you need as CSV (CSV files are streamed)',
    'import.workbook-too-many-sheets': 'the workbook has {count} sheets; smscore reads workbooks of at most {limit}',
    'import.workbook-too-many-sheets.hint': 'give the platform’s export as downloaded, or copy the sheet you need into a workbook of its own',
    'import.workbook-too-many-rows': (a: MessageArgs) => `sheet "${a.sheet}" has more than ${n(a.limit, 'en')} rows; smscore reads sheets of at most ${n(a.limit, 'en')} rows`,
    'import.workbook-too-many-rows.hint': 'export a shorter period, or save the sheet as CSV (CSV files are streamed)',
    'import.workbook-too-many-cells': (a: MessageArgs) => `the workbook has more than ${n(a.limit, 'en')} cells; smscore reads workbooks of at most ${n(a.limit, 'en')} cells`,
    'import.workbook-too-many-cells.hint': 'export a shorter period, or save the sheet you need as CSV (CSV files are streamed)',
  },
  fr: {
    'import.workbook-not-a-workbook': 'ce n’est pas un classeur Excel (.xlsx ou .xls)\u00a0: ni une archive ZIP, ni un fichier OLE',
    'import.workbook-not-a-workbook.hint': 'un fichier texte ou une page web enregistrés sous un nom en .xls\u00a0: ouvrez-le dans un tableur et enregistrez-le en .xlsx, ou donnez le CSV que propose la plateforme',
    'import.workbook-corrupt': 'ce classeur est endommagé ou tronqué et ne peut pas être lu',
    'import.workbook-corrupt.hint': 'téléchargez de nouveau l’export depuis la plateforme, ou ouvrez-le dans un tableur et réenregistrez-le en .xlsx',
    'import.workbook-encrypted': 'ce classeur est protégé par un mot de passe\u202f; smscore ne lit pas les fichiers protégés',
    'import.workbook-encrypted.hint': 'ouvrez-le dans un tableur, retirez le mot de passe (Fichier › Informations › Protéger le classeur) et réenregistrez-le',
    'import.workbook-too-large': 'le classeur pèse {size}\u00a0Mo\u202f; smscore lit les classeurs jusqu’à {limit}\u00a0Mo',
    'import.workbook-too-large.hint': 'exportez une période plus courte, ou enregistrez la feuille utile en CSV (les CSV sont lus au fil de l’eau)',
    'import.workbook-too-large-unzipped': 'le classeur décompressé pèse {size}\u00a0Mo\u202f; smscore lit les classeurs qui en font au plus {limit}',
    'import.workbook-too-large-unzipped.hint': 'exportez une période plus courte, ou enregistrez la feuille utile en CSV (les CSV sont lus au fil de l’eau)',
    'import.workbook-too-many-sheets': 'le classeur compte {count}\u00a0feuilles\u202f; smscore lit les classeurs d’au plus {limit}\u00a0feuilles',
    'import.workbook-too-many-sheets.hint': 'donnez l’export tel que la plateforme l’a téléchargé, ou copiez la feuille utile dans un classeur à part',
    'import.workbook-too-many-rows': (a: MessageArgs) => `la feuille «\u00a0${a.sheet}\u00a0» dépasse ${n(a.limit, 'fr')}\u00a0lignes\u202f; smscore lit les feuilles d’au plus ${n(a.limit, 'fr')}\u00a0lignes`,
    'import.workbook-too-many-rows.hint': 'exportez une période plus courte, ou enregistrez la feuille en CSV (les CSV sont lus au fil de l’eau)',
    'import.workbook-too-many-cells': (a: MessageArgs) => `le classeur dépasse ${n(a.limit, 'fr')}\u00a0cellules\u202f; smscore lit les classeurs d’au plus ${n(a.limit, 'fr')}\u00a0cellules`,
    'import.workbook-too-many-cells.hint': 'exportez une période plus courte, ou enregistrez la feuille utile en CSV (les CSV sont lus au fil de l’eau)',
  },
} satisfies Dictionary;
