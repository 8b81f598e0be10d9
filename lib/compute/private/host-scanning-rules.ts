/**
 * Defaults of the worker-node host scan recipe, each from Oracle "Creating a Compute Scan Recipe with an OCI Agent"
 * (https://docs.oracle.com/en-us/iaas/scanning/using/create-host-recipe-oci-agent.htm) and the provider's
 * oci_vulnerability_scanning_host_scan_recipe arguments:
 * - port scan STANDARD: "Check the 1,000 most common port numbers" (LIGHT, the console default, checks 100). The
 *   scanner "searches your public IP addresses": the library's nodes have none, so on them this finds nothing unless
 *   someone adds a public IP, which is exactly what it should catch.
 * - agent scan STANDARD with the OCI vendor: agent-based OS vulnerability (CVE) scanning, no third-party licence.
 * - CIS benchmark MEDIUM (Oracle's default): "If more than 40% of the CIS benchmarks fail, then the target is
 *   assigned a risk level of High". STRICT (20%, Critical) is too noisy on OKE images, whose kubelet set-up
 *   deliberately differs from a general-purpose host; the level only changes the risk rating, not what is checked.
 * - schedule DAILY: "Choose Daily or one of the Weekly values".
 */
export const HOST_SCAN_DEFAULTS = {
  portScanLevel: 'STANDARD',
  agentScanLevel: 'STANDARD',
  agentVendor: 'OCI',
  cisBenchmarkLevel: 'MEDIUM',
  schedule: 'DAILY',
} as const;

/**
 * The service policy an agent-based host scan target needs, for the compartment of the instances. Oracle "Required
 * IAM Policy for Compute Scanning Targets" › Agent-Based Standard Policies ("To grant this permission for all
 * Compute instances in a specific compartment"): manage instances (to deploy the Oracle Cloud Agent plugin),
 * read compartments, read vnics and read vnic-attachments. The nodes' primary VNICs are in the instances'
 * compartment, so one compartment covers them.
 * @see https://docs.oracle.com/en-us/iaas/scanning/using/required-iam-policy-host-scan-target.htm
 */
export function hostScanningServiceStatements(compartmentId: string): string[] {
  const svc = 'Allow service vulnerability-scanning-service to';
  return [
    `${svc} manage instances in compartment id ${compartmentId}`,
    `${svc} read compartments in compartment id ${compartmentId}`,
    `${svc} read vnics in compartment id ${compartmentId}`,
    `${svc} read vnic-attachments in compartment id ${compartmentId}`,
  ];
}
