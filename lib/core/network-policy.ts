import { ipv6Prefix, isAnywhere } from './cidr';

/**
 * NetworkPolicy facts shared by the Kubernetes baseline (which must never write an allow-all rule) and the
 * compliance catalog (which refuses one in any manifest): one predicate, so the two cannot disagree.
 */

/** The instance metadata service; pods must never reach it (node credentials). */
export const INSTANCE_METADATA_CIDR = '169.254.169.254/32';

/**
 * True when a label selector selects everything: absent, null, `{}`, or only an empty `matchLabels` and/or an empty
 * `matchExpressions` ("Labels and Selectors": an empty label selector matches all objects).
 */
export function isEmptyLabelSelector(selector: unknown): boolean {
  if (selector === undefined || selector === null) return true;
  if (typeof selector !== 'object') return false;
  const s = selector as { matchLabels?: unknown; matchExpressions?: unknown };
  const labels = s.matchLabels === undefined || s.matchLabels === null ? 0 : Object.keys(s.matchLabels as object).length;
  const expressions = Array.isArray(s.matchExpressions) ? s.matchExpressions.length : 0;
  return labels === 0 && expressions === 0;
}

/** True for a block that is the whole IPv4 or IPv6 address space (0.0.0.0/0, ::/0). */
export function isWholeAddressSpace(cidr: unknown): boolean {
  return typeof cidr === 'string' && (isAnywhere(cidr) || ipv6Prefix(cidr) === 0);
}

/**
 * Why a NetworkPolicy ingress (`from`) or egress (`to`) rule admits every peer, or undefined when it does not.
 * "Network Policies" (Kubernetes docs): a rule without peers matches all sources/destinations; an ipBlock of the
 * whole address space without `except` admits everything; a `namespaceSelector` that selects every namespace,
 * without a narrowing `podSelector`, admits every pod of every namespace.
 */
export function allowAllRuleReason(rule: unknown, direction: 'ingress' | 'egress'): string | undefined {
  const key = direction === 'ingress' ? 'from' : 'to';
  const raw = (rule as Record<string, unknown> | undefined)?.[key];
  const peers: unknown[] = Array.isArray(raw) ? raw : [];
  if (peers.length === 0) return `a rule without "${key}" admits every peer`;
  for (const p of peers) {
    const peer = (p ?? {}) as { ipBlock?: { cidr?: unknown; except?: unknown[] }; namespaceSelector?: unknown; podSelector?: unknown };
    if (peer.ipBlock) {
      if (isWholeAddressSpace(peer.ipBlock.cidr) && (peer.ipBlock.except ?? []).length === 0) return `ipBlock ${String(peer.ipBlock.cidr)} without except`;
      continue;
    }
    if ('namespaceSelector' in peer && isEmptyLabelSelector(peer.namespaceSelector) && isEmptyLabelSelector(peer.podSelector)) {
      return 'an empty namespaceSelector admits every pod of every namespace';
    }
  }
  return undefined;
}

/** True when a NetworkPolicy rule admits every peer (see {@link allowAllRuleReason}). */
export function isAllowAllRule(rule: unknown, direction: 'ingress' | 'egress'): boolean {
  return allowAllRuleReason(rule, direction) !== undefined;
}
