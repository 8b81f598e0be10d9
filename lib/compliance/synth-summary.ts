import { alertDeliveryWarnings } from './alert-delivery';
import { Evaluation } from './engine';
import { reportJson } from './report';
import { versionAgeLines, versionCadenceWarnings } from './version-age';

/**
 * One short line per cluster after a passing synth (controls passed, waived, not applicable, where the report is),
 * and a loud warning for every notification topic without a subscription.
 */
export function synthSummary(e: Evaluation, reportFile: string): string[] {
  const json = reportJson(e);
  const lines = json.clusters.map((c) =>
    `cdktf-hardened-oke: cluster ${c.name}: ${c.summary.pass} controls passed, ${c.summary.fail} failed, ${c.summary.waived} waived, ${c.summary.notApplicable} not applicable (report: ${reportFile})`);
  lines.push(...versionAgeLines(e.model));
  for (const w of [...alertDeliveryWarnings(e.model), ...versionCadenceWarnings(e.model)]) lines.push(`cdktf-hardened-oke: WARNING: ${w.stack}:${w.address}: ${w.message}`);
  return lines;
}
