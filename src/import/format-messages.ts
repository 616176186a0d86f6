/**
 * Words of the import formats (their names, why a known column is not imported) and of their usage errors, in
 * English and French. Kept apart from ./messages.ts so that the two are edited independently.
 */
import { withFrenchSpacing } from '../i18n/french-spacing.js';
import { makeTranslator, type Dictionary } from '../i18n/translate.js';

const messages = {
  en: {
    'error.bad-mapping': '{file} is not a valid mapping',
    'format.facebook': 'Facebook Page Insights (post level)',
    'format.instagram': 'Instagram posts (Graph API media + insights, or Business Suite CSV)',
    'format.generic': 'CSV mapped by {mapping}',
    'ignored.category-code': 'a category code of the original study, not an Insights figure',
    'ignored.weekday': 'the day of the week; smscore works with the period as a whole',
    'ignored.hour': 'the hour of posting; smscore works with the period as a whole',
    'ignored.consumers': 'people who clicked anywhere on the post (photo views included): not link clicks',
    'ignored.consumptions': 'clicks anywhere on the post (photo views included): not link clicks',
    'ignored.subset-impressions': 'a subset of impressions',
    'ignored.subset-reach': 'a subset of reach',
    'ignored.subset-engaged': 'a subset of engaged users',
    'ignored.post-id': 'the post id',
    'ignored.post-text': 'the post text',
    'ignored.post-address': 'the post address',
    'ignored.account': 'the account',
    'error.format': 'unknown export format "{format}"; choose one of: {known}',
  },
  fr: {
    'error.bad-mapping': '{file} n’est pas une correspondance de colonnes valide',
    'format.facebook': 'Facebook Page Insights (au niveau des publications)',
    'format.instagram': 'publications Instagram (médias et statistiques de l’API Graph, ou CSV de Business Suite)',
    'format.generic': 'CSV lu selon {mapping}',
    'ignored.category-code': 'un code de catégorie de l’étude d’origine, pas un chiffre d’Insights',
    'ignored.weekday': 'le jour de la semaine\u202f; smscore traite la période d’un bloc',
    'ignored.hour': 'l’heure de publication\u202f; smscore traite la période d’un bloc',
    'ignored.consumers': 'les personnes qui ont cliqué n’importe où dans la publication (vues de photos comprises)\u00a0: pas des clics sur le lien',
    'ignored.consumptions': 'les clics n’importe où dans la publication (vues de photos comprises)\u00a0: pas des clics sur le lien',
    'ignored.subset-impressions': 'une partie des impressions',
    'ignored.subset-reach': 'une partie de la portée',
    'ignored.subset-engaged': 'une partie des utilisateurs engagés',
    'ignored.post-id': 'l’identifiant de la publication',
    'ignored.post-text': 'le texte de la publication',
    'ignored.post-address': 'l’adresse de la publication',
    'ignored.account': 'le compte',
    'error.format': 'format d’export inconnu «\u00a0{format}\u00a0»\u202f; formats possibles\u00a0: {known}',
  },
} satisfies Dictionary;

export type FormatKey = keyof typeof messages.en;
export const tFormat = withFrenchSpacing(makeTranslator<FormatKey>(messages));
