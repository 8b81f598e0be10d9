export { HardeningTesting, HardeningCheckOptions, HardeningCheckResult, HardeningFailure } from './hardening-testing';
export { AppSnapshotOptions } from './app-snapshot';
