/**
 * The network security group rules of a private OKE cluster, as a pure table.
 *
 * Source: Oracle's "Network Resource Configuration for Cluster Creation and Deployment" and "Example Network
 * Resource Configurations" (Example 2: flannel, private API endpoint; Example 4: VCN-native pod networking,
 * private API endpoint), https://docs.oracle.com/en-us/iaas/Content/ContEng/Concepts/contengnetworkconfig.htm and
 * .../contengnetworkconfigexample.htm. Oracle writes the rules per subnet CIDR and says the same rules apply to
 * NSGs; here a peer that is another OKE role is that role's NSG, so a rule follows the VNICs (nodes, pods, LBs,
 * endpoint) rather than address ranges.
 *
 * Deliberate differences from the documented examples, each tighter than Oracle's:
 * - Path MTU discovery (ICMP type 3 code 4) ingress comes from the VCN CIDR, not 0.0.0.0/0: nothing in the
 *   table admits ingress from the internet unless the public load balancer subnet is switched on.
 * - Client access to the API endpoint (TCP 6443) is only from workers, pods, the bastion subnet and the listed
 *   admin CIDRs; Oracle's "External access" 0.0.0.0/0 rule is for public endpoints and is never produced.
 * - Internet egress (Oracle's "optional" rules) is TCP 443 only: workers only while a library-installed component
 *   pulls images from outside OCIR, pods never unless waived, the API endpoint only to the OIDC issuer's CIDRs.
 * - Load balancers listen on 443 (80 only when asked), from inside the VCN unless the public subnet is on.
 *
 * Additions beyond the documented examples, taken from Oracle's own terraform-oci-oke module
 * (modules/network/nsg-workers.tf, nsg-pods.tf): workers <-> workers all protocols for both CNIs (node-to-node
 * traffic such as hostNetwork pods and NodePorts across nodes), and workers <-> pods all protocols for VCN-native
 * (metrics-server and hostNetwork daemons reach kubelets and pods across subnets).
 */
import { CniType } from '../cni-type';

/** The roles that get a network security group. */
export type NsgRole = 'apiEndpoint' | 'workers' | 'pods' | 'loadBalancers' | 'bastion';

/** Every role in a fixed order (the order NSGs and rules are created in, so synthesis is deterministic). */
export const NSG_ROLES: readonly NsgRole[] = ['apiEndpoint', 'workers', 'pods', 'loadBalancers', 'bastion'];

export type RuleDirection = 'INGRESS' | 'EGRESS';
export type RuleProtocol = 'TCP' | 'UDP' | 'ICMP' | 'ALL';

/** Protocol numbers as the OCI API wants them. */
export const PROTOCOL_NUMBERS: Record<RuleProtocol, string> = { TCP: '6', UDP: '17', ICMP: '1', ALL: 'all' };

/** The other end of a rule: another role's NSG, a CIDR block, or the "All <region> Services" label. */
export type RulePeer =
  | { readonly type: 'NETWORK_SECURITY_GROUP'; readonly role: NsgRole }
  | { readonly type: 'CIDR_BLOCK'; readonly cidr: string }
  | { readonly type: 'SERVICE_CIDR_BLOCK' };

export interface PortRange {
  readonly min: number;
  readonly max: number;
}

export interface NsgRuleSpec {
  /** The NSG that holds the rule. */
  readonly role: NsgRole;
  readonly direction: RuleDirection;
  /** Short, stable name of the rule within its role and direction; part of the resource address. */
  readonly key: string;
  readonly protocol: RuleProtocol;
  /** TCP or UDP destination ports; absent means all ports. */
  readonly ports?: PortRange;
  /** ICMP type and code; absent means all ICMP. */
  readonly icmp?: { readonly type: number; readonly code: number };
  /** Source (ingress) or destination (egress). */
  readonly peer: RulePeer;
  /** Why the rule exists; goes into the rule's description in OCI. */
  readonly description: string;
}

export interface NsgRuleTableInput {
  readonly cni: CniType;
  /** The VCN's CIDR block: source of path-discovery ICMP and of internal load balancer clients. */
  readonly vcnCidr: string;
  /**
   * CIDR of the subnet the OCI Bastion's private endpoint lives in. OCI Bastion cannot join an NSG, so the API
   * endpoint admits it by subnet CIDR.
   */
  readonly bastionSubnetCidr: string;
  /** Extra CIDR blocks allowed to reach the API endpoint on 6443 (e.g. an admin network behind a DRG). */
  readonly apiAdminCidrs: readonly string[];
  /** True when a public load balancer subnet exists: only then may load balancers take internet traffic. */
  readonly publicLoadBalancers: boolean;
  /** Load balancers also listen on plain HTTP (port 80). */
  readonly loadBalancerHttp: boolean;
  /**
   * Worker nodes may open HTTPS connections to the internet through the NAT gateway (needed while a component the
   * library installs pulls images from outside OCIR, e.g. Cilium from quay.io).
   */
  readonly workerInternetEgress: boolean;
  /** Pods may open HTTPS connections to the internet through the NAT gateway (a waived exception). */
  readonly podInternetEgress: boolean;
  /**
   * Destinations the API endpoint may reach on TCP 443 through the NAT gateway: the OIDC issuer's discovery and
   * JWKS endpoints. Empty without OIDC.
   */
  readonly apiEndpointHttpsEgressCidrs: readonly string[];
}

export const PORTS = {
  kubernetesApi: 6443,
  /** OKE's control-plane tunnel port (workers and pods reach the control plane through it). */
  okeControlPlane: 12250,
  kubelet: 10250,
  /** kube-proxy health check, probed by load balancers. */
  kubeProxyHealth: 10256,
  nodePortMin: 30000,
  nodePortMax: 32767,
  https: 443,
  http: 80,
} as const;

/** Name filter (regex) of the data oci_core_services entry "All <region> Services In Oracle Services Network", whatever the region. */
export const ALL_SERVICES_NAME_REGEX = 'All .* Services In Oracle Services Network';

/** ICMP "destination unreachable / fragmentation needed": path MTU discovery. */
const PATH_DISCOVERY = { type: 3, code: 4 } as const;

const nsg = (role: NsgRole): RulePeer => ({ type: 'NETWORK_SECURITY_GROUP', role });
const cidr = (block: string): RulePeer => ({ type: 'CIDR_BLOCK', cidr: block });
const services: RulePeer = { type: 'SERVICE_CIDR_BLOCK' };
const port = (p: number): PortRange => ({ min: p, max: p });

/** A stable resource-id fragment for a CIDR, e.g. `203-0-113-0-24`. */
export function cidrKey(block: string): string {
  return block.replace(/[./]/g, '-');
}

/** The construct id of a rule: role, direction and key, so adding rules never renames existing ones. */
export function ruleId(rule: NsgRuleSpec): string {
  return `${rule.role}-${rule.direction.toLowerCase()}-${rule.key}`;
}

/** The exact NSG rules for a private OKE cluster with the given CNI and subnets. */
export function nsgRuleTable(input: NsgRuleTableInput): NsgRuleSpec[] {
  const native = input.cni === CniType.OCI_VCN_IP_NATIVE;
  const rules: NsgRuleSpec[] = [];
  const add = (rule: NsgRuleSpec) => rules.push(rule);

  // --- Kubernetes API endpoint ---------------------------------------------------------------------------
  add({ role: 'apiEndpoint', direction: 'INGRESS', key: 'workers-api', protocol: 'TCP', ports: port(PORTS.kubernetesApi), peer: nsg('workers'),
    description: 'Kubernetes worker to Kubernetes API endpoint communication' });
  add({ role: 'apiEndpoint', direction: 'INGRESS', key: 'workers-control-plane', protocol: 'TCP', ports: port(PORTS.okeControlPlane), peer: nsg('workers'),
    description: 'Kubernetes worker to control plane communication' });
  add({ role: 'apiEndpoint', direction: 'INGRESS', key: 'workers-path-discovery', protocol: 'ICMP', icmp: PATH_DISCOVERY, peer: nsg('workers'),
    description: 'Path MTU discovery from worker nodes' });
  if (native) {
    add({ role: 'apiEndpoint', direction: 'INGRESS', key: 'pods-api', protocol: 'TCP', ports: port(PORTS.kubernetesApi), peer: nsg('pods'),
      description: 'Pod to Kubernetes API endpoint communication (VCN-native pod networking)' });
    add({ role: 'apiEndpoint', direction: 'INGRESS', key: 'pods-control-plane', protocol: 'TCP', ports: port(PORTS.okeControlPlane), peer: nsg('pods'),
      description: 'Pod to control plane communication (VCN-native pod networking)' });
  }
  add({ role: 'apiEndpoint', direction: 'INGRESS', key: 'bastion-api', protocol: 'TCP', ports: port(PORTS.kubernetesApi), peer: cidr(input.bastionSubnetCidr),
    description: 'kubectl through the OCI Bastion port-forwarding session (Bastion cannot join an NSG, so its subnet CIDR)' });
  for (const admin of input.apiAdminCidrs) {
    add({ role: 'apiEndpoint', direction: 'INGRESS', key: `admin-${cidrKey(admin)}-api`, protocol: 'TCP', ports: port(PORTS.kubernetesApi), peer: cidr(admin),
      description: `Administrator access to the Kubernetes API endpoint from the allow-listed ${admin}` });
  }
  add({ role: 'apiEndpoint', direction: 'EGRESS', key: 'services-tcp', protocol: 'TCP', peer: services,
    description: 'Allow Kubernetes API endpoint to communicate with OKE (Oracle Services Network via the service gateway)' });
  add({ role: 'apiEndpoint', direction: 'EGRESS', key: 'services-path-discovery', protocol: 'ICMP', icmp: PATH_DISCOVERY, peer: services,
    description: 'Path MTU discovery towards the Oracle Services Network' });
  // OIDC: kube-apiserver fetches the issuer's discovery document and JWKS over HTTPS. Oracle's private-endpoint
  // route table has a NAT rule next to the service-gateway rule ("Network Resource Configuration for Cluster
  // Creation and Deployment", route table for a private Kubernetes API endpoint subnet; "Example Network Resource
  // Configurations", Example 2 and 4: routetable-KubernetesAPIendpoint); the NSG opens 443 to the issuer only.
  for (const issuer of input.apiEndpointHttpsEgressCidrs) {
    add({ role: 'apiEndpoint', direction: 'EGRESS', key: `oidc-${cidrKey(issuer)}-https`, protocol: 'TCP', ports: port(PORTS.https), peer: cidr(issuer),
      description: `Kubernetes API endpoint to the OIDC issuer (discovery and JWKS over HTTPS) at ${issuer}, through the NAT gateway` });
  }
  if (native) {
    add({ role: 'apiEndpoint', direction: 'EGRESS', key: 'workers-kubelet', protocol: 'TCP', ports: port(PORTS.kubelet), peer: nsg('workers'),
      description: 'Allow Kubernetes API endpoint to communicate with worker nodes (kubelet)' });
  } else {
    add({ role: 'apiEndpoint', direction: 'EGRESS', key: 'workers-tcp', protocol: 'TCP', peer: nsg('workers'),
      description: 'Allow Kubernetes control plane to communicate with worker nodes (kubelet, and webhooks on the flannel overlay)' });
  }
  add({ role: 'apiEndpoint', direction: 'EGRESS', key: 'workers-path-discovery', protocol: 'ICMP', icmp: PATH_DISCOVERY, peer: nsg('workers'),
    description: 'Path MTU discovery towards worker nodes' });
  if (native) {
    add({ role: 'apiEndpoint', direction: 'EGRESS', key: 'pods-all', protocol: 'ALL', peer: nsg('pods'),
      description: 'Kubernetes API endpoint to pod communication (admission webhooks, aggregated APIs; VCN-native pod networking)' });
  }

  // --- Worker nodes ----------------------------------------------------------------------------------------
  add({ role: 'workers', direction: 'INGRESS', key: 'workers-all', protocol: 'ALL', peer: nsg('workers'),
    description: native ? 'Allow worker nodes to communicate with each other (hostNetwork pods, NodePorts across nodes)'
      : 'Allow pods on one worker node to communicate with pods on other worker nodes (flannel overlay)' });
  if (native) {
    add({ role: 'workers', direction: 'INGRESS', key: 'api-kubelet', protocol: 'TCP', ports: port(PORTS.kubelet), peer: nsg('apiEndpoint'),
      description: 'Allow Kubernetes API endpoint to communicate with worker nodes (kubelet)' });
    add({ role: 'workers', direction: 'INGRESS', key: 'pods-all', protocol: 'ALL', peer: nsg('pods'),
      description: 'Allow pods to reach worker nodes (kubelet for metrics, hostNetwork pods, NodePorts)' });
  } else {
    add({ role: 'workers', direction: 'INGRESS', key: 'api-tcp', protocol: 'TCP', peer: nsg('apiEndpoint'),
      description: 'Allow Kubernetes control plane to communicate with worker nodes (kubelet, and webhooks on the flannel overlay)' });
  }
  add({ role: 'workers', direction: 'INGRESS', key: 'vcn-path-discovery', protocol: 'ICMP', icmp: PATH_DISCOVERY, peer: cidr(input.vcnCidr),
    description: 'Path MTU discovery (limited to the VCN)' });
  // Load balancer subnet -> worker node subnet: TCP and UDP node ports and the kube-proxy health check, as in the
  // worker node subnet and load balancer subnet security rule tables of "Network Resource Configuration for Cluster
  // Creation and Deployment" (UDP for network load balancers of UDP Services; Oracle's terraform-oci-oke
  // nsg-workers has the same UDP 30000-32767 rule from the load balancer NSG).
  add({ role: 'workers', direction: 'INGRESS', key: 'load-balancers-node-ports', protocol: 'TCP', ports: { min: PORTS.nodePortMin, max: PORTS.nodePortMax }, peer: nsg('loadBalancers'),
    description: 'Load balancer to worker nodes node ports' });
  add({ role: 'workers', direction: 'INGRESS', key: 'load-balancers-node-ports-udp', protocol: 'UDP', ports: { min: PORTS.nodePortMin, max: PORTS.nodePortMax }, peer: nsg('loadBalancers'),
    description: 'Load balancer to worker nodes node ports (UDP)' });
  add({ role: 'workers', direction: 'INGRESS', key: 'load-balancers-health-check', protocol: 'TCP', ports: port(PORTS.kubeProxyHealth), peer: nsg('loadBalancers'),
    description: 'Allow load balancer to communicate with kube-proxy on worker nodes (health check)' });

  add({ role: 'workers', direction: 'EGRESS', key: 'workers-all', protocol: 'ALL', peer: nsg('workers'),
    description: native ? 'Allow worker nodes to communicate with each other (hostNetwork pods, NodePorts across nodes)'
      : 'Allow pods on one worker node to communicate with pods on other worker nodes (flannel overlay)' });
  if (native) {
    add({ role: 'workers', direction: 'EGRESS', key: 'pods-all', protocol: 'ALL', peer: nsg('pods'),
      description: 'Allow worker nodes to access pods' });
  }
  add({ role: 'workers', direction: 'EGRESS', key: 'api-api', protocol: 'TCP', ports: port(PORTS.kubernetesApi), peer: nsg('apiEndpoint'),
    description: 'Kubernetes worker to Kubernetes API endpoint communication' });
  add({ role: 'workers', direction: 'EGRESS', key: 'api-control-plane', protocol: 'TCP', ports: port(PORTS.okeControlPlane), peer: nsg('apiEndpoint'),
    description: 'Kubernetes worker to control plane communication' });
  add({ role: 'workers', direction: 'EGRESS', key: 'services-tcp', protocol: 'TCP', peer: services,
    description: 'Allow worker nodes to communicate with OKE and OCI services (registry, object storage) via the service gateway' });
  add({ role: 'workers', direction: 'EGRESS', key: 'path-discovery', protocol: 'ICMP', icmp: PATH_DISCOVERY, peer: cidr('0.0.0.0/0'),
    description: 'Path MTU discovery' });
  if (input.workerInternetEgress) {
    add({ role: 'workers', direction: 'EGRESS', key: 'internet-https', protocol: 'TCP', ports: port(PORTS.https), peer: cidr('0.0.0.0/0'),
      description: 'Allow worker nodes to reach HTTPS endpoints on the internet through the NAT gateway (images of library-installed components from outside OCIR)' });
  }

  // --- Pods (VCN-native only: with flannel, pod traffic is worker-node traffic) -------------------------------
  if (native) {
    add({ role: 'pods', direction: 'INGRESS', key: 'workers-all', protocol: 'ALL', peer: nsg('workers'),
      description: 'Allow worker nodes to access pods' });
    add({ role: 'pods', direction: 'INGRESS', key: 'api-all', protocol: 'ALL', peer: nsg('apiEndpoint'),
      description: 'Kubernetes API endpoint to pod communication (admission webhooks, aggregated APIs)' });
    add({ role: 'pods', direction: 'INGRESS', key: 'pods-all', protocol: 'ALL', peer: nsg('pods'),
      description: 'Allow pods to communicate with other pods' });
    add({ role: 'pods', direction: 'INGRESS', key: 'vcn-path-discovery', protocol: 'ICMP', icmp: PATH_DISCOVERY, peer: cidr(input.vcnCidr),
      description: 'Path MTU discovery (limited to the VCN)' });

    add({ role: 'pods', direction: 'EGRESS', key: 'pods-all', protocol: 'ALL', peer: nsg('pods'),
      description: 'Allow pods to communicate with other pods' });
    add({ role: 'pods', direction: 'EGRESS', key: 'workers-all', protocol: 'ALL', peer: nsg('workers'),
      description: 'Allow pods to reach worker nodes (kubelet for metrics, hostNetwork pods, NodePorts)' });
    add({ role: 'pods', direction: 'EGRESS', key: 'api-api', protocol: 'TCP', ports: port(PORTS.kubernetesApi), peer: nsg('apiEndpoint'),
      description: 'Pod to Kubernetes API endpoint communication' });
    add({ role: 'pods', direction: 'EGRESS', key: 'api-control-plane', protocol: 'TCP', ports: port(PORTS.okeControlPlane), peer: nsg('apiEndpoint'),
      description: 'Pod to control plane communication' });
    add({ role: 'pods', direction: 'EGRESS', key: 'services-tcp', protocol: 'TCP', peer: services,
      description: 'Allow pods to communicate with OCI services via the service gateway' });
    add({ role: 'pods', direction: 'EGRESS', key: 'services-path-discovery', protocol: 'ICMP', icmp: PATH_DISCOVERY, peer: services,
      description: 'Path MTU discovery towards the Oracle Services Network' });
    if (input.podInternetEgress) {
      add({ role: 'pods', direction: 'EGRESS', key: 'internet-https', protocol: 'TCP', ports: port(PORTS.https), peer: cidr('0.0.0.0/0'),
        description: 'Allow pods to reach HTTPS endpoints on the internet through the NAT gateway (waived exception)' });
    }
  }

  // --- Load balancers --------------------------------------------------------------------------------------
  const listeners: Array<[string, number]> = [['https', PORTS.https]];
  if (input.loadBalancerHttp) listeners.push(['http', PORTS.http]);
  for (const [name, p] of listeners) {
    add({ role: 'loadBalancers', direction: 'INGRESS', key: `vcn-${name}`, protocol: 'TCP', ports: port(p), peer: cidr(input.vcnCidr),
      description: `Load balancer listener (${name.toUpperCase()}) for clients inside the VCN (internal load balancers)` });
  }
  if (input.publicLoadBalancers) {
    for (const [name, p] of listeners) {
      add({ role: 'loadBalancers', direction: 'INGRESS', key: `internet-${name}`, protocol: 'TCP', ports: port(p), peer: cidr('0.0.0.0/0'),
        description: `Load balancer listener (${name.toUpperCase()}) for internet clients; only because the public load balancer subnet is enabled` });
    }
  }
  // Load balancer subnet egress table of "Network Resource Configuration for Cluster Creation and Deployment".
  add({ role: 'loadBalancers', direction: 'EGRESS', key: 'workers-node-ports', protocol: 'TCP', ports: { min: PORTS.nodePortMin, max: PORTS.nodePortMax }, peer: nsg('workers'),
    description: 'Load balancer to worker nodes node ports' });
  add({ role: 'loadBalancers', direction: 'EGRESS', key: 'workers-node-ports-udp', protocol: 'UDP', ports: { min: PORTS.nodePortMin, max: PORTS.nodePortMax }, peer: nsg('workers'),
    description: 'Load balancer to worker nodes node ports (UDP)' });
  add({ role: 'loadBalancers', direction: 'EGRESS', key: 'workers-health-check', protocol: 'TCP', ports: port(PORTS.kubeProxyHealth), peer: nsg('workers'),
    description: 'Allow load balancer to communicate with kube-proxy on worker nodes (health check)' });
  add({ role: 'loadBalancers', direction: 'EGRESS', key: 'workers-path-discovery', protocol: 'ICMP', icmp: PATH_DISCOVERY, peer: nsg('workers'),
    description: 'Path MTU discovery towards worker nodes' });

  // --- Bastion ---------------------------------------------------------------------------------------------
  // OCI Bastion takes no NSG: the binding control is the bastion subnet's security list (bastionSecurityListRules).
  // This NSG-shaped entry states the same intent for any VNIC an operator places in the bastion NSG.
  add({ role: 'bastion', direction: 'EGRESS', key: 'api-api', protocol: 'TCP', ports: port(PORTS.kubernetesApi), peer: nsg('apiEndpoint'),
    description: 'Bastion to Kubernetes API endpoint (kubectl through a port-forwarding session); nothing else' });

  return rules;
}

/** An egress rule of a subnet security list (stateful). */
export interface SecurityListEgressSpec {
  readonly destination: string;
  readonly protocol: RuleProtocol;
  readonly ports?: PortRange;
  readonly description: string;
}

/**
 * The bastion subnet's security list. The OCI Bastion service places a private endpoint in its target subnet but
 * cannot be put in an NSG, so the subnet's security list is what limits it: egress only to the API endpoint
 * subnet on TCP 6443, no ingress (clients reach the bastion through the Bastion service, not through the subnet).
 */
export function bastionSecurityListRules(apiEndpointSubnetCidr: string): SecurityListEgressSpec[] {
  return [{
    destination: apiEndpointSubnetCidr, protocol: 'TCP', ports: port(PORTS.kubernetesApi),
    description: 'Bastion to Kubernetes API endpoint (kubectl through a port-forwarding session); nothing else',
  }];
}

/** The NSG ids and the services CIDR label a rule needs to become Terraform attributes. */
export interface RuleTargets {
  readonly nsgIds: Partial<Record<NsgRole, string>>;
  /** The `cidr_block` of "All <region> Services In Oracle Services Network" (a label such as all-fra-services-in-oracle-services-network). */
  readonly servicesCidr: string;
}

/** Attributes of one `oci_core_network_security_group_security_rule`, in provider (camelCase binding) form. */
export interface RenderedRule {
  readonly direction: RuleDirection;
  readonly protocol: string;
  readonly description: string;
  readonly stateless: boolean;
  readonly source?: string;
  readonly sourceType?: string;
  readonly destination?: string;
  readonly destinationType?: string;
  readonly tcpOptions?: { readonly destinationPortRange: PortRange };
  readonly udpOptions?: { readonly destinationPortRange: PortRange };
  readonly icmpOptions?: { readonly type: number; readonly code: number };
}

/** Turns a rule into resource attributes. Throws when it references an NSG that was not supplied. */
export function renderRule(rule: NsgRuleSpec, targets: RuleTargets): RenderedRule {
  let peer: string;
  if (rule.peer.type === 'NETWORK_SECURITY_GROUP') {
    const id = targets.nsgIds[rule.peer.role];
    if (id === undefined) throw new Error(`rule ${ruleId(rule)} references the ${rule.peer.role} NSG, which does not exist`);
    peer = id;
  } else if (rule.peer.type === 'CIDR_BLOCK') {
    peer = rule.peer.cidr;
  } else {
    peer = targets.servicesCidr;
  }
  const ends = rule.direction === 'INGRESS'
    ? { source: peer, sourceType: rule.peer.type }
    : { destination: peer, destinationType: rule.peer.type };
  return {
    direction: rule.direction,
    protocol: PROTOCOL_NUMBERS[rule.protocol],
    description: rule.description,
    stateless: false,
    ...ends,
    ...(rule.protocol === 'TCP' && rule.ports ? { tcpOptions: { destinationPortRange: rule.ports } } : {}),
    ...(rule.protocol === 'UDP' && rule.ports ? { udpOptions: { destinationPortRange: rule.ports } } : {}),
    ...(rule.protocol === 'ICMP' && rule.icmp ? { icmpOptions: rule.icmp } : {}),
  };
}
