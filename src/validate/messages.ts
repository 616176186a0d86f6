/** Words for every load and validation diagnostic, in English and French: what is wrong, then how to fix it. */
import { decimalText, groupedText } from '../i18n/numbers.js';
import { makeTranslator, type Dictionary, type Locale, type MessageArgs } from '../i18n/translate.js';
import { WORKBOOK_DIAGNOSTICS } from '../import/read/workbook-messages.js';
import { PLAUSIBILITY_RULES } from './plausibility.js';

const TYPE_EN: Record<string, string> = {
  integer: 'a whole number', number: 'a number', string: 'a text', object: 'a mapping of keys to values',
  array: 'a list', boolean: 'true or false', null: 'empty (null)', undefined: 'nothing',
};
const TYPE_FR: Record<string, string> = {
  integer: 'un nombre entier', number: 'un nombre', string: 'un texte', object: 'un dictionnaire «\u00a0clé: valeur\u00a0»',
  array: 'une liste', boolean: 'true ou false', null: 'vide (null)', undefined: 'rien',
};
const types = (dict: Record<string, string>, names: string) => names.split('|').map((n) => dict[n] ?? n).join(' / ');

const WHAT_EN: Record<string, string> = {
  id: 'a valid id (lower-case letters, digits and dashes, e.g. "instagram-main")',
  country: 'an ISO country code of two capital letters (e.g. "FR")',
  currency: 'an ISO currency code of three capital letters (e.g. "EUR")',
  language: 'a language code such as "fr" or "en-GB"',
  pattern: 'in the expected form',
};
const WHAT_FR: Record<string, string> = {
  id: 'un identifiant valide (minuscules, chiffres et tirets, ex. «\u00a0instagram-main\u00a0»)',
  country: 'un code pays ISO de deux majuscules (ex. «\u00a0FR\u00a0»)',
  currency: 'un code devise ISO de trois majuscules (ex. «\u00a0EUR\u00a0»)',
  language: 'un code de langue comme «\u00a0fr\u00a0» ou «\u00a0en-GB\u00a0»',
  pattern: 'de la forme attendue',
};
const FORMAT_EN: Record<string, string> = { date: 'date (YYYY-MM-DD, a day that exists)', uri: 'web address (https://…)' };
const FORMAT_FR: Record<string, string> = { date: 'date (AAAA-MM-JJ, un jour qui existe)', uri: 'adresse web (https://…)' };

/** The yaml library's own messages are English-only and technical: the common ones get our words. */
const YAML_EN: Record<string, string> = {
  TAB_AS_INDENT: 'a tab is used for indentation; YAML allows only spaces there',
  BAD_INDENT: 'the indentation is inconsistent: items of one block must start at the same column',
  MISSING_CHAR: 'a closing character is missing',
  BLOCK_AS_IMPLICIT_KEY: 'a mapping is nested on the same line as its key ("a: b: c"); put it on its own lines',
  MULTILINE_IMPLICIT_KEY: 'a key spans several lines; a colon is probably missing or misplaced',
  UNEXPECTED_TOKEN: 'unexpected character here',
  BAD_DQ_ESCAPE: 'invalid escape sequence in a double-quoted text',
  BAD_SCALAR_START: 'a plain value cannot start with this character; put the value in quotes',
  BLOCK_IN_FLOW: 'a block value cannot sit inside [ ] or { }',
  KEY_OVER_1024_CHARS: 'a key is longer than 1,024 characters',
  BAD_ALIAS: 'invalid alias',
};
const YAML_FR: Record<string, string> = {
  TAB_AS_INDENT: 'une tabulation sert d’indentation\u202f; YAML n’y accepte que des espaces',
  BAD_INDENT: 'indentation incohérente\u00a0: les éléments d’un même bloc doivent commencer à la même colonne',
  MISSING_CHAR: 'un caractère fermant manque',
  BLOCK_AS_IMPLICIT_KEY: 'un dictionnaire est imbriqué sur la ligne de sa clé («\u00a0a: b: c\u00a0»)\u202f; placez-le sur ses propres lignes',
  MULTILINE_IMPLICIT_KEY: 'une clé s’étend sur plusieurs lignes\u202f; il manque sans doute un deux-points',
  UNEXPECTED_TOKEN: 'caractère inattendu ici',
  BAD_DQ_ESCAPE: 'séquence d’échappement invalide dans un texte entre guillemets',
  BAD_SCALAR_START: 'une valeur simple ne peut commencer par ce caractère\u202f; mettez-la entre guillemets',
  BLOCK_IN_FLOW: 'une valeur en bloc ne peut pas se trouver entre [ ] ou { }',
  KEY_OVER_1024_CHARS: 'une clé dépasse 1 024 caractères',
  BAD_ALIAS: 'alias invalide',
};
const yamlSyntax = (dict: Record<string, string>, prefix: string) => (a: MessageArgs) => {
  if (String(a.detail).startsWith('Missing closing')) return prefix + (dict === YAML_FR ? 'guillemet fermant manquant pour le texte ouvert ici' : 'missing closing quote for the text opened here');
  return prefix + (dict[String(a.yamlCode)] ?? String(a.detail));
};

/** What a size limit is about (src/io/read-text.ts READ_LIMITS). */
const KIND_EN: Record<string, string> = {
  brand: 'brand files', config: 'configuration files', pack: 'question packs', baseline: 'baseline reports',
  answers: 'answer files', mapping: 'import mappings', export: 'exports',
};
const KIND_FR: Record<string, string> = {
  brand: 'des fichiers de marque', config: 'des fichiers de configuration', pack: 'des paquets de questions',
  baseline: 'des rapports de référence', answers: 'des fichiers de réponses', mapping: 'des correspondances d’import',
  export: 'des exports',
};
/** What a file that is not text seems to be (src/import/read/decode.ts), for a message that says what to give instead. */
const BINARY_EN: Record<string, string> = {
  png: 'a PNG image', jpeg: 'a JPEG image', gif: 'a GIF image', webp: 'a WebP image', pdf: 'a PDF document',
  zip: 'a ZIP archive (or an Excel .xlsx workbook)', ole2: 'an old Excel .xls workbook (or another Office document)',
  gzip: 'a gzip-compressed file', executable: 'a program', binary: 'a binary file', text: 'a text file',
};
const BINARY_FR: Record<string, string> = {
  png: 'une image PNG', jpeg: 'une image JPEG', gif: 'une image GIF', webp: 'une image WebP', pdf: 'un document PDF',
  zip: 'une archive ZIP (ou un classeur Excel .xlsx)', ole2: 'un ancien classeur Excel .xls (ou un autre document Office)',
  gzip: 'un fichier compressé gzip', executable: 'un programme', binary: 'un fichier binaire', text: 'un fichier texte',
};
const binaryHintEn = (a: MessageArgs) => a.what === 'zip' || a.what === 'ole2'
  ? 'give it its own extension (.zip, .xlsx or .xls), or the CSV the platform downloads'
  : 'give the CSV, workbook, ZIP or JSON file the platform\'s export button downloads (see docs/IMPORT.md)';
const binaryHintFr = (a: MessageArgs) => a.what === 'zip' || a.what === 'ole2'
  ? 'donnez-lui sa propre extension (.zip, .xlsx ou .xls), ou le CSV que la plateforme télécharge'
  : 'donnez le fichier CSV, le classeur, le ZIP ou le JSON que télécharge le bouton d’export de la plateforme (voir docs/IMPORT.md)';
const BRACKET_EN: Record<string, string> = { '{': 'flow mapping', '[': 'flow list' };
const BRACKET_FR: Record<string, string> = { '{': 'le dictionnaire en ligne', '[': 'la liste en ligne' };
const count = (a: MessageArgs, locale: Locale) => groupedText(Number(a.count), locale);

/** The offending value in brackets, unless the type name already says it all (null). */
const shown = (a: MessageArgs) => (a.actual === 'null' || a.value === undefined ? '' : ` (${a.value})`);

const didYouMeanEn = (a: MessageArgs) => (a.suggestion !== undefined ? ` Did you mean "${a.suggestion}"?` : '');
const didYouMeanFr = (a: MessageArgs) => (a.suggestion !== undefined ? ` Vouliez-vous dire «\u00a0${a.suggestion}\u00a0»\u202f?` : '');

const messages = {
  en: {
    'load.not-found': 'file not found',
    'load.not-found.hint': 'check the path and the current directory',
    'load.is-directory': 'this is a directory, not a file',
    'load.is-directory.hint': 'give the path of a .yaml file',
    'load.not-a-file': 'this is not a regular file (a pipe, a socket or a device)',
    'load.not-a-file.hint': 'save the file to disk and give its path',
    'load.unreadable': 'cannot read the file ({detail})',
    'load.unreadable.hint': 'check the file permissions',
    'load.too-large': (a: MessageArgs) => `the file is ${a.size} MB; smscore reads ${KIND_EN[String(a.kind ?? 'brand')] ?? KIND_EN.brand} up to ${a.limit} MB`,
    'load.too-large.hint': (a: MessageArgs) => a.kind === 'export' ? 'export a shorter period (the platform\'s date range), then import each file' : 'a brand file holds figures, not raw exports: aggregate large exports first (smscore import)',
    'load.binary': 'this looks like a binary file (NUL byte at offset {offset}), not YAML text',
    'load.binary.hint': 'give the brand file in YAML, saved as UTF-8 text',
    'load.invalid-utf8': 'the file is not valid UTF-8 text (bad byte at offset {offset})',
    'load.invalid-utf8.hint': 'save the file as UTF-8 in your editor',
    'load.too-deep': 'the file nests values more than {max} levels deep; smscore refuses it rather than risk running out of stack',
    'load.too-deep.hint': 'a brand file nests about six levels; check for unbalanced [ or { brackets, or runaway indentation',
    'load.empty': 'the file is empty',
    'load.empty.hint': 'a brand file needs at least "smscore: 1" and "brand: { name: … }" (see examples/minimal.yaml)',
    'load.multiple-documents': 'the file holds {count} YAML documents; smscore reads one brand per file',
    'load.multiple-documents.hint': 'split the documents (separated by "---") into one file each',
    'yaml.syntax': yamlSyntax(YAML_EN, 'YAML syntax error: '),
    'yaml.syntax.hint': 'check indentation (spaces, not tabs), colons and quotes on this line and the one above',
    'yaml.duplicate-key': 'duplicate key "{key}": the same key appears twice in this mapping',
    'yaml.duplicate-key.hint': 'keep one of the two; YAML would otherwise silently drop one value',
    'yaml.collection-key': 'a key here is a mapping or a list: keys must be plain text',
    'yaml.collection-key.hint': 'write the key as a plain name (for example `name:`), and put the mapping or list after the colon as its value',
    'yaml.alias': 'too many YAML aliases (more than {max}): refused to protect memory',
    'yaml.alias.hint': 'write the values out instead of repeating aliases',
    'yaml.unknown-alias': 'the alias *{anchor} refers to no anchor: "&{anchor}" must be defined before it is used',
    'yaml.unknown-alias.hint': 'check the spelling, or move the value marked &{anchor} above this line',
    'yaml.recursive-alias': 'the alias *{anchor} sits inside the value it names (&{anchor}), which would repeat forever',
    'yaml.recursive-alias.hint': 'an alias can only repeat a value defined elsewhere; write this value out',
    'yaml.alias-expansion': (a: MessageArgs) => `the aliases of this file expand to more than ${groupedText(Number(a.max), 'en')} repeated values: refused to protect memory`,
    'yaml.alias-expansion.hint': 'an alias repeats its whole value each time: write the values out, or alias smaller parts',
    'yaml.bad-merge': 'a merge key (<<) must name a mapping, or a list of mappings, not a single value',
    'yaml.bad-merge.hint': 'write "<<: *name" where &name marks a mapping, or write the keys out',
    'yaml.unclosed-flow': (a: MessageArgs) => `the ${BRACKET_EN[String(a.bracket)] ?? 'flow collection'} opened here with "${a.bracket}" is never closed`,
    'yaml.unclosed-flow.hint': (a: MessageArgs) => `add the closing "${a.bracket === '[' ? ']' : '}'}", or write the values as an indented block`,
    'load.invalid-json': 'the file is not valid JSON: the problem is here',
    'load.invalid-json.hint': (a: MessageArgs) => 'JSON allows no trailing comma, no comment, and only double-quoted keys and texts' + (a.renameToYaml ? '; fix it, or rename the file .yaml to write YAML' : ''),
    'export.binary': (a: MessageArgs) => `this is not a CSV: it looks like ${BINARY_EN[String(a.what)] ?? BINARY_EN.binary}`,
    'export.binary.hint': binaryHintEn,
    'export.utf16-no-bom': 'this text is UTF-16 without a byte-order mark, which cannot be read safely',
    'export.utf16-no-bom.hint': 'open it in a spreadsheet or a text editor and save it as "CSV UTF-8", then import that file',
    'export.invalid-encoding': 'this is neither UTF-8 nor Windows-1252 text (unexpected byte at offset {offset})',
    'export.invalid-encoding.hint': 'download the export again, or save it from your spreadsheet as "CSV UTF-8"',
    'export.empty': 'the export is empty',
    'export.empty.hint': 'download it again: a platform\'s export holds at least a header row',
    'export.row-too-long': 'the row starting here is longer than {limit} MB: no export has rows that long',
    'export.row-too-long.hint': 'check that this is the CSV the platform downloaded, not another file renamed .csv',
    'export.unclosed-quote': 'the row starting here opens a quoted cell that is never closed, so the rest of the file would be one cell',
    'export.unclosed-quote.hint': 'the file was cut or edited by hand: download the export again',
    'export.csv-syntax': 'this CSV cannot be read here ({detail})',
    'export.csv-syntax.hint': 'download the export again, or save it from your spreadsheet as "CSV UTF-8"',
    'export.too-deep': 'the document nests values more than {max} levels deep; no export does, and smscore refuses it rather than risk running out of stack',
    'export.too-deep.hint': 'give the reviews.json file of your Google Takeout as downloaded',
    'export.not-a-workbook': (a: MessageArgs) => `named as a workbook, this is ${BINARY_EN[String(a.what)] ?? BINARY_EN.binary}`,
    'export.not-a-workbook.hint': 'give the .xlsx or .xls file as the platform downloaded it, or a CSV named .csv',
    'export.workbook-unreadable': 'this workbook cannot be read ({detail})',
    'export.workbook-unreadable.hint': 'open it in your spreadsheet and save it again as .xlsx, or export the sheet as "CSV UTF-8"',
    'export.zip-corrupt': 'this ZIP archive is damaged or incomplete ({detail})',
    'export.zip-corrupt.hint': 'download the export again (an interrupted download leaves a cut ZIP)',
    'export.zip-too-many-entries': (a: MessageArgs) => `the ZIP archive holds ${groupedText(Number(a.count), 'en')} files; smscore reads archives of up to ${groupedText(Number(a.max), 'en')}`,
    'export.zip-too-many-entries.hint': 'extract the exports you need and give them, or their folder',
    'export.zip-entry-too-large': 'this file of the ZIP archive is {size} MB uncompressed; smscore reads exports up to {limit} MB',
    'export.zip-entry-too-large.hint': 'export a shorter period, then import each file',
    'export.zip-too-large': 'the files of this ZIP archive exceed {limit} MB uncompressed together',
    'export.zip-too-large.hint': 'extract the exports you need and give them, or their folder',
    'export.zip-bomb': 'this file of the ZIP archive would inflate {ratio} times its compressed size (at most {max} for an export): refused as a ZIP bomb',
    'export.zip-bomb.hint': 'give the ZIP as the platform downloaded it; if it is one, extract the CSV and give that',
    'export.zip-encrypted': 'this file of the ZIP archive is encrypted',
    'export.zip-encrypted.hint': 'extract it with its password and give the CSV',
    'export.zip-no-table': 'the ZIP archive holds no CSV, workbook (.xlsx, .xls) or JSON file',
    'export.zip-no-table.hint': 'give the ZIP the platform\'s export button downloads, or the export file itself',
    'validate.more': (a: MessageArgs) => `… and ${count(a, 'en')} more problems in this file, not listed: smscore lists the first ${groupedText(Number(a.max), 'en')}`,
    'validate.more.hint': 'fix the ones listed (often one mistake repeated) and run again to see the rest',
    'yaml.warning': 'YAML warning: {detail}',
    'schema.required': 'missing required key "{key}"',
    'schema.required.hint': 'add "{key}:" here',
    'schema.unknown-key': (a: MessageArgs) => `unknown key "${a.key}".${didYouMeanEn(a)}`,
    'schema.unknown-key.hint': 'keys allowed here: {allowed}',
    'schema.property-name': '"{key}" is not a valid id',
    'schema.property-name.hint': 'ids use lower-case letters, digits and dashes',
    'schema.type': (a: MessageArgs) => `expected ${types(TYPE_EN, String(a.expected))}, found ${types(TYPE_EN, String(a.actual))}${shown(a)}`,
    'schema.enum': (a: MessageArgs) => `"${a.value}" is not an allowed value.${didYouMeanEn(a)}`,
    'schema.enum.hint': 'allowed values: {allowed}',
    'schema.const': '{value} is not allowed here; expected {expected}',
    'schema.const.hint': 'this file format is version 1: write "smscore: 1"',
    'schema.minimum': '{value} is below the minimum of {limit}',
    'schema.minimum.hint': 'counts and amounts cannot be negative; leave the key out if it was not measured',
    'schema.maximum': '{value} is above the maximum of {limit}',
    'schema.exclusiveMinimum': '{value} must be greater than {limit}',
    'schema.exclusiveMaximum': '{value} must be less than {limit}',
    'schema.not-a-number': '.nan is not a number that can be scored',
    'schema.not-a-number.hint': 'leave the key out if it was not measured',
    'schema.infinite': '{value} is not a finite number',
    'schema.infinite.hint': 'write the measured figure, or leave the key out',
    'schema.empty-text': 'this text is empty',
    'schema.empty-text.hint': 'write an answer, or remove the key',
    'schema.max-length': 'this text is {length} characters long; the limit is {limit}',
    'schema.min-length': 'this text is only {length} characters long; write at least {limit}',
    'schema.max-items': 'this list has more than {limit} items',
    'schema.min-items': 'this list needs at least {limit} items',
    'schema.pattern': (a: MessageArgs) => `"${a.value}" is not ${WHAT_EN[String(a.what)] ?? WHAT_EN.pattern}`,
    'schema.format': (a: MessageArgs) => `"${a.value}" is not a valid ${FORMAT_EN[String(a.format)] ?? String(a.format)}`,
    'schema.one-of': 'expected a number or a text, found {value}',
    'schema.other': 'value rejected by the schema rule "{keyword}"',
    'semantic.period-order': 'the period ends ({end}) before it starts ({start})',
    'semantic.period-order.hint': 'swap the dates, or fix the one that is wrong',
    'semantic.previous-overlaps': 'the previous period ends ({end}) after the current one starts ({start})',
    'semantic.age-range': 'the age range is upside down: min {min} is above max {max}',
    'semantic.duplicate-id': '{kind} id "{id}" is already used by {kind} #{first}',
    'semantic.duplicate-id.hint': 'each id must be unique, since other parts of the file refer to it',
    'semantic.unknown-channel': (a: MessageArgs) => `"${a.id}" is not a declared channel id.${didYouMeanEn(a)}`,
    'semantic.unknown-channel.hint': 'declared channel ids: {known}',
    'semantic.unknown-objective': (a: MessageArgs) => `"${a.id}" is not a declared objective id.${didYouMeanEn(a)}`,
    'semantic.unknown-objective.hint': 'declared objective ids: {known}',
    'semantic.unknown-competitor': (a: MessageArgs) => `"${a.id}" is not the name of a declared competitor.${didYouMeanEn(a)}`,
    'semantic.unknown-competitor.hint': 'declared competitors: {known}',
    'semantic.other-without-label': 'a channel on platform "other" should have a label saying what it is',
    'semantic.benchmark-flat': 'a benchmark needs "good" and "median" to differ (both are {value})',
    'config.waiver-target': 'a waiver names either a question or a KPI, exactly one of the two',
    'config.waiver-target.hint': 'add "question: <id>" (see smscore questions) or "kpi: <id>"',
    'config.unknown-question': (a: MessageArgs) => `no question "${a.id}" in the catalog.${didYouMeanEn(a)}`,
    'config.unknown-question.hint': 'run "smscore questions" to list the question ids',
    'config.path-outside': '"{path}" is outside the configuration\'s folder: a configuration reads only files in its folder and below',
    'config.path-outside.hint': 'move the pack into the repository (a symlink that leads out is refused too), or name it on the command line with --pack',
    'mapping.shape': 'a mapping file is a YAML mapping with a "columns" key',
    'mapping.columns': 'the mapping needs "columns": the export column of each figure',
    'mapping.columns.hint': 'figures smscore can import: {fields}',
    'mapping.column-name': 'the column for "{field}" must be the header text of a column',
    'figures.answered-exceeds-received': 'more messages answered ({answered}) than received ({received})',
    'figures.answered-exceeds-received.hint': 'check the export; the response rate is capped at 100%',
    'figures.impressions-below-reach': 'impressions ({impressions}) are below reach ({reach}), which cannot happen',
    'figures.impressions-below-reach.hint': 'every person reached saw at least one impression; check the export',
    'figures.posts-with-exceeds-posts': 'postsWith.{figure} ({carried}) is more than posts ({posts})',
    'figures.posts-with-exceeds-posts.hint': 'postsWith counts the posts that carried the figure, so it is at most posts; check the export',
    'figures.post-reach-exceeds-reach': 'the median post reach ({postReach}) is above the period reach ({reach})',
    'figures.csat-satisfied-exceeds-responses': 'more satisfied answers ({satisfied}) than answers ({responses})',
    'figures.nps-mismatch': 'NPS score {score} does not match the counts given (they give {computed})',
    'figures.csat-mismatch': 'CSAT score {score} does not match the counts given (they give {computed})',
  },
  fr: {
    'load.not-found': 'fichier introuvable',
    'load.not-found.hint': 'vérifiez le chemin et le dossier courant',
    'load.is-directory': 'ceci est un dossier, pas un fichier',
    'load.is-directory.hint': "donnez le chemin d'un fichier .yaml",
    'load.not-a-file': 'ce n’est pas un fichier ordinaire (un tube, une socket ou un périphérique)',
    'load.not-a-file.hint': 'enregistrez le fichier sur le disque et donnez son chemin',
    'load.unreadable': 'impossible de lire le fichier ({detail})',
    'load.unreadable.hint': 'vérifiez les droits du fichier',
    'load.too-large': (a: MessageArgs) => `le fichier fait ${decimalText(a.size!, 'fr')} Mo\u202f; smscore lit ${KIND_FR[String(a.kind ?? 'brand')] ?? KIND_FR.brand} de ${decimalText(a.limit!, 'fr')} Mo au plus`,
    'load.too-large.hint': (a: MessageArgs) => a.kind === 'export' ? 'exportez une période plus courte (la plage de dates de la plateforme), puis importez chaque fichier' : "un fichier de marque contient des chiffres, pas des exports bruts\u00a0: agrégez d'abord les exports (smscore import)",
    'load.binary': "ce fichier semble binaire (octet NUL à l'offset {offset}), ce n'est pas du texte YAML",
    'load.binary.hint': 'donnez le fichier de marque en YAML, enregistré en texte UTF-8',
    'load.invalid-utf8': "le fichier n'est pas du texte UTF-8 valide (octet invalide à l'offset {offset})",
    'load.invalid-utf8.hint': 'enregistrez le fichier en UTF-8 dans votre éditeur',
    'load.too-deep': 'le fichier imbrique des valeurs sur plus de {max} niveaux\u202f; smscore le refuse plutôt que de risquer un débordement de pile',
    'load.too-deep.hint': 'un fichier de marque compte environ six niveaux\u202f; cherchez des crochets [ ou { non fermés, ou une indentation qui dérive',
    'load.empty': 'le fichier est vide',
    'load.empty.hint': 'un fichier de marque contient au moins «\u00a0smscore: 1\u00a0» et «\u00a0brand: { name: … }\u00a0» (voir examples/minimal.yaml)',
    'load.multiple-documents': 'le fichier contient {count} documents YAML\u202f; smscore lit une marque par fichier',
    'load.multiple-documents.hint': 'séparez les documents (délimités par «\u00a0---\u00a0») en un fichier chacun',
    'yaml.syntax': yamlSyntax(YAML_FR, 'erreur de syntaxe YAML\u00a0: '),
    'yaml.syntax.hint': "vérifiez l'indentation (espaces, pas de tabulations), les deux-points et les guillemets sur cette ligne et la précédente",
    'yaml.duplicate-key': 'clé «\u00a0{key}\u00a0» en double\u00a0: la même clé apparaît deux fois dans ce bloc',
    'yaml.duplicate-key.hint': "gardez-en une seule\u202f; sinon YAML ignorerait l'une des deux valeurs sans rien dire",
    'yaml.collection-key': 'une clé est ici un bloc ou une liste\u00a0: une clé doit être un simple texte',
    'yaml.collection-key.hint': 'écrivez la clé comme un nom simple (par exemple `name:`) et placez le bloc ou la liste après les deux-points, comme sa valeur',
    'yaml.alias': 'trop d’alias YAML (plus de {max})\u00a0: refusé pour protéger la mémoire',
    'yaml.alias.hint': 'écrivez les valeurs au lieu de répéter des alias',
    'yaml.unknown-alias': 'l’alias *{anchor} ne renvoie à aucune ancre\u00a0: «\u00a0&{anchor}\u00a0» doit être définie avant d’être utilisée',
    'yaml.unknown-alias.hint': 'vérifiez l’orthographe, ou placez la valeur marquée &{anchor} au-dessus de cette ligne',
    'yaml.recursive-alias': 'l’alias *{anchor} se trouve dans la valeur qu’il désigne (&{anchor}), qui se répéterait sans fin',
    'yaml.recursive-alias.hint': 'un alias ne peut répéter qu’une valeur définie ailleurs\u202f; écrivez cette valeur en entier',
    'yaml.alias-expansion': (a: MessageArgs) => `les alias de ce fichier se développent en plus de ${groupedText(Number(a.max), 'fr')} valeurs répétées\u00a0: refusé pour protéger la mémoire`,
    'yaml.alias-expansion.hint': 'un alias répète toute sa valeur à chaque fois\u00a0: écrivez les valeurs, ou n’aliasez que des parties plus petites',
    'yaml.bad-merge': 'une clé de fusion (<<) doit désigner un dictionnaire, ou une liste de dictionnaires, pas une valeur simple',
    'yaml.bad-merge.hint': 'écrivez «\u00a0<<: *nom\u00a0» où &nom marque un dictionnaire, ou écrivez les clés en entier',
    'yaml.unclosed-flow': (a: MessageArgs) => `${BRACKET_FR[String(a.bracket)] ?? 'la collection en ligne'} ouvert${a.bracket === '[' ? 'e' : ''} ici par «\u00a0${a.bracket}\u00a0» n’est jamais fermé${a.bracket === '[' ? 'e' : ''}`,
    'yaml.unclosed-flow.hint': (a: MessageArgs) => `ajoutez le «\u00a0${a.bracket === '[' ? ']' : '}'}\u00a0» fermant, ou écrivez les valeurs en bloc indenté`,
    'load.invalid-json': 'le fichier n’est pas du JSON valide\u00a0: le problème est ici',
    'load.invalid-json.hint': (a: MessageArgs) => 'JSON n’admet ni virgule finale, ni commentaire, et seulement des clés et des textes entre guillemets doubles' + (a.renameToYaml ? '\u202f; corrigez-le, ou renommez le fichier en .yaml pour écrire du YAML' : ''),
    'export.binary': (a: MessageArgs) => `ce n’est pas un CSV\u00a0: cela ressemble à ${BINARY_FR[String(a.what)] ?? BINARY_FR.binary}`,
    'export.binary.hint': binaryHintFr,
    'export.utf16-no-bom': 'ce texte est en UTF-16 sans marque d’ordre des octets (BOM), ce qui ne peut pas se lire sûrement',
    'export.utf16-no-bom.hint': 'ouvrez-le dans un tableur ou un éditeur de texte et enregistrez-le en «\u00a0CSV UTF-8\u00a0», puis importez ce fichier',
    'export.invalid-encoding': 'ce texte n’est ni en UTF-8 ni en Windows-1252 (octet inattendu à la position {offset})',
    'export.invalid-encoding.hint': 'téléchargez de nouveau l’export, ou enregistrez-le depuis votre tableur en «\u00a0CSV UTF-8\u00a0»',
    'export.empty': 'l’export est vide',
    'export.empty.hint': 'téléchargez-le de nouveau\u00a0: l’export d’une plateforme contient au moins une ligne d’en-tête',
    'export.row-too-long': 'la ligne qui commence ici dépasse {limit}\u00a0Mo\u00a0: aucun export n’a de lignes aussi longues',
    'export.row-too-long.hint': 'vérifiez que c’est bien le CSV téléchargé depuis la plateforme, et non un autre fichier renommé en .csv',
    'export.unclosed-quote': 'la ligne qui commence ici ouvre une cellule entre guillemets jamais fermée\u00a0: tout le reste du fichier serait une seule cellule',
    'export.unclosed-quote.hint': 'le fichier a été coupé ou modifié à la main\u00a0: téléchargez de nouveau l’export',
    'export.csv-syntax': 'ce CSV ne peut pas être lu ici ({detail})',
    'export.csv-syntax.hint': 'téléchargez de nouveau l’export, ou enregistrez-le depuis votre tableur en «\u00a0CSV UTF-8\u00a0»',
    'export.too-deep': 'le document imbrique des valeurs sur plus de {max} niveaux\u202f; aucun export ne le fait, et smscore le refuse plutôt que de risquer un débordement de pile',
    'export.too-deep.hint': 'donnez le fichier reviews.json de votre Google Takeout tel que téléchargé',
    'export.not-a-workbook': (a: MessageArgs) => `nommé comme un classeur, c’est en fait ${BINARY_FR[String(a.what)] ?? BINARY_FR.binary}`,
    'export.not-a-workbook.hint': 'donnez le fichier .xlsx ou .xls tel que la plateforme l’a téléchargé, ou un CSV nommé .csv',
    'export.workbook-unreadable': 'ce classeur ne peut pas être lu ({detail})',
    'export.workbook-unreadable.hint': 'ouvrez-le dans votre tableur et enregistrez-le de nouveau en .xlsx, ou exportez la feuille en «\u00a0CSV UTF-8\u00a0»',
    'export.zip-corrupt': 'cette archive ZIP est abîmée ou incomplète ({detail})',
    'export.zip-corrupt.hint': 'téléchargez de nouveau l’export (un téléchargement interrompu laisse un ZIP tronqué)',
    'export.zip-too-many-entries': (a: MessageArgs) => `l’archive ZIP contient ${groupedText(Number(a.count), 'fr')} fichiers\u202f; smscore lit les archives de ${groupedText(Number(a.max), 'fr')} fichiers au plus`,
    'export.zip-too-many-entries.hint': 'extrayez les exports utiles et donnez-les, ou leur dossier',
    'export.zip-entry-too-large': 'ce fichier de l’archive ZIP fait {size}\u00a0Mo une fois décompressé\u202f; smscore lit les exports de {limit}\u00a0Mo au plus',
    'export.zip-entry-too-large.hint': 'exportez une période plus courte, puis importez chaque fichier',
    'export.zip-too-large': 'les fichiers de cette archive ZIP dépassent ensemble {limit}\u00a0Mo une fois décompressés',
    'export.zip-too-large.hint': 'extrayez les exports utiles et donnez-les, ou leur dossier',
    'export.zip-bomb': 'ce fichier de l’archive ZIP se décompresserait en {ratio} fois sa taille compressée (au plus {max} pour un export)\u00a0: refusé comme bombe de décompression',
    'export.zip-bomb.hint': 'donnez le ZIP tel que la plateforme l’a téléchargé\u202f; si c’est le cas, extrayez le CSV et donnez-le',
    'export.zip-encrypted': 'ce fichier de l’archive ZIP est chiffré',
    'export.zip-encrypted.hint': 'extrayez-le avec son mot de passe et donnez le CSV',
    'export.zip-no-table': 'l’archive ZIP ne contient aucun fichier CSV, classeur (.xlsx, .xls) ou JSON',
    'export.zip-no-table.hint': 'donnez le ZIP que télécharge le bouton d’export de la plateforme, ou le fichier d’export lui-même',
    'validate.more': (a: MessageArgs) => `… et ${count(a, 'fr')} autres problèmes dans ce fichier, non listés\u00a0: smscore liste les ${groupedText(Number(a.max), 'fr')} premiers`,
    'validate.more.hint': 'corrigez ceux qui sont listés (souvent une même erreur répétée) et relancez pour voir la suite',
    'yaml.warning': 'avertissement YAML\u00a0: {detail}',
    'schema.required': 'clé obligatoire «\u00a0{key}\u00a0» absente',
    'schema.required.hint': 'ajoutez «\u00a0{key}:\u00a0» ici',
    'schema.unknown-key': (a: MessageArgs) => `clé inconnue «\u00a0${a.key}\u00a0».${didYouMeanFr(a)}`,
    'schema.unknown-key.hint': 'clés permises ici\u00a0: {allowed}',
    'schema.property-name': '«\u00a0{key}\u00a0» n’est pas un identifiant valide',
    'schema.property-name.hint': 'les identifiants utilisent minuscules, chiffres et tirets',
    'schema.type': (a: MessageArgs) => `attendu\u00a0: ${types(TYPE_FR, String(a.expected))}\u202f; trouvé\u00a0: ${types(TYPE_FR, String(a.actual))}${shown(a)}`,
    'schema.enum': (a: MessageArgs) => `«\u00a0${a.value}\u00a0» n’est pas une valeur permise.${didYouMeanFr(a)}`,
    'schema.enum.hint': 'valeurs permises\u00a0: {allowed}',
    'schema.const': '{value} n’est pas permis ici\u202f; attendu\u00a0: {expected}',
    'schema.const.hint': 'ce format de fichier est en version 1\u00a0: écrivez «\u00a0smscore: 1\u00a0»',
    'schema.minimum': '{value} est sous le minimum de {limit}',
    'schema.minimum.hint': 'comptes et montants ne peuvent être négatifs\u202f; omettez la clé si rien n’a été mesuré',
    'schema.maximum': '{value} dépasse le maximum de {limit}',
    'schema.exclusiveMinimum': '{value} doit être supérieur à {limit}',
    'schema.exclusiveMaximum': '{value} doit être inférieur à {limit}',
    'schema.not-a-number': '.nan n’est pas un nombre que l’on peut noter',
    'schema.not-a-number.hint': 'omettez la clé si rien n’a été mesuré',
    'schema.infinite': '{value} n’est pas un nombre fini',
    'schema.infinite.hint': 'écrivez le chiffre mesuré, ou omettez la clé',
    'schema.empty-text': 'ce texte est vide',
    'schema.empty-text.hint': 'écrivez une réponse, ou retirez la clé',
    'schema.max-length': 'ce texte fait {length} caractères\u202f; la limite est {limit}',
    'schema.min-length': 'ce texte ne fait que {length} caractères\u202f; écrivez-en au moins {limit}',
    'schema.max-items': 'cette liste dépasse {limit} éléments',
    'schema.min-items': 'cette liste demande au moins {limit} éléments',
    'schema.pattern': (a: MessageArgs) => `«\u00a0${a.value}\u00a0» n’est pas ${WHAT_FR[String(a.what)] ?? WHAT_FR.pattern}`,
    'schema.format': (a: MessageArgs) => `«\u00a0${a.value}\u00a0» n’est pas une ${FORMAT_FR[String(a.format)] ?? String(a.format)} valide`,
    'schema.one-of': 'attendu\u00a0: un nombre ou un texte\u202f; trouvé\u00a0: {value}',
    'schema.other': 'valeur refusée par la règle «\u00a0{keyword}\u00a0» du schéma',
    'semantic.period-order': 'la période finit ({end}) avant de commencer ({start})',
    'semantic.period-order.hint': 'inversez les dates, ou corrigez celle qui est fausse',
    'semantic.previous-overlaps': 'la période précédente finit ({end}) après le début de la période actuelle ({start})',
    'semantic.age-range': 'la tranche d’âge est inversée\u00a0: min {min} au-dessus de max {max}',
    'semantic.duplicate-id': 'l’identifiant de {kind} «\u00a0{id}\u00a0» est déjà pris par {kind} n° {first}',
    'semantic.duplicate-id.hint': 'chaque identifiant doit être unique, car d’autres parties du fichier y renvoient',
    'semantic.unknown-channel': (a: MessageArgs) => `«\u00a0${a.id}\u00a0» n’est pas un identifiant de canal déclaré.${didYouMeanFr(a)}`,
    'semantic.unknown-channel.hint': 'canaux déclarés\u00a0: {known}',
    'semantic.unknown-objective': (a: MessageArgs) => `«\u00a0${a.id}\u00a0» n’est pas un identifiant d’objectif déclaré.${didYouMeanFr(a)}`,
    'semantic.unknown-objective.hint': 'objectifs déclarés\u00a0: {known}',
    'semantic.unknown-competitor': (a: MessageArgs) => `«\u00a0${a.id}\u00a0» n’est pas le nom d’un concurrent déclaré.${didYouMeanFr(a)}`,
    'semantic.unknown-competitor.hint': 'concurrents déclarés\u00a0: {known}',
    'semantic.other-without-label': 'un canal de plateforme «\u00a0other\u00a0» devrait avoir un label qui dit ce qu’il est',
    'semantic.benchmark-flat': 'un repère demande des valeurs «\u00a0good\u00a0» et «\u00a0median\u00a0» différentes (toutes deux à {value})',
    'config.waiver-target': 'une dérogation vise soit une question, soit un KPI, exactement l’un des deux',
    'config.waiver-target.hint': 'ajoutez «\u00a0question: <id>\u00a0» (voir smscore questions) ou «\u00a0kpi: <id>\u00a0»',
    'config.unknown-question': (a: MessageArgs) => `aucune question «\u00a0${a.id}\u00a0» dans le catalogue.${didYouMeanFr(a)}`,
    'config.unknown-question.hint': '«\u00a0smscore questions\u00a0» liste les identifiants des questions',
    'config.path-outside': '«\u00a0{path}\u00a0» est hors du dossier de la configuration\u00a0: une configuration ne lit que les fichiers de son dossier et de ses sous-dossiers',
    'config.path-outside.hint': 'placez le paquet dans le dépôt (un lien symbolique qui en sort est refusé aussi), ou donnez-le en ligne de commande avec --pack',
    'mapping.shape': 'un fichier de correspondance est un dictionnaire YAML avec une clé «\u00a0columns\u00a0»',
    'mapping.columns': 'la correspondance demande «\u00a0columns\u00a0»\u00a0: la colonne de l’export pour chaque chiffre',
    'mapping.columns.hint': 'chiffres que smscore sait importer\u00a0: {fields}',
    'mapping.column-name': 'la colonne de «\u00a0{field}\u00a0» doit être le texte d’en-tête d’une colonne',
    'figures.answered-exceeds-received': 'plus de messages répondus ({answered}) que reçus ({received})',
    'figures.answered-exceeds-received.hint': 'vérifiez l’export\u202f; le taux de réponse est plafonné à 100\u00a0%',
    'figures.impressions-below-reach': 'impressions ({impressions}) inférieures à la portée ({reach})\u00a0: impossible',
    'figures.impressions-below-reach.hint': 'chaque personne touchée a vu au moins une impression\u202f; vérifiez l’export',
    'figures.posts-with-exceeds-posts': 'postsWith.{figure} ({carried}) dépasse le nombre de publications ({posts})',
    'figures.posts-with-exceeds-posts.hint': 'postsWith compte les publications qui portent ce chiffre, donc au plus posts\u202f; vérifiez l’export',
    'figures.post-reach-exceeds-reach': 'la portée médiane par publication ({postReach}) dépasse la portée de la période ({reach})',
    'figures.csat-satisfied-exceeds-responses': 'plus de réponses satisfaites ({satisfied}) que de réponses ({responses})',
    'figures.nps-mismatch': 'le NPS {score} ne correspond pas aux effectifs donnés (ils donnent {computed})',
    'figures.csat-mismatch': 'le CSAT {score} ne correspond pas aux effectifs donnés (ils donnent {computed})',
  },
} satisfies Dictionary;

type Key = keyof typeof messages.en;

/** The plausibility rules carry their own words (./plausibility.ts): message and hint, in both languages. */
const plausibilityWords = (locale: Locale): Record<string, string> => Object.fromEntries(
  PLAUSIBILITY_RULES.flatMap((r) => [[`plausibility.${r.id}`, r.message[locale]], [`plausibility.${r.id}.hint`, r.hint[locale]]]),
);
const all: Dictionary<string> = {
  en: { ...messages.en, ...plausibilityWords('en'), ...WORKBOOK_DIAGNOSTICS.en },
  fr: { ...messages.fr, ...plausibilityWords('fr'), ...WORKBOOK_DIAGNOSTICS.fr },
};
/** Exported for the catalogue of every message (src/i18n/catalogue.ts). */
export const tDiagnostic = makeTranslator<string>(all);
const t = tDiagnostic;

export function diagnosticMessage(locale: Locale, code: string, args: MessageArgs): string {
  return t(locale, code, args);
}

/** The fix, when there is one worth saying; undefined otherwise. */
export function diagnosticHint(locale: Locale, code: string, args: MessageArgs): string | undefined {
  const key = `${code}.hint`;
  return key in all[locale] ? t(locale, key, args) : undefined;
}

export type DiagnosticCode = Exclude<Key, `${string}.hint`> | `plausibility.${string}`;
export const DIAGNOSTIC_CODES = Object.keys(all.en).filter((k) => !k.endsWith('.hint')) as DiagnosticCode[];
export const FRENCH_KEYS = Object.keys(all.fr);
