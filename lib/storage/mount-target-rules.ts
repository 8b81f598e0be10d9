/**
 * NSG rules between worker nodes and File Storage mount targets, as ONE table.
 *
 * Source: Oracle's "Configuring VCN Security Rules for File Storage", Scenario A (mount target and instance in
 * different subnets, recommended) and Scenario C (TLS in-transit encryption), as required by "Provisioning PVCs on
 * the File Storage Service" (steps 3 and "Encrypting Data In Transit on a New File System"):
 * - mount target: stateful ingress from the instances to TCP 111, 2048-2050 and UDP 111, 2048; stateful egress from
 *   TCP 111, 2048-2050 and UDP 111 to the instances;
 * - in-transit TLS: stateful ingress to TCP 2051 and stateful egress from TCP 2051;
 * - the instances (worker nodes): egress to the same ports of the mount target. Every rule is stateful, so replies
 *   need no rule of their own.
 * Peers are NSGs (workers <-> mount targets), never CIDR blocks.
 */
export type MountTargetRuleSide = 'mountTarget' | 'workers';
export type MountTargetRuleProtocol = 'TCP' | 'UDP';

export interface MountTargetRule {
  /** NSG the rule belongs to. */
  readonly side: MountTargetRuleSide;
  readonly direction: 'INGRESS' | 'EGRESS';
  readonly protocol: MountTargetRuleProtocol;
  /** Port range, matched as destination port (ingress to the mount target, egress from workers) or source port. */
  readonly ports: { readonly min: number; readonly max: number };
  /** Which end of the connection `ports` is. */
  readonly portEnd: 'destination' | 'source';
  /** Stable key for the resource id. */
  readonly key: string;
  readonly description: string;
}

export const FSS_PORTS = {
  rpcbind: 111,
  nfsMin: 2048,
  nfsMax: 2050,
  nfsUdp: 2048,
  /** TLS in-transit encryption (oci-fss-utils on the node). */
  tls: 2051,
} as const;

const range = (min: number, max = min) => ({ min, max });

export function mountTargetRules(): MountTargetRule[] {
  const rules: MountTargetRule[] = [];
  const tcp = [
    { key: 'rpcbind', ports: range(FSS_PORTS.rpcbind), what: 'rpcbind' },
    { key: 'nfs', ports: range(FSS_PORTS.nfsMin, FSS_PORTS.nfsMax), what: 'NFS, MOUNT and NLM' },
    { key: 'tls', ports: range(FSS_PORTS.tls), what: 'NFS over TLS (in-transit encryption)' },
  ];
  const udpIngress = [
    { key: 'rpcbind', ports: range(FSS_PORTS.rpcbind), what: 'rpcbind' },
    { key: 'nfs', ports: range(FSS_PORTS.nfsUdp), what: 'MOUNT' },
  ];
  for (const t of tcp) {
    rules.push({ side: 'mountTarget', direction: 'INGRESS', protocol: 'TCP', ports: t.ports, portEnd: 'destination', key: `workers-tcp-${t.key}`,
      description: `Worker nodes reach the mount target: ${t.what}` });
    rules.push({ side: 'mountTarget', direction: 'EGRESS', protocol: 'TCP', ports: t.ports, portEnd: 'source', key: `workers-tcp-${t.key}`,
      description: `Mount target answers worker nodes from its ${t.what} port(s)` });
    rules.push({ side: 'workers', direction: 'EGRESS', protocol: 'TCP', ports: t.ports, portEnd: 'destination', key: `mount-targets-tcp-${t.key}`,
      description: `Worker nodes mount File Storage: ${t.what}` });
  }
  for (const u of udpIngress) {
    rules.push({ side: 'mountTarget', direction: 'INGRESS', protocol: 'UDP', ports: u.ports, portEnd: 'destination', key: `workers-udp-${u.key}`,
      description: `Worker nodes reach the mount target: ${u.what} (UDP)` });
    rules.push({ side: 'workers', direction: 'EGRESS', protocol: 'UDP', ports: u.ports, portEnd: 'destination', key: `mount-targets-udp-${u.key}`,
      description: `Worker nodes mount File Storage: ${u.what} (UDP)` });
  }
  rules.push({ side: 'mountTarget', direction: 'EGRESS', protocol: 'UDP', ports: range(FSS_PORTS.rpcbind), portEnd: 'source', key: 'workers-udp-rpcbind',
    description: 'Mount target answers worker nodes from rpcbind (UDP)' });
  return rules;
}
