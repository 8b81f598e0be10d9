export { HardeningTesting } from './hardening-testing';
export type { HardeningCheckOptions, HardeningCheckResult, HardeningFailure } from './hardening-testing';
export type { AppSnapshotOptions } from './app-snapshot';
