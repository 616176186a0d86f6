/**
 * Programmatic API: `import { validate, audit } from 'smscore'`. Pure functions over files and text; nothing here
 * prints or exits.
 */
export { validateFile as validate, validateText, type ValidationResult } from './validate/index.js';
export { parseSource, type ParsedSource } from './load/source.js';
export type * from './model/brand.js';
export type { Diagnostic, SourceLocation, DataPath, Severity } from './model/diagnostic.js';
export { diagnosticMessage, diagnosticHint } from './validate/messages.js';
export type { Locale } from './i18n/translate.js';
