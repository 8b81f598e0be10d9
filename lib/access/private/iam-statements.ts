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
 * What the cluster's cloud controller needs for Services in NSG management mode (README "Load balancers":
 * `oci.oraclecloud.com/security-rule-management-mode: "NSG"`, backend NSG from `service_lb_config.backend_nsg_ids`):
 * exactly the statements of Oracle's "Required IAM Policies for Managing Security Rules in NSGs" (Kubernetes Engine,
 * "Specifying Security Rule Management Options for Load Balancers and Network Load Balancers"): `manage
 * network-security-groups` (the controller creates the frontend NSG and writes rules into it and the backend NSG)
 * and, to create an NSG in the VCN, `manage vcns` (the narrower of the two documented alternatives; the other is
 * `manage virtual-network-family`), both for request.principal.type = 'cluster'. Narrowed to this cluster with
 * request.principal.id, the form the same page shows ("Specifying Network Security Groups (recommended)": `where all
 * { request.principal.id = '<cluster-ocid>' }`). Oracle documents no other grant to the cluster principal for
 * service load balancers in the cluster's own compartment, so none is given (no `use vnics`, `use subnets`,
 * `manage load-balancers`).
 */
export function clusterServiceStatements(compartmentId: string, clusterId: string): string[] {
  const cluster = `ALL {request.principal.type = 'cluster', request.principal.id = '${clusterId}'}`;
  return [
    `Allow any-user to manage network-security-groups in compartment id ${compartmentId} where ${cluster}`,
    `Allow any-user to manage vcns in compartment id ${compartmentId} where ${cluster}`,
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
