import { alertDeliveryWarnings, scanFindingDeliveryWarnings } from './alert-delivery';
import { Evaluation } from './engine';
import { externalResources, externalSummary } from './not-judged';
import { reportJson } from './report';
import { versionAgeLines, versionCadenceWarnings } from './version-age';

/**
 * One short line per cluster after a passing synth (controls passed, waived, not applicable, where the report is),
 * a loud warning for every notification topic without a subscription, and one for every expired waiver.
 */
export function synthSummary(e: Evaluation, reportFile: string): string[] {
  const json = reportJson(e);
  const lines = json.clusters.map((c) =>
    `cdktf-hardened-oke: cluster ${c.name}: ${c.summary.pass} controls passed, ${c.summary.fail} failed, ${c.summary.waived} waived, ${c.summary.notApplicable} not applicable (report: ${reportFile})`);
  lines.push(...versionAgeLines(e.model));
  for (const w of [...alertDeliveryWarnings(e.model), ...scanFindingDeliveryWarnings(e.model), ...versionCadenceWarnings(e.model)]) lines.push(`cdktf-hardened-oke: WARNING: ${w.stack}:${w.address}: ${w.message}`);
  // Bring-your-own resources: "not applicable" must not read as "judged and fine".
  const external = externalResources(e.model);
  if (external.length > 0) {
    lines.push(`cdktf-hardened-oke: not judged: ${externalSummary(external)} used by OCID but created outside this app, so no control saw their settings (listed in ${reportFile}, "Not judged")`);
  }
  // cdktf's CLI shows construct warnings, plain `node main.js` does not: an expired waiver is printed here as well.
  for (const { waiver: w } of e.waivers.filter((x) => !x.active)) {
    lines.push(`cdktf-hardened-oke: WARNING: waiver ${w.controlId} (scope ${w.scope}, recorded by ${w.source}) expired on ${w.expires} and no longer counts: ${w.controlId} is judged again. Renew it with a new expires date or remove it.`);
  }
  return lines;
}
