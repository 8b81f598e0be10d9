/** File names synth writes next to the stacks, and `audit` reads back. */
export const REPORT_JSON = 'hardening-report.json';
export const REPORT_MD = 'hardening-report.md';
