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
    'arg.paths': 'exports',
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
    'value.channel-map': '[key=]id',
    'value.format-id': 'format-id',
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
    'import.description': 'fill channels\' metrics from platform exports (files, ZIPs or folders), each recognised and sent to its channel',
    'import.paths': 'export files, ZIPs or folders (folders are searched 6 levels deep); or, as before: <format> <export>',
    'import.into': 'the brand file to update (its comments are kept; written once, at the end)',
    'import.channel': 'the channel to fill: <id> for everything, or <platform>=<id>, <file name>=<id>, <location name>=<id> (repeatable); default: the channel of each export\'s platform',
    'import.from': 'read every file as this format instead of recognising it (see docs/IMPORT.md); not --format, which is the report\'s',
    'import.period': 'keep the posts of this period (default: the brand file\'s period)',
    'import.mapping': 'for the generic format: which column holds which figure',
    'import.replace-channel': 'the channels\' audience and content figures become exactly the import\'s (figures left from before are removed)',
    'import.keep-others': 'keep figures the import does not set beside the imported ones (they are listed)',
    'import.dry-run': 'show what would change without writing',
    'import.after':
      'Reach is never summed across posts (people are counted once per post): the\n' +
      'median reach per post is stored. Rows with impossible or unreadable figures\n' +
      'are rejected with their line numbers. Figures of an imported channel that the\n' +
      'import does not set must be settled: --replace-channel, --keep-others, or a\n' +
      'prompt in a terminal (docs/IMPORT.md).',
    // schema
    'schema.description': 'print the JSON Schema of the brand file (draft 2020-12), for editors and other tools',
    'schema.path': 'print the schema file\'s location instead of its content',
  },
  fr: {
    'commander.usage': 'Utilisation\u00a0:',
    'commander.arguments': 'Arguments\u00a0:',
    'commander.options': 'Options\u00a0:',
    'commander.global-options': 'Options globales\u00a0:',
    'commander.commands': 'Commandes\u00a0:',
    'commander.usage.program': '[options] [commande]',
    'commander.choices': 'valeurs\u00a0: {choices}',
    'commander.default': 'par défaut\u00a0: {value}',
    // A semicolon, since the list of choices has commas of its own.
    'commander.notes-separator': '\u202f; ',
    'commander.help-option': 'afficher l’aide de la commande',
    'commander.help-command': 'help [commande]',
    'commander.version-option': 'afficher le numéro de version',
    'commander.after-error': '(--help affiche le mode d’emploi)',
    'commander.error': 'erreur\u00a0: {message}',
    'commander.did-you-mean': '(Vouliez-vous dire {candidates}\u202f?)',
    'commander.did-you-mean-one-of': '(Vouliez-vous dire l’une de ces valeurs\u00a0: {candidates}\u202f?)',
    'commander.unknownOption': 'option inconnue «\u00a0{flag}\u00a0»',
    'commander.unknownCommand': 'commande inconnue «\u00a0{name}\u00a0»',
    'commander.missingArgument': 'argument obligatoire manquant\u00a0: «\u00a0{name}\u00a0»',
    'commander.optionMissingArgument': 'l’option «\u00a0{flags}\u00a0» attend une valeur',
    'commander.missingMandatoryOptionValue': 'l’option obligatoire «\u00a0{flags}\u00a0» manque',
    'commander.invalidArgument.option': 'l’option «\u00a0{flags}\u00a0» n’accepte pas la valeur «\u00a0{value}\u00a0». {reason}',
    'commander.invalidArgument.argument': 'la valeur «\u00a0{value}\u00a0» ne convient pas à l’argument «\u00a0{name}\u00a0». {reason}',
    'commander.allowed-choices': 'Valeurs possibles\u00a0: {choices}.',
    'commander.excessArguments': (a: MessageArgs) =>
      `trop d’arguments${a.command ? ` pour «\u00a0${a.command}\u00a0»` : ''}\u00a0: ${a.expected} ${Number(a.expected) < 2 ? 'attendu' : 'attendus'}, ${a.received} ${Number(a.received) < 2 ? 'reçu' : 'reçus'}.`,
    'commander.conflictingOption': 'l’option «\u00a0{option}\u00a0» ne peut pas être utilisée avec l’option «\u00a0{other}\u00a0»',
    'arg.score': 'Un nombre de 0 à 100 est attendu.',
    'arg.jobs': 'Un nombre entier de 0 (automatique) à 64 est attendu.',
    'arg.limit': 'Un nombre entier supérieur ou égal à 1 est attendu.',
    'arg.files': 'fichiers',
    'arg.file': 'fichier',
    'arg.target': 'cible',
    'arg.format': 'format',
    'arg.export': 'export',
    'arg.paths': 'exports',
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
    'value.channel-map': '[clé=]id',
    'value.format-id': 'id-de-format',
    'exit.title': 'Codes de sortie\u00a0:',
    'exit.0': 'OK',
    'exit.1': 'l’audit a tourné, mais un seuil ou une lacune bloquante l’a fait échouer',
    'exit.2': 'entrée, configuration ou utilisation invalide (un fichier invalide n’est pas audité), ou fichier\nnon écrit pour le protéger (une sortie qui est aussi une entrée, en lecture seule, modifiée entre-temps)',
    'exit.3': 'erreur interne de smscore (merci de la signaler\u202f; relancez avec --debug pour les détails)',
    'exit.130': 'interrompu',
    'examples': 'Exemples\u00a0:',
    'program.description': 'Note la performance d’une marque sur les réseaux sociaux selon cinq piliers et liste les questions que son fichier laisse sans réponse.',
    'program.lang': 'langue des messages (par défaut\u00a0: d’après LC_ALL / LC_MESSAGES / LANG, sinon en)',
    'program.color': 'forcer les couleurs',
    'program.no-color': 'désactiver les couleurs (NO_COLOR est aussi respecté)',
    'program.debug': 'afficher la pile d’appels des erreurs internes',
    'opt.format': 'format de sortie',
    'opt.pack': 'ajouter un pack de questions à vous (un fichier de données YAML\u202f; répétez l’option pour en ajouter plusieurs)',
    'opt.no-config': 'ignorer tout fichier de configuration',
    'opt.section': 'seulement les questions de cette section (strategy, customer, channels, …)',
    'opt.pillar': 'seulement les questions qui comptent pour ce pilier',
    'opt.severity': 'seulement cette gravité\u00a0: critical, major ou minor',
    'arg.files.description': 'fichiers de marque (YAML), dossiers ou motifs entre guillemets (par défaut\u00a0: le dossier de smscore.config.yaml)',
    'validate.description': 'vérifier le format des fichiers de marque\u202f; chaque problème est signalé en fichier:ligne:colonne',
    'validate.quiet': 'n’afficher que les erreurs, sans les avertissements',
    'validate.verbose': 'lister aussi les fichiers YAML écartés par le parcours d’un dossier ou par un motif, et pourquoi',
    'validate.only-brand-files': 'écarter les fichiers nommés qui ne sont pas des fichiers de marque au lieu de les refuser (pour les hooks qui reçoivent chaque fichier YAML indexé)',
    'validate.config': 'fichier de configuration, pour ses chemins ignorés et ses packs (par défaut\u00a0: smscore.config.yaml, cherché d’ici vers le haut)',
    'validate.after':
      'Les entrées sont des fichiers, des dossiers et des motifs entre guillemets comme \'brands/**/*.yaml\', comme pour audit\u00a0:\n' +
      'dossiers et motifs prennent les fichiers de marque (YAML avec une clé «\u00a0smscore:\u00a0» au premier niveau), en écartant\n' +
      'les autres YAML, node_modules, les dossiers cachés, les packs de questions et les chemins ignorés. Sans entrée\u00a0:\n' +
      'le dossier de smscore.config.yaml (cherché d’ici vers le haut).',
    'audit.description': 'valider, noter les cinq piliers et lister les questions sans réponse',
    'audit.format': 'format du rapport\u00a0: text, json, markdown, html, sarif, junit, github (répétable\u202f; par défaut\u00a0: text)',
    'audit.output': 'écrire dans un fichier, d’un seul coup, le rapport que vient de nommer --format (répétable\u202f; sans --format à elle, l’extension donne le format)',
    'audit.quiet': 'n’afficher que la ligne de synthèse, et ce qui fait échouer le contrôle',
    'audit.verbose': 'afficher chaque KPI sous son pilier et un exemple sous chaque question ouverte\u202f; lister les fichiers YAML écartés par le parcours d’un dossier',
    'audit.config': 'fichier de configuration (par défaut\u00a0: smscore.config.yaml, cherché d’ici vers le haut)',
    'audit.min-score': 'échouer (code 1) quand la note globale d’une marque est inférieure à cette valeur',
    'audit.min-readiness': 'échouer quand la complétude est inférieure à cette valeur',
    'audit.fail-on': 'échouer quand une question de cette gravité ou plus reste ouverte',
    'audit.baseline': 'comparer à un rapport `--format json` antérieur\u00a0: évolution des notes, questions ouvertes et fermées',
    'audit.fail-on-regression': 'avec --baseline\u00a0: échouer quand une note baisse de plus de cette valeur (0 par défaut)',
    'audit.only-brand-files': 'écarter les fichiers nommés qui ne sont pas des fichiers de marque au lieu de les refuser\u202f; n’en avoir aucun n’est pas une erreur (pour les hooks qui reçoivent chaque fichier YAML indexé)',
    'audit.jobs': 'threads de travail\u00a0: 0 = automatique (à partir de 200 fichiers et de 3 cœurs\u00a0: un par cœur moins un), 1 = aucun',
    'audit.after':
      'Les entrées sont des fichiers, des dossiers et des motifs entre guillemets comme \'brands/**/*.yaml\'. Dossiers et\n' +
      'motifs prennent les fichiers de marque (YAML avec une clé «\u00a0smscore:\u00a0» au premier niveau), en écartant les autres\n' +
      'YAML (--verbose les liste), node_modules, les dossiers cachés, les packs de questions et les chemins ignorés. Sans\n' +
      'entrée\u00a0: le dossier de smscore.config.yaml (cherché d’ici vers le haut). Seuils, réglages par fichier et dérogations\n' +
      'viennent de smscore.config.yaml (voir docs/CI.md)\u202f; les options de la ligne de commande l’emportent.',
    'questions.description': 'lister le catalogue des «\u00a0bonnes questions\u00a0» que l’audit pose à chaque fichier de marque',
    'questions.section': 'seulement cette section (strategy, customer, channels, …)',
    'explain.description': 'expliquer une question en détail, ou chaque nombre des notes d’un fichier de marque',
    'explain.target': 'un identifiant de question (voir «\u00a0smscore questions\u00a0»), ou un fichier de marque',
    'explain.pillar': 'avec un fichier de marque\u00a0: seulement ce pilier',
    'explain.channel': 'avec un fichier de marque\u00a0: seulement ce canal',
    'questionnaire.description': 'répondre aux questions ouvertes une à une (ou créer un fichier de marque)\u202f; le fichier garde ses commentaires',
    'questionnaire.file': 'fichier de marque (YAML)\u202f; créé s’il n’existe pas',
    'questionnaire.limit': 'poser au plus n questions, les plus graves d’abord',
    'questionnaire.answers': 'appliquer des réponses préparées (YAML\u00a0: identifiant de question → réponse) sans poser de questions, pour les scripts',
    'questionnaire.yes': 'écrire sans la confirmation finale',
    'questionnaire.config': 'fichier de configuration dont les packs et les références s’appliquent (par défaut\u00a0: smscore.config.yaml, cherché d’ici vers le haut)',
    'questionnaire.after':
      'Demande un terminal interactif, sauf avec --answers. Ctrl-C laisse le fichier intact\u202f; les réponses déjà données\n' +
      'sont gardées dans .<fichier>.smscore-answers.yaml et proposées à la prochaine exécution. Voir docs/QUESTIONNAIRE.md.',
    'import.description': 'remplir les indicateurs des canaux depuis les exports des plateformes (fichiers, ZIP ou dossiers), chacun reconnu et envoyé vers son canal',
    'import.paths': 'fichiers d’export, ZIP ou dossiers (parcourus sur 6\u00a0niveaux)\u202f; ou, comme avant\u00a0: <format> <export>',
    'import.into': 'le fichier de marque à mettre à jour (ses commentaires sont gardés\u202f; écrit une seule fois, à la fin)',
    'import.channel': 'le canal à remplir\u00a0: <id> pour tout, ou <plateforme>=<id>, <nom de fichier>=<id>, <nom d’établissement>=<id> (répétable)\u202f; par défaut\u00a0: le canal de la plateforme de chaque export',
    'import.from': 'lire chaque fichier dans ce format au lieu de le reconnaître (voir docs/IMPORT.md)\u202f; pas --format, qui est celui du rapport',
    'import.period': 'garder les publications de cette période (par défaut\u00a0: la période du fichier de marque)',
    'import.mapping': 'pour le format generic\u00a0: quelle colonne contient quel chiffre',
    'import.replace-channel': 'les chiffres d’audience et de contenu des canaux deviennent exactement ceux de l’import\u00a0: ceux restés d’avant sont supprimés',
    'import.keep-others': 'garder les chiffres que l’import ne fixe pas à côté des chiffres importés (ils sont listés)',
    'import.dry-run': 'montrer ce qui changerait, sans rien écrire',
    'import.after':
      'La portée n’est jamais additionnée d’une publication à l’autre (chacune compte\n' +
      'ses personnes)\u00a0: c’est la portée médiane par publication qui est enregistrée.\n' +
      'Les lignes aux chiffres impossibles ou illisibles sont rejetées avec leur numéro\n' +
      'de ligne. Les chiffres d’un canal importé que l’import ne fixe pas doivent être\n' +
      'tranchés\u00a0: --replace-channel, --keep-others, ou une question dans un terminal\n' +
      '(docs/IMPORT.md).',
    'schema.description': 'afficher le JSON Schema du fichier de marque (draft 2020-12), pour les éditeurs et autres outils',
    'schema.path': 'afficher l’emplacement du fichier de schéma au lieu de son contenu',
  },
} satisfies Dictionary;

export type HelpKey = keyof typeof messages.en;
const translate = makeTranslator<HelpKey>(messages);

/** French texts are written with plain spaces and printed with their no-break ones (commander's wrapping keeps them). */
export const tHelp = withFrenchSpacing(translate);
