export { HardeningCompliance, HardeningComplianceOptions } from './hardening-compliance';
export { Waivers, WaiverProps, RecordedWaiver } from './waivers';
