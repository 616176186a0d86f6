/**
 * Words of the diagnostics' layout (severity, hint, data path) and of the JUnit report, in English and French. Kept
 * apart from ./messages.ts so that the two are edited independently.
 */
import { withFrenchSpacing } from '../i18n/french-spacing.js';
import { makeTranslator, type Dictionary, type MessageArgs } from '../i18n/translate.js';

const s = (n: unknown) => (Number(n) === 1 ? '' : 's');
const sFr = (n: unknown) => (Number(n) < 2 ? '' : 's');

const messages = {
  en: {
    'diagnostic.error': 'error',
    'diagnostic.warning': 'warning',
    'diagnostic.hint': 'hint',
    'diagnostic.at': 'at',
    'junit.waived': 'waived: {reason}',
    'junit.not-applicable': 'does not apply to this file',
    'junit.invalid': (a: MessageArgs) => `${a.errors} error${s(a.errors)}`,
    'count.error': (a: MessageArgs) => `${a.count} error${s(a.count)}`,
    'count.warning': (a: MessageArgs) => `${a.count} warning${s(a.count)}`,
    'count.notice': (a: MessageArgs) => `${a.count} notice${s(a.count)}`,
  },
  fr: {
    'diagnostic.error': 'erreur',
    'diagnostic.warning': 'avertissement',
    'diagnostic.hint': 'conseil',
    'diagnostic.at': 'à',
    'junit.waived': 'dérogation\u00a0: {reason}',
    'junit.not-applicable': 'ne s’applique pas à ce fichier',
    'junit.invalid': (a: MessageArgs) => `${a.errors} erreur${sFr(a.errors)}`,
    'count.error': (a: MessageArgs) => `${a.count} erreur${sFr(a.count)}`,
    'count.warning': (a: MessageArgs) => `${a.count} avertissement${sFr(a.count)}`,
    'count.notice': (a: MessageArgs) => `${a.count} remarque${sFr(a.count)}`,
  },
} satisfies Dictionary;

export type CiKey = keyof typeof messages.en;
export const tCi = withFrenchSpacing(makeTranslator<CiKey>(messages));
