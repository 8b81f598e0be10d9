export { HardeningCompliance } from './hardening-compliance';
export type { HardeningComplianceOptions } from './hardening-compliance';
export { Waivers } from './waivers';
export type { WaiverProps, RecordedWaiver } from './waivers';
