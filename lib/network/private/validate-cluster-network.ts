/**
 * Input checks of ClusterNetwork, run before any resource exists. Errors name the property relative to
 * ClusterNetworkProps.
 */
import { Token } from 'cdktf';
import { cidrContains, cidrsOverlap, isAnywhere, requireAllowList, requireCidr } from '../../core/cidr';
import { HardenedOkeValidationError } from '../../core/errors';
import { requireClusterName } from '../../core/names';
import { requireOcid } from '../../core/ocid';
import { ClusterNetworkProps, ClusterSubnetCidrs, ClusterSubnetIds } from '../cluster-network-props';
import { CniType, DEFAULT_CNI_TYPE } from '../cni-type';
import { OidcIssuerEgress } from '../egress-options';
import { DEFAULT_VCN_CIDR } from '../../core/limits';
import { defaultSubnetLayout, DEFAULT_LAYOUT_MAX_PREFIX, DEFAULT_LAYOUT_MIN_PREFIX, SUBNET_ROLES, SubnetRole } from './subnet-layout';

export interface ValidatedNetwork {
  readonly cni: CniType;
  readonly vcnCidr: string;
  readonly subnetCidrs: Partial<Record<SubnetRole, string>>;
  readonly bastionSubnetCidr: string;
  readonly apiAdminCidrs: string[];
  readonly publicLoadBalancers: boolean;
  /** OIDC issuer egress of the API endpoint: allow-listed blocks, and the waiver reason for "anywhere". */
  readonly oidcEgress?: { readonly cidrs: string[]; readonly anywhere?: string };
}

/** All input checks, before any resource exists. Errors name the property relative to ClusterNetworkProps. */
export function validateClusterNetwork(props: ClusterNetworkProps): ValidatedNetwork {
  requireOcid('compartmentId', props.compartmentId, 'compartment');
  requireClusterName('clusterName', props.clusterName);
  const cni = props.cni ?? DEFAULT_CNI_TYPE;
  if (!Object.values(CniType).includes(cni)) {
    throw new HardenedOkeValidationError('cni', `"${cni}" is not a CNI type`, 'use CniType.OCI_VCN_IP_NATIVE or CniType.FLANNEL_OVERLAY');
  }
  const native = cni === CniType.OCI_VCN_IP_NATIVE;
  const apiAdminCidrs = props.apiAdminCidrs ?? [];
  requireAllowList('apiAdminCidrs', apiAdminCidrs, { allowEmpty: true });
  const publicLoadBalancers = props.publicLoadBalancerSubnet ?? false;
  const oidcEgress = validateOidcIssuerEgress(props.oidcIssuerEgress);
  if (props.podInternetEgress !== undefined) requireReason('podInternetEgress.reason', props.podInternetEgress?.reason);

  if (props.publicApiEndpoint && !props.existingVcn) {
    throw new HardenedOkeValidationError('publicApiEndpoint', 'needs a public API endpoint subnet, which the construct never creates',
      'keep the endpoint private, or bring your own VCN (existingVcn) with a public API endpoint subnet');
  }
  if (props.existingVcn) {
    const byo = props.existingVcn;
    for (const [prop, given] of [['vcnCidr', props.vcnCidr], ['subnetCidrs', props.subnetCidrs]] as const) {
      if (given !== undefined) {
        throw new HardenedOkeValidationError(prop, 'cannot be combined with existingVcn (the existing VCN and subnets define it)',
          `remove ${prop}, or remove existingVcn to let the construct create the network`);
      }
    }
    requireOcid('existingVcn.vcnId', byo.vcnId, 'vcn');
    // CIDRs of a VCN defined elsewhere in the same app are tokens until plan time: accept them unchecked.
    const vcnCidrKnown = !Token.isUnresolved(byo.vcnCidr);
    if (vcnCidrKnown) requireVcnCidr('existingVcn.vcnCidr', byo.vcnCidr);
    const ids = byo.subnetIds ?? ({} as ClusterSubnetIds);
    for (const role of ['apiEndpoint', 'workers', 'loadBalancers', 'bastion'] as const) {
      requireOcid(`existingVcn.subnetIds.${role}`, ids[role], 'subnet');
    }
    if (native) {
      requireOcid('existingVcn.subnetIds.pods', ids.pods, 'subnet');
    } else if (ids.pods !== undefined) {
      throw new HardenedOkeValidationError('existingVcn.subnetIds.pods', 'a pod subnet is only used with VCN-native pod networking',
        'remove it, or set cni to CniType.OCI_VCN_IP_NATIVE');
    }
    if (publicLoadBalancers) {
      requireOcid('existingVcn.subnetIds.publicLoadBalancers', ids.publicLoadBalancers, 'subnet');
    } else if (ids.publicLoadBalancers !== undefined) {
      throw new HardenedOkeValidationError('existingVcn.subnetIds.publicLoadBalancers', 'a public load balancer subnet is given but publicLoadBalancerSubnet is not true',
        'set publicLoadBalancerSubnet: true to admit internet traffic to load balancers, or remove the subnet');
    }
    if (byo.bastionSubnetCidr === undefined) {
      throw new HardenedOkeValidationError('existingVcn.bastionSubnetCidr', 'is required',
        'give the CIDR block of the bastion subnet (the API endpoint NSG admits the OCI Bastion by it)');
    }
    const bastionKnown = !Token.isUnresolved(byo.bastionSubnetCidr);
    if (bastionKnown) requireCidr('existingVcn.bastionSubnetCidr', byo.bastionSubnetCidr);
    if (vcnCidrKnown && bastionKnown && !cidrContains(byo.vcnCidr, byo.bastionSubnetCidr)) {
      throw new HardenedOkeValidationError('existingVcn.bastionSubnetCidr', `${byo.bastionSubnetCidr} is not inside the VCN ${byo.vcnCidr}`,
        'give the CIDR block of the bastion subnet of that VCN');
    }
    return { cni, vcnCidr: byo.vcnCidr, subnetCidrs: {}, bastionSubnetCidr: byo.bastionSubnetCidr, apiAdminCidrs, publicLoadBalancers, oidcEgress };
  }

  const vcnCidr = props.vcnCidr ?? DEFAULT_VCN_CIDR;
  requireVcnCidr('vcnCidr', vcnCidr);
  const subnetCidrs = resolveSubnetCidrs(vcnCidr, props.subnetCidrs ?? {}, native, publicLoadBalancers);
  return { cni, vcnCidr, subnetCidrs, bastionSubnetCidr: subnetCidrs.bastion!, apiAdminCidrs, publicLoadBalancers, oidcEgress };
}

function requireReason(property: string, reason: unknown): void {
  if (typeof reason !== 'string' || reason.trim().length === 0) {
    throw new HardenedOkeValidationError(property, 'is empty', 'say why the exception is needed; it is recorded as a waiver and shown in the hardening report');
  }
}

/** The issuer's blocks follow the one allow-list rule; "anywhere" only with a waiver reason. */
function validateOidcIssuerEgress(egress: OidcIssuerEgress | undefined): ValidatedNetwork['oidcEgress'] {
  if (egress === undefined) return undefined;
  const cidrs = egress.cidrs ?? [];
  if (egress.anywhereReason !== undefined) requireReason('oidcIssuerEgress.anywhereReason', egress.anywhereReason);
  requireAllowList('oidcIssuerEgress.cidrs', cidrs, { allowEmpty: egress.anywhereReason !== undefined });
  return { cidrs: [...cidrs], anywhere: egress.anywhereReason };
}

function requireVcnCidr(property: string, cidr: string): void {
  const parsed = requireCidr(property, cidr);
  if (isAnywhere(cidr) || parsed.prefix < 16 || parsed.prefix > 30) {
    throw new HardenedOkeValidationError(property, `${cidr} is not a valid VCN block (OCI allows /16 to /30)`,
      'use a private range between /16 and /30, e.g. 10.0.0.0/16');
  }
}

/** User-given subnet CIDRs, completed from the default layout and checked for containment and overlap. */
function resolveSubnetCidrs(vcnCidr: string, given: ClusterSubnetCidrs, native: boolean, publicLoadBalancers: boolean): Partial<Record<SubnetRole, string>> {
  const wanted = SUBNET_ROLES.filter((role) => (role !== 'pods' || native) && (role !== 'publicLoadBalancers' || publicLoadBalancers));
  if (given.pods !== undefined && !native) {
    throw new HardenedOkeValidationError('subnetCidrs.pods', 'a pod subnet is only used with VCN-native pod networking',
      'remove subnetCidrs.pods, or set cni to CniType.OCI_VCN_IP_NATIVE');
  }
  if (given.publicLoadBalancers !== undefined && !publicLoadBalancers) {
    throw new HardenedOkeValidationError('subnetCidrs.publicLoadBalancers', 'a public load balancer subnet CIDR is given but publicLoadBalancerSubnet is not true',
      'set publicLoadBalancerSubnet: true, or remove subnetCidrs.publicLoadBalancers');
  }
  for (const role of wanted) {
    const cidr = given[role];
    if (cidr === undefined) continue;
    const prop = `subnetCidrs.${role}`;
    const parsed = requireCidr(prop, cidr);
    if (parsed.prefix > 30) {
      throw new HardenedOkeValidationError(prop, `${cidr} is smaller than OCI's smallest subnet (/30)`, 'use a block of /30 or larger');
    }
    if (!cidrContains(vcnCidr, cidr)) {
      throw new HardenedOkeValidationError(prop, `${cidr} is not inside the VCN ${vcnCidr}`, `choose a block inside ${vcnCidr}, or widen vcnCidr`);
    }
  }
  const missing = wanted.filter((role) => given[role] === undefined);
  const layout = missing.length > 0 ? defaultSubnetLayout(vcnCidr, { pods: native, publicLoadBalancers }) : {};
  if (!layout) {
    throw new HardenedOkeValidationError('vcnCidr', `the default subnet layout needs a VCN between /${DEFAULT_LAYOUT_MIN_PREFIX} and /${DEFAULT_LAYOUT_MAX_PREFIX}, and ${vcnCidr} is not`,
      `use a /${DEFAULT_LAYOUT_MIN_PREFIX}-/${DEFAULT_LAYOUT_MAX_PREFIX} VCN, or set subnetCidrs.${missing.join(', subnetCidrs.')} explicitly`);
  }
  const result: Partial<Record<SubnetRole, string>> = {};
  for (const role of wanted) result[role] = given[role] ?? layout[role];
  // Report an overlap on a property the user set (a default is never the one to change).
  for (let i = 0; i < wanted.length; i++) {
    for (let j = 0; j < wanted.length; j++) {
      if (i === j) continue;
      const [a, b] = [wanted[i], wanted[j]];
      if (given[a] === undefined || !cidrsOverlap(result[a]!, result[b]!)) continue;
      if (given[b] !== undefined && j > i) continue; // both user-set: report the later one
      throw new HardenedOkeValidationError(`subnetCidrs.${a}`, `${result[a]} overlaps the ${b} subnet ${result[b]}${given[b] === undefined ? ' (default)' : ''}`,
        given[b] === undefined ? `choose a block that does not overlap ${result[b]}, or set subnetCidrs.${b} too` : `give the ${a} and ${b} subnets disjoint blocks`);
    }
  }
  return result;
}
