/**
 * The two layouts smscore read before Business Suite's exports, on the platform-export path (src/import/formats/
 * legacy.ts): the same figures as the first pipeline on the real 500-post file, a Graph API file of invented posts
 * against a hand computation, and signatures that recognise each layout and nothing of Business Suite's.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aggregate, readPosts } from '../../../src/import/aggregate.js';
import { parseCsv } from '../../../src/import/csv.js';
import { FACEBOOK as OLD_FACEBOOK, INSTAGRAM as OLD_INSTAGRAM } from '../../../src/import/formats.js';
import { EXPORT_FORMATS, formatById } from '../../../src/import/formats/index.js';
import { FACEBOOK, GENERIC, INSTAGRAM } from '../../../src/import/formats/legacy.js';
import { mappingFormat, parseMapping } from '../../../src/import/mapping.js';
import type { ExportTable } from '../../../src/import/model.js';
import { ROOT } from '../../support/cli.js';
import { detected, matching, openFixture, readAs } from './meta-support.js';

/** A table of one header row, to try a signature on a header the research gives. */
const headerOnly = (cells: string[]): ExportTable =>
  ({ source: 'x.csv', file: 'x.csv', name: 'x.csv', head: [{ line: 1, cells }], rows: async function* () {}, notes: [] });

describe('facebook: the Page Insights post-level layout, on the new path', () => {
  test('gives exactly what the first pipeline gives on the real 500-post file', async () => {
    const text = readFileSync(join(ROOT, 'test/fixtures/import/facebook-metrics/dataset_Facebook.csv'), 'utf8');
    const old = readPosts(parseCsv(text), OLD_FACEBOOK);
    const contribution = await readAs(FACEBOOK, await openFixture('facebook-metrics/dataset_Facebook.csv'));
    expect(aggregate(contribution.posts!)).toEqual(aggregate(old.posts));
    expect(contribution.posts).toEqual(old.posts);
    expect(contribution.rejected).toEqual(old.rejected);
    expect(contribution.format).toBe(FACEBOOK);
    expect(contribution.account).toBeUndefined();
    expect(contribution.rows).toBe(500);
    expect(contribution.kept).toBe(496);
    expect(contribution.unknownColumns).toEqual(old.unknownColumns);
    expect(contribution.ignoredColumns).toEqual(old.ignoredColumns.map((c) => ({ column: c.column, why: `ignored.${c.why}` })));
    // The one difference, on purpose: a blank `Paid` is not a missing figure (paid share counts the posts that say).
    expect(contribution.missingCells).toEqual(old.missingCells.filter((m) => m.column !== 'Paid'));
    expect(old.missingCells.filter((m) => m.column === 'Paid')).toHaveLength(1);
  });

  test('keeps its id, so that `smscore import facebook insights.csv` keeps working', () => {
    expect(formatById('facebook')).toBe(FACEBOOK);
    expect(FACEBOOK.platform).toBe('facebook');
  });
});

describe('instagram: Graph API media and insights', () => {
  // Hand computation over test/fixtures/import/legacy/instagram-graph-api.csv (6 posts of an invented pottery):
  //   line 5: views 2100 < reach 2800, rejected; line 6: 30 February, rejected; lines 2, 3, 4, 7 kept.
  //   reach 3120, 9870, 2450, 2210 → sorted 2210, 2450, 3120, 9870 → median (2450 + 3120) / 2 = 2785
  //   views 4410 + 15230 + 3390 + 2980 = 26010;  likes 214 + 502 + 167 + 133 = 1016
  //   comments 18 + 41 + (blank, line 4) + 22 = 81 over 3 posts;  shares 12 + 64 + 5 + 9 = 90;  saved 37 + 88 + 29 + 15 = 169
  test('reads the file into the hand-computed totals', async () => {
    const c = await readAs(INSTAGRAM, await openFixture('legacy/instagram-graph-api.csv'));
    expect(c.rows).toBe(6);
    expect(c.kept).toBe(4);
    expect(c.rejected).toEqual([
      { line: 5, code: 'impressions-below-reach', value: '2100 < 2800' },
      { line: 6, code: 'bad-date', column: 'timestamp', value: '2026-02-30T08:00:00+0000' },
    ]);
    expect(c.missingCells).toEqual([{ line: 4, column: 'comments_count' }]);
    expect(c.account).toBe('atelierlumen');
    expect(c.span).toEqual({ start: '2026-01-06', end: '2026-02-03' });
    expect(c.posts!.map((p) => p.id)).toEqual(['18034567890123401', '18034567890123402', '18034567890123403', '18034567890123406']);
    expect(c.posts!.map((p) => p.type)).toEqual(['IMAGE', 'VIDEO', 'CAROUSEL_ALBUM', 'IMAGE']);
    expect(aggregate(c.posts!).metrics).toEqual({
      posts: 4, impressions: 26010, reactions: 1016, comments: 81, shares: 90, saves: 169, medianPostReach: 2785, postsWith: { comments: 3 },
    });
    expect(c.unknownColumns).toEqual([]);
    expect(c.ignoredColumns.map((i) => i.column)).toEqual(['caption', 'media_product_type', 'permalink', 'username', 'total_interactions']);
  });

  test('the first pipeline read the same posts from it', async () => {
    const text = readFileSync(join(ROOT, 'test/fixtures/import/legacy/instagram-graph-api.csv'), 'utf8');
    const old = readPosts(parseCsv(text), OLD_INSTAGRAM);
    const c = await readAs(INSTAGRAM, await openFixture('legacy/instagram-graph-api.csv'));
    expect(aggregate(c.posts!)).toEqual(aggregate(old.posts));
    expect(c.rejected).toEqual(old.rejected);
  });

  test('a period keeps the posts published in it', async () => {
    const c = await readAs(INSTAGRAM, await openFixture('legacy/instagram-graph-api.csv'), '2026-12-03', { start: '2026-01-01', end: '2026-01-31' });
    expect(c.kept).toBe(3);
    expect(c.outsidePeriod).toBe(1);
  });
});

describe('recognising the older layouts', () => {
  test('each fixture is recognised as its own layout, and as nothing else', async () => {
    expect(detected(EXPORT_FORMATS, await openFixture('facebook-metrics/dataset_Facebook.csv'))).toEqual(['facebook']);
    expect(detected(EXPORT_FORMATS, await openFixture('legacy/instagram-graph-api.csv'))).toEqual(['instagram']);
  });

  test('the full Page Insights header of the original export is recognised too', () => {
    const full = ['Post ID', 'Permalink', 'Post Message', 'Type', 'Posted', 'Lifetime Post Total Reach', 'Lifetime Post Total Impressions',
      'Lifetime Engaged Users', 'Lifetime Post Consumers', 'Lifetime Post Consumptions'];
    expect(matching([FACEBOOK, INSTAGRAM], headerOnly(full))).toEqual(['facebook']);
  });

  test("Business Suite's Content exports are claimed by neither (they are formats of their own)", () => {
    // docs/IMPORT.md and the research: the Facebook and Instagram Content headers, as Business Suite writes them.
    const fb = ['Post ID', 'Page ID', 'Page name', 'Title', 'Description', 'Duration (sec)', 'Publish time', 'Caption type', 'Permalink',
      'Is crosspost', 'Is share', 'Post type', 'Languages', 'Custom labels', 'Funded content status', 'Data comment', 'Date', 'Views', 'Reach',
      'Reactions, Comments and Shares', 'Reactions', 'Comments', 'Shares', 'Total clicks', 'Other Clicks', 'Link Clicks'];
    const ig = ['Post ID', 'Account ID', 'Account username', 'Account name', 'Description', 'Duration (sec)', 'Publish time', 'Permalink',
      'Post type', 'Data comment', 'Date', 'Views', 'Reach', 'Likes', 'Shares', 'Follows', 'Comments', 'Saves'];
    expect(matching([FACEBOOK, INSTAGRAM], headerOnly(fb))).toEqual([]);
    expect(matching([FACEBOOK, INSTAGRAM], headerOnly(ig))).toEqual([]);
  });
});

describe('generic: any per-post CSV through a mapping file', () => {
  // test/fixtures/import/legacy/generic-forum.csv, `;`, dates day first, mapped by generic-forum.map.yaml:
  //   line 4: an ISO date, read as such; Réponses blank → missing for that post
  //   line 5: 31/02/2026 does not exist → rejected; line 6: Vues 200 < Portée 350 → rejected
  //   Vues 900 + 1500 + 640 = 3040; Portée 400, 700, 310 → sorted 310, 400, 700 → median 400
  //   Réponses 12 + 30 = 42 (2 posts of 3)
  const mapped = () => {
    const file = join(ROOT, 'test/fixtures/import/legacy/generic-forum.map.yaml');
    const { mapping } = parseMapping(file, readFileSync(file, 'utf8'));
    expect(mapping).toBeDefined();
    return mapping!;
  };

  test('reads the hand-computed totals, with the mapping’s columns and date layout', async () => {
    const format = mappingFormat(mapped());
    const t = await openFixture('legacy/generic-forum.csv');
    const c = await format.read!(t, { row: 0, cells: t.head[0]!.cells }, { today: '2026-12-03' });
    expect(c.format.id).toBe('generic');
    expect(aggregate(c.posts!).metrics).toEqual({ posts: 3, impressions: 3040, comments: 42, medianPostReach: 400, postsWith: { comments: 2 } });
    expect(c.posts!.map((p) => p.date)).toEqual(['2026-01-05', '2026-02-20', '2026-03-03']);
    expect(c.rejected).toEqual([
      { line: 5, code: 'bad-date', column: 'Jour', value: '31/02/2026' },
      { line: 6, code: 'impressions-below-reach', value: '200 < 350' },
    ]);
    expect(c.missingCells).toEqual([{ line: 4, column: 'Réponses' }]);
    expect(c.unknownColumns).toEqual(['Sujet']);
  });

  test('gives what the first pipeline gave', async () => {
    const mapping = mapped();
    const old = readPosts(parseCsv(readFileSync(join(ROOT, 'test/fixtures/import/legacy/generic-forum.csv'), 'utf8')), mapping.format);
    const t = await openFixture('legacy/generic-forum.csv');
    const c = await mappingFormat(mapping).read!(t, { row: 0, cells: t.head[0]!.cells }, { today: '2026-12-03' });
    expect(c.posts).toEqual(old.posts);
    expect(c.rejected).toEqual(old.rejected);
  });

  test('the registry lists it, never recognised and not read without a mapping', async () => {
    expect(formatById('generic')).toBe(GENERIC);
    expect(GENERIC.read).toBeUndefined();
    expect(GENERIC.skipped).toBe('skipped.generic');
    expect(matching([GENERIC], await openFixture('legacy/generic-forum.csv'))).toEqual([]);
  });
});
