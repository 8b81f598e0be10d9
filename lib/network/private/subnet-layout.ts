/**
 * Default subnet CIDRs carved from the VCN, and DNS label derivation. Pure functions, unit-tested.
 */
import { parseCidr, subnetOf } from '../../core/cidr';

export type SubnetRole = 'apiEndpoint' | 'workers' | 'pods' | 'loadBalancers' | 'publicLoadBalancers' | 'bastion';

/** Every subnet role in a fixed order (creation order, validation order). */
export const SUBNET_ROLES: readonly SubnetRole[] = ['apiEndpoint', 'workers', 'pods', 'loadBalancers', 'publicLoadBalancers', 'bastion'];

/** VCN prefixes the default layout supports: OCI's largest VCN is /16; /20 still leaves /28s for the small subnets. */
export const DEFAULT_LAYOUT_MIN_PREFIX = 16;
export const DEFAULT_LAYOUT_MAX_PREFIX = 20;

export interface LayoutOptions {
  /** Carve a pod subnet (VCN-native pod networking). */
  readonly pods: boolean;
  /** Carve a public load balancer subnet. */
  readonly publicLoadBalancers: boolean;
}

/**
 * The default CIDR of every subnet for a VCN of prefix /p (16 <= p <= 20). For 10.0.0.0/16:
 *
 *     apiEndpoint          10.0.0.0/28     (/28: Oracle's recommended endpoint size)
 *     bastion              10.0.0.16/28
 *     loadBalancers        10.0.2.0/24     (/(p+8))
 *     publicLoadBalancers  10.0.3.0/24     (/(p+8), only when asked)
 *     workers              10.0.64.0/18    (a quarter of the VCN)
 *     pods                 10.0.128.0/17   (half of the VCN: the biggest block, one IP per pod)
 *
 * The small subnets share the first quarter; the rest stays free for later use.
 * Returns undefined when the VCN is too small (or malformed) for this layout.
 */
export function defaultSubnetLayout(vcnCidr: string, options: LayoutOptions): Partial<Record<SubnetRole, string>> | undefined {
  const vcn = parseCidr(vcnCidr);
  if (!vcn || vcn.prefix < DEFAULT_LAYOUT_MIN_PREFIX || vcn.prefix > DEFAULT_LAYOUT_MAX_PREFIX) return undefined;
  const p = vcn.prefix;
  const layout: Partial<Record<SubnetRole, string>> = {
    apiEndpoint: subnetOf(vcnCidr, 28, 0),
    workers: subnetOf(vcnCidr, p + 2, 1),
    loadBalancers: subnetOf(vcnCidr, p + 8, 2),
    bastion: subnetOf(vcnCidr, 28, 1),
  };
  if (options.pods) layout.pods = subnetOf(vcnCidr, p + 1, 1);
  if (options.publicLoadBalancers) layout.publicLoadBalancers = subnetOf(vcnCidr, p + 8, 3);
  return layout;
}

/** Fixed DNS labels of the subnets (unique within a VCN, which is their scope). */
export const SUBNET_DNS_LABELS: Record<SubnetRole, string> = {
  apiEndpoint: 'api',
  workers: 'workers',
  pods: 'pods',
  loadBalancers: 'lb',
  publicLoadBalancers: 'publb',
  bastion: 'bastion',
};

/** Names used in display names, e.g. `prod-workers`. */
export const SUBNET_DISPLAY_SUFFIXES: Record<SubnetRole, string> = {
  apiEndpoint: 'api-endpoint',
  workers: 'workers',
  pods: 'pods',
  loadBalancers: 'load-balancers',
  publicLoadBalancers: 'public-load-balancers',
  bastion: 'bastion',
};

/** OCI DNS labels: at most 15 characters, letters and digits, starting with a letter. */
export const DNS_LABEL_MAX = 15;

/**
 * A VCN DNS label derived from the cluster name: lower-cased, non-alphanumerics dropped, prefixed with `k` when it
 * would start with a digit. Names that do not fit in 15 characters keep their first 11 characters plus 4 hex
 * digits of a hash of the whole name, so two long names that share a prefix still get different labels.
 */
export function vcnDnsLabel(clusterName: string): string {
  let label = clusterName.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (!/^[a-z]/.test(label)) label = `k${label}`;
  if (label.length <= DNS_LABEL_MAX) return label;
  return label.slice(0, DNS_LABEL_MAX - 4) + fnv1a(clusterName).toString(16).padStart(8, '0').slice(0, 4);
}

/** 32-bit FNV-1a: tiny, deterministic, good enough to tell names apart. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
