/** `smscore questionnaire`: the open questions of the audit, asked one by one; see docs/QUESTIONNAIRE.md. */
export * from './answers.js';
export * from './flow.js';
export { inquirerPrompter, isExitPromptError, type Choice, type Prompter } from './prompter.js';
export { tqn, type QnKey } from './messages.js';
export { schemaEnum } from './schema-values.js';
