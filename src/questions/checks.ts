/**
 * The small vocabulary of generic checks that "answered when" rules are built from (Spectral-style: a rule
 * names a check and gives its options). Each check is pure and returns yes / no / na plus, when it knows,
 * the exact path that is missing or wrong. Rules are data: they are interpreted here, never executed.
 */
import type { Pillar } from '../model/brand.js';
import type { DataPath } from '../model/diagnostic.js';
import { absolutePath, elements, isNonEmptyText, resolve, type Scope } from './paths.js';
import type { CheckName, Rule, Status } from './types.js';

export interface Outcome { status: Status; at?: DataPath }

export interface CheckContext {
  scope: Scope;
  questionId: string;
  measuredPillars?: readonly Pillar[];
  unmeasuredPillars?: readonly Pillar[];
}

type CheckFn<R extends Rule> = (rule: R, ctx: CheckContext) => Outcome;
type Registry = { [N in CheckName]: CheckFn<Extract<Rule, { check: N }>> };

const yes: Outcome = { status: 'yes' };
const na: Outcome = { status: 'na' };
const no = (at?: DataPath): Outcome => (at ? { status: 'no', at } : { status: 'no' });

function own(obj: unknown, key: string): unknown {
  return obj !== null && typeof obj === 'object' && !Array.isArray(obj) && Object.hasOwn(obj, key)
    ? (obj as Record<string, unknown>)[key]
    : undefined;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Scope of each element of a list path, for the combinators that walk lists. */
function itemScopes(ctx: CheckContext, path: string): CheckContext[] {
  return elements(resolve(ctx.scope, path)).map((m) => ({ ...ctx, scope: { root: ctx.scope.root, base: m.path, item: m.value } }));
}

const CHECKS: Registry = {
  present: (r, ctx) => (resolve(ctx.scope, r.path).length > 0 ? yes : no(absolutePath(ctx.scope, r.path))),

  text: (r, ctx) =>
    resolve(ctx.scope, r.path).some((m) => isNonEmptyText(m.value, r.minLength ?? 1)) ? yes : no(absolutePath(ctx.scope, r.path)),

  items: (r, ctx) => {
    const n = elements(resolve(ctx.scope, r.path)).length;
    return n >= (r.min ?? 1) && (r.max === undefined || n <= r.max) ? yes : no(absolutePath(ctx.scope, r.path));
  },

  number: (r, ctx) =>
    resolve(ctx.scope, r.path).some((m) => isNum(m.value) && (r.min === undefined || m.value >= r.min) && (r.max === undefined || m.value <= r.max))
      ? yes
      : no(absolutePath(ctx.scope, r.path)),

  enum: (r, ctx) =>
    resolve(ctx.scope, r.path).some((m) => r.values.includes(m.value as string | number | boolean)) ? yes : no(absolutePath(ctx.scope, r.path)),

  answer: (r, ctx) => {
    const id = r.id ?? ctx.questionId;
    return isNonEmptyText(own(own(ctx.scope.root, 'answers'), id)) ? yes : no(['answers', id]);
  },

  refersTo: (r, ctx) => {
    const refs = elements(resolve(ctx.scope, r.path)).filter((m) => typeof m.value === 'string');
    if (refs.length === 0) return na;
    const key = r.key ?? 'id';
    const declared = new Set(elements(resolve(ctx.scope, r.to)).map((m) => own(m.value, key)).filter((v) => typeof v === 'string'));
    const dangling = refs.find((m) => !declared.has(m.value as string));
    return dangling ? no(dangling.path) : yes;
  },

  referencedBy: (r, ctx) => {
    const mine = own(ctx.scope.item, r.key ?? 'id');
    if (typeof mine !== 'string') return no();
    const found = elements(resolve(ctx.scope, r.list)).some((m) => {
      const f = own(m.value, r.field);
      return f === mine || (Array.isArray(f) && f.includes(mine));
    });
    return found ? yes : no();
  },

  subsetOf: (r, ctx) => {
    const values = elements(resolve(ctx.scope, r.path));
    if (values.length === 0) return na;
    const allowed = new Set(elements(resolve(ctx.scope, r.of)).map((m) => m.value));
    const missing = values.find((m) => !allowed.has(m.value));
    return missing ? no(missing.path) : yes;
  },

  maxShare: (r, ctx) => {
    const entries: { value: number; path: DataPath }[] = [];
    for (const m of elements(resolve(ctx.scope, r.path))) {
      const hit = r.field ? resolve({ root: ctx.scope.root, base: m.path, item: m.value }, r.field)[0] : m;
      if (hit && isNum(hit.value) && hit.value >= 0) entries.push({ value: hit.value, path: hit.path });
    }
    const total = entries.reduce((s, e) => s + e.value, 0);
    if (entries.length < (r.minEntries ?? 2) || total <= 0) return na;
    const largest = entries.reduce((a, b) => (b.value > a.value ? b : a));
    return (largest.value / total) * 100 > r.max ? no(largest.path) : yes;
  },

  rangeOverlap: (r, ctx) => {
    const a = resolve(ctx.scope, r.path)[0];
    const b = resolve(ctx.scope, r.with)[0];
    const bounds = (v: unknown): [number, number] | undefined => {
      const min = own(v, 'min');
      const max = own(v, 'max');
      if (!isNum(min) && !isNum(max)) return undefined;
      return [isNum(min) ? min : 0, isNum(max) ? max : 120];
    };
    const ra = a && bounds(a.value);
    const rb = b && bounds(b.value);
    if (!a || !ra || !rb) return na;
    return Math.min(ra[1], rb[1]) >= Math.max(ra[0], rb[0]) ? yes : no(a.path);
  },

  pillarMeasured: (r, ctx) => {
    if (ctx.unmeasuredPillars) return ctx.unmeasuredPillars.includes(r.pillar) ? no() : yes;
    if (ctx.measuredPillars) return ctx.measuredPillars.includes(r.pillar) ? yes : no();
    return na;
  },

  metricsBacked: (r, ctx) => {
    const channel = ctx.scope.item;
    const metrics = own(channel, 'metrics');
    const channelId = own(channel, 'id');
    if (metrics === null || typeof metrics !== 'object' || typeof channelId !== 'string') return na;
    const listed = own(channel, 'objectives');
    const channelObjectives = Array.isArray(listed) ? listed : [];
    const objectives = own(ctx.scope.root, 'objectives');
    const applies = (o: unknown): boolean => {
      const chans = own(o, 'channels');
      return !Array.isArray(chans) || chans.length === 0 || chans.includes(channelId) || channelObjectives.includes(own(o, 'id'));
    };
    // The KPIs that objectives serving this channel name for it, gathered once rather than once per metric.
    const named = new Set<unknown>();
    if (Array.isArray(objectives)) {
      for (const o of objectives) {
        const oks = own(o, 'kpis');
        if (!applies(o) || !Array.isArray(oks)) continue;
        for (const k of oks) {
          const kc = own(k, 'channel');
          if (kc === undefined || kc === channelId) named.add(own(k, 'kpi'));
        }
      }
    }
    let checked = 0;
    let firstUnbacked: string | undefined;
    let anyBacked = false;
    for (const key of Object.keys(metrics)) {
      const kpis = Object.hasOwn(r.metrics, key) ? r.metrics[key] : undefined;
      if (!kpis || own(metrics, key) === undefined || own(metrics, key) === null) continue;
      checked++;
      const backed = kpis.some((id) => named.has(id));
      if (backed) anyBacked = true;
      else firstUnbacked ??= key;
    }
    if (checked === 0) return na;
    if (r.mode === 'any') return anyBacked ? yes : no([...ctx.scope.base, 'metrics']);
    return firstUnbacked === undefined ? yes : no([...ctx.scope.base, 'metrics', firstUnbacked]);
  },

  // Checks are pure, so allOf stops at the first failing rule and anyOf at the first answered one.
  allOf: (r, ctx) => {
    let any = false;
    for (const x of r.rules) {
      const o = evaluateRule(x, ctx);
      if (o.status === 'no') return o;
      if (o.status === 'yes') any = true;
    }
    return any ? yes : na;
  },

  anyOf: (r, ctx) => {
    let anyNo = false;
    for (const x of r.rules) {
      const o = evaluateRule(x, ctx);
      if (o.status === 'yes') return yes;
      if (o.status === 'no') anyNo = true;
    }
    // Any of several answers would do, so no single one is "the" missing place: the question's own path is used.
    return anyNo ? no() : na;
  },

  not: (r, ctx) => {
    const o = evaluateRule(r.rule, ctx);
    return o.status === 'na' ? na : o.status === 'yes' ? no() : yes;
  },

  every: (r, ctx) => {
    const scopes = itemScopes(ctx, r.path);
    if (scopes.length === 0) {
      const e = r.ifEmpty ?? 'na';
      return e === 'no' ? no(absolutePath(ctx.scope, r.path)) : { status: e };
    }
    let any = false;
    for (const s of scopes) {
      const o = evaluateRule(r.rule, s);
      if (o.status === 'no') return no(o.at ?? s.scope.base);
      if (o.status === 'yes') any = true;
    }
    return any ? yes : na;
  },

  some: (r, ctx) => {
    const scopes = itemScopes(ctx, r.path);
    const outs = scopes.map((s) => evaluateRule(r.rule, s));
    if (outs.some((o) => o.status === 'yes')) return yes;
    if (outs.length > 0 && outs.every((o) => o.status === 'na')) return na;
    return no(absolutePath(ctx.scope, r.path));
  },
};

export const CHECK_NAMES = Object.keys(CHECKS) as CheckName[];

export function evaluateRule(rule: Rule, ctx: CheckContext): Outcome {
  // Only names of the fixed registry are dispatched; the pack schema already rejects any other.
  if (!Object.hasOwn(CHECKS, rule.check)) return na;
  const fn = CHECKS[rule.check] as CheckFn<Rule>;
  return fn(rule, ctx);
}
