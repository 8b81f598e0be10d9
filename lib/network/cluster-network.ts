import { Construct } from 'constructs';
import { Waivers } from '../compliance/waivers';
import { isAnywhere } from '../core/cidr';
import { libraryTags } from '../core/tags';
import { CoreDefaultRouteTable } from '../generated/providers/oci/core-default-route-table';
import { CoreDefaultSecurityList } from '../generated/providers/oci/core-default-security-list';
import { CoreInternetGateway } from '../generated/providers/oci/core-internet-gateway';
import { CoreNatGateway } from '../generated/providers/oci/core-nat-gateway';
import { CoreNetworkSecurityGroup } from '../generated/providers/oci/core-network-security-group';
import { CoreNetworkSecurityGroupSecurityRule } from '../generated/providers/oci/core-network-security-group-security-rule';
import { CoreRouteTable } from '../generated/providers/oci/core-route-table';
import { CoreSecurityList } from '../generated/providers/oci/core-security-list';
import { CoreServiceGateway } from '../generated/providers/oci/core-service-gateway';
import { CoreSubnet } from '../generated/providers/oci/core-subnet';
import { CoreVcn } from '../generated/providers/oci/core-vcn';
import { DataOciCoreServices } from '../generated/providers/oci/data-oci-core-services';
import {
  ClusterNetworkProps, ClusterNetworkSecurityGroups, ClusterRouteTables, ClusterSecurityLists, ClusterSubnetCidrs, ClusterSubnetIds,
  ClusterSubnets, ClusterNsgIds,
} from './cluster-network-props';
import { CniType, DEFAULT_CNI_TYPE } from './cni-type';
import { ClusterNetworkAttributes, IClusterNetwork } from './cluster-network-ref';
import { HardenedOkeValidationError } from '../core/errors';
import { requireOcid } from '../core/ocid';
import { SUBNET_DISPLAY_SUFFIXES, SUBNET_DNS_LABELS, SUBNET_ROLES, SubnetRole, vcnDnsLabel } from './private/subnet-layout';
import { validateClusterNetwork } from './private/validate-cluster-network';
import { checkExistingNetwork, ExistingNetworkData } from './private/existing-network-checks';
import {
  ALL_SERVICES_NAME_REGEX, bastionSecurityListRules, NSG_ROLES, NsgRole, nsgRuleTable, NsgRuleSpec, PROTOCOL_NUMBERS, renderRule, ruleId,
} from './rules/nsg-rule-table';

// The props live in cluster-network-props.ts; re-exported here for code that imports them from this module.
export type { ClusterNetworkOptions, ClusterNetworkProps } from './cluster-network-props';

/**
 * The network of a private, hardened OKE cluster: a VCN with private subnets per role (all with
 * prohibit_public_ip_on_vnic and prohibit_internet_ingress), a NAT gateway, a service gateway to all Oracle
 * services of the region, route tables, the VCN's default security list and route table emptied, and one network
 * security group per role holding exactly the rules Oracle documents for private clusters with the chosen CNI.
 * An internet gateway exists only with `publicLoadBalancerSubnet`. With `existingVcn`, only the NSGs are created.
 */
export class ClusterNetwork extends Construct implements IClusterNetwork {
  /**
   * A network created elsewhere (another stack, Terraform, the console), for an OkeCluster or node pools to be placed
   * in. Creates no resource; the OCIDs are checked at synth.
   */
  public static fromNetworkAttributes(scope: Construct, id: string, attrs: ClusterNetworkAttributes): IClusterNetwork {
    return new ImportedClusterNetwork(scope, id, attrs);
  }

  /** Pod networking the rules were written for. */
  public readonly cni: CniType;
  /** OCID of the VCN (created or given). */
  public readonly vcnId: string;
  /** CIDR block of the VCN. */
  public readonly vcnCidr: string;
  /** OCIDs of the subnets by role. */
  public readonly subnetIds: ClusterSubnetIds;
  /** CIDR blocks of the subnets by role; with `existingVcn`, only the bastion's is known. */
  public readonly subnetCidrs: ClusterSubnetCidrs;
  /** OCIDs of the network security groups by role. */
  public readonly nsgIds: ClusterNsgIds;
  /** The "All <region> Services In Oracle Services Network" CIDR label (for SERVICE_CIDR_BLOCK rules and routes). */
  public readonly servicesCidr: string;
  /** The services lookup (escape hatch). */
  public readonly services: DataOciCoreServices;
  /** The network security groups (escape hatch). */
  public readonly networkSecurityGroups: ClusterNetworkSecurityGroups;
  /** One resource per NSG rule, in rule-table order (escape hatch). */
  public readonly securityRules: CoreNetworkSecurityGroupSecurityRule[];
  /** The VCN, when created. */
  public readonly vcn?: CoreVcn;
  /** The NAT gateway, when the VCN is created. */
  public readonly natGateway?: CoreNatGateway;
  /** The service gateway, when the VCN is created. */
  public readonly serviceGateway?: CoreServiceGateway;
  /** The internet gateway; only with `publicLoadBalancerSubnet`. */
  public readonly internetGateway?: CoreInternetGateway;
  /** The subnets, when created. */
  public readonly subnets?: ClusterSubnets;
  /** The route tables, when the VCN is created. */
  public readonly routeTables?: ClusterRouteTables;
  /** The subnet security lists, when the VCN is created. */
  public readonly securityLists?: ClusterSecurityLists;
  /** The VCN's default security list, managed with no rules, when the VCN is created. */
  public readonly defaultSecurityList?: CoreDefaultSecurityList;
  /**
   * The brought VCN and subnets as the plan reads them (with `existingVcn`): each NSG has preconditions on them
   * (subnets private, regional, in the VCN and inside vcnCidr; vcnCidr a block of the VCN; bastionSubnetCidr right).
   * @internal the plan-time reads of a brought network, for the composite's checks
   */
  public readonly _existingNetworkData?: ExistingNetworkData;

  constructor(scope: Construct, id: string, props: ClusterNetworkProps) {
    super(scope, id);
    const v = validateClusterNetwork(props);
    this.cni = v.cni;
    const name = props.clusterName;
    const tags = libraryTags(name, 'network', props.tags ?? {});

    this.services = new DataOciCoreServices(this, 'oci-services', {
      filter: [{ name: 'name', values: [ALL_SERVICES_NAME_REGEX], regex: true }],
    });
    this.servicesCidr = this.services.services.get(0).cidrBlock;

    let vcnId: string;
    if (props.existingVcn) {
      vcnId = props.existingVcn.vcnId;
      this._existingNetworkData = checkExistingNetwork(this, props.existingVcn, {
        publicApiEndpoint: props.publicApiEndpoint ?? false, compartmentId: props.compartmentId,
      });
      this.subnetIds = props.existingVcn.subnetIds;
      this.subnetCidrs = { bastion: props.existingVcn.bastionSubnetCidr };
    } else {
      const cidrs = v.subnetCidrs;
      const vcn = new CoreVcn(this, 'vcn', {
        compartmentId: props.compartmentId, cidrBlocks: [v.vcnCidr], displayName: `${name}-vcn`,
        dnsLabel: vcnDnsLabel(name), freeformTags: tags,
      });
      vcnId = vcn.id;
      this.vcn = vcn;
      const common = { compartmentId: props.compartmentId, vcnId, freeformTags: tags };

      // Nothing may fall back to the VCN defaults: OCI seeds the default security list with SSH from 0.0.0.0/0.
      this.defaultSecurityList = new CoreDefaultSecurityList(this, 'default-security-list', {
        manageDefaultResourceId: vcn.defaultSecurityListId, compartmentId: props.compartmentId,
        displayName: `${name}-default-emptied`, freeformTags: tags,
      });
      const vcnDefaultRoutes = new CoreDefaultRouteTable(this, 'default-route-table', {
        manageDefaultResourceId: vcn.defaultRouteTableId, compartmentId: props.compartmentId,
        displayName: `${name}-default-emptied`, freeformTags: tags,
      });

      this.natGateway = new CoreNatGateway(this, 'nat-gateway', { ...common, displayName: `${name}-nat`, blockTraffic: false });
      this.serviceGateway = new CoreServiceGateway(this, 'service-gateway', {
        ...common, displayName: `${name}-service-gateway`, services: [{ serviceId: this.services.services.get(0).id }],
      });
      const toServices = {
        destination: this.servicesCidr, destinationType: 'SERVICE_CIDR_BLOCK', networkEntityId: this.serviceGateway.id,
        description: 'All Oracle services of the region (OKE, OCIR, Object Storage) through the service gateway',
      };
      const natAndServices = new CoreRouteTable(this, 'route-table-nat', {
        ...common, displayName: `${name}-private-nat`,
        routeRules: [
          { destination: '0.0.0.0/0', destinationType: 'CIDR_BLOCK', networkEntityId: this.natGateway.id,
            description: 'Outbound-only internet access through the NAT gateway' },
          toServices,
        ],
      });
      const servicesOnly = new CoreRouteTable(this, 'route-table-services', {
        ...common, displayName: `${name}-private-services`, routeRules: [toServices],
      });
      let internet: CoreRouteTable | undefined;
      if (v.publicLoadBalancers) {
        this.internetGateway = new CoreInternetGateway(this, 'internet-gateway', { ...common, displayName: `${name}-internet`, enabled: true });
        internet = new CoreRouteTable(this, 'route-table-internet', {
          ...common, displayName: `${name}-public-load-balancers`,
          routeRules: [{ destination: '0.0.0.0/0', destinationType: 'CIDR_BLOCK', networkEntityId: this.internetGateway.id,
            description: 'Internet access for the public load balancer subnet only' }],
        });
      }
      this.routeTables = { natAndServices, servicesOnly, internet, vcnDefault: vcnDefaultRoutes };

      // One explicit empty list per subnet instead of the VCN default or a shared list: the OCI cloud controller
      // edits the security lists of the load balancer and node subnets when a Service's security-rule management
      // mode is not None/NSG ("Security List Management Options for Load Balancer and Network Load Balancers";
      // "Summary of Annotations for Load Balancers and Network Load Balancers"), so a shared list would open every
      // subnet it is attached to. The API endpoint keeps the first list's address (`security-list-nsg-only`).
      const emptyLists: Partial<Record<SubnetRole, CoreSecurityList>> = {};
      for (const role of SUBNET_ROLES) {
        if (role === 'bastion' || cidrs[role] === undefined) continue;
        emptyLists[role] = new CoreSecurityList(this, role === 'apiEndpoint' ? 'security-list-nsg-only' : `security-list-${role}`, {
          ...common, displayName: `${name}-${SUBNET_DISPLAY_SUFFIXES[role]}-nsg-only`,
        });
      }
      const bastionList = new CoreSecurityList(this, 'security-list-bastion', {
        ...common, displayName: `${name}-bastion`,
        egressSecurityRules: bastionSecurityListRules(cidrs.apiEndpoint!).map((r) => ({
          destination: r.destination, destinationType: 'CIDR_BLOCK', protocol: PROTOCOL_NUMBERS[r.protocol], stateless: false,
          description: r.description, ...(r.ports ? { tcpOptions: { min: r.ports.min, max: r.ports.max } } : {}),
        })),
      });
      this.securityLists = {
        apiEndpoint: emptyLists.apiEndpoint!, workers: emptyLists.workers!, pods: emptyLists.pods, loadBalancers: emptyLists.loadBalancers!,
        publicLoadBalancers: emptyLists.publicLoadBalancers, bastion: bastionList,
      };

      const subnets: Partial<Record<SubnetRole, CoreSubnet>> = {};
      for (const role of SUBNET_ROLES) {
        const cidr = cidrs[role];
        if (cidr === undefined) continue;
        const isPublic = role === 'publicLoadBalancers';
        // With OIDC the API endpoint needs the NAT route to the issuer, as in Oracle's private-endpoint route table.
        const servicesOnlyRole = role === 'bastion' || (role === 'apiEndpoint' && !v.oidcEgress);
        const routeTable = isPublic ? internet! : servicesOnlyRole ? servicesOnly : natAndServices;
        subnets[role] = new CoreSubnet(this, `subnet-${role}`, {
          ...common, cidrBlock: cidr, displayName: `${name}-${SUBNET_DISPLAY_SUFFIXES[role]}`, dnsLabel: SUBNET_DNS_LABELS[role],
          prohibitPublicIpOnVnic: !isPublic, prohibitInternetIngress: !isPublic,
          routeTableId: routeTable.id, securityListIds: [role === 'bastion' ? bastionList.id : emptyLists[role]!.id],
        });
      }
      this.subnets = {
        apiEndpoint: subnets.apiEndpoint!, workers: subnets.workers!, pods: subnets.pods, loadBalancers: subnets.loadBalancers!,
        publicLoadBalancers: subnets.publicLoadBalancers, bastion: subnets.bastion!,
      };
      this.subnetIds = {
        apiEndpoint: subnets.apiEndpoint!.id, workers: subnets.workers!.id, pods: subnets.pods?.id,
        loadBalancers: subnets.loadBalancers!.id, publicLoadBalancers: subnets.publicLoadBalancers?.id, bastion: subnets.bastion!.id,
      };
      this.subnetCidrs = { ...cidrs };
      if (subnets.publicLoadBalancers) {
        // Each exception this construct opens is a waiver it records itself (also without HardenedCluster).
        const reason = `publicLoadBalancerSubnet: internet-facing load balancers were requested for ${name}; only the load balancer subnet and NSG accept internet traffic`;
        Waivers.record(subnets.publicLoadBalancers, { controlId: 'NET-01', reason });
        if (internet) Waivers.record(internet, { controlId: 'NET-05', reason });
        if (this.internetGateway) Waivers.record(this.internetGateway, { controlId: 'NET-06', reason });
      }
    }
    this.vcnId = vcnId;
    this.vcnCidr = v.vcnCidr;

    const rules = nsgRuleTable({
      cni: v.cni, vcnCidr: v.vcnCidr, bastionSubnetCidr: v.bastionSubnetCidr, apiAdminCidrs: v.apiAdminCidrs,
      publicLoadBalancers: v.publicLoadBalancers, loadBalancerHttp: props.loadBalancerHttp ?? false,
      workerInternetEgress: props.allowInternetEgress ?? false,
      podInternetEgress: props.podInternetEgress !== undefined,
      apiEndpointHttpsEgressCidrs: v.oidcEgress ? [...v.oidcEgress.cidrs, ...(v.oidcEgress.anywhere ? ['0.0.0.0/0'] : [])] : [],
    });
    const usedRoles = new Set<NsgRole>(rules.map((r) => r.role));
    const groups: Partial<Record<NsgRole, CoreNetworkSecurityGroup>> = {};
    for (const role of NSG_ROLES) {
      if (role === 'pods' && v.cni !== CniType.OCI_VCN_IP_NATIVE) continue;
      if (!usedRoles.has(role)) continue;
      groups[role] = new CoreNetworkSecurityGroup(this, `nsg-${role}`, {
        compartmentId: props.compartmentId, vcnId, displayName: `${name}-${nsgDisplaySuffix(role)}`, freeformTags: tags,
        lifecycle: this._existingNetworkData ? { precondition: this._existingNetworkData.preconditions[role] } : undefined,
      });
    }
    const nsgIds: Partial<Record<NsgRole, string>> = {};
    for (const [role, group] of Object.entries(groups)) nsgIds[role as NsgRole] = group!.id;
    this.securityRules = rules.map((rule: NsgRuleSpec) => new CoreNetworkSecurityGroupSecurityRule(this, `nsg-rule-${ruleId(rule)}`, {
      networkSecurityGroupId: nsgIds[rule.role]!,
      ...renderRule(rule, { nsgIds, servicesCidr: this.servicesCidr }),
    }));
    // Each exception this construct opens is a waiver it records itself, scoped to the one rule.
    this.securityRules.forEach((resource, i) => {
      const rule = rules[i];
      if (rule.role === 'pods' && rule.key === 'internet-https' && props.podInternetEgress) {
        Waivers.record(resource, { controlId: 'NET-10', reason: `podInternetEgress: ${props.podInternetEgress.reason}` });
      }
      if (rule.role === 'apiEndpoint' && rule.peer.type === 'CIDR_BLOCK' && isAnywhere(rule.peer.cidr) && v.oidcEgress?.anywhere) {
        Waivers.record(resource, { controlId: 'NET-10', reason: `OIDC issuer reachable at any address: ${v.oidcEgress.anywhere}` });
      }
    });
    this.networkSecurityGroups = {
      apiEndpoint: groups.apiEndpoint!, workers: groups.workers!, pods: groups.pods, loadBalancers: groups.loadBalancers!, bastion: groups.bastion!,
    };
    this.nsgIds = {
      apiEndpoint: nsgIds.apiEndpoint!, workers: nsgIds.workers!, pods: nsgIds.pods, loadBalancers: nsgIds.loadBalancers!, bastion: nsgIds.bastion!,
    };
  }

  /** Worker subnet (the node pool view of the network). */
  public get workerSubnetId(): string {
    return this.subnetIds.workers;
  }

  /** NSGs of the worker nodes. */
  public get workerNsgIds(): string[] {
    return [this.nsgIds.workers];
  }

  /** Pod subnet, with VCN-native pod networking. */
  public get podSubnetId(): string | undefined {
    return this.subnetIds.pods;
  }

  /** NSGs of the pods, with VCN-native pod networking. */
  public get podNsgIds(): string[] | undefined {
    return this.nsgIds.pods ? [this.nsgIds.pods] : undefined;
  }
}

/** A reference to a network that exists already. */
class ImportedClusterNetwork extends Construct implements IClusterNetwork {
  public readonly vcnId: string;
  public readonly cni: CniType;
  public readonly subnetIds: ClusterSubnetIds;
  public readonly nsgIds: ClusterNsgIds;
  public readonly subnetCidrs: ClusterSubnetCidrs;

  constructor(scope: Construct, id: string, attrs: ClusterNetworkAttributes) {
    super(scope, id);
    requireOcid('vcnId', attrs?.vcnId, 'vcn');
    this.cni = attrs.cni ?? DEFAULT_CNI_TYPE;
    if (!Object.values(CniType).includes(this.cni)) {
      throw new HardenedOkeValidationError('cni', `"${this.cni}" is not an OKE CNI type`, 'use CniType.OCI_VCN_IP_NATIVE or CniType.FLANNEL_OVERLAY');
    }
    const vcnNative = this.cni === CniType.OCI_VCN_IP_NATIVE;
    const roles: (keyof ClusterSubnetIds & keyof ClusterNsgIds)[] = ['apiEndpoint', 'workers', 'loadBalancers', 'bastion', ...(vcnNative ? ['pods' as const] : [])];
    for (const role of [...roles, 'publicLoadBalancers' as const]) {
      const subnet = attrs.subnetIds?.[role];
      if (subnet !== undefined || role !== 'publicLoadBalancers') requireOcid(`subnetIds.${role}`, subnet, 'subnet');
    }
    for (const role of roles) {
      requireOcid(`nsgIds.${role}`, attrs.nsgIds?.[role], 'nsg');
    }
    this.vcnId = attrs.vcnId;
    this.subnetIds = { ...attrs.subnetIds };
    this.nsgIds = { ...attrs.nsgIds };
    this.subnetCidrs = { ...attrs.subnetCidrs };
  }

  public get workerSubnetId(): string {
    return this.subnetIds.workers;
  }

  public get workerNsgIds(): string[] {
    return [this.nsgIds.workers];
  }

  public get podSubnetId(): string | undefined {
    return this.subnetIds.pods;
  }

  public get podNsgIds(): string[] | undefined {
    return this.nsgIds.pods ? [this.nsgIds.pods] : undefined;
  }
}

function nsgDisplaySuffix(role: NsgRole): string {
  return ({ apiEndpoint: 'api-endpoint', workers: 'workers', pods: 'pods', loadBalancers: 'load-balancers', bastion: 'bastion' } as const)[role];
}
