export { HardeningTesting, HardeningCheckOptions, HardeningCheckResult, HardeningFailure } from './hardening-testing';
