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
  /** Columns that are known but deliberately not imported, with the reason (shown in the import report). */
  ignored?: Record<string, string>;
  /** How a date cell is written, for `date`. */
  dateFormat?: DateFormat;
}

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
    Category: 'a category code of the original study, not an Insights figure',
    'Post Weekday': 'the day of the week; smscore works with the period as a whole',
    'Post Hour': 'the hour of posting; smscore works with the period as a whole',
    'Lifetime Post Consumers': 'people who clicked anywhere on the post (photo views included): not link clicks',
    Consumers: 'people who clicked anywhere on the post (photo views included): not link clicks',
    'Lifetime Post Consumptions': 'clicks anywhere on the post (photo views included): not link clicks',
    Consumptions: 'clicks anywhere on the post (photo views included): not link clicks',
    'Lifetime Post Impressions by people who have liked your Page': 'a subset of impressions',
    'Impressions by people who have liked your Page': 'a subset of impressions',
    'Lifetime Post reach by people who like your Page': 'a subset of reach',
    'Reach by people who like your Page': 'a subset of reach',
    'Lifetime People who have liked your Page and engaged with your post': 'a subset of engaged users',
    'People who have liked your Page and engaged with your post': 'a subset of engaged users',
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
    id: 'the post id', caption: 'the post text', permalink: 'the post address', 'Post ID': 'the post id',
    Description: 'the post text', Permalink: 'the post address', 'Account username': 'the account', 'Account name': 'the account',
  },
  dateFormat: 'iso',
};

export const BUILT_IN_FORMATS: Readonly<Record<string, ImportFormat>> = { facebook: FACEBOOK, instagram: INSTAGRAM };
