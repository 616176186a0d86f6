/**
 * fast-check arbitraries for valid brand files (what schema validation lets through), for property tests and
 * fuzzing. Values stay inside the schema's bounds; channel ids are unique; references point at real channels.
 */
import fc from 'fast-check';
import { KPI_IDS } from '../../src/model/brand.js';
import type { BenchmarkOverride, BrandFile, Channel, Metrics, Objective, Platform, Scoring } from '../../src/model/brand.js';

export const TEST_PLATFORMS: readonly Platform[] = ['facebook', 'instagram', 'x', 'tiktok', 'linkedin', 'youtube', 'forum', 'newsletter'];

const small = fc.integer({ min: 0, max: 5000 });
const big = fc.integer({ min: 0, max: 2_000_000 });
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });

export const metricsArb: fc.Arbitrary<Metrics> = fc.record(
  {
    followers: fc.record({ start: big, end: big }, { requiredKeys: [] }),
    posts: fc.integer({ min: 0, max: 400 }),
    reach: big,
    medianPostReach: big,
    impressions: big,
    reactions: big,
    comments: small,
    shares: small,
    saves: small,
    clicks: small,
    conversions: fc.integer({ min: 0, max: 1000 }),
    revenue: fc.double({ min: 0, max: 1e6, noNaN: true }),
    spend: fc.double({ min: 0, max: 1e5, noNaN: true }),
    mentions: small,
    messages: fc.record(
      { received: small, answered: small, medianFirstResponseHours: fc.double({ min: 0, max: 500, noNaN: true }) },
      { requiredKeys: [] },
    ),
    sentiment: fc.record({ positive: small, neutral: small, negative: small }, { requiredKeys: [] }),
    nps: fc.record(
      { promoters: small, passives: small, detractors: small, score: fc.double({ min: -100, max: 100, noNaN: true }) },
      { requiredKeys: [] },
    ),
    csat: fc.record({ satisfied: small, responses: small, score: fc.double({ min: 0, max: 100, noNaN: true }) }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

const periodArb = fc.constantFrom(
  { start: '2026-01-01', end: '2026-03-31' },
  { start: '2026-04-01', end: '2026-04-30' },
  { start: '2025-01-01', end: '2025-12-31' },
);

function objectiveArb(channelIds: string[], index: number): fc.Arbitrary<Objective> {
  const kpi = fc.record(
    {
      kpi: fc.constantFrom(...KPI_IDS),
      target: fc.oneof(fc.double({ min: 0.01, max: 1000, noNaN: true }), fc.double({ min: -100, max: 100, noNaN: true })),
      ...(channelIds.length ? { channel: fc.constantFrom(...channelIds) } : {}),
    },
    { requiredKeys: ['kpi'] },
  );
  return fc.record(
    {
      id: fc.constant(`objective-${index}`),
      domain: fc.constantFrom('branding', 'selling', 'customer-relationship', 'community') as fc.Arbitrary<Objective['domain']>,
      priority: fc.constantFrom('high', 'medium', 'low') as fc.Arbitrary<Objective['priority']>,
      weight: fc.double({ min: 0.1, max: 100, noNaN: true }),
      kpis: fc.array(kpi, { maxLength: 4 }),
    },
    { requiredKeys: ['id'] },
  ) as fc.Arbitrary<Objective>;
}

/** A brand override that can define a curve (what the lead's semantic checks should let through). */
const overrideArb: fc.Arbitrary<BenchmarkOverride> = fc
  .record({
    kpi: fc.constantFrom(...KPI_IDS),
    platform: opt(fc.constantFrom(...TEST_PLATFORMS)),
    median: fc.double({ min: 0.01, max: 1000, noNaN: true }),
    factor: fc.double({ min: 1.1, max: 10, noNaN: true }),
  })
  .map(({ kpi, platform, median, factor }) => {
    const lower = kpi === 'cost-per-acquisition' || kpi === 'first-response-time';
    const o: BenchmarkOverride = { kpi, median, good: lower ? median / factor : median * factor, source: 'test panel', year: 2025 };
    if (platform) o.platform = platform;
    return o;
  });

export const channelIdsArb = fc.uniqueArray(fc.constantFrom('ig', 'fb', 'tt', 'li', 'yt', 'forum', 'news', 'x-main'), { maxLength: 5 });

export const brandFileArb: fc.Arbitrary<BrandFile> = channelIdsArb.chain((ids) => {
  const channels: fc.Arbitrary<Channel[]> = fc.tuple(
    ...ids.map((id) => fc.record({ id: fc.constant(id), platform: fc.constantFrom(...TEST_PLATFORMS), metrics: opt(metricsArb) }, { requiredKeys: ['id', 'platform'] })),
  ) as fc.Arbitrary<Channel[]>;
  const objectives = fc.integer({ min: 0, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => objectiveArb(ids, i))));
  const previousChannels = fc.subarray(ids).chain((sub) => fc.tuple(...sub.map((id) => metricsArb.map((m) => [id, m] as const))).map((pairs) => Object.fromEntries(pairs)));
  const scoring: fc.Arbitrary<Scoring> = fc.record(
    {
      weights: fc.record(
        {
          visibility: fc.double({ min: 0, max: 100, noNaN: true }), amplification: fc.double({ min: 0, max: 100, noNaN: true }),
          conversion: fc.double({ min: 0, max: 100, noNaN: true }), engagement: fc.double({ min: 0, max: 100, noNaN: true }),
          satisfaction: fc.double({ min: 0, max: 100, noNaN: true }),
        },
        { requiredKeys: [] },
      ),
      benchmarks: fc.array(overrideArb, { maxLength: 4 }),
    },
    { requiredKeys: [] },
  );
  return fc.record(
    {
      smscore: fc.constant(1 as const),
      brand: fc.record(
        {
          name: fc.constant('Test brand'),
          sector: fc.constantFrom('health-beauty', 'retail', 'fashion', 'higher-education', 'local-business'),
          currency: fc.constantFrom('EUR', 'USD'),
        },
        { requiredKeys: ['name'] },
      ),
      period: periodArb,
      channels,
      objectives,
      competitors: fc.array(fc.record({ name: fc.constantFrom('A', 'B', 'C', 'D'), mentions: small }, { requiredKeys: ['name'] }), { maxLength: 3 }),
      previous: fc.record({ period: periodArb, channels: previousChannels, competitors: fc.dictionary(fc.constantFrom('A', 'B', 'C'), small) }, { requiredKeys: [] }),
      scoring,
    },
    { requiredKeys: ['smscore', 'brand'] },
  ).map((b) => {
    // Previous figures may only name declared channels and competitors (semantic rules of the format).
    const prevChannels = (b.previous as { channels?: Record<string, unknown> } | undefined)?.channels;
    if (prevChannels) {
      const ids = new Set(((b.channels ?? []) as { id: string }[]).map((c) => c.id));
      for (const id of Object.keys(prevChannels)) if (!ids.has(id)) delete prevChannels[id];
    }
    const channelIds = new Set(((b.channels ?? []) as { id: string }[]).map((c) => c.id));
    const objectiveIds = new Set(((b.objectives ?? []) as { id: string }[]).map((o) => o.id));
    for (const o of (b.objectives ?? []) as { channels?: string[]; kpis?: { channel?: string }[] }[]) {
      if (o.channels) o.channels = o.channels.filter((c) => channelIds.has(c));
      for (const k of o.kpis ?? []) if (k.channel !== undefined && !channelIds.has(k.channel)) delete k.channel;
    }
    for (const c of (b.channels ?? []) as { objectives?: string[] }[]) {
      if (c.objectives) c.objectives = c.objectives.filter((o) => objectiveIds.has(o));
    }
    const names = Object.keys((b.previous as { competitors?: Record<string, number> } | undefined)?.competitors ?? {});
    if (names.length === 0) return b;
    const declared = new Set(((b.competitors ?? []) as { name: string }[]).map((c) => c.name));
    const missing = names.filter((n) => !declared.has(n)).map((name) => ({ name }));
    return { ...b, competitors: [...((b.competitors ?? []) as { name: string }[]), ...missing] };
  }) as fc.Arbitrary<BrandFile>;
});
