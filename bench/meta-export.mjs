// A generated Meta Business Suite "Content" export (Facebook Page), laid out as
// ../shared/research/platform-exports.md §1 records the real one: UTF-8 with BOM, LF, quoting only where a field
// has a space, comma, quote or line break, captions over several lines, `Date` = `Lifetime`, `MM/DD/YYYY HH:MM`
// publish times, and rows that stop before their trailing empty cells (ragged). Invented figures, written as a
// stream so that the benchmark's own memory does not grow with the file.
import { closeSync, openSync, writeSync } from 'node:fs';

export const META_HEADER = [
  'Post ID', 'Page ID', 'Page name', 'Title', 'Description', 'Duration (sec)', 'Publish time', 'Caption type', 'Permalink',
  'Is crosspost', 'Is share', 'Post type', 'Languages', 'Custom labels', 'Funded content status', 'Data comment', 'Date',
  'Views', 'Reach', 'Reactions, Comments and Shares', 'Reactions', 'Comments', 'Shares', 'Total clicks', 'Other Clicks',
  'Matched Audience Targeting Consumption (Photo Click)', 'Link Clicks', 'Negative feedback from users',
  'Unique negative feedback from users', 'Negative feedback from users: Hide all', 'Unique negative feedback from users: Hide all',
  'Negative feedback from users: Hide', 'Unique negative feedback from users: Hide', 'Seconds viewed', 'Average Seconds viewed',
  'Estimated earnings (USD)', 'Ad CPM (USD)', 'Ad impressions',
];

/** The layout src/import/posts.ts readPostTable is given for it (the Meta format module's own may differ). */
export const META_LAYOUT = {
  columns: {
    id: ['Post ID'], date: ['Publish time'], type: ['Post type'], impressions: ['Views'], reach: ['Reach'],
    interactions: ['Reactions, Comments and Shares'], reactions: ['Reactions'], comments: ['Comments'], shares: ['Shares'], clicks: ['Total clicks'],
  },
  date: 'MM/DD/YYYY',
  ragged: true,
  blanks: ['N/A'],
};

const WORDS = ['lumière', 'atelier', 'nouvelle', 'collection', 'printemps', 'merci', 'à', 'tous', 'découvrez', 'vidéo', 'live', 'ce', 'soir', '#maison', 'offre', '"exclusive"', 'bientôt', 'boutique', 'Paris,', 'Lyon'];

function lcg(seed) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** A field as Meta writes it: quoted only when it must be. */
const field = (v) => (/[ ,"\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Writes `rows` posts to `file`; returns the file's size in bytes. */
export function writeMetaExport(file, rows, seed = 24) {
  const rand = lcg(seed);
  const int = (n) => Math.floor(rand() * n);
  const fd = openSync(file, 'w');
  let size = 0;
  let buffer = '\ufeff' + META_HEADER.map(field).join(',') + '\n';
  const flush = () => { size += writeSync(fd, buffer); buffer = ''; };
  for (let i = 0; i < rows; i++) {
    const words = Array.from({ length: 8 + int(40) }, () => WORDS[int(WORDS.length)]);
    // One caption in five runs over several lines, one in fifty has an empty line in it.
    if (rand() < 0.2) words.splice(3 + int(5), 0, rand() < 0.1 ? '\n\n' : '\n');
    const caption = words.join(' ').replace(/ ?\n ?/g, '\n');
    const reach = 100 + int(20000);
    const views = reach + int(reach);
    const reactions = int(500);
    const comments = int(80);
    const shares = int(40);
    const day = 1 + (i % 28);
    const cells = [
      String(1363578122455106 + i), '100064087921437', 'Maison Lumière', '', caption, rand() < 0.3 ? String(5 + int(300)) : '',
      `02/${String(day).padStart(2, '0')}/2026 ${String(int(24)).padStart(2, '0')}:${String(int(60)).padStart(2, '0')}`, '',
      `https://www.facebook.com/reel/${902780238920030 + i}/`, '0', '0', rand() < 0.5 ? 'Reels' : 'Photos', '', '', '', '', 'Lifetime',
      String(views), String(reach), String(reactions + comments + shares), String(reactions), String(comments), String(shares),
      String(int(300)), String(int(200)), '0', String(int(100)), String(int(3)), String(int(3)), '0', '0', '0', '0',
      String(int(9000)), String(int(30)), '', '', '',
    ];
    // Meta leaves trailing empty cells out on some rows.
    if (rand() < 0.3) while (cells.at(-1) === '') cells.pop();
    buffer += cells.map(field).join(',') + '\n';
    if (buffer.length > 1 << 20) flush();
  }
  flush();
  closeSync(fd);
  return size;
}
