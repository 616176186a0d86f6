/**
 * The small vocabulary of generic checks that "answered when" rules are built from (Spectral-style: a rule
 * names a check and gives its options). Each check is pure and returns yes / no / na plus, when it knows,
 * the exact path that is missing or wrong. Rules are data: each is compiled once into a closure over its options
 * (nothing in a pack is executed), then asked of every item of every file.
 */
import type { Pillar } from '../model/brand.js';
import type { DataPath } from '../model/diagnostic.js';
import {
  absolutePath, compilePath, countElements, elements, firstValue, isNonEmptyText, resolve, someValue, type CompiledPath, type Match, type Scope,
} from './paths.js';
import type { CheckName, Progress, Rule, Status } from './types.js';

/** `progress`, on a `no` of a check that counts (`covers`, `perKey`): how much of the list is there. */
export interface Outcome { status: Status; at?: DataPath; progress?: Progress }

export interface CheckContext {
  scope: Scope;
  questionId: string;
  measuredPillars?: readonly Pillar[];
  unmeasuredPillars?: readonly Pillar[];
}

/** A rule compiled to a function of the context: its options read, its paths split and its sub-rules compiled once. */
export type CompiledRule = (ctx: CheckContext) => Outcome;

type Compiler<R extends Rule> = (rule: R) => CompiledRule;
type Registry = { [N in CheckName]: Compiler<Extract<Rule, { check: N }>> };

const yes: Outcome = { status: 'yes' };
const na: Outcome = { status: 'na' };
const no = (at?: DataPath): Outcome => (at ? { status: 'no', at } : { status: 'no' });

function own(obj: unknown, key: string): unknown {
  return obj !== null && typeof obj === 'object' && !Array.isArray(obj) && Object.hasOwn(obj, key)
    ? (obj as Record<string, unknown>)[key]
    : undefined;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The scope of a matched element, in which paths relative to it are resolved. */
const scopeOf = (ctx: CheckContext, m: Match): Scope => ({ root: ctx.scope.root, base: m.path, item: m.value });

/** Scope of each element of a list path, for the combinators that walk lists. */
function itemScopes(ctx: CheckContext, path: CompiledPath): CheckContext[] {
  return elements(resolve(ctx.scope, path)).map((m) => ({
    scope: scopeOf(ctx, m),
    questionId: ctx.questionId,
    measuredPillars: ctx.measuredPillars,
    unmeasuredPillars: ctx.unmeasuredPillars,
  }));
}

/**
 * allOf and anyOf: the first rule whose status is `decisive` settles it (checks are pure, so the rest need not run);
 * otherwise `undecided` when some rule applied, na when none did.
 */
function firstDeciding(rules: CompiledRule[], decisive: Status, decided: (o: Outcome) => Outcome, undecided: Outcome): CompiledRule {
  return (ctx) => {
    let applied = false;
    for (const rule of rules) {
      const o = rule(ctx);
      if (o.status === decisive) return decided(o);
      if (o.status !== 'na') applied = true;
    }
    return applied ? undecided : na;
  };
}

const always = (): boolean => true;

/** A check that some value at the path passes `test`; otherwise the path is what is missing. */
function valueCheck(path: string, test: (value: unknown) => boolean): CompiledRule {
  const p = compilePath(path);
  return (ctx) => (someValue(ctx.scope, p, test) ? yes : no(absolutePath(ctx.scope, p)));
}

const CHECKS: Registry = {
  present: (r) => valueCheck(r.path, always),

  text: (r) => {
    const minLength = r.minLength ?? 1;
    return valueCheck(r.path, (v) => isNonEmptyText(v, minLength));
  },

  items: (r) => {
    const p = compilePath(r.path);
    const min = r.min ?? 1;
    const max = r.max ?? Infinity;
    return (ctx) => {
      const n = countElements(ctx.scope, p);
      return n >= min && n <= max ? yes : no(absolutePath(ctx.scope, p));
    };
  },

  number: (r) => {
    const min = r.min ?? -Infinity;
    const max = r.max ?? Infinity;
    return valueCheck(r.path, (v) => isNum(v) && v >= min && v <= max);
  },

  enum: (r) => {
    const values = r.values;
    return valueCheck(r.path, (v) => values.includes(v as string | number | boolean));
  },

  answer: (r) => {
    const id = r.id;
    return (ctx) => {
      const answerId = id ?? ctx.questionId;
      return isNonEmptyText(own(own(ctx.scope.root, 'answers'), answerId)) ? yes : no(['answers', answerId]);
    };
  },

  refersTo: (r) => {
    const path = compilePath(r.path);
    const to = compilePath(r.to);
    const key = r.key ?? 'id';
    return (ctx) => {
      const refs = elements(resolve(ctx.scope, path)).filter((m) => typeof m.value === 'string');
      if (refs.length === 0) return na;
      const declared = new Set(elements(resolve(ctx.scope, to)).map((m) => own(m.value, key)).filter((v) => typeof v === 'string'));
      const dangling = refs.find((m) => !declared.has(m.value as string));
      return dangling ? no(dangling.path) : yes;
    };
  },

  referencedBy: (r) => {
    const list = compilePath(r.list);
    const key = r.key ?? 'id';
    const field = r.field;
    return (ctx) => {
      const mine = own(ctx.scope.item, key);
      if (typeof mine !== 'string') return no();
      const found = elements(resolve(ctx.scope, list)).some((m) => {
        const f = own(m.value, field);
        return f === mine || (Array.isArray(f) && f.includes(mine));
      });
      return found ? yes : no();
    };
  },

  subsetOf: (r) => {
    const path = compilePath(r.path);
    const of = compilePath(r.of);
    return (ctx) => {
      const values = elements(resolve(ctx.scope, path));
      if (values.length === 0) return na;
      const allowed = new Set(elements(resolve(ctx.scope, of)).map((m) => m.value));
      const missing = values.find((m) => !allowed.has(m.value));
      return missing ? no(missing.path) : yes;
    };
  },

  maxShare: (r) => {
    const path = compilePath(r.path);
    const field = r.field === undefined ? undefined : compilePath(r.field);
    const minEntries = r.minEntries ?? 2;
    const max = r.max;
    return (ctx) => {
      const entries: { value: number; element: Match }[] = [];
      for (const m of elements(resolve(ctx.scope, path))) {
        const value = field ? firstValue(scopeOf(ctx, m), field) : m.value;
        if (isNum(value) && value >= 0) entries.push({ value, element: m });
      }
      const total = entries.reduce((s, e) => s + e.value, 0);
      if (entries.length < minEntries || total <= 0) return na;
      const largest = entries.reduce((a, b) => (b.value > a.value ? b : a));
      // The path of the value found is built only for the one too large.
      return (largest.value / total) * 100 > max
        ? no(field ? resolve(scopeOf(ctx, largest.element), field)[0]!.path : largest.element.path)
        : yes;
    };
  },

  rangeOverlap: (r) => {
    const path = compilePath(r.path);
    const other = compilePath(r.with);
    const bounds = (v: unknown): [number, number] | undefined => {
      const min = own(v, 'min');
      const max = own(v, 'max');
      if (!isNum(min) && !isNum(max)) return undefined;
      return [isNum(min) ? min : 0, isNum(max) ? max : 120];
    };
    return (ctx) => {
      const ra = bounds(firstValue(ctx.scope, path));
      const rb = bounds(firstValue(ctx.scope, other));
      if (!ra || !rb) return na;
      return Math.min(ra[1], rb[1]) >= Math.max(ra[0], rb[0]) ? yes : no(resolve(ctx.scope, path)[0]!.path);
    };
  },

  pillarMeasured: (r) => {
    const pillar = r.pillar;
    return (ctx) => {
      if (ctx.unmeasuredPillars) return ctx.unmeasuredPillars.includes(pillar) ? no() : yes;
      if (ctx.measuredPillars) return ctx.measuredPillars.includes(pillar) ? yes : no();
      return na;
    };
  },

  metricsBacked: (r) => {
    const mapped = r.metrics;
    const mode = r.mode;
    return (ctx) => {
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
      let checked = false;
      for (const key of Object.keys(metrics)) {
        const kpis = Object.hasOwn(mapped, key) ? mapped[key] : undefined;
        const figure = own(metrics, key);
        if (!kpis || figure === undefined || figure === null) continue;
        const backed = kpis.some((id) => named.has(id));
        // The first backed figure answers `any`, the first unbacked one fails `every`: the rest cannot change that.
        if (mode === 'any' && backed) return yes;
        if (mode !== 'any' && !backed) return no([...ctx.scope.base, 'metrics', key]);
        checked = true;
      }
      if (!checked) return na;
      return mode === 'any' ? no([...ctx.scope.base, 'metrics']) : yes;
    };
  },

  allOf: (r) => firstDeciding(r.rules.map(compileRule), 'no', (o) => o, yes),

  // Any of several answers would do, so no single one is "the" missing place: the question's own path is used.
  anyOf: (r) => firstDeciding(r.rules.map(compileRule), 'yes', () => yes, no()),

  not: (r) => {
    const rule = compileRule(r.rule);
    return (ctx) => {
      const o = rule(ctx);
      return o.status === 'na' ? na : o.status === 'yes' ? no() : yes;
    };
  },

  every: (r) => {
    const path = compilePath(r.path);
    const rule = compileRule(r.rule);
    const ifEmpty = r.ifEmpty ?? 'na';
    return (ctx) => {
      const scopes = itemScopes(ctx, path);
      if (scopes.length === 0) return ifEmpty === 'no' ? no(absolutePath(ctx.scope, path)) : { status: ifEmpty };
      let any = false;
      for (const s of scopes) {
        const o = rule(s);
        if (o.status === 'no') return no(o.at ?? s.scope.base);
        if (o.status === 'yes') any = true;
      }
      return any ? yes : na;
    };
  },

  some: (r) => {
    const path = compilePath(r.path);
    const rule = compileRule(r.rule);
    return (ctx) => {
      const outs = itemScopes(ctx, path).map(rule);
      if (outs.some((o) => o.status === 'yes')) return yes;
      if (outs.length > 0 && outs.every((o) => o.status === 'na')) return na;
      return no(absolutePath(ctx.scope, path));
    };
  },

  // "Covers each of these values" (or at least `min` of them): the distinct values found at `key` of the list's
  // entries, counting only the entries that pass `where`. Partly covered is a `no` that says how many.
  covers: (r) => {
    const path = compilePath(r.path);
    const key = compilePath(r.key);
    const where = r.where ? compileRule(r.where) : undefined;
    const wanted = new Set<unknown>(r.values);
    const need = Math.min(r.min ?? wanted.size, wanted.size);
    return (ctx) => {
      const found = new Set<unknown>();
      for (const s of itemScopes(ctx, path)) {
        if (where && where(s).status !== 'yes') continue;
        for (const m of elements(resolve(s.scope, key))) if (wanted.has(m.value)) found.add(m.value);
      }
      return counted(found.size, need, absolutePath(ctx.scope, path), r.unit);
    };
  },

  // "Per each of these keys": the map at `path` has each key (or at least `min` of them) whose value passes `rule`.
  perKey: (r) => {
    const path = compilePath(r.path);
    const rule = compileRule(r.rule);
    const keys = [...new Set(r.keys)];
    const need = Math.min(r.min ?? keys.length, keys.length);
    return (ctx) => {
      const at = absolutePath(ctx.scope, path);
      const map = firstValue(ctx.scope, path);
      let have = 0;
      let firstMissing: DataPath | undefined;
      for (const k of keys) {
        const value = own(map, k);
        const passed = value !== undefined && rule({ ...ctx, scope: { root: ctx.scope.root, base: [...at, k], item: value } }).status === 'yes';
        if (passed) have++;
        else firstMissing ??= [...at, k];
      }
      return counted(have, need, firstMissing ?? at, r.unit);
    };
  },
};

/** A counted outcome: yes from `need` on, otherwise no at `at` with how many of `need` are there. */
function counted(have: number, need: number, at: DataPath, unit: Progress['unit']): Outcome {
  if (have >= need) return yes;
  return { status: 'no', at, progress: unit ? { have, of: need, unit } : { have, of: need } };
}

export const CHECK_NAMES = Object.keys(CHECKS) as CheckName[];

const unknownCheck: CompiledRule = () => na;

/** Compiled once per rule object: a catalog's rules are asked of every item of every file, and never changed. */
const compiledRules = new WeakMap<Rule, CompiledRule>();

export function compileRule(rule: Rule): CompiledRule {
  let compiled = compiledRules.get(rule);
  if (!compiled) {
    // Only names of the fixed registry are compiled; the pack schema already rejects any other.
    compiled = Object.hasOwn(CHECKS, rule.check) ? (CHECKS[rule.check] as Compiler<Rule>)(rule) : unknownCheck;
    compiledRules.set(rule, compiled);
  }
  return compiled;
}

export function evaluateRule(rule: Rule, ctx: CheckContext): Outcome {
  return compileRule(rule)(ctx);
}
