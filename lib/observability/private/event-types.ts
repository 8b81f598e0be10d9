/**
 * OCI Events event types the security notifications subscribe to, grouped by rule. Names as in Oracle's Events
 * reference ("Networking Event Types", "IAM Event Types", "Cloud Guard Event Types") and the CIS OCI Foundations
 * Benchmark v2 section 4 (4.6 IAM policies, 4.7 security lists, 4.8 NSGs, 4.9 route tables, 4.10 gateways,
 * 4.15 Cloud Guard problems).
 */
export interface EventRuleDefinition {
  /** Suffix of the rule's display name. */
  readonly name: string;
  readonly description: string;
  readonly eventTypes: readonly string[];
}

const VN = 'com.oraclecloud.virtualnetwork.';

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
    name: 'iam-policy-changes',
    description: 'IAM policy created, changed or deleted (CIS OCI 4.6)',
    eventTypes: [
      'com.oraclecloud.identitycontrolplane.createpolicy',
      'com.oraclecloud.identitycontrolplane.updatepolicy',
      'com.oraclecloud.identitycontrolplane.deletepolicy',
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

/** The Events rule condition for a list of event types (JSON, stable key order). */
export function eventCondition(eventTypes: readonly string[]): string {
  return JSON.stringify({ eventType: [...eventTypes] });
}
