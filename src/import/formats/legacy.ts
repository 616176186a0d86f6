/**
 * The two layouts smscore read before Meta Business Suite's exports (docs/IMPORT.md, "Older layouts and the
 * generic mapping"), kept under their old ids so that `smscore import facebook insights.csv` keeps working:
 *
 *   facebook   Facebook Page Insights, post level, as Meta exported it until about 2018 ("Lifetime Post Total
 *              Reach"…; the shortened headers of the "Facebook metrics" data set, Moro, Rita & Vala, 2016)
 *   instagram  Instagram posts from the Graph API (media fields and media insights, one row per post)
 *   generic    any per-post CSV, with a mapping file naming the column of each figure (../mapping.ts)
 *
 * Their words live in ./meta.ts's dictionary: they are Meta's layouts too, and one dictionary makes one catalogue area.
 */
import type { Dictionary } from '../../i18n/translate.js';
import { parseDateAs } from '../dates.js';
import type { Contribution, ExportFormat, ExportTable, ReadContext } from '../model.js';
import { postContribution, readPostTable, type PostColumn, type PostLayout } from '../posts.js';
import { META_MESSAGES, readWithAccount } from './meta.js';

/**
 * Page Insights, post level. `Posted` was written ISO or day first in the files this reader was first written for;
 * a slash date is read day first, as before (docs/IMPORT.md).
 */
export const FACEBOOK_LAYOUT: PostLayout = {
  columns: {
    date: ['Posted', 'Publish time', 'Created Time', 'Date'],
    month: ['Post Month'],
    type: ['Type', 'Post type'],
    paid: ['Paid'],
    followers: ['Page total likes', 'Lifetime Page total likes'],
    reach: ['Lifetime Post Total Reach', 'Total Reach', 'Post Total Reach', 'Reach'],
    impressions: ['Lifetime Post Total Impressions', 'Total Impressions', 'Impressions'],
    engagedUsers: ['Lifetime Engaged Users', 'Engaged Users'],
    comments: ['comment', 'Comments'],
    reactions: ['like', 'Likes', 'Reactions'],
    shares: ['share', 'Shares'],
    interactions: ['Total Interactions'],
  },
  ignored: {
    Category: 'ignored.category-code',
    'Post Weekday': 'ignored.weekday',
    'Post Hour': 'ignored.hour',
    'Lifetime Post Consumers': 'ignored.consumers',
    Consumers: 'ignored.consumers',
    'Lifetime Post Consumptions': 'ignored.consumptions',
    Consumptions: 'ignored.consumptions',
    'Lifetime Post Impressions by people who have liked your Page': 'ignored.subset-impressions',
    'Impressions by people who have liked your Page': 'ignored.subset-impressions',
    'Lifetime Post reach by people who like your Page': 'ignored.subset-reach',
    'Reach by people who like your Page': 'ignored.subset-reach',
    'Lifetime People who have liked your Page and engaged with your post': 'ignored.subset-engaged',
    'People who have liked your Page and engaged with your post': 'ignored.subset-engaged',
    'Post ID': 'ignored.post-id',
    Permalink: 'ignored.post-address',
    'Post Message': 'ignored.post-text',
  },
  date: (raw) => parseDateAs(raw, 'iso') ?? parseDateAs(raw, 'DD/MM/YYYY'),
};

/**
 * Instagram Graph API media (`timestamp`, `media_type`, `like_count`, `comments_count`) and media insights
 * (`reach`, `saved`, `shares`, `impressions`, called `views` since 2025). Business Suite's CSV is
 * meta-instagram-content (./meta.ts).
 */
export const INSTAGRAM_LAYOUT: PostLayout = {
  columns: {
    id: ['id'],
    date: ['timestamp'],
    type: ['media_type'],
    reach: ['reach'],
    impressions: ['impressions', 'views'],
    reactions: ['like_count'],
    comments: ['comments_count'],
    shares: ['shares'],
    saves: ['saved'],
  },
  ignored: {
    caption: 'ignored.post-text',
    permalink: 'ignored.post-address',
    shortcode: 'ignored.post-address',
    media_url: 'ignored.post-address',
    thumbnail_url: 'ignored.post-address',
    username: 'ignored.account',
    media_product_type: 'ignored.product-type',
    total_interactions: 'ignored.sum-of-columns',
    engagement: 'ignored.sum-of-columns',
    profile_visits: 'ignored.profile-visits',
    follows: 'ignored.follows',
  },
  date: 'iso',
};

async function readFacebook(table: ExportTable, header: { row: number; cells: string[] }, ctx: ReadContext): Promise<Contribution> {
  return postContribution(table, FACEBOOK, await readPostTable(table, header, FACEBOOK_LAYOUT, ctx));
}

async function readInstagram(table: ExportTable, header: { row: number; cells: string[] }, ctx: ReadContext): Promise<Contribution> {
  const { reading, account } = await readWithAccount(table, header, INSTAGRAM_LAYOUT, ctx, ['username']);
  return postContribution(table, INSTAGRAM, reading, account);
}

export const FACEBOOK: ExportFormat = {
  id: 'facebook',
  platform: 'facebook',
  title: 'format.facebook',
  signature: {
    // Reach and impressions under the names only Page Insights used ("Reach" alone is Business Suite's), and
    // engaged users, a figure Business Suite does not export.
    headers: [
      ['Lifetime Post Total Reach', 'Total Reach', 'Post Total Reach'],
      ['Lifetime Post Total Impressions', 'Total Impressions'],
      ['Lifetime Engaged Users', 'Engaged Users'],
    ],
  },
  provides: ['posts', 'followers', 'medianPostReach', 'impressions', 'reactions', 'comments', 'shares', 'postsWith'],
  read: readFacebook,
  messages: META_MESSAGES,
};

export const INSTAGRAM: ExportFormat = {
  id: 'instagram',
  platform: 'instagram',
  title: 'format.instagram',
  // The Graph API's own field names, which no Business Suite export uses.
  signature: { headers: [['timestamp'], ['media_type']] },
  provides: ['posts', 'medianPostReach', 'impressions', 'reactions', 'comments', 'shares', 'saves', 'postsWith'],
  read: readInstagram,
  messages: META_MESSAGES,
};

const GENERIC_MESSAGES = {
  en: {
    'format.generic': 'CSV read through a column mapping (--mapping)',
    'skipped.generic': 'the generic format reads a CSV through a mapping file that names the column of each figure: give it with --mapping (docs/IMPORT.md)',
  },
  fr: {
    'format.generic': 'CSV lu selon une correspondance de colonnes (--mapping)',
    'skipped.generic': 'le format generic lit un CSV selon un fichier de correspondance qui nomme la colonne de chaque chiffre\u00a0: indiquez-le avec --mapping (docs/IMPORT.md)',
  },
} satisfies Dictionary;

/**
 * The generic format as the registry lists it: never recognised (no signature) and not readable by itself; the
 * CLI reads with genericFormat(mapping) instead, the same format with the mapping's columns.
 */
export const GENERIC: ExportFormat = {
  id: 'generic',
  title: 'format.generic',
  signature: {},
  provides: ['posts', 'followers', 'medianPostReach', 'impressions', 'reactions', 'comments', 'shares', 'saves', 'clicks', 'postsWith'],
  skipped: 'skipped.generic',
  messages: GENERIC_MESSAGES,
};

/**
 * The generic format reading the columns a mapping file names (one header name per figure). Dates are read as
 * before: ISO first, then a slash date day first, or month first when the mapping says MM/DD/YYYY.
 */
export function genericFormat(columns: Partial<Record<PostColumn, string>>, dateFormat?: 'iso' | 'DD/MM/YYYY' | 'MM/DD/YYYY'): ExportFormat {
  const slash = dateFormat === 'MM/DD/YYYY' ? 'MM/DD/YYYY' : 'DD/MM/YYYY';
  const layout: PostLayout = {
    columns: Object.fromEntries(Object.entries(columns).map(([field, name]) => [field, [name]])),
    date: (raw) => parseDateAs(raw, 'iso') ?? parseDateAs(raw, slash),
  };
  const { skipped: _skipped, ...generic } = GENERIC;
  const format: ExportFormat = {
    ...generic,
    read: async (table, header, ctx) => postContribution(table, format, await readPostTable(table, header, layout, ctx)),
  };
  return format;
}

export const LEGACY_FORMATS: readonly ExportFormat[] = [FACEBOOK, INSTAGRAM, GENERIC];
