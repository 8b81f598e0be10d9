/**
 * Props, options and result shapes of ClusterNetwork (kept apart from the construct so the public surface reads in
 * one place).
 */
import { CoreDefaultRouteTable } from '../generated/providers/oci/core-default-route-table';
import { CoreNetworkSecurityGroup } from '../generated/providers/oci/core-network-security-group';
import { CoreRouteTable } from '../generated/providers/oci/core-route-table';
import { CoreSecurityList } from '../generated/providers/oci/core-security-list';
import { CoreSubnet } from '../generated/providers/oci/core-subnet';
import { CniType } from './cni-type';
import { OidcIssuerEgress, PodInternetEgress } from './egress-options';

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
   * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Concepts/contengcidrblocks.htm
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
   * and no VCN, gateways, route tables, security lists or subnets. The VCN and subnets must be in the cluster's
   * compartment (`compartmentId`), which the cluster's network grants name; the plan checks it.
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
   * The cluster's Kubernetes API endpoint gets a public IP (HardenedCluster passes `publicEndpoint`): only with
   * `existingVcn`, whose API endpoint subnet must then be public, which the plan checks. Oracle, "Network Resource
   * Configuration for Cluster Creation and Deployment": "If you specify a public subnet for the Kubernetes API
   * endpoint, you can optionally expose the endpoint to the internet by assigning a public IP address".
   * @default false (the API endpoint subnet must be private)
   * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Concepts/contengnetworkconfig.htm
   */
  readonly publicApiEndpoint?: boolean;
  /**
   * Name of the cluster; prefixes every display name and derives the VCN DNS label (at most 15 letters and
   * digits, starting with a letter). Letters, digits and hyphens, starting with a letter or digit.
   */
  readonly clusterName: string;
}
