import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { X_FORMATS } from '../../../src/import/formats/x.js';
import { makeTranslator } from '../../../src/i18n/translate.js';
import type { Contribution, ReadContext } from '../../../src/import/model.js';
import { openDetected } from './detect-local.js';

const dir = join(process.cwd(), 'test/fixtures/import/x');
const Q1: ReadContext = { period: { start: '2026-01-01', end: '2026-03-31' }, today: '2026-04-02' };
const t = makeTranslator<string>(X_FORMATS[0]!.messages);
const sum = (c: Contribution, key: 'impressions' | 'clicks' | 'reactions' | 'comments' | 'shares' | 'saves') => c.posts!.reduce((s, p) => s + (p[key] ?? 0), 0);

async function readOne(file: string, ctx: ReadContext) {
  const [only, ...more] = await openDetected(join(dir, file));
  expect(more).toEqual([]);
  return { id: only!.format.id, skipped: only!.format.skipped, contribution: only!.format.read ? await only!.format.read(only!.table, only!.header, ctx) : undefined };
}

describe('X legacy tweet activity export', () => {
  const file = 'tweet_activity_metrics_MaisonLumen_20251231_20260131_en.csv';

  it('is written as X wrote it: every field quoted, no BOM, 40 columns, a trailing newline', () => {
    const bytes = readFileSync(join(dir, file));
    expect(bytes[0]).toBe(0x22);
    expect(bytes.at(-1)).toBe(0x0a);
    expect(bytes.toString('utf8').split('\n')[0]!.split('","')).toHaveLength(40);
  });

  it('reads tweets: likes → reactions, replies → comments, retweets → shares, url clicks → clicks; promoted figures left apart', async () => {
    const { id, contribution: c } = await readOne(file, Q1);
    expect(id).toBe('x-tweet-activity');
    expect(c!.account).toBe('MaisonLumen');
    // Line 3's tweet spans lines 3–4 (a newline in its text); the 31 December tweet (line 7) is outside Q1.
    expect([c!.rows, c!.kept, c!.outsidePeriod, c!.rejected, c!.missingCells]).toEqual([5, 4, 1, [], []]);
    expect(c!.posts!.map((p) => [p.line, p.id, p.date])).toEqual([
      [2, '1751234567890123001', '2026-01-28'], [3, '1751234567890123002', '2026-01-20'], [5, '1751234567890123003', '2026-01-15'], [6, '1751234567890123004', '2026-01-06'],
    ]);
    // By hand ("1777.0" read as 1777): impressions 1777 + 940 + 2300 + 210 = 5227; likes 22 + 9 + 35 + 2 = 68;
    // replies 3 + 0 + 4 + 1 = 8; retweets 4 + 1 + 7 + 0 = 12; url clicks 12 + 4 + 30 + 0 = 46. The promoted
    // tweet's 15000 promoted impressions are not in them.
    expect([sum(c!, 'impressions'), sum(c!, 'reactions'), sum(c!, 'comments'), sum(c!, 'shares'), sum(c!, 'clicks')]).toEqual([5227, 68, 8, 12, 46]);
    expect(c!.ignoredColumns).toHaveLength(40 - 7);
    expect(c!.ignoredColumns.filter((i) => i.why === 'ignored.promoted')).toHaveLength(18);
    expect(c!.unknownColumns).toEqual([]);
  });
});

describe('X account analytics content export', () => {
  const file = 'account_analytics_content_2026-01-01_2026-03-31.csv';

  it('is written as X writes it: minimal quoting, no BOM, no trailing newline', () => {
    const bytes = readFileSync(join(dir, file));
    expect(bytes.subarray(0, 8).toString()).toBe('Post id,');
    expect(bytes.at(-1)).not.toBe(0x0a);
  });

  it('reads posts: reposts → shares, bookmarks → saves, URL clicks → clicks; X’s private "Shares" left out with a reason', async () => {
    const { id, contribution: c } = await readOne(file, Q1);
    expect(id).toBe('x-content');
    // No handle in the name: the account comes from the posts' addresses.
    expect(c!.account).toBe('MaisonLumen');
    expect([c!.rows, c!.kept, c!.outsidePeriod, c!.rejected, c!.missingCells]).toEqual([4, 4, 0, [], []]);
    expect(c!.posts!.map((p) => [p.line, p.date])).toEqual([[2, '2026-03-24'], [3, '2026-03-04'], [4, '2026-02-14'], [5, '2026-01-15']]);
    // By hand: impressions 1450 + 320 + 2890 + 88 = 4748; likes 31 + 2 + 64 + 1 = 98; replies 4 + 0 + 9 + 1 = 14;
    // reposts 5 + 1 + 12 + 0 = 18; bookmarks 6 + 0 + 11 + 0 = 17; URL clicks 9 + 1 + 22 + 0 = 32.
    expect([sum(c!, 'impressions'), sum(c!, 'reactions'), sum(c!, 'comments'), sum(c!, 'shares'), sum(c!, 'saves'), sum(c!, 'clicks')]).toEqual([4748, 98, 14, 18, 17, 32]);
    expect(c!.ignoredColumns).toContainEqual({ column: 'Shares', why: 'ignored.private-shares' });
    expect(c!.unknownColumns).toEqual([]);
    expect(JSON.stringify(c!.posts)).not.toContain('HYPERLINK');
  });

  it('counts the posts of another period out, with their number', async () => {
    const { contribution: c } = await readOne(file, { period: { start: '2026-02-01', end: '2026-03-31' }, today: '2026-04-02' });
    expect([c!.kept, c!.outsidePeriod, sum(c!, 'impressions')]).toEqual([3, 1, 4660]);
  });
});

describe('X account overview and video overview', () => {
  it('reads only follows and unfollows, into a change that a note says (never a count, never the daily totals)', async () => {
    const { id, contribution: c } = await readOne('account_overview_analytics.csv', Q1);
    expect(id).toBe('x-overview');
    expect(c!.posts).toBeUndefined();
    expect(c!.totals).toBeUndefined();
    expect([c!.rows, c!.kept, c!.outsidePeriod, c!.rejected]).toEqual([5, 4, 1, []]);
    // By hand, 2 January to 31 March: follows 2 + 5 + 9 + 1 = 17, unfollows 1 + 0 + 2 + 3 = 6, change +11.
    expect(c!.notes).toEqual([{ key: 'note.follows', level: 'warning', args: { follows: 17, unfollows: 6, change: 11, start: '2026-01-02', end: '2026-03-31' } }]);
    expect(t('fr', 'note.follows', c!.notes[0]!.args)).toContain('du 2 janvier 2026 au 31 mars 2026, 17 abonnements et 6 désabonnements, soit une variation de +11. Rien n’a été enregistré\u00a0: saisissez followers.end (affiché sur votre profil) et followers.start = followers.end − 11 si');
    expect(t('en', 'note.follows', { ...c!.notes[0]!.args, change: -4 })).toContain('a change of −4. Nothing was stored: type followers.end (your profile shows it) and followers.start = followers.end + 4 if');
    expect(c!.ignoredColumns.map((i) => i.column)).toEqual(['Impressions', 'Likes', 'Engagements', 'Bookmarks', 'Shares', 'Replies', 'Reposts', 'Profile visits', 'Create Post', 'Video views', 'Media views']);
  });

  it('recognises the video overview (a title line above the header) and skips it with a reason', async () => {
    const r = await readOne('video_overview_analytics.csv', Q1);
    expect([r.id, r.skipped, r.contribution]).toEqual(['x-video-overview', 'skipped.video-overview', undefined]);
  });
});
