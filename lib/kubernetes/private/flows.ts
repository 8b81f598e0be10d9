import { cidrContains, isAnywhere, requireCidr } from '../../core/cidr';
import { HardenedOkeValidationError } from '../../core/errors';
import { FlowPeer, FlowPeerKind, FlowPort, FlowProtocol } from '../network-flow';
import { FlowDirection, NetworkFlow } from '../types';
import { INSTANCE_METADATA_CIDR } from '../../core/network-policy';
import { requireLabels, requireNamespaceName } from './validation';

/** The instance metadata service (owned by core/network-policy, shared with the compliance catalog). */
export const IMDS_CIDR = INSTANCE_METADATA_CIDR;
export { isAllowAllRule } from '../../core/network-policy';

const PROTOCOLS: string[] = Object.values(FlowProtocol);

type Json = Record<string, unknown>;

function selector(labels: Record<string, string> | undefined): Json {
  return labels && Object.keys(labels).length > 0 ? { matchLabels: { ...labels } } : {};
}

/**
 * `except` for a CIDR peer: the user's exceptions plus the metadata service when the block contains it. `property`
 * names the FlowPeer (its `cidrBlock` and `exceptCidrs`).
 */
export function cidrExceptions(property: string, cidr: string, except: readonly string[] = []): string[] {
  requireCidr(`${property}.cidrBlock`, cidr);
  // The metadata service is always closed, and a block inside it has no room for the exception: kube-apiserver
  // refuses an `except` that is not a strict subset of `cidr` (networking/validation ValidateIPBlock).
  if (cidrContains(IMDS_CIDR, cidr)) {
    throw new HardenedOkeValidationError(`${property}.cidrBlock`, `${cidr} is the instance metadata service, which pods may never reach (it hands out the node's credentials)`,
      'remove the flow: pods reach OCI through OKE workload identity (ApplicationNamespace.workloadIdentity), not the node\'s metadata service');
  }
  const out: string[] = [];
  except.forEach((e, i) => {
    requireCidr(`${property}.exceptCidrs[${i}]`, e);
    if (!cidrContains(cidr, e) || e === cidr) {
      throw new HardenedOkeValidationError(`${property}.exceptCidrs[${i}]`, `${e} is not a proper sub-block of ${cidr}`,
        'list only blocks strictly inside the peer\'s CIDR block');
    }
    out.push(e);
  });
  if (isAnywhere(cidr) && except.length === 0) {
    throw new HardenedOkeValidationError(`${property}.cidrBlock`, '0.0.0.0/0 without exceptions would open the flow to the whole internet',
      'use the narrowest CIDR the workload needs, or list the private ranges to keep closed: FlowPeer.cidr(block, exceptCidrs)');
  }
  if (cidrContains(cidr, IMDS_CIDR) && !out.some((e) => cidrContains(e, IMDS_CIDR))) out.push(IMDS_CIDR);
  return out;
}

/** One NetworkPolicy spec for a flow; throws naming `property` for anything that would be allow-all or malformed. */
export function flowPolicySpec(property: string, flow: NetworkFlow): Json {
  if (flow.direction !== FlowDirection.INGRESS && flow.direction !== FlowDirection.EGRESS) {
    throw new HardenedOkeValidationError(`${property}.direction`, `"${flow.direction}" is not a flow direction`, 'use FlowDirection.INGRESS or FlowDirection.EGRESS');
  }
  const peer = peerSpec(`${property}.peer`, flow.peer);
  const ports = (flow.ports ?? []).map((p, i) => portSpec(`${property}.ports[${i}]`, p));
  const rule: Json = flow.direction === FlowDirection.INGRESS ? { from: [peer] } : { to: [peer] };
  if (ports.length > 0) rule.ports = ports;
  const type = flow.direction === FlowDirection.INGRESS ? 'Ingress' : 'Egress';
  requireLabels(`${property}.podLabels`, flow.podLabels);
  return {
    podSelector: selector(flow.podLabels),
    policyTypes: [type],
    [type === 'Ingress' ? 'ingress' : 'egress']: [rule],
  };
}

function peerSpec(property: string, peer: FlowPeer): Json {
  if (!(peer instanceof FlowPeer)) {
    throw new HardenedOkeValidationError(property, 'is not a FlowPeer', 'use FlowPeer.pods(labels), FlowPeer.inNamespace(name, labels) or FlowPeer.cidr(block, exceptCidrs)');
  }
  switch (peer.kind) {
    case FlowPeerKind.SAME_NAMESPACE:
      requireLabels(`${property}.podLabels`, peer.podLabels);
      return { podSelector: selector(peer.podLabels) };
    case FlowPeerKind.NAMESPACE:
      requireNamespaceName(`${property}.namespaceName`, peer.namespaceName as string);
      requireLabels(`${property}.podLabels`, peer.podLabels);
      return {
        namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': peer.namespaceName } },
        podSelector: selector(peer.podLabels),
      };
    case FlowPeerKind.CIDR: {
      const cidr = peer.cidrBlock as string;
      const except = cidrExceptions(property, cidr, peer.exceptCidrs ?? []);
      return { ipBlock: except.length > 0 ? { cidr, except } : { cidr } };
    }
    default:
      throw new HardenedOkeValidationError(`${property}.kind`, `"${String(peer.kind)}" is not a peer kind`, 'build the peer with a FlowPeer factory');
  }
}

function portSpec(property: string, port: FlowPort): Json {
  if (!(port instanceof FlowPort)) {
    throw new HardenedOkeValidationError(property, 'is not a FlowPort', 'use FlowPort.tcp(port), FlowPort.udp(port) or FlowPort.sctp(port)');
  }
  if (!Number.isInteger(port.port) || port.port < 1 || port.port > 65535) {
    throw new HardenedOkeValidationError(`${property}.port`, `${port.port} is not a port number`, 'use 1-65535');
  }
  if (!PROTOCOLS.includes(port.protocol)) {
    throw new HardenedOkeValidationError(`${property}.protocol`, `"${String(port.protocol)}" is not a protocol`, `use one of ${PROTOCOLS.join(', ')}`);
  }
  return { protocol: port.protocol, port: port.port };
}

