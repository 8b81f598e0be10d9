import { HardenedOkeValidationError } from '../core/errors';
import { controlById } from './catalog/catalog';
import { Finding } from './catalog/types';

/** A waiver as the engine uses it (validated). */
export interface NormalizedWaiver {
  readonly controlId: string;
  /** Resource address glob (`oci_core_subnet.*lb*`), `stack:address` glob, or construct path prefix (`prod/prod/network`). */
  readonly scope: string;
  readonly reason: string;
  /** ISO date (YYYY-MM-DD) or date-time; the waiver stops counting after it. */
  readonly expires?: string;
  /** Who recorded it: a construct path, or `file:<path>` for the CLI. */
  readonly source: string;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`);
}

/** True when `YYYY-MM-DD` (the date part of `expires`) names a real calendar day: Date.parse rolls 2027-02-30 over to March. */
function isCalendarDate(expires: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(expires);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Milliseconds after which the waiver no longer counts; a bare date lasts to the end of that UTC day. NaN when
 * `expires` is not an ISO date (or date-time) naming a real calendar day.
 */
export function expiryTime(expires: string): number {
  if (!isCalendarDate(expires)) return NaN;
  const bare = /^\d{4}-\d{2}-\d{2}$/.test(expires);
  const t = Date.parse(bare ? `${expires}T23:59:59.999Z` : expires);
  return t;
}

/** Throws a validation error naming `property` when the waiver is incomplete. */
export function validateWaiver(property: string, w: { controlId?: unknown; scope?: unknown; reason?: unknown; expires?: unknown }, source: string): NormalizedWaiver {
  if (typeof w.controlId !== 'string' || !controlById(w.controlId)) {
    throw new HardenedOkeValidationError(`${property}.controlId`, `${JSON.stringify(w.controlId)} is not a control of the catalog`, 'use a control id from the hardening report, e.g. NET-02');
  }
  if (typeof w.reason !== 'string' || w.reason.trim().length === 0) {
    throw new HardenedOkeValidationError(`${property}.reason`, 'a waiver needs a reason', 'explain why the risk is accepted and who accepted it, e.g. "public LB for the storefront, approved by SEC-123"');
  }
  if (w.scope !== undefined && (typeof w.scope !== 'string' || w.scope.trim().length === 0)) {
    throw new HardenedOkeValidationError(`${property}.scope`, 'the scope is empty', 'give a resource address glob (oci_core_subnet.lb*) or a construct path prefix (prod/prod/network)');
  }
  if (w.expires !== undefined && (typeof w.expires !== 'string' || Number.isNaN(expiryTime(w.expires)))) {
    throw new HardenedOkeValidationError(`${property}.expires`, `${JSON.stringify(w.expires)} is not a real calendar date in ISO form`, 'use YYYY-MM-DD naming a day that exists, e.g. 2027-03-31');
  }
  return { controlId: w.controlId, scope: (w.scope as string | undefined) ?? '*', reason: w.reason.trim(), expires: w.expires as string | undefined, source };
}

export function isActive(w: NormalizedWaiver, now: Date): boolean {
  return w.expires === undefined || now.getTime() <= expiryTime(w.expires);
}

/** True when the waiver's scope covers the finding. */
export function waiverCovers(w: NormalizedWaiver, f: Finding): boolean {
  if (w.scope === '*') return true;
  const re = globToRegExp(w.scope);
  if (re.test(f.address) || (f.stack && re.test(`${f.stack}:${f.address}`))) return true;
  if (f.path && (f.path === w.scope || f.path.startsWith(w.scope.endsWith('/') ? w.scope : w.scope + '/') || re.test(f.path))) return true;
  return false;
}
