import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

/** What a cluster publishes as stack outputs. */
export interface ClusterOutputValues {
  readonly clusterName: string;
  readonly clusterId: string;
  readonly bastionId: string;
  readonly privateEndpoint: string;
  readonly loadBalancerNsgId: string;
  /** The public load balancer subnet, when the cluster has one (`public_load_balancer_subnet_id`). */
  readonly publicLoadBalancerSubnetId?: string;
  readonly region: string;
  readonly sessionTtlSeconds: number;
}

/** The outputs of every cluster of a stack, so a second cluster can rename the first one's. */
const byStack = new WeakMap<TerraformStack, { name: string; outputs: Map<string, TerraformOutput> }[]>();

/**
 * Stack outputs under stable names a user can type (`terraform output cluster_id`), not cdktf's hashed logical ids.
 * One cluster in a stack: `cluster_id`, `bastion_id`, `private_endpoint`, `load_balancer_nsg_id`,
 * `bastion_port_forward`, `kubeconfig_command` (and `public_load_balancer_subnet_id` with a public load balancer
 * subnet). With two or more clusters in one stack every cluster's outputs are
 * prefixed with its name (`prod_cluster_id`, `staging_cluster_id`), so names never collide.
 */
export function addClusterOutputs(scope: Construct, v: ClusterOutputValues): void {
  const stack = TerraformStack.of(scope);
  const outputs = new Map<string, TerraformOutput>([
    ['cluster_id', new TerraformOutput(scope, 'cluster-id', { value: v.clusterId, description: `OCID of the ${v.clusterName} cluster` })],
    ['bastion_id', new TerraformOutput(scope, 'bastion-id', { value: v.bastionId, description: 'OCID of the bastion in front of the private API endpoint' })],
    ['private_endpoint', new TerraformOutput(scope, 'private-endpoint', { value: v.privateEndpoint, description: 'Private API endpoint (ip:port), reachable through the bastion' })],
    ['load_balancer_nsg_id', new TerraformOutput(scope, 'load-balancer-nsg-id', {
      value: v.loadBalancerNsgId,
      description: 'NSG for Service load balancers: annotate Services with oci.oraclecloud.com/oci-network-security-groups set to this id',
    })],
    ['bastion_port_forward', new TerraformOutput(scope, 'bastion-port-forward', {
      description: 'Opens a port-forwarding session from localhost:6443 to the private API endpoint',
      value: `oci bastion session create-port-forwarding --bastion-id ${v.bastionId} --target-private-ip \${split(":", ${v.privateEndpoint})[0]} --target-port 6443 --session-ttl ${v.sessionTtlSeconds} --ssh-public-key-file ~/.ssh/id_ed25519.pub`,
    })],
    // Oracle, "Setting Up Local Access to Clusters": create-kubeconfig with --kube-endpoint PRIVATE_ENDPOINT for a
    // cluster whose API endpoint is private; kubectl then reaches it through the bastion tunnel.
    ['kubeconfig_command', new TerraformOutput(scope, 'kubeconfig-command', {
      description: 'Writes a kubeconfig for the private endpoint (use it through the bastion tunnel)',
      value: `oci ce cluster create-kubeconfig --cluster-id ${v.clusterId} --file $HOME/.kube/config --region ${v.region} --token-version 2.0.0 --kube-endpoint PRIVATE_ENDPOINT`,
    })],
  ]);
  if (v.publicLoadBalancerSubnetId !== undefined) {
    // The cluster's service_lb_subnet_ids hold the private subnet only, so a public Service names this one
    // (Oracle "Summary of Annotations": service.beta.kubernetes.io/oci-load-balancer-subnet1, NLB
    // oci-network-load-balancer.oraclecloud.com/subnet).
    outputs.set('public_load_balancer_subnet_id', new TerraformOutput(scope, 'public-load-balancer-subnet-id', {
      value: v.publicLoadBalancerSubnetId,
      description: 'Public subnet for internet-facing Services: annotate them with service.beta.kubernetes.io/oci-load-balancer-subnet1 (NLB: oci-network-load-balancer.oraclecloud.com/subnet) set to this id',
    }));
  }
  const clusters = byStack.get(stack) ?? [];
  clusters.push({ name: v.clusterName, outputs });
  byStack.set(stack, clusters);
  const prefixed = clusters.length > 1;
  for (const c of clusters) {
    for (const [name, output] of c.outputs) output.overrideLogicalId(prefixed ? `${c.name.replace(/[^A-Za-z0-9_]/g, '_')}_${name}` : name);
  }
}
