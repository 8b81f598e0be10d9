import { coversInternet } from '../../core/cidr';
import { block, blocksOf, num } from '../model';

/** A security rule normalized from an NSG rule or a security list entry. */
export interface NormalizedRule {
  readonly direction: 'INGRESS' | 'EGRESS';
  /** `all`, `6` (TCP), `17` (UDP), `1` (ICMP) or another protocol number. */
  readonly protocol: string;
  /** Source (ingress) or destination (egress). */
  readonly peer: string;
  readonly peerType: string;
  /** Destination port range; undefined = every port. */
  readonly ports?: { readonly min: number; readonly max: number };
  readonly description?: string;
  /** ICMP type/code, when the rule carries icmp_options. */
  readonly icmp?: { readonly type?: number; readonly code?: number };
}

export const ADMIN_PORTS: readonly number[] = [22, 3389, 6443, 10250, 12250];
export const PROTOCOL_NAMES: Record<string, string> = { all: 'all', 6: 'tcp', 17: 'udp', 1: 'icmp', 58: 'icmpv6' };

function range(options: any, nsg: boolean): { min: number; max: number } | undefined {
  const o = block(options);
  if (!o) return undefined;
  const r = nsg ? block(o.destination_port_range) : o;
  const min = num(r?.min);
  const max = num(r?.max);
  if (min === undefined && max === undefined) return undefined;
  return { min: min ?? 1, max: max ?? 65535 };
}

function icmp(body: any): { type?: number; code?: number } | undefined {
  const o = block(body?.icmp_options);
  return o ? { type: num(o.type), code: num(o.code) } : undefined;
}

function ports(body: any, protocol: string, nsg: boolean): { min: number; max: number } | undefined {
  if (protocol === '6') return range(body.tcp_options, nsg);
  if (protocol === '17') return range(body.udp_options, nsg);
  return undefined;
}

/** An `oci_core_network_security_group_security_rule` body. */
export function nsgRule(body: any): NormalizedRule {
  const direction = String(body?.direction ?? '').toUpperCase() === 'EGRESS' ? 'EGRESS' : 'INGRESS';
  const protocol = String(body?.protocol ?? 'all').toLowerCase();
  const peer = String((direction === 'INGRESS' ? body?.source : body?.destination) ?? '');
  const peerType = String((direction === 'INGRESS' ? body?.source_type : body?.destination_type) ?? 'CIDR_BLOCK');
  return { direction, protocol, peer, peerType, ports: ports(body, protocol, true), description: body?.description, icmp: icmp(body) };
}

/** The rules of an `oci_core_security_list` / `oci_core_default_security_list` body. */
export function securityListRules(body: any): NormalizedRule[] {
  const ingress = blocksOf(body, 'ingress_security_rules').map((r): NormalizedRule => {
    const protocol = String(r.protocol ?? 'all').toLowerCase();
    return { direction: 'INGRESS', protocol, peer: String(r.source ?? ''), peerType: String(r.source_type ?? 'CIDR_BLOCK'), ports: ports(r, protocol, false), description: r.description, icmp: icmp(r) };
  });
  const egress = blocksOf(body, 'egress_security_rules').map((r): NormalizedRule => {
    const protocol = String(r.protocol ?? 'all').toLowerCase();
    return { direction: 'EGRESS', protocol, peer: String(r.destination ?? ''), peerType: String(r.destination_type ?? 'CIDR_BLOCK'), ports: ports(r, protocol, false), description: r.description, icmp: icmp(r) };
  });
  return [...ingress, ...egress];
}

/**
 * True when the rule's peer is the internet or a large share of it (core/cidr coversInternet: IPv4 shorter than /8,
 * e.g. 0.0.0.0/0 or 0.0.0.0/1; IPv6 shorter than /16, e.g. ::/0), the same rule the allow-lists follow.
 */
export function fromInternet(rule: NormalizedRule): boolean {
  return (rule.peerType === 'CIDR_BLOCK' || rule.peerType === '') && coversInternet(rule.peer);
}

/** True when the rule lets traffic reach `port` (TCP or UDP). */
export function coversPort(rule: NormalizedRule, port: number): boolean {
  if (rule.protocol === 'all') return true;
  if (rule.protocol !== '6' && rule.protocol !== '17') return false;
  return !rule.ports || (rule.ports.min <= port && port <= rule.ports.max);
}

export function describeRule(rule: NormalizedRule): string {
  const proto = PROTOCOL_NAMES[rule.protocol] ?? `proto ${rule.protocol}`;
  const p = rule.protocol === 'all' ? '' : rule.ports ? (rule.ports.min === rule.ports.max ? `/${rule.ports.min}` : `/${rule.ports.min}-${rule.ports.max}`) : rule.protocol === '6' || rule.protocol === '17' ? '/all ports' : '';
  return `${rule.direction.toLowerCase()} ${proto}${p} ${rule.direction === 'INGRESS' ? 'from' : 'to'} ${rule.peer}`;
}

/** The admin/cluster ports a rule opens to the internet. */
export function exposedAdminPorts(rule: NormalizedRule): number[] {
  if (rule.direction !== 'INGRESS' || !fromInternet(rule)) return [];
  return ADMIN_PORTS.filter((p) => coversPort(rule, p));
}

/**
 * Internet ingress Oracle documents for OKE: TCP 80/443 to public load balancers, and ICMP type 3 code 4
 * (path MTU discovery) from anywhere.
 */
export function isDocumentedInternetIngress(rule: NormalizedRule): boolean {
  if (rule.protocol === '1') return rule.icmp?.type === 3 && rule.icmp?.code === 4;
  return rule.protocol === '6' && rule.ports !== undefined &&
    ((rule.ports.min === 443 && rule.ports.max === 443) || (rule.ports.min === 80 && rule.ports.max === 80));
}
