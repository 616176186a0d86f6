/**
 * Platform export formats: which column holds which post figure. Header names are matched case-insensitively,
 * and each field accepts the names seen in the wild (Facebook's "Lifetime Post Total Reach" and the shortened
 * "Total Reach" of re-saved files). Data, not code: a generic format takes the same shape from a mapping file.
 */

/** The figures smscore can take from one exported post. */
export const POST_FIELDS = [
  'date', 'month', 'type', 'paid', 'followers', 'reach', 'impressions', 'reactions', 'comments', 'shares', 'saves', 'clicks',
  'engagedUsers', 'interactions',
] as const;
export type PostField = (typeof POST_FIELDS)[number];

export interface ImportFormat {
  id: string;
  name: string;
  /** Accepted header names per field. */
  columns: Partial<Record<PostField, string[]>>;
  /** Columns that are known but deliberately not imported, with the reason (shown in the import report, ./messages.ts). */
  ignored?: Record<string, IgnoredReason>;
  /** How a date cell is written, for `date`. */
  dateFormat?: DateFormat;
}

/** Why a known column is not imported: a key of ./messages.ts (`ignored.<reason>`), worded in the run's language. */
export type IgnoredReason =
  | 'category-code' | 'weekday' | 'hour' | 'consumers' | 'consumptions' | 'subset-impressions' | 'subset-reach' | 'subset-engaged'
  | 'post-id' | 'post-text' | 'post-address' | 'account';

export type DateFormat = 'iso' | 'DD/MM/YYYY' | 'MM/DD/YYYY';

/**
 * Facebook Page Insights, post-level export ("Key metrics" of each post). Column names from Meta's export as
 * published with the "Facebook metrics" data set (Moro, Rita & Vala, 2016), and their shortened variants.
 */
export const FACEBOOK: ImportFormat = {
  id: 'facebook',
  name: 'Facebook Page Insights (post level)',
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
    Category: 'category-code',
    'Post Weekday': 'weekday',
    'Post Hour': 'hour',
    'Lifetime Post Consumers': 'consumers',
    Consumers: 'consumers',
    'Lifetime Post Consumptions': 'consumptions',
    Consumptions: 'consumptions',
    'Lifetime Post Impressions by people who have liked your Page': 'subset-impressions',
    'Impressions by people who have liked your Page': 'subset-impressions',
    'Lifetime Post reach by people who like your Page': 'subset-reach',
    'Reach by people who like your Page': 'subset-reach',
    'Lifetime People who have liked your Page and engaged with your post': 'subset-engaged',
    'People who have liked your Page and engaged with your post': 'subset-engaged',
  },
};

/**
 * Instagram posts as exported from the Instagram Graph API (media fields and media insights, one row per post):
 * `timestamp`, `media_type`, `like_count`, `comments_count`, and the insights `reach`, `saved`, `shares`,
 * `impressions` (called `views` since 2025). Meta Business Suite's CSV uses capitalised names for the same figures.
 */
export const INSTAGRAM: ImportFormat = {
  id: 'instagram',
  name: 'Instagram posts (Graph API media + insights, or Business Suite CSV)',
  columns: {
    date: ['timestamp', 'Publish time', 'Date'],
    type: ['media_type', 'Post type'],
    reach: ['reach', 'Reach'],
    impressions: ['impressions', 'views', 'Views', 'Impressions'],
    reactions: ['like_count', 'Likes'],
    comments: ['comments_count', 'Comments'],
    shares: ['shares', 'Shares'],
    saves: ['saved', 'Saves'],
  },
  ignored: {
    id: 'post-id', caption: 'post-text', permalink: 'post-address', 'Post ID': 'post-id',
    Description: 'post-text', Permalink: 'post-address', 'Account username': 'account', 'Account name': 'account',
  },
  dateFormat: 'iso',
};

export const BUILT_IN_FORMATS: Readonly<Record<string, ImportFormat>> = { facebook: FACEBOOK, instagram: INSTAGRAM };
