import { Token } from 'cdktf';
import { requireClusterName } from '../core/names';
import { Construct } from 'constructs';
import { HardenedOkeValidationError } from '../core/errors';
import { cidrContains, cidrsOverlap, isAnywhere, requireAllowList, requireCidr } from '../core/cidr';
import { Waivers } from '../compliance/waivers';
import { requireOcid } from '../core/ocid';
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
import { CniType, DEFAULT_CNI_TYPE } from './cni-type';
import { OidcIssuerEgress, PodInternetEgress } from './egress-options';
import {
  ALL_SERVICES_NAME_REGEX, bastionSecurityListRules, NSG_ROLES, NsgRole, nsgRuleTable, NsgRuleSpec, PROTOCOL_NUMBERS, renderRule, ruleId,
} from './rules/nsg-rule-table';
import {
  defaultSubnetLayout, DEFAULT_LAYOUT_MAX_PREFIX, DEFAULT_LAYOUT_MIN_PREFIX, SUBNET_DISPLAY_SUFFIXES, SUBNET_DNS_LABELS,
  SUBNET_ROLES, SubnetRole, vcnDnsLabel,
} from './rules/subnet-layout';

/** CIDR blocks of the cluster's subnets, by role. */
export interface ClusterSubnetCidrs {
  /**
   * Subnet of the private Kubernetes API endpoint.
   * @default a /28 at the start of the VCN (10.0.0.0/28 for 10.0.0.0/16)
   */
  readonly apiEndpoint?: string;
  /**
   * Subnet of the worker nodes.
   * @default the second quarter of the VCN (10.0.64.0/18 for 10.0.0.0/16)
   */
  readonly workers?: string;
  /**
   * Subnet of the pods (VCN-native pod networking only; one VCN address per pod, so it is the biggest block).
   * @default the second half of the VCN (10.0.128.0/17 for 10.0.0.0/16) with VCN-native; none with flannel
   */
  readonly pods?: string;
  /**
   * Private subnet of internal load balancers.
   * @default a /(vcn prefix + 8) block (10.0.2.0/24 for 10.0.0.0/16)
   */
  readonly loadBalancers?: string;
  /**
   * Public subnet of internet-facing load balancers; only used when `publicLoadBalancerSubnet` is true.
   * @default a /(vcn prefix + 8) block (10.0.3.0/24 for 10.0.0.0/16) when `publicLoadBalancerSubnet` is true
   */
  readonly publicLoadBalancers?: string;
  /**
   * Subnet the OCI Bastion's private endpoint is placed in.
   * @default a /28 right after the API endpoint subnet (10.0.0.16/28 for 10.0.0.0/16)
   */
  readonly bastion?: string;
}

/** OCIDs of the cluster's subnets, by role. */
export interface ClusterSubnetIds {
  /** Subnet of the private Kubernetes API endpoint. */
  readonly apiEndpoint: string;
  /** Subnet of the worker nodes. */
  readonly workers: string;
  /**
   * Subnet of the pods; required with VCN-native pod networking, refused with flannel.
   * @default none
   */
  readonly pods?: string;
  /** Private subnet of internal load balancers. */
  readonly loadBalancers: string;
  /**
   * Public subnet of internet-facing load balancers; required exactly when `publicLoadBalancerSubnet` is true.
   * @default none
   */
  readonly publicLoadBalancers?: string;
  /** Subnet the OCI Bastion's private endpoint is placed in. */
  readonly bastion: string;
}

/** A VCN and subnets that already exist (bring your own network). */
export interface ExistingVcn {
  /** OCID of the VCN; the construct creates the network security groups in it. */
  readonly vcnId: string;
  /** The VCN's CIDR block (internal load balancer clients and path-discovery ICMP are admitted from it). */
  readonly vcnCidr: string;
  /** OCIDs of the subnets, by role. */
  readonly subnetIds: ClusterSubnetIds;
  /**
   * CIDR block of the bastion subnet. OCI Bastion cannot join an NSG, so the API endpoint NSG admits it by CIDR.
   * Give the bastion subnet a security list that allows egress only to the API endpoint on TCP 6443.
   */
  readonly bastionSubnetCidr: string;
}

/** OCIDs of the network security groups, by role. */
export interface ClusterNsgIds {
  /** NSG of the Kubernetes API endpoint (cluster `endpoint_config.nsg_ids`). */
  readonly apiEndpoint: string;
  /** NSG of the worker nodes (node pool `nsg_ids`). */
  readonly workers: string;
  /**
   * NSG of the pods (node pool `pod_nsg_ids`); VCN-native pod networking only.
   * @default none with flannel
   */
  readonly pods?: string;
  /** NSG of the load balancers (Service annotation `oci.oraclecloud.com/oci-network-security-groups`). */
  readonly loadBalancers: string;
  /**
   * NSG stating the bastion's allowed traffic. OCI Bastion itself cannot join an NSG (its subnet's security list
   * binds it); use this for any other VNIC in the bastion role.
   */
  readonly bastion: string;
}

/** The subnets the construct created. */
export interface ClusterSubnets {
  /** Private subnet of the Kubernetes API endpoint. */
  readonly apiEndpoint: CoreSubnet;
  /** Private subnet of the worker nodes. */
  readonly workers: CoreSubnet;
  /**
   * Private subnet of the pods (VCN-native only).
   * @default none with flannel
   */
  readonly pods?: CoreSubnet;
  /** Private subnet of internal load balancers. */
  readonly loadBalancers: CoreSubnet;
  /**
   * Public subnet of internet-facing load balancers.
   * @default none unless `publicLoadBalancerSubnet` is true
   */
  readonly publicLoadBalancers?: CoreSubnet;
  /** Private subnet of the OCI Bastion's private endpoint. */
  readonly bastion: CoreSubnet;
}

/** The network security groups, by role. */
export interface ClusterNetworkSecurityGroups {
  /** NSG of the Kubernetes API endpoint. */
  readonly apiEndpoint: CoreNetworkSecurityGroup;
  /** NSG of the worker nodes. */
  readonly workers: CoreNetworkSecurityGroup;
  /**
   * NSG of the pods (VCN-native only).
   * @default none with flannel
   */
  readonly pods?: CoreNetworkSecurityGroup;
  /** NSG of the load balancers. */
  readonly loadBalancers: CoreNetworkSecurityGroup;
  /** NSG of the bastion role. */
  readonly bastion: CoreNetworkSecurityGroup;
}

/** The route tables the construct manages. */
export interface ClusterRouteTables {
  /**
   * Workers, pods and internal load balancers (and the API endpoint with OIDC): 0.0.0.0/0 to the NAT gateway, Oracle
   * services to the service gateway.
   */
  readonly natAndServices: CoreRouteTable;
  /** Bastion subnet, and the API endpoint subnet without OIDC: Oracle services to the service gateway, nothing else. */
  readonly servicesOnly: CoreRouteTable;
  /**
   * Public load balancer subnet: 0.0.0.0/0 to the internet gateway.
   * @default none unless `publicLoadBalancerSubnet` is true
   */
  readonly internet?: CoreRouteTable;
  /** The VCN's default route table, managed and kept empty so nothing attached to it by default has a route out. */
  readonly vcnDefault: CoreDefaultRouteTable;
}

/**
 * The security lists the construct manages: one per subnet, never shared, so the OCI cloud controller (which edits
 * the security lists of load balancer and node subnets unless Services use NSG management) can never open one
 * subnet by editing another's list. All but the bastion's are empty: NSGs carry every rule.
 */
export interface ClusterSecurityLists {
  /** The API endpoint subnet's list (empty). */
  readonly apiEndpoint: CoreSecurityList;
  /** The worker subnet's list (empty). */
  readonly workers: CoreSecurityList;
  /**
   * The pod subnet's list (empty; VCN-native only).
   * @default none with flannel
   */
  readonly pods?: CoreSecurityList;
  /** The internal load balancer subnet's list (empty). */
  readonly loadBalancers: CoreSecurityList;
  /**
   * The public load balancer subnet's list (empty).
   * @default none unless `publicLoadBalancerSubnet` is true
   */
  readonly publicLoadBalancers?: CoreSecurityList;
  /** The bastion subnet's list: egress only to the API endpoint subnet on TCP 6443. */
  readonly bastion: CoreSecurityList;
}

/**
 * The network settings a user chooses (everything but the compartment and cluster name, which the composite
 * HardenedCluster supplies).
 */
export interface ClusterNetworkOptions {
  /**
   * CIDR block of the VCN the construct creates (/16 to /20 for the default subnet layout).
   * @default '10.0.0.0/16'
   */
  readonly vcnCidr?: string;
  /**
   * Pod networking. With VCN-native, pods get VCN addresses from their own subnet and their own NSG.
   * @default CniType.OCI_VCN_IP_NATIVE
   */
  readonly cni?: CniType;
  /**
   * Subnet CIDR blocks by role; each must lie inside the VCN and not overlap another.
   * @default carved from the VCN (see ClusterSubnetCidrs)
   */
  readonly subnetCidrs?: ClusterSubnetCidrs;
  /**
   * Create a public subnet for internet-facing load balancers, with an internet gateway and a route table for it,
   * and let the load balancer NSG accept HTTPS from 0.0.0.0/0. Nothing else becomes public.
   * @default false (no public subnet, no internet gateway; load balancers are internal)
   */
  readonly publicLoadBalancerSubnet?: boolean;
  /**
   * Let load balancers also accept plain HTTP on port 80 (from the VCN, and from the internet when
   * `publicLoadBalancerSubnet` is true).
   * @default false (HTTPS on 443 only)
   */
  readonly loadBalancerHttp?: boolean;
  /**
   * Let worker nodes open HTTPS (TCP 443) connections to the internet through the NAT gateway, for images of
   * components the library installs from outside OCIR (the Cilium images from quay.io). Oracle services (OCIR,
   * Object Storage) are reached through the service gateway either way. Pods never get it from this prop.
   * @default false for a ClusterNetwork on its own; HardenedCluster sets it while Cilium is installed without
   *   `kubernetes.imageRegistryMirror`
   */
  readonly allowInternetEgress?: boolean;
  /**
   * Let pods open HTTPS (TCP 443) connections to the internet through the NAT gateway. Application images come
   * from OCIR through the service gateway and need no internet; this exception is recorded as a waiver (NET-10)
   * with the given reason.
   * @default - no pod internet egress
   */
  readonly podInternetEgress?: PodInternetEgress;
  /**
   * CIDR blocks (besides workers, pods and the bastion) allowed to reach the private API endpoint on 6443, e.g.
   * an admin network connected through a DRG. Blocks that cover the internet or a large share of it (shorter
   * than /8, or more than one /8 together) are refused.
   * @default [] (only workers, pods and the bastion)
   */
  readonly apiAdminCidrs?: string[];
  /**
   * Use an existing VCN and subnets: the construct then creates only the network security groups (in that VCN)
   * and no VCN, gateways, route tables, security lists or subnets.
   * @default none (the construct creates the whole network)
   */
  readonly existingVcn?: ExistingVcn;
  /**
   * Extra freeform tags for every resource (the library's own tags always win).
   * @default {}
   */
  readonly tags?: { [key: string]: string };
}

export interface ClusterNetworkProps extends ClusterNetworkOptions {
  /** OCID of the compartment the network resources are created in. */
  readonly compartmentId: string;
  /**
   * The OIDC issuer the API server must reach (HardenedCluster passes `oidc.issuerCidrs`): the API endpoint subnet
   * then routes through the NAT gateway and its NSG allows TCP 443 to these blocks.
   * @default - no OIDC: the API endpoint reaches Oracle services only
   */
  readonly oidcIssuerEgress?: OidcIssuerEgress;
  /**
   * Name of the cluster; prefixes every display name and derives the VCN DNS label (at most 15 letters and
   * digits, starting with a letter). Letters, digits and hyphens, starting with a letter or digit.
   */
  readonly clusterName: string;
}

const DEFAULT_VCN_CIDR = '10.0.0.0/16';

/**
 * The network of a private, hardened OKE cluster: a VCN with private subnets per role (all with
 * prohibit_public_ip_on_vnic and prohibit_internet_ingress), a NAT gateway, a service gateway to all Oracle
 * services of the region, route tables, the VCN's default security list and route table emptied, and one network
 * security group per role holding exactly the rules Oracle documents for private clusters with the chosen CNI.
 * An internet gateway exists only with `publicLoadBalancerSubnet`. With `existingVcn`, only the NSGs are created.
 */
export class ClusterNetwork extends Construct {
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

  constructor(scope: Construct, id: string, props: ClusterNetworkProps) {
    super(scope, id);
    const v = validate(props);
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
}

function nsgDisplaySuffix(role: NsgRole): string {
  return ({ apiEndpoint: 'api-endpoint', workers: 'workers', pods: 'pods', loadBalancers: 'load-balancers', bastion: 'bastion' } as const)[role];
}

interface ValidatedNetwork {
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
function validate(props: ClusterNetworkProps): ValidatedNetwork {
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
