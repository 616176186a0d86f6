/**
 * TypeScript view of a valid brand file (schemas/brand.schema.json, format version 1).
 * The schema is the source of truth; these types describe what validation guarantees.
 */

export const PILLARS = ['visibility', 'amplification', 'conversion', 'engagement', 'satisfaction'] as const;
export type Pillar = (typeof PILLARS)[number];

export const PLATFORMS = [
  'facebook', 'instagram', 'linkedin', 'tiktok', 'x', 'youtube', 'pinterest', 'snapchat', 'threads',
  'bluesky', 'mastodon', 'twitch', 'whatsapp', 'forum', 'blog', 'newsletter', 'website', 'review-site',
  'physical-event', 'other', 'google-business-profile', 'tripadvisor', 'trustpilot', 'app-store', 'google-play',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export const KPI_IDS = [
  'reach', 'impressions', 'follower-growth', 'reach-rate', 'share-of-voice', 'posting-frequency',
  'shares-per-post', 'amplification-rate', 'virality-rate', 'mentions',
  'engagement-rate-reach', 'engagement-rate-followers', 'comments-per-post', 'reactions-per-post',
  'click-through-rate', 'conversion-rate', 'cost-per-acquisition', 'return-on-ad-spend',
  'response-rate', 'first-response-time', 'sentiment-ratio', 'nps', 'csat',
  'average-rating', 'new-reviews', 'review-response-rate', 'review-response-time',
] as const;
export type KpiId = (typeof KPI_IDS)[number];

export type ObjectiveDomain = 'branding' | 'selling' | 'customer-relationship' | 'community';

export type Sector =
  | 'alcohol' | 'fashion' | 'financial-services' | 'food-beverage' | 'health-beauty' | 'higher-education'
  | 'home-decor' | 'influencers' | 'media' | 'nonprofit' | 'retail' | 'sports-teams' | 'tech-software'
  | 'travel-hospitality' | 'real-estate' | 'local-business' | 'b2b-services' | 'public-sector' | 'other';

export interface AgeRange { min?: number; max?: number }

export interface BrandInfo {
  name: string;
  sector?: Sector;
  country?: string;
  languages?: string[];
  currency?: string;
  website?: string;
  description?: string;
  positioning?: string;
  values?: string[];
}

export interface Persona {
  name: string;
  description?: string;
  ageRange?: AgeRange;
  needs?: string[];
  platforms?: Platform[];
}

export type JourneyStageId =
  | 'potential' | 'aware' | 'interested' | 'follower' | 'participant' | 'invited-to-buy' | 'customer'
  | 'ambassador' | 'asked-for-feedback' | 'community-member';

export interface JourneyStage { stage: JourneyStageId; channels?: string[]; actions?: string }

export interface Audience {
  description?: string;
  ageRange?: AgeRange;
  regions?: string[];
  needs?: string[];
  dialogueSpaces?: string[];
  responsiveness?: { expectations?: string; committedHours?: number };
  trustBeforeSale?: string;
  prospectResearch?: { sources?: string[]; siteFacts?: string[] };
  personas?: Persona[];
  journey?: JourneyStage[];
}

export interface Period { start: string; end: string; label?: string }

export interface Metrics {
  followers?: { start?: number; end?: number };
  posts?: number;
  reach?: number;
  medianPostReach?: number;
  impressions?: number;
  reactions?: number;
  comments?: number;
  shares?: number;
  saves?: number;
  clicks?: number;
  conversions?: number;
  revenue?: number;
  spend?: number;
  attendees?: number;
  mentions?: number;
  messages?: { received?: number; answered?: number; medianFirstResponseHours?: number };
  /** Reviews and ratings received over the period (review platforms). */
  reviews?: { count?: number; averageRating?: number; answered?: number; medianResponseHours?: number };
  sentiment?: { positive?: number; neutral?: number; negative?: number };
  nps?: { promoters?: number; passives?: number; detractors?: number; score?: number };
  csat?: { satisfied?: number; responses?: number; score?: number };
  /**
   * How many of the period's posts carried each per-post figure, when some did not (empty cells in an export).
   * Absent: every post did. Per-post rates divide the figure by this count, never by every post.
   */
  postsWith?: { reactions?: number; comments?: number; shares?: number };
}

export interface Previous {
  period?: Period;
  channels?: Record<string, Metrics>;
  competitors?: Record<string, number>;
}

export type DosDontsArea = 'content' | 'interfaces' | 'newChannels';
export interface DosDonts { dos?: string[]; donts?: string[] }

export interface Strategy {
  rationale?: string;
  opportunities?: string[];
  threats?: string[];
  successFactors?: string[];
  goodPractices?: string[];
  publishingPurpose?: string;
  longTermCommitment?: string;
  lossOfControl?: string;
  dos?: string[];
  donts?: string[];
  /** Dos and don'ts per area the question names; the flat lists above stay valid but do not answer it. */
  dosAndDonts?: Partial<Record<DosDontsArea, DosDonts>>;
  futureUsages?: string;
}

export interface ObjectiveKpi { kpi: KpiId; target?: number; channel?: string; note?: string }

export interface Objective {
  id: string;
  domain?: ObjectiveDomain;
  description?: string;
  priority?: 'high' | 'medium' | 'low';
  weight?: number;
  owner?: string;
  deadline?: string;
  channels?: string[];
  kpis?: ObjectiveKpi[];
}

export interface BenchmarkOverride {
  kpi: KpiId;
  platform?: Platform;
  median: number;
  good: number;
  source: string;
  year?: number;
}

export interface Scoring {
  weights?: Partial<Record<Pillar, number>>;
  benchmarks?: BenchmarkOverride[];
}

export interface Channel {
  id: string;
  platform: Platform;
  label?: string;
  handle?: string;
  url?: string;
  status?: 'active' | 'dormant' | 'planned' | 'closing';
  role?: string;
  why?: string;
  objectives?: string[];
  audience?: { description?: string; ageRange?: AgeRange; regions?: string[] };
  owner?: string;
  postsPerWeek?: number;
  editorialLine?: string;
  metrics?: Metrics;
}

export interface Competitor { name: string; mentions?: number; platforms?: Platform[]; notes?: string }

export interface Alert { signal: string; threshold?: number | string; action?: string; owner?: string }

export interface Listening {
  tools?: string[];
  sources?: string[];
  cadence?: 'real-time' | 'daily' | 'weekly' | 'monthly';
  criteria?: string;
  alerts?: Alert[];
  owner?: string;
}

export interface Organisation {
  department?: string;
  team?: { role: string; name?: string; fte?: number }[];
  headcount?: number;
  outsourcing?: { provider?: string; scope?: string };
  budget?: {
    amount?: number;
    per?: 'month' | 'quarter' | 'year' | 'period';
    byChannel?: Record<string, number>;
    arbitration?: string;
  };
  measurement?: {
    owner?: string;
    tools?: string[];
    cadence?: 'weekly' | 'monthly' | 'quarterly' | 'yearly';
    roiApproach?: string;
  };
  sharedPlan?: { departments?: string[]; arbitration?: string };
  integration?: {
    customerService?: string;
    crm?: string;
    sales?: string;
    product?: string;
    website?: string[];
  };
}

export interface Plans {
  marketingPlan?: string;
  mediaPlan?: {
    description?: string;
    periods?: { name: string; start?: string; end?: string; message?: string; channels?: string[] }[];
    traditionalMedia?: string;
  };
  editorialCalendar?: { tool?: string; horizonWeeks?: number };
  messages?: { text: string; channels?: string[]; proofs?: string[] }[];
  contentFormats?: string[];
  messageCoherence?: string;
  channelArticulation?: string;
  proofPoints?: { credibility?: string; byChannel?: Record<string, string[]> };
  participation?: string;
}

export interface Community {
  purpose?: string;
  basis?: string;
  timeline?: string;
  animation?: string;
  moderation?: { rules?: string; team?: string; fansModerate?: string };
  ambassadors?: { programme?: string; count?: number };
  coConstruction?: string;
  recruitment?: string;
  offline?: {
    type: 'event' | 'trade-show' | 'street-marketing' | 'sponsoring' | 'meetup' | 'store' | 'other';
    description?: string;
    channels?: string[];
  }[];
  tools?: { name: string; use?: 'listening' | 'dialogue' | 'community'; purpose?: string }[];
  regularMembers?: string;
}

/** A brand file that passed schema validation. */
export interface BrandFile {
  smscore: 1;
  brand: BrandInfo;
  audience?: Audience;
  period?: Period;
  previous?: Previous;
  strategy?: Strategy;
  objectives?: Objective[];
  scoring?: Scoring;
  channels?: Channel[];
  competitors?: Competitor[];
  listening?: Listening;
  organisation?: Organisation;
  plans?: Plans;
  community?: Community;
  answers?: Record<string, string>;
}
