import { ComplianceModel, resourcesOf } from './model';

/** Something the report states loudly although no control fails (e.g. security alerts that reach nobody). */
export interface ReportWarning {
  readonly stack: string;
  readonly address: string;
  readonly message: string;
}

/**
 * Notification topics no subscription delivers from: security alerts published there reach nobody. Read from the
 * synthesized output (an oci_ons_subscription whose topic_id references the topic), so hand-written topics count.
 */
export function alertDeliveryWarnings(model: ComplianceModel): ReportWarning[] {
  const subs = resourcesOf(model, 'oci_ons_subscription');
  return resourcesOf(model, 'oci_ons_notification_topic')
    .filter((t) => !subs.some((s) => s.stack === t.stack && String(s.body.topic_id ?? '').includes(`${t.address}.`)))
    .map((t) => ({
      stack: t.stack,
      address: t.address,
      message: 'security alerts go nowhere: the notification topic has no subscription (set observability.notifications.emailEndpoints or httpsEndpoints, or subscribe to the topic yourself)',
    }));
}
