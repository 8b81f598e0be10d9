/**
 * IAM statements and matching rules, pure so their exact wording is unit-tested. Every statement names one
 * compartment and, where OCI offers a condition, the one cluster or bastion it is about.
 */

/**
 * Worker nodes: instances in the cluster's compartment. Matching rules can only narrow further by defined tags,
 * which need a tag namespace the tenancy admin owns, so give each cluster its own compartment (README).
 */
export function workerNodesMatchingRule(compartmentId: string): string {
  return `ALL {instance.compartment.id = '${compartmentId}'}`;
}

/** Lets the cluster's cloud controller manage load balancer backends in the cluster's NSGs. */
export function clusterServiceStatements(compartmentId: string, clusterId: string): string[] {
  const cluster = `ALL {request.principal.type = 'cluster', request.principal.id = '${clusterId}'}`;
  return [
    `Allow any-user to use network-security-groups in compartment id ${compartmentId} where ${cluster}`,
    `Allow any-user to use vnics in compartment id ${compartmentId} where ${cluster}`,
    `Allow any-user to use subnets in compartment id ${compartmentId} where ${cluster}`,
    `Allow any-user to manage load-balancers in compartment id ${compartmentId} where ${cluster}`,
  ];
}

/** What a cluster administrator group needs: this cluster and bastion sessions to it, nothing else. */
export function administratorStatements(groupId: string, compartmentId: string, clusterId: string, bastionId?: string): string[] {
  const statements = [
    `Allow group id ${groupId} to use clusters in compartment id ${compartmentId} where target.cluster.id = '${clusterId}'`,
  ];
  if (bastionId) {
    statements.push(
      `Allow group id ${groupId} to read bastion in compartment id ${compartmentId} where target.bastion.id = '${bastionId}'`,
      `Allow group id ${groupId} to manage bastion-session in compartment id ${compartmentId} where target.bastion.id = '${bastionId}'`,
    );
  }
  return statements;
}
