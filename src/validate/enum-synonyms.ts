/**
 * Words people write for an allowed value that are not typos of it, so edit distance cannot find them:
 * `sales` for the domain `selling`, `insta` or `ig` for the platform `instagram`. Keys are lower-case; a synonym
 * is only proposed when its value is allowed where the mistake is (the same word can mean different things in
 * different places). Kept to unambiguous words: a wrong guess would be worse than no suggestion.
 */
import { ENUM_LABELS, labelSlug } from '../model/enum-labels.js';

const HAND_WRITTEN: Readonly<Record<string, string>> = {
  // objective domains
  sales: 'selling', sale: 'selling', sell: 'selling', vente: 'selling', ventes: 'selling', conversion: 'selling',
  brand: 'branding', awareness: 'branding', notoriety: 'branding', notoriete: 'branding', 'notoriété': 'branding',
  'e-reputation': 'branding', reputation: 'branding',
  'customer-service': 'customer-relationship', 'customer-care': 'customer-relationship', support: 'customer-relationship',
  crm: 'customer-relationship', 'relation-client': 'customer-relationship', communaute: 'community', 'communauté': 'community',
  // platforms
  insta: 'instagram', ig: 'instagram', fb: 'facebook', meta: 'facebook', twitter: 'x', yt: 'youtube',
  'google-my-business': 'google-business-profile', gmb: 'google-business-profile', gbp: 'google-business-profile',
  'google-maps': 'google-business-profile', 'apple-app-store': 'app-store', 'play-store': 'google-play',
  // sectors
  food: 'food-beverage', beauty: 'health-beauty', cosmetics: 'health-beauty',
  tech: 'tech-software', software: 'tech-software', saas: 'tech-software', travel: 'travel-hospitality',
  hospitality: 'travel-hospitality', hotel: 'travel-hospitality', ngo: 'nonprofit', 'non-profit': 'nonprofit',
  association: 'nonprofit', university: 'higher-education', school: 'higher-education', bank: 'financial-services',
  finance: 'financial-services', insurance: 'financial-services', b2b: 'b2b-services', sport: 'sports-teams',
  sports: 'sports-teams', 'real-estate-agency': 'real-estate', immobilier: 'real-estate',
  // priorities
  normal: 'medium', haute: 'high', moyenne: 'medium', basse: 'low',
};

/**
 * A value's English or French label, written where the id belongs (`Santé et beauté` for `health-beauty`,
 * `hebdomadaire` for `weekly`), in the form suggestValue compares (lower case, dashes for spaces), with and without
 * accents. A label shared by different values is left out: it would be a guess.
 */
function labelSynonyms(): Record<string, string> {
  const found = new Map<string, Set<string>>();
  for (const labels of Object.values(ENUM_LABELS)) {
    for (const [value, byLocale] of Object.entries(labels)) {
      for (const label of Object.values(byLocale)) {
        for (const key of [label.trim().toLowerCase().replace(/[\s_]+/g, '-'), labelSlug(label)]) {
          if (key !== value) found.set(key, (found.get(key) ?? new Set()).add(value));
        }
      }
    }
  }
  return Object.fromEntries([...found].filter(([, values]) => values.size === 1).map(([key, values]) => [key, [...values][0]!]));
}

/** Hand-written synonyms win over labels. */
export const ENUM_SYNONYMS: Readonly<Record<string, string>> = { ...labelSynonyms(), ...HAND_WRITTEN };
