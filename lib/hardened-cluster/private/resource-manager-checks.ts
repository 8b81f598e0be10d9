/**
 * Plan-time checks of `resourceManager.privateEndpointSubnetId`, which synth cannot see: the library creates the ORM
 * private endpoint with the cluster's VCN (`vcn_id`) and this subnet, so the subnet must be one of that VCN; and the
 * library keeps everything but public load balancers off public IPs, so it must be private. Oracle, "Creating a
 * Private Endpoint" (Resource Manager): the private endpoint is created in a VCN and one of its subnets.
 * @see https://docs.oracle.com/iaas/Content/ResourceManager/Tasks/create-private-endpoints.htm
 */
import { Precondition } from 'cdktf';
import { Construct } from 'constructs';
import { hclOperand, planCondition } from '../../core/plan-checks';
import { DataOciCoreSubnet } from '../../generated/providers/oci/data-oci-core-subnet';

/** Reads the brought private endpoint subnet; preconditions of the ORM private endpoint. */
export function resourceManagerSubnetConditions(scope: Construct, subnetId: string, vcnId: string): Precondition[] {
  const s = new DataOciCoreSubnet(scope, 'resource-manager-private-endpoint-subnet', { subnetId }).fqn;
  return [
    planCondition(`${s}.vcn_id == ${hclOperand(vcnId)}`, 'privateEndpointSubnetId', 'the subnet is not in the cluster\'s VCN, which the private endpoint is created in',
      'give a subnet of the cluster\'s VCN, or leave privateEndpointSubnetId out to use the API endpoint subnet'),
    planCondition(`${s}.prohibit_public_ip_on_vnic`, 'privateEndpointSubnetId', 'the subnet is public (prohibit_public_ip_on_vnic is false)',
      'give a private subnet'),
  ];
}
