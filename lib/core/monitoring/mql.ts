/**
 * A small parser for the parts of a Monitoring Query Language expression the library checks: metric name,
 * interval, dimension filters, grouping and statistic, and the trigger condition. Grammar from Oracle's
 * "Monitoring Query Language (MQL) Reference": metric[interval]{dimensionname = "value", ...}.grouping().statistic()
 * followed by a condition such as `> 0` or `.absent()`. Dimension filters use =, != or =~ (wildcard) and may
 * join alternatives with ||.
 * Hand-written because no npm package parses MQL: the OCI SDK (oci-monitoring) only sends queries to the service.
 */

export interface MqlDimensionFilter {
  readonly name: string;
  readonly operator: '=' | '!=' | '=~';
  readonly value: string;
}

export interface MqlQuery {
  readonly metric: string;
  readonly interval: string;
  readonly filters: readonly MqlDimensionFilter[];
  /** Dimensions named in groupBy(...), empty for grouping(). */
  readonly groupBy: readonly string[];
  /** Statistic and trigger, as written (e.g. `sum() < 3`). */
  readonly rest: string;
}

export type MqlParseResult = { readonly query: MqlQuery } | { readonly error: string };

const HEAD = /^\s*([A-Za-z][A-Za-z0-9_.]*)\s*\[\s*(\d+[mhd])\s*\]\s*/;
const FILTER = /^\s*([A-Za-z_][A-Za-z0-9_.]*)\s*(=~|!=|=)\s*"((?:[^"\\]|\\.)*)"\s*/;

/** Parses one (non-compound) MQL expression; returns an error message when it does not fit the grammar. */
export function parseMql(text: string): MqlParseResult {
  const head = HEAD.exec(text);
  if (!head) return { error: 'does not start with metric[interval], e.g. NodeState[1m]' };
  let rest = text.slice(head[0].length);
  const filters: MqlDimensionFilter[] = [];
  if (rest.startsWith('{')) {
    rest = rest.slice(1);
    for (;;) {
      const f = FILTER.exec(rest);
      if (!f) return { error: `dimension filter near "${rest.slice(0, 30)}" is not name = "value"` };
      filters.push({ name: f[1], operator: f[2] as MqlDimensionFilter['operator'], value: f[3] });
      rest = rest.slice(f[0].length);
      if (rest.startsWith(',') || rest.startsWith('&&')) { rest = rest.slice(rest.startsWith(',') ? 1 : 2); continue; }
      if (rest.startsWith('||')) { rest = rest.slice(2); continue; }
      if (rest.startsWith('}')) { rest = rest.slice(1).trimStart(); break; }
      return { error: `expected , or } after the dimension filter ${f[1]}` };
    }
  }
  let groupBy: string[] = [];
  const grouping = /^\.(grouping|groupBy)\(([^)]*)\)\s*/.exec(rest);
  if (grouping) {
    groupBy = grouping[1] === 'groupBy' ? grouping[2].split(',').map((s) => s.trim()).filter((s) => s.length > 0) : [];
    rest = rest.slice(grouping[0].length);
  }
  if (!/^\.[a-z]+\([^)]*\)/.test(rest)) return { error: 'has no statistic such as .max() or .sum()' };
  return { query: { metric: head[1], interval: head[2], filters, groupBy, rest: rest.slice(1).trim() } };
}
