/**
 * Issue 24's "done when": a folder of mixed platform exports — Meta Business Suite (Facebook, Instagram), LinkedIn
 * (.xlsx), YouTube Studio and TikTok Studio (their ZIPs as downloaded), X, Google Business Profile (performance CSV
 * and Takeout reviews) — fills a brand file of seven channels in one command, with the built binary. Each figure is
 * the hand computation of the platform's own format test (test/import/formats/*.test.ts), which says how it is made.
 */
import { describe, expect, test } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { ROOT, runCli } from '../support/cli.js';

const FIXTURES = join(ROOT, 'test/fixtures/import');
const COPIES: [string, string][] = [
  ['meta/facebook-en/Mar-01-2026_Mar-31-2026_7302958164420385.csv', 'Mar-01-2026_Mar-31-2026_7302958164420385.csv'],
  ['meta/instagram-en/Mar-01-2026_Mar-31-2026_8417730295516604.csv', 'IG Mar-01-2026_Mar-31-2026_8417730295516604.csv'],
  ['linkedin/maison-lumen_content_1775030400000.xlsx', 'maison-lumen_content_1775030400000.xlsx'],
  ['linkedin/maison-lumen_followers_1775030400000.xlsx', 'maison-lumen_followers_1775030400000.xlsx'],
  ['youtube/Content 2026-01-01_2026-03-31 Maison Lumière.zip', 'Content 2026-01-01_2026-03-31 Maison Lumière.zip'],
  ['tiktok/Content_maisonlumiere.zip', 'Content_maisonlumiere.zip'],
  ['tiktok/Followers_maisonlumiere.zip', 'Followers_maisonlumiere.zip'],
  ['tiktok/Overview_2025-12-28_1767571200_maisonlumiere.zip', 'Overview_2025-12-28_1767571200_maisonlumiere.zip'],
  ['x/account_analytics_content_2026-01-01_2026-03-31.csv', 'account_analytics_content_2026-01-01_2026-03-31.csv'],
  ['google-business/maison-lumen-gbp-insights-2026-q1.csv', 'maison-lumen-gbp-insights-2026-q1.csv'],
  ['google-business/Takeout', 'Takeout'],
];

const BRAND = `# Maison Lumière, first quarter 2026: figures to come from the platforms' own exports.
smscore: 1

brand:
  name: Maison Lumière
  sector: home-decor

period:
  start: 2026-01-01
  end: 2026-03-31

channels:
  - id: facebook
    platform: facebook
  - id: instagram
    platform: instagram
  - id: linkedin
    platform: linkedin
  - id: youtube
    platform: youtube
  - id: tiktok
    platform: tiktok
  - id: x
    platform: x
  - id: google
    platform: google-business-profile
`;

/** The exports as downloaded on 3 March 2026: TikTok's dates have no year, and the file's date anchors them. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'smscore-import-mixed-'));
  const exports = join(dir, 'exports');
  mkdirSync(exports);
  for (const [from, to] of COPIES) cpSync(join(FIXTURES, from), join(exports, to), { recursive: true });
  const downloaded = new Date('2026-03-03T12:00:00Z');
  const touch = (path: string): void => {
    if (statSync(path).isDirectory()) for (const name of readdirSync(path)) touch(join(path, name));
    utimesSync(path, downloaded, downloaded);
  };
  touch(exports);
  writeFileSync(join(dir, 'brand.yaml'), BRAND);
  return dir;
}

describe('smscore import <folder of every platform> (built binary)', () => {
  test('fills the seven channels from their own exports in one command, with the totals computed by hand', () => {
    const dir = workspace();
    const r = runCli(['import', 'exports', '--into', 'brand.yaml'], { cwd: dir, env: { COLUMNS: '80' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const channels = (parse(readFileSync(join(dir, 'brand.yaml'), 'utf8')) as { channels: { id: string; metrics?: Record<string, unknown> }[] }).channels;
    const metrics = Object.fromEntries(channels.map((c) => [c.id, c.metrics]));
    expect(metrics).toEqual({
      // Meta Business Suite, March: 5 posts kept (one rejected: impressions below reach).
      facebook: { posts: 5, impressions: 21610, reactions: 662, comments: 63, shares: 75, clicks: 240, medianPostReach: 2475 },
      instagram: { posts: 4, impressions: 28540, reactions: 1112, comments: 72, shares: 108, saves: 218, medianPostReach: 2903, postsWith: { comments: 3 } },
      // LinkedIn "All posts": 5 posts of the quarter; the followers sheet gives a gain, said, never stored as a count.
      linkedin: { posts: 5, impressions: 18420, reactions: 225, comments: 25, shares: 17, clicks: 443 },
      // YouTube Table data: the Total row's thumbnail impressions; 2 videos published within the quarter.
      youtube: { impressions: 143500, posts: 2 },
      // TikTok: Content.csv's posts win over Overview.csv's daily totals; followers from FollowerHistory.csv.
      tiktok: { posts: 4, impressions: 80430, reactions: 3067, comments: 78, shares: 133, postsWith: { comments: 3 }, followers: { start: 10210, end: 10282 } },
      x: { posts: 4, impressions: 4748, reactions: 98, comments: 14, shares: 18, saves: 17, clicks: 32 },
      // Google: the three locations' website clicks added up (248 + 190 + 77; impressions left out, as one location
      // lacks a surface); reviews of both Takeout pages, the duplicate counted once; median of 19 h and 120 h.
      google: { clicks: 515, reviews: { count: 5, averageRating: 3.25, answered: 2, medianResponseHours: 69.5 } },
    });
    // What was passed over is said, with why: the Maps reviews the account wrote, the chart files, the breakdowns.
    // (Lines are wrapped at 80 columns: compared with their breaks and indents as single spaces.)
    const flat = r.stdout.replace(/[ \t\n]+/g, ' ');
    expect(flat).toContain('Reviews.json: recognised as Google Maps reviews you wrote');
    expect(flat).toContain('Chart data.csv: recognised as YouTube Studio, chart data');
    // The five breakdown sheets of one workbook, passed over for one reason, are said on one line.
    expect(flat).toContain('maison-lumen_followers_1775030400000.xlsx › Location, Job function, Seniority, Industry, Company size: recognised as LinkedIn');
    // Columns left out for one reason are named together; a location's own note says which location it is about.
    expect(flat).toContain('Calls, Messages, Bookings, Directions, Food orders, Food menu clicks, Hotel bookings — said in a note');
    expect(flat).toContain('Maison Lumen Annecy: Impressions not stored');
    expect(flat).toContain('the 3 locations of exports/maison-lumen-gbp-insights-2026-q1.csv are added up');

    // The same run as JSON (version 2) fits its published schema, notes of locations included.
    const json = runCli(['import', 'exports', '--into', 'brand.yaml', '--dry-run', '--format', 'json', '--replace-channel'], { cwd: dir });
    expect(json.status).toBe(0);
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'import-report.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const report = JSON.parse(json.stdout) as { channels: { channel: string; notes: { kind: string }[] }[] };
    expect(validate(report) ? [] : validate.errors).toEqual([]);
    expect(report.channels.find((c) => c.channel === 'google')!.notes.map((n) => n.kind)).toEqual(expect.arrayContaining(['locations-summed', 'locations-partial', 'duplicate-reviews']));

    // The file it made is a valid brand file that audits.
    const audit = runCli(['audit', 'brand.yaml', '--format', 'json'], { cwd: dir });
    expect(audit.stderr).toBe('');
    expect(audit.status).toBe(0);

    // Imported again, the same folder changes nothing and leaves nothing "from before".
    const again = runCli(['import', 'exports', '--into', 'brand.yaml', '--lang', 'fr'], { cwd: dir, env: { COLUMNS: '80' } });
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    expect(again.stdout).not.toMatch(/Modifications de/);
  });
});
