import { HardenedOkeValidationError } from './errors';

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

export function isCidr(cidr: string): boolean {
  return parseCidr(cidr) !== undefined;
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

/** True for 0.0.0.0/0 and any block that covers the whole internet. */
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

/** Allow-lists (bastion clients, API admins) must be valid and never the whole internet. */
export function requireAllowList(property: string, cidrs: readonly string[], options: { allowEmpty?: boolean } = {}): void {
  if (cidrs.length === 0 && !options.allowEmpty) {
    throw new HardenedOkeValidationError(property, 'the allow-list is empty', 'list the CIDR blocks your administrators connect from, e.g. ["203.0.113.0/24"]');
  }
  cidrs.forEach((cidr, i) => {
    requireCidr(`${property}[${i}]`, cidr);
    if (isAnywhere(cidr)) {
      throw new HardenedOkeValidationError(`${property}[${i}]`, '0.0.0.0/0 would open access to the whole internet',
        'list only the CIDR blocks your administrators connect from, e.g. your office egress range');
    }
  });
}
