/**
 * Retention and rotation bounds shared by the constructs (which validate their props against them) and the
 * compliance catalog (which judges synthesized and hand-written resources against them). One owner per bound.
 */

/**
 * OCI Logging keeps logs for 30 to 180 days in 30-day steps (CreateLogDetails.retentionDuration). The library's
 * floor is 90 days (CIS asks for logs to be kept long enough for investigation).
 */
export const LOG_RETENTION_MIN_DAYS = 90;
export const LOG_RETENTION_MAX_DAYS = 180;
export const LOG_RETENTION_STEP_DAYS = 30;
/** Archive objects are kept (retention rule) at least a year. */
export const ARCHIVE_RETENTION_MIN_DAYS = 365;
/** Audit log retention at the tenancy; 365 is the maximum OCI Audit allows. */
export const AUDIT_RETENTION_DAYS = 365;
/** OCI Streaming keeps messages 24 to 168 hours. */
export const STREAM_RETENTION_MIN_HOURS = 24;
export const STREAM_RETENTION_MAX_HOURS = 168;

/** Automatic rotation of symmetric Vault keys: OCI accepts 60 to 365 days ("Rotating a Vault Key"). */
export const KEY_ROTATION_MIN_DAYS = 60;
export const KEY_ROTATION_MAX_DAYS = 365;
/** The library's rotation interval when none is given. */
export const KEY_ROTATION_DEFAULT_DAYS = 90;
