/**
 * The words of `--help` and of commander's own messages (headings, errors), in English and French. Commander
 * writes English; program.ts builds the program in the run's language from these.
 */
import { withFrenchSpacing } from '../i18n/french-spacing.js';
import { makeTranslator, type Dictionary, type MessageArgs } from '../i18n/translate.js';

const messages = {
  en: {
    // commander's own words
    'commander.usage': 'Usage:',
    'commander.arguments': 'Arguments:',
    'commander.options': 'Options:',
    'commander.global-options': 'Global Options:',
    'commander.commands': 'Commands:',
    'commander.usage.program': '[options] [command]',
    'commander.choices': 'choices: {choices}',
    'commander.default': 'default: {value}',
    'commander.notes-separator': ', ',
    'commander.help-option': 'display help for command',
    'commander.help-command': 'help [command]',
    'commander.version-option': 'output the version number',
    'commander.after-error': '(run with --help for usage)',
    'commander.error': 'error: {message}',
    'commander.did-you-mean': '(Did you mean {candidates}?)',
    'commander.did-you-mean-one-of': '(Did you mean one of {candidates}?)',
    'commander.unknownOption': 'unknown option \'{flag}\'',
    'commander.unknownCommand': 'unknown command \'{name}\'',
    'commander.missingArgument': 'missing required argument \'{name}\'',
    'commander.optionMissingArgument': 'option \'{flags}\' argument missing',
    'commander.missingMandatoryOptionValue': 'required option \'{flags}\' not specified',
    'commander.invalidArgument.option': 'option \'{flags}\' argument \'{value}\' is invalid. {reason}',
    'commander.invalidArgument.argument': 'command-argument value \'{value}\' is invalid for argument \'{name}\'. {reason}',
    'commander.allowed-choices': 'Allowed choices are {choices}.',
    'commander.excessArguments': (a: MessageArgs) =>
      `too many arguments${a.command ? ` for '${a.command}'` : ''}. Expected ${a.expected} argument${Number(a.expected) === 1 ? '' : 's'} but got ${a.received}.`,
    'commander.conflictingOption': 'option \'{option}\' cannot be used with option \'{other}\'',
    // argument checks of our own (thrown from option parsers)
    'arg.score': 'expected a number from 0 to 100.',
    'arg.jobs': 'expected a whole number from 0 (automatic) to 64.',
    'arg.limit': 'expected a whole number of 1 or more.',
    // argument names and value placeholders shown in usage lines
    'arg.files': 'files',
    'arg.file': 'file',
    'arg.target': 'target',
    'arg.format': 'format',
    'arg.export': 'export',
    'value.lang': 'lang',
    'value.format': 'format',
    'value.file': 'file',
    'value.points': 'points',
    'value.percent': 'percent',
    'value.severity': 'severity',
    'value.report': 'report.json',
    'value.section': 'section',
    'value.pillar': 'pillar',
    'value.id': 'id',
    'value.n': 'n',
    'value.brand': 'brand.yaml',
    'value.period': 'start..end',
    // exit codes
    'exit.title': 'Exit codes:',
    'exit.0': 'OK',
    'exit.1': 'the audit ran, but a threshold or a failing gap failed it',
    'exit.2': 'invalid input, configuration or usage (an invalid file is not audited), or a file\nnot written to keep it safe (an output that is an input, read-only, changed meanwhile)',
    'exit.3': 'internal error in smscore (please report it; rerun with --debug for details)',
    'exit.130': 'interrupted',
    'examples': 'Examples:',
    // the program
    'program.description': 'Score a brand\'s social-media performance on five pillars and list the questions its file leaves unanswered.',
    'program.lang': 'language of messages (default: from LC_ALL / LC_MESSAGES / LANG, else en)',
    'program.color': 'force colours',
    'program.no-color': 'disable colours (NO_COLOR is honoured too)',
    'program.debug': 'show stack traces of internal errors',
    // shared option texts
    'opt.format': 'output format',
    'opt.pack': 'add a question pack of your own (a YAML data file; repeat the flag for several)',
    'opt.no-config': 'ignore any configuration file',
    'opt.section': 'only questions of this section (strategy, customer, channels, …)',
    'opt.pillar': 'only questions that affect this pillar',
    'opt.severity': 'only this severity: critical, major or minor',
    'arg.files.description': 'brand files (YAML), folders or quoted globs (default: the folder of smscore.config.yaml)',
    // validate
    'validate.description': 'check brand files against the format; report every problem at file:line:col',
    'validate.quiet': 'print errors only, not warnings',
    'validate.verbose': 'also list the YAML files a folder scan or a glob skipped, and why',
    'validate.only-brand-files': 'skip named files that are not brand files instead of refusing them (for hooks given every staged YAML file)',
    'validate.config': 'configuration file, for its ignored paths and packs (default: smscore.config.yaml, looked for from here upwards)',
    'validate.after':
      'Inputs are files, folders and quoted globs such as \'brands/**/*.yaml\', as for audit: folders and globs take\n' +
      'the brand files (YAML with a top-level "smscore:" key), skipping other YAML, node_modules, hidden folders,\n' +
      'question packs and ignored paths. With no input: the folder of smscore.config.yaml (looked for from here upwards).',
    // audit
    'audit.description': 'validate, score the five pillars and list the unanswered questions',
    'audit.format': 'report format: text, json, markdown, html, sarif, junit, github (repeatable; default: text)',
    'audit.output': 'write the report just named by --format to a file, atomically (repeatable; without a --format of its own, the extension names the format)',
    'audit.quiet': 'print the summary line only, and what fails the gate',
    'audit.verbose': 'print each KPI under its pillar and an example under each open question; list the YAML files a folder scan skipped',
    'audit.config': 'configuration file (default: smscore.config.yaml, looked for from here upwards)',
    'audit.min-score': 'fail (exit 1) when a brand\'s overall score is below this',
    'audit.min-readiness': 'fail when the readiness is below this',
    'audit.fail-on': 'fail when a question of this severity or above is left open',
    'audit.baseline': 'compare with a previous `--format json` report: score changes, questions opened and closed',
    'audit.fail-on-regression': 'with --baseline: fail when any score drops by more than this (default 0)',
    'audit.only-brand-files': 'skip named files that are not brand files instead of refusing them; none at all is not an error (for hooks given every staged YAML file)',
    'audit.jobs': 'worker threads: 0 = automatic (with 200 files or more and 3 cores or more: one per core but one), 1 = none',
    'audit.after':
      'Inputs are files, folders and quoted globs such as \'brands/**/*.yaml\'. Folders and globs take the brand files\n' +
      '(YAML with a top-level "smscore:" key), skipping other YAML (--verbose lists it), node_modules, hidden folders,\n' +
      'question packs and ignored paths. With no input: the folder of smscore.config.yaml (looked for from here\n' +
      'upwards). Thresholds, per-file overrides and waivers come from smscore.config.yaml (see docs/CI.md); flags\n' +
      'override them.',
    // questions
    'questions.description': 'list the catalog of « bonnes questions » the audit asks of every brand file',
    'questions.section': 'only this section (strategy, customer, channels, …)',
    // explain
    'explain.description': 'explain one question in full, or every number of a brand file\'s scores',
    'explain.target': 'a question id (see "smscore questions"), or a brand file',
    'explain.pillar': 'with a brand file: only this pillar',
    'explain.channel': 'with a brand file: only this channel',
    // questionnaire
    'questionnaire.description': 'answer the open questions one by one (or create a brand file); the file keeps its comments',
    'questionnaire.file': 'brand file (YAML); created when it does not exist',
    'questionnaire.limit': 'ask at most n questions, most severe first',
    'questionnaire.answers': 'apply prepared answers (YAML: question id → answer) without prompts, for scripts',
    'questionnaire.yes': 'write without the final confirmation',
    'questionnaire.config': 'configuration file whose packs and benchmarks apply (default: smscore.config.yaml, looked for from here upwards)',
    'questionnaire.after':
      'Needs an interactive terminal, except with --answers. Ctrl-C leaves the file untouched; the answers given so\n' +
      'far are kept in .<file>.smscore-answers.yaml and offered on the next run. See docs/QUESTIONNAIRE.md.',
    // import
    'import.description': 'fill a channel\'s metrics from a platform export (Facebook, Instagram, or any CSV with a mapping)',
    'import.format': 'facebook, instagram, or generic (with --mapping)',
    'import.export': 'the exported CSV file',
    'import.into': 'the brand file to update (its comments are kept)',
    'import.channel': 'the channel whose metrics are filled',
    'import.period': 'keep the posts of this period (default: the brand file\'s period)',
    'import.mapping': 'for the generic format: which column holds which figure',
    'import.dry-run': 'show what would change without writing',
    'import.after':
      'Reach is never summed across posts (people are counted once per post): the median reach per post is stored.\n' +
      'Rows with impossible or unreadable figures are rejected with their line numbers (docs/IMPORT.md).',
    // schema
    'schema.description': 'print the JSON Schema of the brand file (draft 2020-12), for editors and other tools',
    'schema.path': 'print the schema file\'s location instead of its content',
  },
  fr: {
    'commander.usage': 'Utilisation :',
    'commander.arguments': 'Arguments :',
    'commander.options': 'Options :',
    'commander.global-options': 'Options globales :',
    'commander.commands': 'Commandes :',
    'commander.usage.program': '[options] [commande]',
    'commander.choices': 'valeurs : {choices}',
    'commander.default': 'par défaut : {value}',
    // A semicolon, since the list of choices has commas of its own.
    'commander.notes-separator': ' ; ',
    'commander.help-option': 'afficher l’aide de la commande',
    'commander.help-command': 'help [commande]',
    'commander.version-option': 'afficher le numéro de version',
    'commander.after-error': '(--help affiche le mode d’emploi)',
    'commander.error': 'erreur : {message}',
    'commander.did-you-mean': '(Vouliez-vous dire {candidates} ?)',
    'commander.did-you-mean-one-of': '(Vouliez-vous dire l’une de ces valeurs : {candidates} ?)',
    'commander.unknownOption': 'option inconnue « {flag} »',
    'commander.unknownCommand': 'commande inconnue « {name} »',
    'commander.missingArgument': 'argument obligatoire manquant : « {name} »',
    'commander.optionMissingArgument': 'l’option « {flags} » attend une valeur',
    'commander.missingMandatoryOptionValue': 'l’option obligatoire « {flags} » manque',
    'commander.invalidArgument.option': 'l’option « {flags} » n’accepte pas la valeur « {value} ». {reason}',
    'commander.invalidArgument.argument': 'la valeur « {value} » ne convient pas à l’argument « {name} ». {reason}',
    'commander.allowed-choices': 'Valeurs possibles : {choices}.',
    'commander.excessArguments': (a: MessageArgs) =>
      `trop d’arguments${a.command ? ` pour « ${a.command} »` : ''} : ${a.expected} ${Number(a.expected) < 2 ? 'attendu' : 'attendus'}, ${a.received} ${Number(a.received) < 2 ? 'reçu' : 'reçus'}.`,
    'commander.conflictingOption': 'l’option « {option} » ne peut pas être utilisée avec l’option « {other} »',
    'arg.score': 'Un nombre de 0 à 100 est attendu.',
    'arg.jobs': 'Un nombre entier de 0 (automatique) à 64 est attendu.',
    'arg.limit': 'Un nombre entier supérieur ou égal à 1 est attendu.',
    'arg.files': 'fichiers',
    'arg.file': 'fichier',
    'arg.target': 'cible',
    'arg.format': 'format',
    'arg.export': 'export',
    'value.lang': 'langue',
    'value.format': 'format',
    'value.file': 'fichier',
    'value.points': 'points',
    'value.percent': 'pourcentage',
    'value.severity': 'gravité',
    'value.report': 'rapport.json',
    'value.section': 'section',
    'value.pillar': 'pilier',
    'value.id': 'id',
    'value.n': 'n',
    'value.brand': 'marque.yaml',
    'value.period': 'début..fin',
    'exit.title': 'Codes de sortie :',
    'exit.0': 'OK',
    'exit.1': 'l’audit a tourné, mais un seuil ou une lacune bloquante l’a fait échouer',
    'exit.2': 'entrée, configuration ou utilisation invalide (un fichier invalide n’est pas audité), ou fichier\nnon écrit pour le protéger (une sortie qui est aussi une entrée, en lecture seule, modifiée entre-temps)',
    'exit.3': 'erreur interne de smscore (merci de la signaler ; relancez avec --debug pour les détails)',
    'exit.130': 'interrompu',
    'examples': 'Exemples :',
    'program.description': 'Note la performance d’une marque sur les réseaux sociaux selon cinq piliers et liste les questions que son fichier laisse sans réponse.',
    'program.lang': 'langue des messages (par défaut : d’après LC_ALL / LC_MESSAGES / LANG, sinon en)',
    'program.color': 'forcer les couleurs',
    'program.no-color': 'désactiver les couleurs (NO_COLOR est aussi respecté)',
    'program.debug': 'afficher la pile d’appels des erreurs internes',
    'opt.format': 'format de sortie',
    'opt.pack': 'ajouter un pack de questions à vous (un fichier de données YAML ; répétez l’option pour en ajouter plusieurs)',
    'opt.no-config': 'ignorer tout fichier de configuration',
    'opt.section': 'seulement les questions de cette section (strategy, customer, channels, …)',
    'opt.pillar': 'seulement les questions qui comptent pour ce pilier',
    'opt.severity': 'seulement cette gravité : critical, major ou minor',
    'arg.files.description': 'fichiers de marque (YAML), dossiers ou motifs entre guillemets (par défaut : le dossier de smscore.config.yaml)',
    'validate.description': 'vérifier le format des fichiers de marque ; chaque problème est signalé en fichier:ligne:colonne',
    'validate.quiet': 'n’afficher que les erreurs, sans les avertissements',
    'validate.verbose': 'lister aussi les fichiers YAML écartés par le parcours d’un dossier ou par un motif, et pourquoi',
    'validate.only-brand-files': 'écarter les fichiers nommés qui ne sont pas des fichiers de marque au lieu de les refuser (pour les hooks qui reçoivent chaque fichier YAML indexé)',
    'validate.config': 'fichier de configuration, pour ses chemins ignorés et ses packs (par défaut : smscore.config.yaml, cherché d’ici vers le haut)',
    'validate.after':
      'Les entrées sont des fichiers, des dossiers et des motifs entre guillemets comme \'brands/**/*.yaml\', comme pour audit :\n' +
      'dossiers et motifs prennent les fichiers de marque (YAML avec une clé « smscore: » au premier niveau), en écartant\n' +
      'les autres YAML, node_modules, les dossiers cachés, les packs de questions et les chemins ignorés. Sans entrée :\n' +
      'le dossier de smscore.config.yaml (cherché d’ici vers le haut).',
    'audit.description': 'valider, noter les cinq piliers et lister les questions sans réponse',
    'audit.format': 'format du rapport : text, json, markdown, html, sarif, junit, github (répétable ; par défaut : text)',
    'audit.output': 'écrire dans un fichier, d’un seul coup, le rapport que vient de nommer --format (répétable ; sans --format à elle, l’extension donne le format)',
    'audit.quiet': 'n’afficher que la ligne de synthèse, et ce qui fait échouer le contrôle',
    'audit.verbose': 'afficher chaque KPI sous son pilier et un exemple sous chaque question ouverte ; lister les fichiers YAML écartés par le parcours d’un dossier',
    'audit.config': 'fichier de configuration (par défaut : smscore.config.yaml, cherché d’ici vers le haut)',
    'audit.min-score': 'échouer (code 1) quand la note globale d’une marque est inférieure à cette valeur',
    'audit.min-readiness': 'échouer quand la complétude est inférieure à cette valeur',
    'audit.fail-on': 'échouer quand une question de cette gravité ou plus reste ouverte',
    'audit.baseline': 'comparer à un rapport `--format json` antérieur : évolution des notes, questions ouvertes et fermées',
    'audit.fail-on-regression': 'avec --baseline : échouer quand une note baisse de plus de cette valeur (0 par défaut)',
    'audit.only-brand-files': 'écarter les fichiers nommés qui ne sont pas des fichiers de marque au lieu de les refuser ; n’en avoir aucun n’est pas une erreur (pour les hooks qui reçoivent chaque fichier YAML indexé)',
    'audit.jobs': 'threads de travail : 0 = automatique (à partir de 200 fichiers et de 3 cœurs : un par cœur moins un), 1 = aucun',
    'audit.after':
      'Les entrées sont des fichiers, des dossiers et des motifs entre guillemets comme \'brands/**/*.yaml\'. Dossiers et\n' +
      'motifs prennent les fichiers de marque (YAML avec une clé « smscore: » au premier niveau), en écartant les autres\n' +
      'YAML (--verbose les liste), node_modules, les dossiers cachés, les packs de questions et les chemins ignorés. Sans\n' +
      'entrée : le dossier de smscore.config.yaml (cherché d’ici vers le haut). Seuils, réglages par fichier et dérogations\n' +
      'viennent de smscore.config.yaml (voir docs/CI.md) ; les options de la ligne de commande l’emportent.',
    'questions.description': 'lister le catalogue des « bonnes questions » que l’audit pose à chaque fichier de marque',
    'questions.section': 'seulement cette section (strategy, customer, channels, …)',
    'explain.description': 'expliquer une question en détail, ou chaque nombre des notes d’un fichier de marque',
    'explain.target': 'un identifiant de question (voir « smscore questions »), ou un fichier de marque',
    'explain.pillar': 'avec un fichier de marque : seulement ce pilier',
    'explain.channel': 'avec un fichier de marque : seulement ce canal',
    'questionnaire.description': 'répondre aux questions ouvertes une à une (ou créer un fichier de marque) ; le fichier garde ses commentaires',
    'questionnaire.file': 'fichier de marque (YAML) ; créé s’il n’existe pas',
    'questionnaire.limit': 'poser au plus n questions, les plus graves d’abord',
    'questionnaire.answers': 'appliquer des réponses préparées (YAML : identifiant de question → réponse) sans poser de questions, pour les scripts',
    'questionnaire.yes': 'écrire sans la confirmation finale',
    'questionnaire.config': 'fichier de configuration dont les packs et les références s’appliquent (par défaut : smscore.config.yaml, cherché d’ici vers le haut)',
    'questionnaire.after':
      'Demande un terminal interactif, sauf avec --answers. Ctrl-C laisse le fichier intact ; les réponses déjà données\n' +
      'sont gardées dans .<fichier>.smscore-answers.yaml et proposées à la prochaine exécution. Voir docs/QUESTIONNAIRE.md.',
    'import.description': 'remplir les indicateurs d’un canal depuis l’export d’une plateforme (Facebook, Instagram, ou tout CSV avec une correspondance de colonnes)',
    'import.format': 'facebook, instagram, ou generic (avec --mapping)',
    'import.export': 'le fichier CSV exporté',
    'import.into': 'le fichier de marque à mettre à jour (ses commentaires sont gardés)',
    'import.channel': 'le canal dont les indicateurs sont remplis',
    'import.period': 'garder les publications de cette période (par défaut : la période du fichier de marque)',
    'import.mapping': 'pour le format generic : quelle colonne contient quel chiffre',
    'import.dry-run': 'montrer ce qui changerait, sans rien écrire',
    'import.after':
      'La portée n’est jamais additionnée d’une publication à l’autre (chacune compte ses personnes) : c’est la portée médiane\n' +
      'par publication qui est enregistrée. Les lignes aux chiffres impossibles ou illisibles sont rejetées avec leur\n' +
      'numéro de ligne (docs/IMPORT.md).',
    'schema.description': 'afficher le JSON Schema du fichier de marque (draft 2020-12), pour les éditeurs et autres outils',
    'schema.path': 'afficher l’emplacement du fichier de schéma au lieu de son contenu',
  },
} satisfies Dictionary;

export type HelpKey = keyof typeof messages.en;
const translate = makeTranslator<HelpKey>(messages);

/** French texts are written with plain spaces and printed with their no-break ones (commander's wrapping keeps them). */
export const tHelp = withFrenchSpacing(translate);
