import { cidrContains, isAnywhere, requireCidr } from '../../core/cidr';
import { HardenedOkeValidationError } from '../../core/errors';
import { FlowDirection, FlowPeerKind, NetworkFlow } from '../types';
import { INSTANCE_METADATA_CIDR } from '../../core/network-policy';
import { requireNamespaceName } from './validation';

/** The instance metadata service (owned by core/network-policy, shared with the compliance catalog). */
export const IMDS_CIDR = INSTANCE_METADATA_CIDR;
export { isAllowAllRule } from '../../core/network-policy';

const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];

type Json = Record<string, unknown>;

function selector(labels: Record<string, string> | undefined): Json {
  return labels && Object.keys(labels).length > 0 ? { matchLabels: { ...labels } } : {};
}

/** `except` for a CIDR peer: the user's exceptions plus the metadata service when the block contains it. */
export function cidrExceptions(property: string, cidr: string, except: readonly string[] = []): string[] {
  requireCidr(`${property}.cidr`, cidr);
  const out: string[] = [];
  except.forEach((e, i) => {
    requireCidr(`${property}.except[${i}]`, e);
    if (!cidrContains(cidr, e) || e === cidr) {
      throw new HardenedOkeValidationError(`${property}.except[${i}]`, `${e} is not a proper sub-block of ${cidr}`,
        'list only blocks strictly inside the flow\'s cidr');
    }
    out.push(e);
  });
  if (isAnywhere(cidr) && except.length === 0) {
    throw new HardenedOkeValidationError(`${property}.cidr`, '0.0.0.0/0 without exceptions would open the flow to the whole internet',
      'use the narrowest CIDR the workload needs, or list the private ranges to keep closed in except');
  }
  if (cidrContains(cidr, IMDS_CIDR) && !out.some((e) => cidrContains(e, IMDS_CIDR))) out.push(IMDS_CIDR);
  return out;
}

/** One NetworkPolicy spec for a flow; throws naming `property` for anything that would be allow-all or malformed. */
export function flowPolicySpec(property: string, flow: NetworkFlow): Json {
  if (flow.direction !== FlowDirection.INGRESS && flow.direction !== FlowDirection.EGRESS) {
    throw new HardenedOkeValidationError(`${property}.direction`, `"${flow.direction}" is not a flow direction`, 'use FlowDirection.INGRESS or FlowDirection.EGRESS');
  }
  let peer: Json;
  switch (flow.peer) {
    case FlowPeerKind.SAME_NAMESPACE:
      refuse(property, flow, ['peerNamespace', 'cidr', 'except']);
      peer = { podSelector: selector(flow.peerPodLabels) };
      break;
    case FlowPeerKind.NAMESPACE:
      refuse(property, flow, ['cidr', 'except']);
      if (!flow.peerNamespace) {
        throw new HardenedOkeValidationError(`${property}.peerNamespace`, 'is required for a NAMESPACE peer', 'name the peer namespace');
      }
      requireNamespaceName(`${property}.peerNamespace`, flow.peerNamespace);
      peer = {
        namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': flow.peerNamespace } },
        podSelector: selector(flow.peerPodLabels),
      };
      break;
    case FlowPeerKind.CIDR:
      refuse(property, flow, ['peerNamespace', 'peerPodLabels']);
      if (!flow.cidr) throw new HardenedOkeValidationError(`${property}.cidr`, 'is required for a CIDR peer', 'give an IPv4 CIDR block, e.g. 10.0.0.0/16');
      peer = { ipBlock: { cidr: flow.cidr, except: cidrExceptions(property, flow.cidr, flow.except ?? []) } };
      if ((peer.ipBlock as Json).except && ((peer.ipBlock as { except: string[] }).except.length === 0)) peer = { ipBlock: { cidr: flow.cidr } };
      break;
    default:
      throw new HardenedOkeValidationError(`${property}.peer`, `"${flow.peer}" is not a peer kind`, 'use FlowPeerKind.SAME_NAMESPACE, NAMESPACE or CIDR');
  }
  const ports = (flow.ports ?? []).map((p, i) => {
    if (!Number.isInteger(p.port) || p.port < 1 || p.port > 65535) {
      throw new HardenedOkeValidationError(`${property}.ports[${i}].port`, `${p.port} is not a port number`, 'use 1-65535');
    }
    const protocol = p.protocol ?? 'TCP';
    if (!PROTOCOLS.includes(protocol)) {
      throw new HardenedOkeValidationError(`${property}.ports[${i}].protocol`, `"${protocol}" is not a protocol`, `use one of ${PROTOCOLS.join(', ')}`);
    }
    return { protocol, port: p.port };
  });
  const rule: Json = flow.direction === FlowDirection.INGRESS ? { from: [peer] } : { to: [peer] };
  if (ports.length > 0) rule.ports = ports;
  const type = flow.direction === FlowDirection.INGRESS ? 'Ingress' : 'Egress';
  return {
    podSelector: selector(flow.podLabels),
    policyTypes: [type],
    [type === 'Ingress' ? 'ingress' : 'egress']: [rule],
  };
}

function refuse(property: string, flow: NetworkFlow, fields: Array<keyof NetworkFlow>): void {
  for (const f of fields) {
    if (flow[f] !== undefined) {
      throw new HardenedOkeValidationError(`${property}.${f}`, `does not apply to a ${flow.peer} peer`, `remove ${f} or change peer`);
    }
  }
}
