import { HardenedOkeValidationError } from './errors';

// IPv4 CIDR arithmetic by hand, compared with ipaddr.js, ip-cidr and cidr-tools: the library needs parse, contains
// and overlap of IPv4 blocks (OCI VCNs are IPv4-first) and errors in its own `property: problem. Fix:` form; those
// packages would add IPv6 and a dependency for about forty lines.
/** An IPv4 CIDR block parsed into numbers. */
export interface ParsedCidr {
  readonly network: number;
  readonly prefix: number;
  /** Number of addresses in the block. */
  readonly size: number;
}

const CIDR_PATTERN = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** Parses `a.b.c.d/n`; returns undefined for anything else, including host bits set. */
export function parseCidr(cidr: string): ParsedCidr | undefined {
  const m = CIDR_PATTERN.exec(cidr);
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  const address = ((octets[0] << 24) >>> 0) + (octets[1] << 16) + (octets[2] << 8) + octets[3];
  const size = 2 ** (32 - prefix);
  if (address % size !== 0) return undefined;
  return { network: address, prefix, size };
}

/** True when `inner` lies entirely inside `outer`. */
export function cidrContains(outer: string, inner: string): boolean {
  const o = parseCidr(outer);
  const i = parseCidr(inner);
  if (!o || !i) return false;
  return i.network >= o.network && i.network + i.size <= o.network + o.size;
}

export function cidrsOverlap(a: string, b: string): boolean {
  const x = parseCidr(a);
  const y = parseCidr(b);
  if (!x || !y) return false;
  return x.network < y.network + y.size && y.network < x.network + x.size;
}

/** True for exactly 0.0.0.0/0 (a NetworkPolicy ipBlock that means "every address"); for allow-lists and rules use coversInternet. */
export function isAnywhere(cidr: string): boolean {
  const p = parseCidr(cidr);
  return p !== undefined && p.prefix === 0;
}

/** Formats a number + prefix back to `a.b.c.d/n`. */
export function formatCidr(network: number, prefix: number): string {
  return `${network >>> 24}.${(network >>> 16) & 255}.${(network >>> 8) & 255}.${network & 255}/${prefix}`;
}

/** The `index`th sub-block of `newPrefix` inside `cidr` (like Terraform's cidrsubnet). */
export function subnetOf(cidr: string, newPrefix: number, index: number): string {
  const p = parseCidr(cidr);
  if (!p || newPrefix < p.prefix || newPrefix > 32) {
    throw new Error(`cannot carve /${newPrefix} #${index} out of ${cidr}`);
  }
  const size = 2 ** (32 - newPrefix);
  if ((index + 1) * size > p.size) throw new Error(`${cidr} has no room for /${newPrefix} #${index}`);
  return formatCidr(p.network + index * size, newPrefix);
}

/** Throws a validation error naming `property` unless `cidr` is a well-formed IPv4 CIDR block. */
export function requireCidr(property: string, cidr: string): ParsedCidr {
  const parsed = parseCidr(cidr);
  if (!parsed) {
    throw new HardenedOkeValidationError(property, `"${cidr}" is not a valid IPv4 CIDR block`,
      'use the form a.b.c.d/n with the host bits zero, e.g. 10.0.0.0/16');
  }
  return parsed;
}

/**
 * Allow-lists (bastion clients, API admins, public endpoint, OIDC issuer) must be valid IPv4 CIDR blocks, none of
 * which covers the internet or a large share of it (see ALLOW_LIST_MIN_IPV4_PREFIX), and together no more than
 * one /8.
 */
export function requireAllowList(property: string, cidrs: readonly string[], options: { allowEmpty?: boolean } = {}): void {
  if (!Array.isArray(cidrs)) {
    throw new HardenedOkeValidationError(property, 'is not a list of CIDR blocks', 'give an array such as ["203.0.113.0/24"]');
  }
  if (cidrs.length === 0 && !options.allowEmpty) {
    throw new HardenedOkeValidationError(property, 'the allow-list is empty', 'list the CIDR blocks your administrators connect from, e.g. ["203.0.113.0/24"]');
  }
  cidrs.forEach((cidr, i) => {
    if (cidrs.indexOf(cidr) !== i) {
      throw new HardenedOkeValidationError(`${property}[${i}]`, `${cidr} is listed twice`, 'list each CIDR block once');
    }
    const v6 = ipv6Prefix(cidr);
    if (v6 !== undefined) {
      throw new HardenedOkeValidationError(`${property}[${i}]`, `${cidr} is an IPv6 block; the cluster's VCN and its rules are IPv4 only`,
        'list the IPv4 CIDR blocks your clients connect from');
    }
    const parsed = requireCidr(`${property}[${i}]`, cidr);
    if (parsed.prefix < ALLOW_LIST_MIN_IPV4_PREFIX) {
      throw new HardenedOkeValidationError(`${property}[${i}]`,
        `${cidr} covers ${parsed.prefix === 0 ? 'the whole internet' : `1/${2 ** parsed.prefix} of the internet`}: an allow-list block shorter than /${ALLOW_LIST_MIN_IPV4_PREFIX} is treated as the internet (split blocks such as 0.0.0.0/1 + 128.0.0.0/1 are the internet too)`,
        'list only the CIDR blocks your clients connect from, e.g. your office egress range (/8 or longer)');
    }
  });
  if (unionSize(cidrs) > ALLOW_LIST_MAX_IPV4_ADDRESSES) {
    throw new HardenedOkeValidationError(property, `the blocks together cover ${unionSize(cidrs)} addresses, more than one /${ALLOW_LIST_MIN_IPV4_PREFIX} (${ALLOW_LIST_MAX_IPV4_ADDRESSES}): a large share of the internet`,
      'list only the CIDR blocks your clients connect from');
  }
}

/**
 * The one allow-list rule (bastion clients, API admin CIDRs, public endpoint, OIDC issuer): no block may cover the
 * internet or a large share of it. An IPv4 prefix shorter than /8 spans more than 16.7 million addresses, i.e. more
 * than one of the 256 first-octet blocks the internet is carved into, and no administrator network or identity
 * provider needs that much; accepting it would let `0.0.0.0/1` + `128.0.0.0/1` (the internet in two halves) or a
 * `/2` slip past a check that only looks for `0.0.0.0/0`. IPv6: `::/0` and prefixes shorter than /16 (a /16 is
 * larger than any allocation a regional internet registry makes to one organisation; global unicast is 2000::/3).
 * The compliance catalog uses the same predicate (`coversInternet`) to treat such blocks as the internet.
 */
export const ALLOW_LIST_MIN_IPV4_PREFIX = 8;
/** See ALLOW_LIST_MIN_IPV4_PREFIX. */
export const ALLOW_LIST_MIN_IPV6_PREFIX = 16;
/** An allow-list as a whole may not cover more IPv4 addresses than one /8 (so 256 /16s or two /8s are refused too). */
export const ALLOW_LIST_MAX_IPV4_ADDRESSES = 2 ** (32 - ALLOW_LIST_MIN_IPV4_PREFIX);

const IPV6_CIDR_PATTERN = /^([0-9a-fA-F:.]+)\/(\d{1,3})$/;

/** The prefix length of an IPv6 CIDR block (`2001:db8::/32` -> 32), or undefined when `cidr` is not IPv6 CIDR-shaped. */
export function ipv6Prefix(cidr: string): number | undefined {
  const m = IPV6_CIDR_PATTERN.exec(cidr);
  if (!m || !m[1].includes(':')) return undefined;
  const groups = m[1].split('::');
  if (groups.length > 2) return undefined;
  const prefix = Number(m[2]);
  return prefix <= 128 ? prefix : undefined;
}

/**
 * True when `cidr` covers the internet or a large share of it: IPv4 shorter than /8 (0.0.0.0/0, 0.0.0.0/1,
 * 128.0.0.0/1, 64.0.0.0/2, ...) or IPv6 shorter than /16 (::/0, 2000::/3, ...). The one predicate for "the
 * internet", used by allow-list validation and by the compliance controls on our and hand-written rules.
 */
export function coversInternet(cidr: string): boolean {
  if (typeof cidr !== 'string') return false;
  const v4 = parseCidr(cidr);
  if (v4) return v4.prefix < ALLOW_LIST_MIN_IPV4_PREFIX;
  const v6 = ipv6Prefix(cidr);
  return v6 !== undefined && v6 < ALLOW_LIST_MIN_IPV6_PREFIX;
}

/** Number of distinct IPv4 addresses the blocks cover together (overlaps counted once); invalid entries are skipped. */
export function unionSize(cidrs: readonly string[]): number {
  const ranges = cidrs.map(parseCidr).filter((p): p is ParsedCidr => p !== undefined)
    .map((p) => [p.network, p.network + p.size] as const).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -1;
  for (const [s, e] of ranges) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}
