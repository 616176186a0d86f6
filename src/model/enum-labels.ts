/**
 * Words for the brand file's allowed values (every `enum` of schemas/brand.schema.json), in English and French.
 * The id is what a brand file holds and stays as it is; the label is what a reader is shown beside it, so that a
 * French reader choosing a sector sees « Santé et beauté (health-beauty) » rather than a bare English id.
 * Keyed by the JSON pointer of the enum in the schema; test/model/enum-labels.test.ts checks that every allowed
 * value has both labels.
 */
import type { Locale } from '../i18n/translate.js';

type Labels = Readonly<Record<string, Readonly<Record<Locale, string>>>>;

const l = (en: string, fr: string): Readonly<Record<Locale, string>> => ({ en, fr });

export const ENUM_LABELS: Readonly<Record<string, Labels>> = {
  '#/$defs/platform': {
    facebook: l('Facebook', 'Facebook'), instagram: l('Instagram', 'Instagram'), linkedin: l('LinkedIn', 'LinkedIn'),
    tiktok: l('TikTok', 'TikTok'), x: l('X, formerly Twitter', 'X, ex-Twitter'), youtube: l('YouTube', 'YouTube'),
    pinterest: l('Pinterest', 'Pinterest'), snapchat: l('Snapchat', 'Snapchat'), threads: l('Threads', 'Threads'),
    bluesky: l('Bluesky', 'Bluesky'), mastodon: l('Mastodon', 'Mastodon'), twitch: l('Twitch', 'Twitch'),
    whatsapp: l('WhatsApp', 'WhatsApp'), forum: l('Forum', 'Forum'), blog: l('Blog', 'Blog'),
    newsletter: l('Newsletter', 'Lettre d’information'), website: l('Website', 'Site web'),
    'review-site': l('Review site', 'Site d’avis'), 'physical-event': l('Physical event', 'Événement physique'),
    other: l('Other', 'Autre'), 'google-business-profile': l('Google Business Profile', 'Fiche d’établissement Google'),
    tripadvisor: l('Tripadvisor', 'Tripadvisor'), trustpilot: l('Trustpilot', 'Trustpilot'),
    'app-store': l('App Store', 'App Store'), 'google-play': l('Google Play', 'Google Play'),
  },
  '#/$defs/pillar': {
    visibility: l('Visibility', 'Visibilité'), amplification: l('Amplification', 'Amplification'),
    conversion: l('Conversion', 'Conversion'), engagement: l('Engagement', 'Engagement'), satisfaction: l('Satisfaction', 'Satisfaction'),
  },
  '#/$defs/kpiId': {
    reach: l('Reach', 'Portée'), impressions: l('Impressions', 'Impressions'),
    'follower-growth': l('Follower growth', 'Croissance des abonnés'), 'reach-rate': l('Reach rate', 'Taux de portée'),
    'share-of-voice': l('Share of voice', 'Part de voix'), 'posting-frequency': l('Posting frequency', 'Fréquence de publication'),
    'shares-per-post': l('Shares per post', 'Partages par publication'), 'amplification-rate': l('Amplification rate', 'Taux d’amplification'),
    'virality-rate': l('Virality rate', 'Taux de viralité'), mentions: l('Mentions', 'Mentions'),
    'engagement-rate-reach': l('Engagement rate on reach', 'Taux d’engagement sur la portée'),
    'engagement-rate-followers': l('Engagement rate on followers', 'Taux d’engagement sur les abonnés'),
    'comments-per-post': l('Comments per post', 'Commentaires par publication'),
    'reactions-per-post': l('Reactions per post', 'Réactions par publication'),
    'click-through-rate': l('Click-through rate', 'Taux de clic'), 'conversion-rate': l('Conversion rate', 'Taux de conversion'),
    'cost-per-acquisition': l('Cost per acquisition', 'Coût par acquisition'),
    'return-on-ad-spend': l('Return on ad spend', 'Retour sur dépenses publicitaires'),
    'response-rate': l('Response rate', 'Taux de réponse'), 'first-response-time': l('First response time', 'Délai de première réponse'),
    'sentiment-ratio': l('Sentiment ratio', 'Ratio de sentiment'), nps: l('Net Promoter Score', 'Net Promoter Score'),
    csat: l('Customer satisfaction score', 'Score de satisfaction client'), 'average-rating': l('Average rating', 'Note moyenne'),
    'new-reviews': l('New reviews', 'Nouveaux avis'), 'review-response-rate': l('Review response rate', 'Taux de réponse aux avis'),
    'review-response-time': l('Review response time', 'Délai de réponse aux avis'),
  },
  '#/$defs/brand/properties/sector': {
    alcohol: l('Alcohol', 'Alcools'), fashion: l('Fashion', 'Mode'), 'financial-services': l('Financial services', 'Services financiers'),
    'food-beverage': l('Food and beverage', 'Alimentation et boissons'), 'health-beauty': l('Health and beauty', 'Santé et beauté'),
    'higher-education': l('Higher education', 'Enseignement supérieur'), 'home-decor': l('Home and decor', 'Maison et décoration'),
    influencers: l('Influencers', 'Influenceurs'), media: l('Media', 'Médias'), nonprofit: l('Non-profit', 'Associations et ONG'),
    retail: l('Retail', 'Commerce de détail'), 'sports-teams': l('Sports teams', 'Clubs sportifs'),
    'tech-software': l('Tech and software', 'Technologie et logiciels'), 'travel-hospitality': l('Travel and hospitality', 'Voyage et hôtellerie'),
    'real-estate': l('Real estate', 'Immobilier'), 'local-business': l('Local business', 'Commerce de proximité'),
    'b2b-services': l('B2B services', 'Services aux entreprises'), 'public-sector': l('Public sector', 'Secteur public'), other: l('Other', 'Autre'),
  },
  '#/$defs/journeyStage/properties/stage': {
    potential: l('Potential customer', 'Client potentiel'), aware: l('Aware of the brand', 'Connaît la marque'),
    interested: l('Interested', 'Intéressé'), follower: l('Follower', 'Abonné'), participant: l('Participant', 'Participant'),
    'invited-to-buy': l('Invited to buy', 'Invité à acheter'), customer: l('Customer', 'Client'), ambassador: l('Ambassador', 'Ambassadeur'),
    'asked-for-feedback': l('Asked for feedback', 'Sollicité pour son avis'), 'community-member': l('Community member', 'Membre de la communauté'),
  },
  '#/$defs/objective/properties/domain': {
    branding: l('Brand and e-reputation', 'Image et e-réputation'), selling: l('Selling', 'Vente'),
    'customer-relationship': l('Customer relationship', 'Relation client'), community: l('Community', 'Communauté'),
  },
  '#/$defs/objective/properties/priority': { high: l('High', 'Haute'), medium: l('Medium', 'Moyenne'), low: l('Low', 'Basse') },
  '#/$defs/channel/properties/status': {
    active: l('Active', 'Actif'), dormant: l('Dormant', 'En sommeil'), planned: l('Planned', 'Prévu'), closing: l('Closing', 'En cours de fermeture'),
  },
  '#/$defs/listening/properties/cadence': {
    'real-time': l('Real time', 'En temps réel'), daily: l('Daily', 'Quotidienne'), weekly: l('Weekly', 'Hebdomadaire'), monthly: l('Monthly', 'Mensuelle'),
  },
  '#/$defs/organisation/properties/budget/properties/per': {
    month: l('Per month', 'Par mois'), quarter: l('Per quarter', 'Par trimestre'), year: l('Per year', 'Par an'), period: l('For the period', 'Pour la période'),
  },
  '#/$defs/organisation/properties/measurement/properties/cadence': {
    weekly: l('Weekly', 'Hebdomadaire'), monthly: l('Monthly', 'Mensuelle'), quarterly: l('Quarterly', 'Trimestrielle'), yearly: l('Yearly', 'Annuelle'),
  },
  '#/$defs/tool/properties/use': {
    listening: l('Listening', 'Écoute'), dialogue: l('Dialogue with customers', 'Dialogue avec les clients'), community: l('Community', 'Communauté'),
  },
  '#/$defs/offlineAction/properties/type': {
    event: l('Event', 'Événement'), 'trade-show': l('Trade show', 'Salon professionnel'), 'street-marketing': l('Street marketing', 'Street marketing'),
    sponsoring: l('Sponsoring', 'Parrainage'), meetup: l('Meetup', 'Rencontre'), store: l('Store', 'Magasin'), other: l('Other', 'Autre'),
  },
};

/** The label of an allowed value: from the enum at `pointer` when given, else from the first enum that has it. */
export function enumLabel(value: string, locale: Locale, pointer?: string): string | undefined {
  const lists = pointer !== undefined ? [ENUM_LABELS[pointer]] : Object.values(ENUM_LABELS);
  for (const labels of lists) if (labels && Object.hasOwn(labels, value)) return labels[value]![locale];
  return undefined;
}

/** A label as an id would be written: lower case, dashes for spaces, no accents or punctuation. */
export function labelSlug(label: string): string {
  return label.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * An allowed value as a choice or a list shows it: « Santé et beauté (health-beauty) » in French, the label then
 * the id that gets written. The id alone where there is no label (a pack's own values), in English (the ids are
 * English words), and where the label only restyles the id (« Instagram »).
 */
export function enumChoice(value: string, locale: Locale, pointer?: string): string {
  const label = locale === 'en' ? undefined : enumLabel(value, locale, pointer);
  if (label === undefined || labelSlug(label) === value) return value;
  return `${label} (${value})`;
}
