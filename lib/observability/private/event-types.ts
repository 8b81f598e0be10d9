import { IAM_EVENT_TYPE_PREFIX } from '../../core/event-types';

/**
 * OCI Events event types the security notifications subscribe to, grouped by rule. Names as in Oracle's Events
 * reference ("Networking Event Types", "Cloud Guard Event Types") and the CIS OCI Foundations Benchmark v2
 * section 4 (4.7 security lists, 4.8 NSGs, 4.9 route tables, 4.10 gateways, 4.15 Cloud Guard problems).
 *
 * These rules watch services of the cluster's compartment and region. Identity changes (CIS 4.3 to 4.7) are
 * watched where IAM lives, in the root compartment of the home region: see IDENTITY_EVENT_RULES below.
 */
export interface EventRuleDefinition {
  /** Suffix of the rule's display name. */
  readonly name: string;
  readonly description: string;
  readonly eventTypes: readonly string[];
}

const VN = 'com.oraclecloud.virtualnetwork.';

/** Rules in the cluster's compartment (and region), on the security topic. */
export const SECURITY_EVENT_RULES: readonly EventRuleDefinition[] = [
  {
    name: 'nsg-changes',
    description: 'Network security group created, changed, moved or deleted (CIS OCI 4.8)',
    eventTypes: [
      `${VN}createnetworksecuritygroup`,
      `${VN}updatenetworksecuritygroup`,
      `${VN}updatenetworksecuritygroupsecurityrules`,
      `${VN}changenetworksecuritygroupcompartment`,
      `${VN}deletenetworksecuritygroup`,
    ],
  },
  {
    name: 'security-list-changes',
    description: 'Security list created, changed, moved or deleted (CIS OCI 4.7)',
    eventTypes: [
      `${VN}createsecuritylist`,
      `${VN}updatesecuritylist`,
      `${VN}changesecuritylistcompartment`,
      `${VN}deletesecuritylist`,
    ],
  },
  {
    name: 'route-table-changes',
    description: 'Route table created, changed, moved or deleted (CIS OCI 4.9)',
    eventTypes: [
      `${VN}createroutetable`,
      `${VN}updateroutetable`,
      `${VN}changeroutetablecompartment`,
      `${VN}deleteroutetable`,
    ],
  },
  {
    name: 'gateway-changes',
    description: 'Internet, NAT, service, local peering gateway or DRG created, changed, moved or deleted (CIS OCI 4.10)',
    eventTypes: [
      `${VN}createinternetgateway`,
      `${VN}updateinternetgateway`,
      `${VN}changeinternetgatewaycompartment`,
      `${VN}deleteinternetgateway`,
      'com.oraclecloud.natgateway.createnatgateway',
      'com.oraclecloud.natgateway.updatenatgateway',
      'com.oraclecloud.natgateway.changenatgatewaycompartment',
      'com.oraclecloud.natgateway.deletenatgateway',
      'com.oraclecloud.servicegateway.createservicegateway',
      'com.oraclecloud.servicegateway.updateservicegateway',
      'com.oraclecloud.servicegateway.attachserviceid',
      'com.oraclecloud.servicegateway.detachserviceid',
      'com.oraclecloud.servicegateway.changeservicegatewaycompartment',
      'com.oraclecloud.servicegateway.deleteservicegateway.end',
      `${VN}createlocalpeeringgateway`,
      `${VN}updatelocalpeeringgateway`,
      `${VN}changelocalpeeringgatewaycompartment`,
      `${VN}deletelocalpeeringgateway.end`,
      `${VN}createdrg`,
      `${VN}updatedrg`,
      `${VN}deletedrg`,
      `${VN}createdrgattachment`,
      `${VN}updatedrgattachment`,
      `${VN}deletedrgattachment`,
    ],
  },
  {
    // Findings of the node scans reach people as Cloud Guard problems (next rule): Oracle "Vulnerability Scanning
    // Overview": "scan results are also visible as problems in your Cloud Guard global reporting region". The Scanning
    // Events page documents lifecycle events of recipes, not of scan results; a recipe weakened or deleted (which
    // silently stops or narrows the scans) is reported here. https://docs.oracle.com/en-us/iaas/scanning/using/events.htm
    name: 'host-scan-recipe-changes',
    description: 'Host scan recipe of the worker nodes changed, moved or deleted (node scanning weakened or stopped)',
    eventTypes: [
      'com.oraclecloud.vulnerabilityScanning.UpdateHostScanRecipe.end',
      'com.oraclecloud.vulnerabilityScanning.ChangeHostScanRecipeCompartment',
      'com.oraclecloud.vulnerabilityScanning.DeleteHostScanRecipe',
    ],
  },
  {
    name: 'cloud-guard-problems',
    description: 'Cloud Guard problem detected, dismissed or remediated (CIS OCI 4.15)',
    eventTypes: [
      'com.oraclecloud.cloudguard.problemdetected',
      'com.oraclecloud.cloudguard.problemdismissed',
      'com.oraclecloud.cloudguard.problemremediated',
    ],
  },
];

const IAM = IAM_EVENT_TYPE_PREFIX;

/**
 * The IAM event types the library subscribes to, with Oracle's friendly names (the Events console's "Identity"
 * service). Every identity event type a rule names must be in this table (test/observability).
 *
 * Source of the names: Oracle's CIS Landing Zone, which creates exactly this list as its "notify on IAM changes"
 * rule (oracle-quickstart/oci-cis-landingzone-quickstart, config/mon_notifications.tf, release 2.8.4, commit
 * adcc451; the same list in oci-landing-zones/terraform-oci-modules-observability, events/preconfigured_events.tf),
 * and Oracle's CIS checker for the benchmark's recommendations 4.3 to 4.7 (same repository,
 * scripts/cis_reports.py, `cis_monitoring_checks`). The Oracle page "Services that Produce Events" lists them
 * under Identity and Access Management, https://docs.oracle.com/en-us/iaas/Content/Events/Reference/eventsproducers.htm
 * (its IAM section was not readable offline: the names are taken from Oracle's two code sources above). Dynamic
 * group events are not in either source, so no rule names them: the worker dynamic group's grants are policies,
 * whose changes the policy rule reports.
 */
export const IAM_EVENT_TYPES: Readonly<Record<string, string>> = {
  [`${IAM}createidentityprovider`]: 'Identity Provider - Create',
  [`${IAM}deleteidentityprovider`]: 'Identity Provider - Delete',
  [`${IAM}updateidentityprovider`]: 'Identity Provider - Update',
  [`${IAM}createidpgroupmapping`]: 'Idp Group Mapping - Create',
  [`${IAM}deleteidpgroupmapping`]: 'Idp Group Mapping - Delete',
  [`${IAM}updateidpgroupmapping`]: 'Idp Group Mapping - Update',
  [`${IAM}creategroup`]: 'Group - Create',
  [`${IAM}deletegroup`]: 'Group - Delete',
  [`${IAM}updategroup`]: 'Group - Update',
  [`${IAM}addusertogroup`]: 'Add User to Group',
  [`${IAM}removeuserfromgroup`]: 'Remove User from Group',
  [`${IAM}createpolicy`]: 'Policy - Create',
  [`${IAM}deletepolicy`]: 'Policy - Delete',
  [`${IAM}updatepolicy`]: 'Policy - Update',
  [`${IAM}createuser`]: 'User - Create',
  [`${IAM}deleteuser`]: 'User - Delete',
  [`${IAM}updateuser`]: 'User - Update',
  [`${IAM}updateusercapabilities`]: 'User Capabilities - Update',
  [`${IAM}updateuserstate`]: 'User State - Update',
};

/**
 * Rules on identity changes, created in the root compartment (the tenancy) of the home region. CIS OCI Foundations
 * Benchmark v2, recommendations 4.3 to 4.7: "Event Rules are compartment scoped and will detect events in child
 * compartments, it is recommended to create the Event rule at the root compartment level" (text as mirrored in
 * turbot/steampipe-mod-oci-compliance, cis_v200/docs/cis_v200_4_3.md ... cis_v200_4_7.md). Oracle's landing zone:
 * "IAM events are always monitored in the home region and at the Root compartment level" (DEPLOYMENT-GUIDE.md of
 * oracle-quickstart/oci-cis-landingzone-quickstart and oci-landing-zones/terraform-oci-core-landingzone).
 */
export const IDENTITY_EVENT_RULES: readonly EventRuleDefinition[] = [
  {
    name: 'identity-provider-changes',
    description: 'Identity provider created, changed or deleted (CIS OCI 4.3)',
    eventTypes: [`${IAM}createidentityprovider`, `${IAM}deleteidentityprovider`, `${IAM}updateidentityprovider`],
  },
  {
    name: 'idp-group-mapping-changes',
    description: 'Identity provider group mapping created, changed or deleted (CIS OCI 4.4)',
    eventTypes: [`${IAM}createidpgroupmapping`, `${IAM}deleteidpgroupmapping`, `${IAM}updateidpgroupmapping`],
  },
  {
    name: 'iam-group-changes',
    description: 'IAM group created, changed or deleted, or its members changed (CIS OCI 4.5)',
    eventTypes: [`${IAM}creategroup`, `${IAM}deletegroup`, `${IAM}updategroup`, `${IAM}addusertogroup`, `${IAM}removeuserfromgroup`],
  },
  {
    name: 'iam-policy-changes',
    description: 'IAM policy created, changed or deleted (CIS OCI 4.6)',
    eventTypes: [`${IAM}createpolicy`, `${IAM}updatepolicy`, `${IAM}deletepolicy`],
  },
  {
    name: 'iam-user-changes',
    description: 'IAM user created, changed, deleted, or its capabilities or state changed (CIS OCI 4.7)',
    eventTypes: [`${IAM}createuser`, `${IAM}deleteuser`, `${IAM}updateuser`, `${IAM}updateusercapabilities`, `${IAM}updateuserstate`],
  },
];

/** The Events rule condition for a list of event types (JSON, stable key order). */
export function eventCondition(eventTypes: readonly string[]): string {
  return JSON.stringify({ eventType: [...eventTypes] });
}
