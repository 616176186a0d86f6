/**
 * The last stage of an import, as ./model.ts lays them out: every table's Contribution → one channel each → the figures merged
 * per channel → the edits of the brand file, and the figures of the brand file this import would leave beside its
 * own ("left from before"), which the caller must settle explicitly. Pure: no fs, no terminal.
 *
 * Merge rules, per channel:
 *   - posts of every per-post contribution are pooled, a post id seen twice counted once, then aggregated
 *     (./aggregate.ts: sums, the median reach per post, followers at the first and last post);
 *   - reviews likewise (count, average rating, answered, median response time);
 *   - a figure that per-post data gives wins over the same figure in a totals export (the report says which file
 *     was not used for it); the same figure in two totals exports is refused, naming both: never mixed, never summed.
 */
import { basename } from 'node:path';
import type { BrandFile, Channel, Metrics } from '../model/brand.js';
import type { SourceLocation } from '../model/diagnostic.js';
import { aggregate, median, type Aggregate } from './aggregate.js';
import type { Contribution, ImportNote, ImportPlatform, PostRecord, ReviewRecord } from './model.js';

export interface ImportEdit {
  path: (string | number)[];
  /** undefined removes the entry (`--replace-channel`). */
  value: unknown;
}

/** The figures of the audience and content family: what exports give, and what an import may leave stale. */
export const AUDIENCE_FIGURES = [
  'followers', 'posts', 'reach', 'medianPostReach', 'impressions', 'reactions', 'comments', 'shares', 'saves', 'clicks',
  'postsWith', 'reviews',
] as const satisfies readonly (keyof Metrics)[];

const IMPORT_PLATFORMS: readonly ImportPlatform[] = ['facebook', 'instagram', 'linkedin', 'youtube', 'tiktok', 'x', 'google-business-profile'];

// ---------------------------------------------------------------------------------------------------------------
// --channel

/** `--channel` as given: one id for everything, and `<platform>=<id>` / `<file name>=<id>` maps. */
export interface ChannelOptions {
  all?: string;
  byPlatform: Map<string, string>;
  byFile: Map<string, string>;
}

export type ChannelOptionProblem =
  | { kind: 'unknown-channel'; value: string; channel: string; known: string[] }
  | { kind: 'two-defaults'; first: string; second: string }
  | { kind: 'empty'; value: string };

export function parseChannelOptions(values: readonly string[], channelIds: readonly string[]): { options: ChannelOptions; problems: ChannelOptionProblem[] } {
  const options: ChannelOptions = { byPlatform: new Map(), byFile: new Map() };
  const problems: ChannelOptionProblem[] = [];
  for (const value of values) {
    // The last `=`: a file name may hold one, a channel id cannot (schemas/brand.schema.json, $defs/id).
    const eq = value.lastIndexOf('=');
    const key = eq === -1 ? '' : value.slice(0, eq).trim();
    const id = (eq === -1 ? value : value.slice(eq + 1)).trim();
    if (id === '' || (eq !== -1 && key === '')) { problems.push({ kind: 'empty', value }); continue; }
    if (!channelIds.includes(id)) { problems.push({ kind: 'unknown-channel', value, channel: id, known: [...channelIds] }); continue; }
    if (eq === -1) {
      if (options.all !== undefined && options.all !== id) problems.push({ kind: 'two-defaults', first: options.all, second: id });
      options.all = id;
    } else if ((IMPORT_PLATFORMS as readonly string[]).includes(key.toLowerCase())) options.byPlatform.set(key.toLowerCase(), id);
    else options.byFile.set(key, id);
  }
  return { options, problems };
}

// ---------------------------------------------------------------------------------------------------------------
// Which channel each contribution goes to

export type AssignRefusal =
  | { kind: 'no-platform'; source: string; format: string }
  | { kind: 'no-channel'; source: string; format: string; platform: ImportPlatform; yaml: string }
  | { kind: 'ambiguous'; source: string; format: string; platform: ImportPlatform; account?: string; candidates: string[]; flag: string };

/** A name as people type it: no case, no leading @, no spaces, no accents. */
export function normaliseName(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, '').replace(/^@+/, '');
}

/** The names a `<file name>=<id>` map may use for a table: its path, its base name, its entry, its source. */
function tableNames(c: Contribution): string[] {
  const t = c.table;
  return [t.file, basename(t.file), t.source, t.name, ...(t.entry ? [t.entry] : []), ...(t.container ? [t.container] : [])];
}

export function assignChannel(c: Contribution, channels: readonly Channel[], options: ChannelOptions): { channel: string } | { refusal: AssignRefusal } {
  const names = tableNames(c);
  for (const [file, id] of options.byFile) if (names.includes(file)) return { channel: id };
  const platform = c.format.platform;
  if (platform && options.byPlatform.has(platform)) return { channel: options.byPlatform.get(platform)! };
  if (options.all !== undefined) return { channel: options.all };
  const source = c.table.source;
  if (!platform) return { refusal: { kind: 'no-platform', source, format: c.format.id } };
  const candidates = channels.filter((ch) => ch.platform === platform);
  if (candidates.length === 1) return { channel: candidates[0]!.id };
  if (candidates.length === 0) {
    const id = platform === 'google-business-profile' ? 'google' : platform;
    return { refusal: { kind: 'no-channel', source, format: c.format.id, platform, yaml: `  - id: ${id}\n    platform: ${platform}` } };
  }
  if (c.account !== undefined && normaliseName(c.account) !== '') {
    const wanted = normaliseName(c.account);
    const matching = candidates.filter((ch) => [ch.id, ch.handle, ch.label].some((n) => n !== undefined && normaliseName(n) === wanted));
    if (matching.length === 1) return { channel: matching[0]!.id };
  }
  const name = c.table.entry ?? basename(c.table.file);
  return {
    refusal: {
      kind: 'ambiguous', source, format: c.format.id, platform, ...(c.account !== undefined ? { account: c.account } : {}),
      candidates: candidates.map((ch) => ch.id), flag: `--channel ${shellWord(name)}=${candidates[0]!.id}`,
    },
  };
}

/**
 * One export holding several accounts (a Google Business Profile download lists every location): each location
 * goes to the channel that names it (`--channel '<name>=<id>'`, or a channel's id, handle or label); locations no
 * channel names are left out and said, once some found theirs. When none is named, the export goes where the file
 * as a whole would (the only channel of the platform, a platform map, `--channel <id>`) with its locations' figures
 * added up — locations are distinct places, so their views and clicks add up — and the report says so.
 * The first contribution sent carries the file's own account of rows (rejected, missing, ignored), said once.
 */
function placeLocations(file: Contribution, locations: readonly Contribution[], channels: readonly Channel[], options: ChannelOptions):
  { sent: [string, Contribution][]; notes: Map<string, PlanNote[]> } | { refusal: AssignRefusal } {
  const candidates = channels.filter((ch) => ch.platform === file.format.platform);
  const named = (account: string | undefined): string | undefined => {
    if (account === undefined) return undefined;
    const mapped = options.byFile.get(account) ?? [...options.byFile].find(([k]) => normaliseName(k) === normaliseName(account))?.[1];
    if (mapped !== undefined) return mapped;
    const matching = candidates.filter((ch) => [ch.id, ch.handle, ch.label].some((n) => n !== undefined && normaliseName(n) === normaliseName(account)));
    return matching.length === 1 ? matching[0]!.id : undefined;
  };
  const fileSide = { rows: file.rows, kept: file.kept, outsidePeriod: file.outsidePeriod, rejected: file.rejected, missingCells: file.missingCells, ignoredColumns: file.ignoredColumns, unknownColumns: file.unknownColumns };
  const matched = locations.map((l) => [l, named(l.account)] as const);
  if (matched.every(([, ch]) => ch === undefined)) {
    const a = assignChannel({ ...file, byAccount: undefined } as Contribution, channels, options);
    if ('refusal' in a) return a;
    const { totals, partial } = sumLocations(locations);
    const sum: Contribution = { ...file, byAccount: undefined, totals, notes: [...file.notes, ...locationNotes(locations)] };
    const notes: PlanNote[] = locations.length > 1 ? [{ kind: 'locations-summed', source: file.table.source, names: locations.map((l) => l.account ?? '?') }, ...partial] : [];
    return { sent: [[a.channel, sum]], notes: new Map([[a.channel, notes]]) };
  }
  const sent: [string, Contribution][] = [];
  const notes = new Map<string, PlanNote[]>();
  const grouped = new Map<string, Contribution[]>();
  for (const [l, ch] of matched) if (ch !== undefined) grouped.set(ch, [...(grouped.get(ch) ?? []), l]);
  let first = true;
  for (const [channel, group] of grouped) {
    const { totals, partial } = sumLocations(group);
    const base = first ? { ...group[0]!, ...fileSide, notes: [...file.notes, ...locationNotes(group)] } : { ...group[0]!, notes: locationNotes(group) };
    sent.push([channel, { ...base, totals, account: group.map((l) => l.account).join(', ') }]);
    if (group.length > 1) notes.set(channel, [{ kind: 'locations-summed', source: file.table.source, names: group.map((l) => l.account ?? '?') }, ...partial]);
    first = false;
  }
  const firstChannel = sent[0]![0];
  for (const [l, ch] of matched) {
    if (ch === undefined) notes.set(firstChannel, [...(notes.get(firstChannel) ?? []), { kind: 'location-unmatched', source: file.table.source, account: l.account ?? '?' }]);
  }
  return { sent, notes };
}

/** The locations' own notes; when several share a channel, each says which location it is about. */
function locationNotes(locations: readonly Contribution[]): ImportNote[] {
  if (locations.length < 2) return locations.flatMap((l) => l.notes);
  return locations.flatMap((l) => l.notes.map((n) => (l.account !== undefined ? { ...n, about: l.account } : n)));
}

/** The locations' figures added up; a figure some of them lack is left out (and said), never summed in part. */
function sumLocations(locations: readonly Contribution[]): { totals: Metrics; partial: PlanNote[] } {
  const totals: Metrics = {};
  const keys = new Set(locations.flatMap((l) => leaves(l.totals ?? {}).map(([k]) => k)));
  const partial: PlanNote[] = [];
  for (const key of keys) {
    const lacking = locations.filter((l) => getLeaf(l.totals ?? {}, key) === undefined);
    if (lacking.length > 0) { partial.push({ kind: 'locations-partial', key, names: lacking.map((l) => l.account ?? '?') }); continue; }
    setLeaf(totals, key, locations.reduce((sum, l) => sum + getLeaf(l.totals!, key)!, 0));
  }
  return { totals, partial };
}

/** A word as a shell reads it back: quoted when it holds anything but letters, digits and -_./@. */
function shellWord(text: string): string {
  return /^[\w.\-/@]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

// ---------------------------------------------------------------------------------------------------------------
// Merging one channel's contributions

export type PlanNote =
  /** Posts found in two files (or twice in one), counted once. */
  | { kind: 'duplicate-posts'; count: number }
  | { kind: 'duplicate-reviews'; count: number }
  /** A figure a totals export gives but per-post data gave too: the per-post one is kept. */
  | { kind: 'total-not-used'; key: string; source: string }
  /** Several locations of one export (Google Business Profile) sent to this channel: their figures added up. */
  | { kind: 'locations-summed'; source: string; names: string[] }
  /** A location of the export that no channel names, while others found theirs: not imported. */
  | { kind: 'location-unmatched'; source: string; account: string }
  /** A figure some of the summed locations lack: not stored, as a partial sum would pass for the whole. */
  | { kind: 'locations-partial'; key: string; names: string[] };

export interface TotalsConflict { key: string; sources: [string, string] }

export interface ChannelMerge {
  metrics: Metrics;
  /** When per-post data was read: the aggregate (stats for the report). */
  aggregate?: Aggregate;
  notes: PlanNote[];
  conflicts: TotalsConflict[];
}

export function mergeChannel(contributions: readonly Contribution[]): ChannelMerge {
  const notes: PlanNote[] = [];
  const perPost = contributions.filter((c) => c.posts !== undefined);
  let metrics: Metrics = {};
  let agg: Aggregate | undefined;
  if (perPost.length > 0) {
    const { items, duplicates } = dedup<PostRecord>(perPost.flatMap((c) => c.posts!));
    if (duplicates > 0) notes.push({ kind: 'duplicate-posts', count: duplicates });
    agg = aggregate(items);
    metrics = { ...agg.metrics };
  }
  const withReviews = contributions.filter((c) => c.reviews !== undefined);
  if (withReviews.length > 0) {
    const { items, duplicates } = dedup<ReviewRecord>(withReviews.flatMap((c) => c.reviews!));
    if (duplicates > 0) notes.push({ kind: 'duplicate-reviews', count: duplicates });
    metrics.reviews = reviewFigures(items);
  }
  // Totals: leaf by leaf, per-post figures first; two totals of the same figure are a conflict, never a sum.
  const fromRecords = new Set(leaves(metrics).map(([k]) => k));
  const byTotals = new Map<string, string>();
  const conflicts: TotalsConflict[] = [];
  for (const c of contributions) {
    if (!c.totals) continue;
    for (const [key, value] of leaves(c.totals)) {
      if (fromRecords.has(key)) { notes.push({ kind: 'total-not-used', key, source: c.table.source }); continue; }
      const first = byTotals.get(key);
      if (first !== undefined) { conflicts.push({ key, sources: [first, c.table.source] }); continue; }
      byTotals.set(key, c.table.source);
      setLeaf(metrics, key, value);
    }
  }
  return { metrics, ...(agg ? { aggregate: agg } : {}), notes, conflicts };
}

function dedup<T extends { id?: string }>(items: readonly T[]): { items: T[]; duplicates: number } {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    if (item.id !== undefined && item.id !== '') {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
    }
    out.push(item);
  }
  return { items: out, duplicates: items.length - out.length };
}

function reviewFigures(reviews: readonly ReviewRecord[]): NonNullable<Metrics['reviews']> {
  const out: NonNullable<Metrics['reviews']> = { count: reviews.length };
  const ratings = reviews.map((r) => r.rating).filter((r): r is number => r !== undefined);
  if (ratings.length > 0) out.averageRating = Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100;
  out.answered = reviews.filter((r) => r.answered).length;
  const hours = reviews.map((r) => r.responseHours).filter((h): h is number => h !== undefined);
  if (hours.length > 0) out.medianResponseHours = Math.round(median(hours) * 10) / 10;
  return out;
}

/** Every figure of a metrics block as `key` or `key.sub` → number. */
export function leaves(metrics: Metrics): [string, number][] {
  const out: [string, number][] = [];
  for (const [key, value] of Object.entries(metrics)) {
    if (typeof value === 'number') out.push([key, value]);
    else if (value && typeof value === 'object') {
      for (const [sub, v] of Object.entries(value as Record<string, unknown>)) if (typeof v === 'number') out.push([`${key}.${sub}`, v]);
    }
  }
  return out;
}

function setLeaf(metrics: Metrics, key: string, value: number): void {
  const [k, sub] = key.split('.') as [string, string | undefined];
  const m = metrics as Record<string, unknown>;
  if (sub === undefined) m[k] = value;
  else m[k] = { ...(m[k] as Record<string, number> | undefined), [sub]: value };
}

function getLeaf(metrics: Metrics, key: string): number | undefined {
  const [k, sub] = key.split('.') as [string, string | undefined];
  const v = (metrics as Record<string, unknown>)[k];
  if (sub === undefined) return typeof v === 'number' ? v : undefined;
  const s = v && typeof v === 'object' ? (v as Record<string, unknown>)[sub] : undefined;
  return typeof s === 'number' ? s : undefined;
}

function pathOf(key: string): string[] {
  return key.split('.');
}

// ---------------------------------------------------------------------------------------------------------------
// Edits, changes and stale figures of one channel

export interface FigureChange { key: string; before: number | undefined; after: number }

export interface StaleFigure { key: string; value: number; location?: SourceLocation }

export interface ChannelEdits {
  edits: ImportEdit[];
  changes: FigureChange[];
  /** Figures this import overwrites with another value. */
  replaced: string[];
  /** Audience/content figures the file holds and this import does not set. */
  stale: StaleFigure[];
  /** The edits that remove the stale figures (`--replace-channel`). */
  removals: ImportEdit[];
}

/**
 * What to write in one channel's metrics: each imported figure that differs from the file's; postsWith counts left
 * by an earlier import for a figure every imported post now carries set to every post (not left stale); then the
 * figures left from before, and how to remove them.
 */
export function channelEdits(current: Metrics, imported: Metrics, channelIndex: number, locate?: (path: (string | number)[]) => SourceLocation): ChannelEdits {
  const base = ['channels', channelIndex, 'metrics'];
  const edits: ImportEdit[] = [];
  const changes: FigureChange[] = [];
  const set = new Set<string>();
  for (const [key, after] of leaves(imported)) {
    set.add(key);
    const before = getLeaf(current, key);
    if (before !== after) { edits.push({ path: [...base, ...pathOf(key)], value: after }); changes.push({ key, before, after }); }
  }
  for (const [sub, before] of Object.entries(current.postsWith ?? {})) {
    const figure = sub as keyof NonNullable<Metrics['postsWith']>;
    const key = `postsWith.${sub}`;
    if (imported[figure] === undefined || set.has(key) || imported.posts === undefined) continue;
    set.add(key);
    if (before === imported.posts) continue;
    edits.push({ path: [...base, 'postsWith', sub], value: imported.posts });
    changes.push({ key, before, after: imported.posts });
  }
  const replaced = changes.filter((c) => c.before !== undefined).map((c) => c.key);
  const stale: StaleFigure[] = [];
  const removals: ImportEdit[] = [];
  for (const figure of AUDIENCE_FIGURES) {
    const value = current[figure];
    if (value === undefined) continue;
    const keys = typeof value === 'number' ? [[figure, value] as [string, number]] : leaves({ [figure]: value } as Metrics);
    const left = keys.filter(([k]) => !set.has(k));
    for (const [key, v] of left) stale.push({ key, value: v, ...(locate ? { location: locate([...base, ...pathOf(key)]) } : {}) });
    if (left.length === 0) continue;
    // A block whose every figure goes is removed whole: an empty `followers: {}` says nothing.
    if (left.length === keys.length && !keys.some(([k]) => set.has(k))) removals.push({ path: [...base, figure], value: undefined });
    else for (const [key] of left) removals.push({ path: [...base, ...pathOf(key)], value: undefined });
  }
  return { edits, changes, replaced, stale, removals };
}

// ---------------------------------------------------------------------------------------------------------------
// The whole plan

export type StaleResolution = 'replace-channel' | 'keep-others';

export interface PlanInput {
  brand: BrandFile;
  contributions: readonly Contribution[];
  /** The `--channel` values as given. */
  channelOptions: ChannelOptions;
  /** Where a path of the brand file is, for stale figures' file:line:col. */
  locate?: (path: (string | number)[]) => SourceLocation;
}

export interface ChannelPlan {
  channelIndex: number;
  channel: string;
  platform: string;
  contributions: Contribution[];
  merge: ChannelMerge;
  edits: ChannelEdits;
}

export interface Plan {
  channels: ChannelPlan[];
  refusals: AssignRefusal[];
  conflicts: (TotalsConflict & { channel: string })[];
  /** Map entries (`<file>=<id>`) that matched no file: a typo, most likely. */
  unusedFileMaps: string[];
}

export function planImport(input: PlanInput): Plan {
  const channels = input.brand.channels ?? [];
  const refusals: AssignRefusal[] = [];
  const byChannel = new Map<string, Contribution[]>();
  const usedFiles = new Set<string>();
  const placeNotes = new Map<string, PlanNote[]>();
  const send = (channel: string, c: Contribution) => byChannel.set(channel, [...(byChannel.get(channel) ?? []), c]);
  for (const c of input.contributions) {
    const names = tableNames(c);
    for (const f of input.channelOptions.byFile.keys()) if (names.includes(f) || (c.byAccount ?? []).some((l) => l.account === f)) usedFiles.add(f);
    if (c.byAccount && c.byAccount.length > 0) {
      const placed = placeLocations(c, c.byAccount, channels, input.channelOptions);
      if ('refusal' in placed) { refusals.push(placed.refusal); continue; }
      for (const [channel, contribution] of placed.sent) send(channel, contribution);
      for (const [channel, notes] of placed.notes) placeNotes.set(channel, [...(placeNotes.get(channel) ?? []), ...notes]);
      continue;
    }
    const a = assignChannel(c, channels, input.channelOptions);
    if ('refusal' in a) refusals.push(a.refusal);
    else send(a.channel, c);
  }
  const plans: ChannelPlan[] = [];
  const conflicts: Plan['conflicts'] = [];
  // In the brand file's channel order: a reproducible report, whatever order the files came in.
  channels.forEach((ch, channelIndex) => {
    const contributions = byChannel.get(ch.id);
    if (!contributions) return;
    const merge = mergeChannel(contributions);
    merge.notes.unshift(...(placeNotes.get(ch.id) ?? []));
    for (const c of merge.conflicts) conflicts.push({ ...c, channel: ch.id });
    const edits = channelEdits(ch.metrics ?? {}, merge.metrics, channelIndex, input.locate);
    plans.push({ channelIndex, channel: ch.id, platform: ch.platform, contributions, merge, edits });
  });
  return { channels: plans, refusals, conflicts, unusedFileMaps: [...input.channelOptions.byFile.keys()].filter((f) => !usedFiles.has(f)) };
}

/** The edits to write, once stale figures are settled: removed (`replace-channel`) or kept. */
export function planEdits(plan: Plan, resolution: StaleResolution | undefined): ImportEdit[] {
  return plan.channels.flatMap((c) => [...c.edits.edits, ...(resolution === 'replace-channel' ? c.edits.removals : [])]);
}

export function staleFigures(plan: Plan): { channel: string; stale: StaleFigure[] }[] {
  return plan.channels.filter((c) => c.edits.stale.length > 0).map((c) => ({ channel: c.channel, stale: c.edits.stale }));
}
