import { Evaluation } from './engine';
import { resourcesOf } from './model';
import { reportJson } from './report';

/**
 * Notification topics no subscription delivers from: security alerts published there reach nobody.
 * Read from the synthesized output (an oci_ons_subscription whose topic_id references the topic).
 */
export function unsubscribedTopics(e: Evaluation): { stack: string; address: string }[] {
  const subs = resourcesOf(e.model, 'oci_ons_subscription');
  return resourcesOf(e.model, 'oci_ons_notification_topic')
    .filter((t) => !subs.some((s) => s.stack === t.stack && String(s.body.topic_id ?? '').includes(`${t.address}.`)))
    .map((t) => ({ stack: t.stack, address: t.address }));
}

/**
 * One short line per cluster after a passing synth (controls passed, waived, not applicable, where the report is),
 * and a loud warning for every security notification topic without a subscription.
 */
export function synthSummary(e: Evaluation, reportFile: string): string[] {
  const json = reportJson(e);
  const lines = json.clusters.map((c) =>
    `cdktf-hardened-oke: cluster ${c.name}: ${c.summary.pass} controls passed, ${c.summary.fail} failed, ${c.summary.waived} waived, ${c.summary.notApplicable} not applicable (report: ${reportFile})`);
  for (const t of unsubscribedTopics(e)) {
    lines.push(`cdktf-hardened-oke: WARNING: security alerts go nowhere: notification topic ${t.address} in stack ${t.stack} has no subscription ` +
      '(set observability.notifications.emailEndpoints or httpsEndpoints)');
  }
  return lines;
}
