/**
 * The plan of an import (src/import/plan.ts) on inline fake formats and contributions: which channel each table
 * goes to, how a channel's figures are merged, and which figures of the brand file would be left from before.
 */
import { describe, expect, test } from '@jest/globals';
import type { BrandFile, Metrics } from '../../src/model/brand.js';
import type { Contribution, ExportFormat, ImportPlatform, PostRecord, ReviewRecord } from '../../src/import/model.js';
import { assignChannel, channelEdits, mergeChannel, normaliseName, parseChannelOptions, planEdits, planImport } from '../../src/import/plan.js';

function format(id: string, platform?: ImportPlatform): ExportFormat {
  return { id, ...(platform ? { platform } : {}), title: 'title', signature: {}, provides: [], messages: { en: {}, fr: {} } };
}

function contribution(file: string, fmt: ExportFormat, parts: { posts?: PostRecord[]; reviews?: ReviewRecord[]; totals?: Metrics; account?: string }): Contribution {
  return {
    table: { source: file, file, name: file.split('/').pop()!, head: [], rows: async function* () {}, notes: [] },
    format: fmt, ...parts, rows: parts.posts?.length ?? 0, kept: parts.posts?.length ?? 0, outsidePeriod: 0,
    rejected: [], missingCells: [], ignoredColumns: [], unknownColumns: [], notes: [],
  };
}

const FB = format('fb-content', 'facebook');
const IG = format('ig-content', 'instagram');
const LI = format('li-followers', 'linkedin');
const GENERIC = format('generic');

function brand(channels: BrandFile['channels']): BrandFile {
  return { smscore: 1, brand: { name: 'B' }, channels } as BrandFile;
}

const noOptions = () => parseChannelOptions([], []).options;

describe('--channel', () => {
  test('one id for everything, platform maps and file maps; unknown ids refused with the known ones', () => {
    const { options, problems } = parseChannelOptions(['fb', 'instagram=ig', 'Content (2).csv=fb2', 'a=b=fb'], ['fb', 'ig', 'fb2']);
    expect(problems).toEqual([]);
    expect(options.all).toBe('fb');
    expect([...options.byPlatform]).toEqual([['instagram', 'ig']]);
    expect([...options.byFile]).toEqual([['Content (2).csv', 'fb2'], ['a=b', 'fb']]);
    expect(parseChannelOptions(['facebook=fbk'], ['fb']).problems).toEqual([{ kind: 'unknown-channel', value: 'facebook=fbk', channel: 'fbk', known: ['fb'] }]);
    expect(parseChannelOptions(['fb', 'ig'], ['fb', 'ig']).problems[0]).toMatchObject({ kind: 'two-defaults' });
    expect(parseChannelOptions(['=fb'], ['fb']).problems[0]).toMatchObject({ kind: 'empty' });
  });

  test('names are compared without case, leading @, spaces or accents', () => {
    expect(normaliseName(' @Maison  Élise ')).toBe(normaliseName('maisonelise'));
  });
});

describe('assigning tables to channels', () => {
  const channels: BrandFile['channels'] = [
    { id: 'fb-paris', platform: 'facebook', label: 'Maison Élise Paris' },
    { id: 'fb-lyon', platform: 'facebook', handle: '@maisonlyon' },
    { id: 'insta', platform: 'instagram' },
  ];

  test('by platform when one channel has it', () => {
    expect(assignChannel(contribution('ig.csv', IG, { posts: [] }), channels, noOptions())).toEqual({ channel: 'insta' });
  });

  test('by the account the export names, among channels of the same platform', () => {
    expect(assignChannel(contribution('a.csv', FB, { posts: [], account: 'maison elise paris' }), channels, noOptions())).toEqual({ channel: 'fb-paris' });
    expect(assignChannel(contribution('b.csv', FB, { posts: [], account: 'MaisonLyon' }), channels, noOptions())).toEqual({ channel: 'fb-lyon' });
  });

  test('several candidates and no matching account: refused with the candidates and the flag to type', () => {
    const r = assignChannel(contribution('exports/Feb 2026.csv', FB, { posts: [], account: 'Someone else' }), channels, noOptions());
    expect(r).toEqual({ refusal: { kind: 'ambiguous', source: 'exports/Feb 2026.csv', format: 'fb-content', platform: 'facebook', account: 'Someone else', candidates: ['fb-paris', 'fb-lyon'], flag: "--channel 'Feb 2026.csv'=fb-paris" } });
  });

  test('no channel of that platform: refused with the YAML lines to add; no platform at all: refused', () => {
    expect(assignChannel(contribution('f.csv', LI, { totals: {} }), channels, noOptions())).toEqual({
      refusal: { kind: 'no-channel', source: 'f.csv', format: 'li-followers', platform: 'linkedin', yaml: '  - id: linkedin\n    platform: linkedin' },
    });
    expect(assignChannel(contribution('g.csv', GENERIC, { posts: [] }), channels, noOptions())).toMatchObject({ refusal: { kind: 'no-platform' } });
  });

  test('a file map wins over a platform map, which wins over the one id for everything', () => {
    const { options } = parseChannelOptions(['fb-lyon', 'facebook=fb-paris', 'x.csv=insta'], ['fb-paris', 'fb-lyon', 'insta']);
    expect(assignChannel(contribution('dir/x.csv', FB, { posts: [] }), channels, options)).toEqual({ channel: 'insta' });
    expect(assignChannel(contribution('dir/y.csv', FB, { posts: [] }), channels, options)).toEqual({ channel: 'fb-paris' });
    expect(assignChannel(contribution('dir/z.csv', IG, { posts: [] }), channels, options)).toEqual({ channel: 'fb-lyon' });
    expect(assignChannel(contribution('g.csv', GENERIC, { posts: [] }), channels, options)).toEqual({ channel: 'fb-lyon' });
  });
});

describe('merging a channel', () => {
  test('posts of two exports pooled, a post in both counted once (hand computation)', () => {
    const jan = contribution('jan.csv', FB, { posts: [{ line: 2, id: 'p1', reach: 100, impressions: 150, reactions: 5 }, { line: 3, id: 'p2', reach: 300, impressions: 400, reactions: 7 }] });
    const feb = contribution('feb.csv', FB, { posts: [{ line: 2, id: 'p2', reach: 300, impressions: 400, reactions: 7 }, { line: 3, id: 'p3', reach: 200, impressions: 250, reactions: 1 }] });
    const m = mergeChannel([jan, feb]);
    // p1 + p2 + p3: impressions 150 + 400 + 250, reactions 5 + 7 + 1, median reach of 100, 300, 200.
    expect(m.metrics).toEqual({ posts: 3, impressions: 800, reactions: 13, medianPostReach: 200 });
    expect(m.notes).toEqual([{ kind: 'duplicate-posts', count: 1 }]);
  });

  test('reviews: count, average, answered and median response time, a review in two files counted once', () => {
    const a = contribution('a.json', format('gbp-reviews', 'google-business-profile'), {
      reviews: [{ id: 'r1', date: '2026-01-02', rating: 5, answered: true, responseHours: 3 }, { id: 'r2', date: '2026-01-05', rating: 2, answered: false }],
    });
    const b = contribution('b.json', format('gbp-reviews', 'google-business-profile'), {
      reviews: [{ id: 'r2', date: '2026-01-05', rating: 2, answered: false }, { id: 'r3', date: '2026-01-09', rating: 4, answered: true, responseHours: 10 }],
    });
    const m = mergeChannel([a, b]);
    expect(m.metrics.reviews).toEqual({ count: 3, averageRating: 3.67, answered: 2, medianResponseHours: 6.5 });
    expect(m.notes).toEqual([{ kind: 'duplicate-reviews', count: 1 }]);
  });

  test('a figure per-post data gives wins over a totals export, which is named; other totals are added', () => {
    const posts = contribution('content.csv', FB, { posts: [{ line: 2, impressions: 10, followers: 50 }] });
    const totals = contribution('overview.csv', FB, { totals: { impressions: 999, reach: 70, followers: { end: 60 } } });
    const m = mergeChannel([posts, totals]);
    expect(m.metrics).toEqual({ posts: 1, impressions: 10, followers: { start: 50, end: 50 }, reach: 70 });
    expect(m.notes).toEqual([{ kind: 'total-not-used', key: 'impressions', source: 'overview.csv' }, { kind: 'total-not-used', key: 'followers.end', source: 'overview.csv' }]);
    expect(m.conflicts).toEqual([]);
  });

  test('the same figure from two totals exports is a conflict naming both, never a sum', () => {
    const m = mergeChannel([contribution('a.csv', LI, { totals: { reach: 10 } }), contribution('b.csv', LI, { totals: { reach: 20, clicks: 3 } })]);
    expect(m.conflicts).toEqual([{ key: 'reach', sources: ['a.csv', 'b.csv'] }]);
    expect(m.metrics.reach).toBe(10);
    expect(m.metrics.clicks).toBe(3);
  });
});

describe('stale figures', () => {
  const at = (path: (string | number)[]) => ({ file: 'brand.yaml', line: path.length, col: 5 });

  test('a reach typed by hand beside imported posts is left from before; business figures are not', () => {
    const e = channelEdits({ reach: 5000, posts: 3, conversions: 12, revenue: 900, nps: { score: 30 } }, { posts: 4, impressions: 100 }, 0, at);
    expect(e.stale).toEqual([{ key: 'reach', value: 5000, location: { file: 'brand.yaml', line: 4, col: 5 } }]);
    expect(e.replaced).toEqual(['posts']);
    expect(e.changes).toEqual([{ key: 'posts', before: 3, after: 4 }, { key: 'impressions', before: undefined, after: 100 }]);
    expect(e.removals).toEqual([{ path: ['channels', 0, 'metrics', 'reach'], value: undefined }]);
  });

  test('re-importing the same figures: nothing stale, nothing to change', () => {
    const imported: Metrics = { posts: 496, impressions: 10, followers: { start: 1, end: 2 }, postsWith: { shares: 492 } };
    const e = channelEdits(structuredClone(imported), imported, 0);
    expect(e).toEqual({ edits: [], changes: [], replaced: [], stale: [], removals: [] });
  });

  test('a postsWith of an earlier import, for a figure every post now carries, is updated, not left stale', () => {
    const e = channelEdits({ posts: 10, reactions: 5, postsWith: { reactions: 8 } }, { posts: 12, reactions: 9 }, 1);
    expect(e.stale).toEqual([]);
    expect(e.changes).toContainEqual({ key: 'postsWith.reactions', before: 8, after: 12 });
  });

  test('a block partly set keeps its other figures stale one by one; a block wholly left is removed whole', () => {
    const e = channelEdits({ followers: { start: 1, end: 2 }, reviews: { count: 3, averageRating: 4 } }, { followers: { end: 5 } }, 2);
    expect(e.stale.map((s) => s.key)).toEqual(['followers.start', 'reviews.count', 'reviews.averageRating']);
    expect(e.removals).toEqual([
      { path: ['channels', 2, 'metrics', 'followers', 'start'], value: undefined },
      { path: ['channels', 2, 'metrics', 'reviews'], value: undefined },
    ]);
  });

  test('importing into an empty channel: nothing stale', () => {
    expect(channelEdits({}, { posts: 2 }, 0).stale).toEqual([]);
  });
});

describe('the whole plan', () => {
  test('a folder of two platforms, a file removed since the last import: the missing file\'s figures are stale', () => {
    const b = brand([
      { id: 'fb', platform: 'facebook', metrics: { posts: 1, impressions: 10 } },
      { id: 'li', platform: 'linkedin', metrics: { followers: { start: 100, end: 120 }, posts: 4, impressions: 900 } },
    ]);
    // This time the LinkedIn folder only holds the followers export: posts and impressions of the content export stay.
    const plan = planImport({
      brand: b, channelOptions: noOptions(),
      contributions: [contribution('fb.csv', FB, { posts: [{ line: 2, impressions: 10 }] }), contribution('li-followers.xls', LI, { totals: { followers: { start: 100, end: 130 } } })],
    });
    expect(plan.refusals).toEqual([]);
    expect(plan.channels.map((c) => c.channel)).toEqual(['fb', 'li']);
    expect(plan.channels[0]!.edits.stale).toEqual([]);
    expect(plan.channels[1]!.edits.stale.map((s) => s.key)).toEqual(['posts', 'impressions']);
    expect(planEdits(plan, 'keep-others')).toEqual([{ path: ['channels', 1, 'metrics', 'followers', 'end'], value: 130 }]);
    expect(planEdits(plan, 'replace-channel')).toEqual([
      { path: ['channels', 1, 'metrics', 'followers', 'end'], value: 130 },
      { path: ['channels', 1, 'metrics', 'posts'], value: undefined },
      { path: ['channels', 1, 'metrics', 'impressions'], value: undefined },
    ]);
  });

  test('unassigned tables are refused; a file map that matches nothing is reported', () => {
    const { options } = parseChannelOptions(['typo.csv=fb'], ['fb']);
    const plan = planImport({ brand: brand([{ id: 'fb', platform: 'facebook' }]), channelOptions: options, contributions: [contribution('ig.csv', IG, { posts: [] })] });
    expect(plan.channels).toEqual([]);
    expect(plan.refusals).toMatchObject([{ kind: 'no-channel', platform: 'instagram' }]);
    expect(plan.unusedFileMaps).toEqual(['typo.csv']);
  });
});

describe('an export of several locations (Google Business Profile)', () => {
  const GBP = format('gbp-insights', 'google-business-profile');
  const locations = (...rows: [string, Metrics][]): Contribution => {
    const file = contribution('gbp.csv', GBP, {});
    return { ...file, rows: rows.length, kept: rows.length, rejected: [{ line: 9, code: 'not-a-number', column: 'Calls', value: 'n/a' }], byAccount: rows.map(([account, totals]) => ({ ...contribution('gbp.csv', GBP, { totals, account }), table: file.table })) };
  };
  const shops = locations(['Lumen Lyon', { impressions: 4041, clicks: 248 }], ['Lumen Paris', { impressions: 3050, clicks: 190 }], ['Lumen Annecy', { clicks: 77 }]);

  test('one channel of the platform, naming none: the locations are added up, a figure some lack is left out and said', () => {
    const plan = planImport({ brand: brand([{ id: 'google', platform: 'google-business-profile' }]), contributions: [shops], channelOptions: noOptions() });
    expect(plan.refusals).toEqual([]);
    const [google] = plan.channels;
    expect(google!.merge.metrics).toEqual({ clicks: 248 + 190 + 77 });
    expect(google!.merge.notes).toEqual(expect.arrayContaining([
      { kind: 'locations-summed', source: 'gbp.csv', names: ['Lumen Lyon', 'Lumen Paris', 'Lumen Annecy'] },
      { kind: 'locations-partial', key: 'impressions', names: ['Lumen Annecy'] },
    ]));
    // The file's own rows (a rejected one) are reported once, with the channel it went to.
    expect(google!.contributions.flatMap((c) => c.rejected)).toHaveLength(1);
  });

  test('locations named by channels go to them; one named by none is left out and said; a map names one too', () => {
    const channels: BrandFile['channels'] = [
      { id: 'gbp-lyon', platform: 'google-business-profile', label: 'Lumen Lyon' },
      { id: 'gbp-paris', platform: 'google-business-profile', handle: 'lumen paris' },
      { id: 'gbp-annecy', platform: 'google-business-profile' },
    ];
    const plan = planImport({ brand: brand(channels), contributions: [shops], channelOptions: noOptions() });
    expect(plan.refusals).toEqual([]);
    expect(plan.channels.map((c) => [c.channel, c.merge.metrics])).toEqual([
      ['gbp-lyon', { impressions: 4041, clicks: 248 }],
      ['gbp-paris', { impressions: 3050, clicks: 190 }],
    ]);
    expect(plan.channels[0]!.merge.notes).toContainEqual({ kind: 'location-unmatched', source: 'gbp.csv', account: 'Lumen Annecy' });
    const mapped = planImport({ brand: brand(channels), contributions: [shops], channelOptions: parseChannelOptions(['Lumen Annecy=gbp-annecy'], channels.map((c) => c.id)).options });
    expect(mapped.channels.map((c) => [c.channel, c.merge.metrics])).toContainEqual(['gbp-annecy', { clicks: 77 }]);
    expect(mapped.unusedFileMaps).toEqual([]);
  });

  test('several channels of the platform, naming none: refused, as for any export, with the flag to type', () => {
    const plan = planImport({ brand: brand([{ id: 'a', platform: 'google-business-profile' }, { id: 'b', platform: 'google-business-profile' }]), contributions: [shops], channelOptions: noOptions() });
    expect(plan.channels).toEqual([]);
    expect(plan.refusals[0]).toMatchObject({ kind: 'ambiguous', candidates: ['a', 'b'] });
  });
});
