import { Token } from 'cdktf';
import { HardenedOkeValidationError } from '../../core/errors';
import { requireHttpsUrl as requireHttpsEndpoint } from '../../core/urls';

import {
  ARCHIVE_RETENTION_MIN_DAYS, LOG_RETENTION_MAX_DAYS, LOG_RETENTION_MIN_DAYS, LOG_RETENTION_STEP_DAYS, STREAM_RETENTION_MAX_HOURS, STREAM_RETENTION_MIN_HOURS,
} from '../../core/retention';

// The bounds live in core/retention (shared with the compliance catalog); re-exported for the constructs here.
export {
  ARCHIVE_RETENTION_MIN_DAYS, AUDIT_RETENTION_DAYS, LOG_RETENTION_MAX_DAYS, LOG_RETENTION_MIN_DAYS, LOG_RETENTION_STEP_DAYS,
  STREAM_RETENTION_MAX_HOURS, STREAM_RETENTION_MIN_HOURS,
} from '../../core/retention';

export function requireLogRetention(property: string, days: number): void {
  if (!Number.isInteger(days) || days < LOG_RETENTION_MIN_DAYS) {
    throw new HardenedOkeValidationError(property, `${days} days is below the ${LOG_RETENTION_MIN_DAYS}-day minimum`,
      `keep logs ${LOG_RETENTION_MIN_DAYS}, 120, 150 or 180 days (ship them to the archive sink for longer retention)`);
  }
  if (days > LOG_RETENTION_MAX_DAYS || days % LOG_RETENTION_STEP_DAYS !== 0) {
    throw new HardenedOkeValidationError(property, `${days} days is not a retention OCI Logging supports`,
      'use 90, 120, 150 or 180 days (30-day steps, at most 180)');
  }
}

export function requireArchiveRetention(property: string, days: number): void {
  if (!Number.isInteger(days) || days < ARCHIVE_RETENTION_MIN_DAYS) {
    throw new HardenedOkeValidationError(property, `${days} days is below the ${ARCHIVE_RETENTION_MIN_DAYS}-day minimum`,
      `keep archived logs at least ${ARCHIVE_RETENTION_MIN_DAYS} days (a whole number of days)`);
  }
}

export function requireStreamRetention(property: string, hours: number): void {
  if (!Number.isInteger(hours) || hours < STREAM_RETENTION_MIN_HOURS || hours > STREAM_RETENTION_MAX_HOURS) {
    throw new HardenedOkeValidationError(property, `${hours} hours is outside what OCI Streaming supports`,
      `use a whole number of hours from ${STREAM_RETENTION_MIN_HOURS} to ${STREAM_RETENTION_MAX_HOURS}`);
  }
}

// Pragmatic address check: one @, no spaces, a dot in the domain, at most 254 characters (RFC 5321 path limit).
const EMAIL = /^[^\s@"<>(),;:]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

export function requireEmail(property: string, value: string): void {
  if (Token.isUnresolved(value)) return;
  if (!EMAIL.test(value) || value.length > 254) {
    throw new HardenedOkeValidationError(property, `"${value}" is not an email address`, 'use an address like secops@example.com');
  }
}

/** Only https endpoints: alerts carry resource names and OCIDs and must not travel in clear text. */
export function requireHttpsUrl(property: string, value: string): void {
  requireHttpsEndpoint(property, value, 'plain http would send alert contents unencrypted');
}

/** RFC 3339 UTC timestamp such as 2027-01-01T00:00:00Z (OCI's time_rule_locked format). */
export function requireRfc3339(property: string, value: string): void {
  if (Token.isUnresolved(value)) return;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new HardenedOkeValidationError(property, `"${value}" is not an RFC 3339 UTC timestamp`,
      'use a timestamp like 2027-01-01T00:00:00Z (at least 14 days after the bucket is created)');
  }
}

/** Bucket and stream names: letters, digits, hyphens, underscores and periods. */
export function requireResourceName(property: string, value: string, max: number): void {
  if (Token.isUnresolved(value)) return;
  if (!/^[A-Za-z0-9._-]+$/.test(value) || value.length > max) {
    throw new HardenedOkeValidationError(property, `"${value}" is not a valid name`,
      `use letters, digits, hyphens, underscores or periods, at most ${max} characters`);
  }
}
