/**
 * Plan-time checks of a brought VCN and its subnets (`existingVcn`): synth cannot see them, so the plan reads each
 * one and every network security group created in that VCN carries the conditions of its role as a lifecycle
 * precondition. A failing plan names the prop, like a synth error.
 *
 * Oracle, "Network Resource Configuration for Cluster Creation and Deployment": the Kubernetes API endpoint subnet
 * "must be a regional subnet"; the pod subnet "must be a single regional subnet" and, for managed nodes, "must be a
 * private subnet"; worker node and load balancer subnets may be regional or AD-specific, and Oracle recommends
 * private worker subnets "for maximum security"; a public API endpoint needs a public subnet ("If you specify a public
 * subnet for the Kubernetes API endpoint, you can optionally expose the endpoint to the internet by assigning a public
 * IP address").
 * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Concepts/contengnetworkconfig.htm
 * A usable VCN or subnet is in lifecycle state AVAILABLE (Core Services API, Vcn and Subnet lifecycleState);
 * a regional subnet has no availability domain.
 * @see https://docs.oracle.com/en-us/iaas/api/#/en/iaas/20160918/Subnet/
 */
import { Precondition, Token } from 'cdktf';
import { Construct } from 'constructs';
import { parseCidr, formatCidr } from '../../core/cidr';
import { hclOperand, planCondition } from '../../core/plan-checks';
import { DataOciCoreSubnet } from '../../generated/providers/oci/data-oci-core-subnet';
import { DataOciCoreVcn } from '../../generated/providers/oci/data-oci-core-vcn';
import type { ClusterSubnetIds, ExistingVcn } from '../cluster-network-props';
import type { NsgRole } from '../rules/nsg-rule-table';

type BroughtSubnetRole = keyof ClusterSubnetIds;

/** The NSG whose traffic uses each brought subnet: its preconditions check that subnet. */
const NSG_OF_SUBNET: Record<BroughtSubnetRole, NsgRole> = {
  apiEndpoint: 'apiEndpoint', workers: 'workers', pods: 'pods', loadBalancers: 'loadBalancers', publicLoadBalancers: 'loadBalancers', bastion: 'bastion',
};

/** What the plan reads of a brought network. */
export interface ExistingNetworkData {
  readonly vcn: DataOciCoreVcn;
  readonly subnets: Partial<Record<BroughtSubnetRole, DataOciCoreSubnet>>;
  /** Preconditions of the NSG of each role. */
  readonly preconditions: Record<NsgRole, Precondition[]>;
}

/** What the checks of a brought network depend on besides the network itself. */
export interface ExistingNetworkContext {
  /**
   * The cluster's Kubernetes API endpoint gets a public IP (`publicEndpoint`): its subnet must then be public, as
   * Oracle's "Network Resource Configuration" says ("If you specify a public subnet for the Kubernetes API endpoint,
   * you can optionally expose the endpoint to the internet by assigning a public IP address").
   */
  readonly publicApiEndpoint: boolean;
  /**
   * The cluster's compartment: the brought VCN and subnets must be in it. A policy grants only in the compartment it
   * names and the ones below it ("How Policies Work"), and the cluster's network grants name this compartment:
   * `manage vcns` and `manage network-security-groups` for the cloud controller's load balancer NSGs (Oracle:
   * "to enable the oci-cloud-controller-manager to create a network security group, you must also give the cluster
   * permission to manage VCNs"), and the cluster autoscaler's `use subnets`, `use vnics` and `read
   * virtual-network-family`. The statements Oracle adds for VCN-native pod networking "when a Cluster and its Related
   * Resources are in Different Compartments" are not written at all.
   * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contengconfiguringloadbalancersnetworkloadbalancers-subtopic.htm
   * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Concepts/contengpodnetworking_topic-OCI_CNI_plugin.htm
   */
  readonly compartmentId: string;
}

/** Why a brought network resource must be in the cluster's compartment, for the messages. */
const NETWORK_GRANTS = 'for which the cluster\'s network grants are written (manage vcns for the load balancer NSGs, the cluster autoscaler\'s '
  + 'subnet and VNIC statements; the statements pod networking needs across compartments are not written)';

/** Reads the brought VCN and subnets and builds the preconditions of each NSG. */
export function checkExistingNetwork(scope: Construct, byo: ExistingVcn, ctx: ExistingNetworkContext): ExistingNetworkData {
  const vcn = new DataOciCoreVcn(scope, 'existing-vcn', { vcnId: byo.vcnId });
  const pre: Record<NsgRole, Precondition[]> = { apiEndpoint: [], workers: [], pods: [], loadBalancers: [], bastion: [] };
  // The NSG rules admit the VCN by vcnCidr. Checked once (on the API endpoint NSG), so a failing plan says it once.
  pre.apiEndpoint.push(
    planCondition(`${vcn.fqn}.state == "AVAILABLE"`, 'existingVcn.vcnId', 'the VCN is not AVAILABLE', 'give an available VCN'),
    planCondition(`${vcn.fqn}.compartment_id == ${hclOperand(ctx.compartmentId)}`, 'existingVcn.vcnId',
      `the VCN is not in the cluster's compartment ${ctx.compartmentId}, ${NETWORK_GRANTS}`,
      'bring a VCN of the cluster\'s compartment, or create the cluster in the VCN\'s compartment'),
    planCondition(`contains(${vcn.fqn}.cidr_blocks, ${hclOperand(byo.vcnCidr)})`, 'existingVcn.vcnCidr',
      `${byo.vcnCidr} is not a CIDR block of VCN ${byo.vcnId}`, 'give one of the VCN\'s cidr_blocks (`oci network vcn get --vcn-id <vcnId>`)'),
  );

  const vcnPrefix = Token.isUnresolved(byo.vcnCidr) ? undefined : parseCidr(byo.vcnCidr);
  const subnets: Partial<Record<BroughtSubnetRole, DataOciCoreSubnet>> = {};
  for (const role of Object.keys(NSG_OF_SUBNET) as BroughtSubnetRole[]) {
    const subnetId = byo.subnetIds[role];
    if (subnetId === undefined) continue;
    const subnet = new DataOciCoreSubnet(scope, `existing-subnet-${role}`, { subnetId });
    subnets[role] = subnet;
    const s = subnet.fqn;
    const prop = `existingVcn.subnetIds.${role}`;
    const checks = [
      planCondition(`${s}.vcn_id == ${hclOperand(byo.vcnId)}`, prop, `the subnet is not in VCN ${byo.vcnId} (existingVcn.vcnId)`, 'give a subnet of that VCN, or the VCN it belongs to'),
      planCondition(`${s}.state == "AVAILABLE"`, prop, 'the subnet is not AVAILABLE', 'give an available subnet'),
      planCondition(`${s}.compartment_id == ${hclOperand(ctx.compartmentId)}`, prop, `the subnet is not in the cluster's compartment ${ctx.compartmentId}, ${NETWORK_GRANTS}`,
        'bring a subnet of the cluster\'s compartment, or create the cluster in the subnet\'s compartment'),
      // The library passes one subnet per role (the node pool places every availability domain in it): regional only.
      planCondition(`${s}.availability_domain == null || ${s}.availability_domain == ""`, prop,
        'the subnet is AD-specific; the library places this role in one regional subnet', 'give a regional subnet'),
      privacyCondition(s, role, prop, ctx),
    ];
    if (vcnPrefix) {
      // NSG rules admit the VCN by vcnCidr: a subnet in another CIDR block of the VCN would be left out. Terraform 1.5
      // has no cidrcontains(): the subnet is inside when it is no larger and its address masked to the prefix is
      // the VCN block's network address.
      const network = formatCidr(vcnPrefix.network, vcnPrefix.prefix).split('/')[0];
      checks.push(planCondition(
        `tonumber(split("/", ${s}.cidr_block)[1]) >= ${vcnPrefix.prefix} && cidrhost(format("%s/${vcnPrefix.prefix}", split("/", ${s}.cidr_block)[0]), 0) == "${network}"`,
        prop, `the subnet's CIDR block is outside existingVcn.vcnCidr ${byo.vcnCidr}`, 'give a subnet carved from vcnCidr, or the VCN block the subnets are in'));
    }
    if (role === 'bastion') {
      checks.push(planCondition(`${s}.cidr_block == ${hclOperand(byo.bastionSubnetCidr)}`, 'existingVcn.bastionSubnetCidr',
        'is not the CIDR block of existingVcn.subnetIds.bastion (the API endpoint NSG admits the bastion by it)', 'copy cidr_block of the bastion subnet'));
    }
    pre[NSG_OF_SUBNET[role]].push(...checks);
  }
  return { vcn, subnets, preconditions: pre };
}

/** The subnet's privacy its role needs: public for public load balancers and a public API endpoint, else private. */
function privacyCondition(s: string, role: BroughtSubnetRole, prop: string, ctx: ExistingNetworkContext) {
  if (role === 'publicLoadBalancers') {
    return planCondition(`!${s}.prohibit_public_ip_on_vnic`, prop, 'the subnet is private, so internet-facing load balancers get no public IP',
      'give a public subnet (prohibit_public_ip_on_vnic = false) for public load balancers');
  }
  if (role === 'apiEndpoint' && ctx.publicApiEndpoint) {
    return planCondition(`!${s}.prohibit_public_ip_on_vnic`, prop, 'the subnet is private, so the public API endpoint (publicEndpoint) gets no public IP',
      'give a public subnet (prohibit_public_ip_on_vnic = false) for the API endpoint, or remove publicEndpoint and keep a private one');
  }
  return planCondition(`${s}.prohibit_public_ip_on_vnic`, prop, 'the subnet is public (prohibit_public_ip_on_vnic is false)',
    'give a private subnet: the library keeps the API endpoint, workers, pods, internal load balancers and the bastion off public IPs');
}
