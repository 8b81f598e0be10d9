/**
 * IAM statements and matching rules, pure so their exact wording is unit-tested. Every statement names one
 * compartment and, where OCI offers a condition, the one cluster or bastion it is about. Each condition variable
 * is one the resource type documents (lib/core/iam-policy/reference.ts; checked at synth by IAM-12).
 */

/**
 * Worker nodes: instances in the cluster's compartment. Matching rules can only narrow further by defined tags,
 * which need a tag namespace the tenancy admin owns, so give each cluster its own compartment (README).
 */
export function workerNodesMatchingRule(compartmentId: string): string {
  return `ALL {instance.compartment.id = '${compartmentId}'}`;
}

/**
 * Lets the cluster's cloud controller create service load balancers in the load balancer subnet and attach them
 * to the NSGs named by annotation. The library's Services use `oci.oraclecloud.com/security-rule-management-mode:
 * "None"` (README "Load balancers"): the controller never writes security rules, so it needs `use` on NSGs
 * (attach members), subnets and VNICs, and `manage load-balancers`; no `manage` on any network resource.
 * Sources: Kubernetes Engine "Policy Configuration for Cluster Creation and Deployment" (request.principal.type =
 * 'cluster'), "Specifying Security Rule Management Options for Load Balancers and Network Load Balancers",
 * "Details for the Core Services" (NSG member updates are `use`), "Details for Load Balancing".
 */
export function clusterServiceStatements(compartmentId: string, clusterId: string): string[] {
  const cluster = `ALL {request.principal.type = 'cluster', request.principal.id = '${clusterId}'}`;
  return [
    `Allow any-user to use network-security-groups in compartment id ${compartmentId} where ${cluster}`,
    `Allow any-user to use vnics in compartment id ${compartmentId} where ${cluster}`,
    `Allow any-user to use subnets in compartment id ${compartmentId} where ${cluster}`,
    `Allow any-user to manage load-balancers in compartment id ${compartmentId} where ${cluster}`,
  ];
}

/**
 * What a cluster administrator group needs: this cluster (`use clusters`, which covers the kubeconfig) and port
 * forwarding sessions through its bastion, nothing else. The bastion statements follow Oracle's "Bastion IAM
 * Policies": `use bastion` and `manage bastion-session`, conditioned on `target.bastion.ocid` (the Bastion service
 * documents target.bastion.ocid and target.bastion.name; there is no target.bastion.id, and no variable for the
 * session type or target port, so neither is conditioned on).
 * With `requireMfa`, every statement also requires `request.user.mfaTotpVerified = 'true'` ("General Variables for
 * All Requests"); the variable is set only for local IAM users who signed in with TOTP MFA in tenancies without
 * identity domains (README "Multi-factor authentication").
 */
export function administratorStatements(groupId: string, compartmentId: string, clusterId: string, bastionId?: string, requireMfa = false): string[] {
  const where = (condition: string) => requireMfa ? `where all {request.user.mfaTotpVerified = 'true', ${condition}}` : `where ${condition}`;
  const inCompartment = `in compartment id ${compartmentId}`;
  const statements = [
    `Allow group id ${groupId} to use clusters ${inCompartment} ${where(`target.cluster.id = '${clusterId}'`)}`,
  ];
  if (bastionId) {
    statements.push(
      `Allow group id ${groupId} to use bastion ${inCompartment} ${where(`target.bastion.ocid = '${bastionId}'`)}`,
      `Allow group id ${groupId} to manage bastion-session ${inCompartment} ${where(`target.bastion.ocid = '${bastionId}'`)}`,
    );
  }
  return statements;
}
