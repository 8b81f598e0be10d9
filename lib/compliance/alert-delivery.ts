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

/**
 * Host scan targets whose findings reach nobody from this app. Vulnerability Scanning findings reach people as Cloud
 * Guard problems (the `cloud-guard-problems` events rule sends those to the security topic; the Scanning events
 * document recipe and target lifecycle only), and Oracle "Creating a Compute Target": "To use Cloud Guard to detect
 * problems in Vulnerability Scanning reports, the Vulnerability Scanning target compartment must be the same as the
 * Cloud Guard target compartment, or be a subcompartment of the Cloud Guard target compartment"
 * (https://docs.oracle.com/en-us/iaas/scanning/using/create-host-target.htm). So a scan target whose compartment no
 * Cloud Guard target of this app covers (`oci_cloud_guard_target` on the compartment, or an
 * `oci_cloud_guard_security_zone`, which brings a target of its own) is stated loudly: a target on a parent
 * compartment (e.g. the tenancy) made elsewhere is the only other way. Compartments that are expressions are not judged.
 */
export function scanFindingDeliveryWarnings(model: ComplianceModel): ReportWarning[] {
  const targets = resourcesOf(model, 'oci_cloud_guard_target');
  const zones = resourcesOf(model, 'oci_cloud_guard_security_zone');
  return resourcesOf(model, 'oci_vulnerability_scanning_host_scan_target')
    .filter((s) => typeof s.body.target_compartment_id === 'string' && !s.body.target_compartment_id.includes('${'))
    .filter((s) => !targets.some((t) => t.body.target_resource_id === s.body.target_compartment_id)
      && !zones.some((z) => z.body.compartment_id === s.body.target_compartment_id))
    .map((s) => ({
      stack: s.stack,
      address: s.address,
      message: `node scan findings reach nobody from this app: Vulnerability Scanning reports them as Cloud Guard problems, and no Cloud Guard target here covers compartment ${s.body.target_compartment_id} (set observability.cloudGuard or securityZone, or check that a Cloud Guard target on a parent compartment, e.g. the tenancy, covers it); until then they are only in the Vulnerability Scanning console`,
    }));
}
