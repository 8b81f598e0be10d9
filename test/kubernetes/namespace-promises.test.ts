/**
 * What the README promises works in a namespace the library configures must be allowed by the library's own
 * default-deny NetworkPolicies. This file owns the table of those promises: each row names the README section, the
 * namespace setting that makes the promise, and the connection it needs. An evaluator written here from the
 * Kubernetes NetworkPolicy semantics (kubernetes.io "Network Policies": a pod is isolated in a direction once a
 * policy selecting it lists that policyType; a connection is then allowed when any rule of any selecting policy
 * admits its peer and port; ipBlock `except` carves out) judges the policies HardenedCluster emits. Negative rows
 * check that the same policies stay closed where the README says they are.
 */
import { Testing } from 'cdktf';
import { HardenedCluster, HardenedClusterProps } from '../../lib/hardened-cluster';
import { ApplicationNamespace, FlowDirection } from '../../lib/kubernetes/types';
import { FlowPeer, FlowPort } from '../../lib/kubernetes/network-flow';
import { IamVerb } from '../../lib/kubernetes/workload-identity';
import { ciliumValues, CILIUM_RELEASE } from '../../lib/kubernetes/private/cni-release';
import { TETRAGON_RELEASE, tetragonValues } from '../../lib/kubernetes/runtime-detection-release';
import { CniType } from '../../lib/network/cni-type';
import { Waivers } from '../../lib/compliance/waivers';
import { newStack, OCIDS } from '../support';
import { baseline } from './fixtures';

type Json = Record<string, any>;

/** The far end of a connection: an address, or a pod of some namespace. */
type Peer = { ip: string } | { namespace: string; podLabels: Record<string, string> };
interface Connection {
  readonly direction: 'egress' | 'ingress';
  /** The pod of the application namespace (its labels). */
  readonly podLabels?: Record<string, string>;
  readonly peer: Peer;
  readonly protocol: 'TCP' | 'UDP';
  readonly port: number;
}

function ipToInt(ip: string): number {
  return ip.split('.').reduce((a, o) => a * 256 + Number(o), 0);
}
function inCidr(ip: string, cidr: string): boolean {
  const [base, bits] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  const start = Math.floor(ipToInt(base) / size) * size;
  return ipToInt(ip) >= start && ipToInt(ip) < start + size;
}
function matches(selector: Json | undefined, labels: Record<string, string>): boolean {
  // Only matchLabels is emitted by the library; an expression would need the full selector semantics.
  expect(selector?.matchExpressions).toBeUndefined();
  return Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
}
function peerMatches(p: Json, peer: Peer, ownNamespace: string): boolean {
  if (p.ipBlock) return 'ip' in peer && inCidr(peer.ip, p.ipBlock.cidr) && !(p.ipBlock.except ?? []).some((e: string) => inCidr(peer.ip, e));
  if (!('namespace' in peer)) return false;
  const nsOk = p.namespaceSelector ? matches(p.namespaceSelector, { 'kubernetes.io/metadata.name': peer.namespace }) : peer.namespace === ownNamespace;
  return nsOk && (p.podSelector === undefined || matches(p.podSelector, peer.podLabels));
}
function portMatches(ports: Json[] | undefined, c: Connection): boolean {
  return ports === undefined || ports.length === 0 || ports.some((p) => (p.protocol ?? 'TCP') === c.protocol && (p.port === undefined || p.port === c.port));
}

/** True when the namespace's NetworkPolicies admit the connection. */
function allowed(policies: Json[], namespace: string, c: Connection): boolean {
  const type = c.direction === 'egress' ? 'Egress' : 'Ingress';
  const selecting = policies.filter((p) => p.metadata.namespace === namespace && matches(p.spec.podSelector, c.podLabels ?? {}));
  const isolated = selecting.some((p) => (p.spec.policyTypes ?? ['Ingress']).includes(type));
  if (!isolated) return true;
  const key = c.direction === 'egress' ? 'to' : 'from';
  return selecting.filter((p) => (p.spec.policyTypes ?? []).includes(type)).some((p) => (p.spec[c.direction] ?? []).some((rule: Json) =>
    ((rule[key] ?? []).length === 0 || rule[key].some((peer: Json) => peerMatches(peer, c.peer, namespace))) && portMatches(rule.ports, c)));
}

const WI = { serviceAccounts: [{ name: 'api', allow: [{ verb: IamVerb.READ, resourceType: 'objects', conditions: ["target.bucket.name = 'invoices'"] }] }] };
/** An address of Object Storage in Frankfurt stands here for "a public OCI service address" (illustrative). */
const OCI_SERVICE_IP = '134.70.24.1';
const NAMESPACES: ApplicationNamespace[] = [
  { name: 'plain' },
  { name: 'payments', workloadIdentity: { ...WI, ociServicesAnywhereReason: 'Object Storage through the service gateway only' } },
  { name: 'reports', workloadIdentity: { ...WI, ociServiceCidrs: ['134.70.0.0/17'] } },
  { name: 'shop', allowedFlows: [{ direction: FlowDirection.INGRESS, peer: FlowPeer.inNamespace('plain', { app: 'gateway' }), podLabels: { app: 'web' }, ports: [FlowPort.tcp(8080)] }] },
];
const PROPS: HardenedClusterProps = {
  compartmentId: OCIDS.compartment,
  tenancyId: OCIDS.tenancy,
  region: 'eu-frankfurt-1',
  kubernetesVersion: 'v1.34.1',
  bastion: { clientCidrs: ['203.0.113.0/24'] },
  nodePools: [{ name: 'system', shape: 'VM.Standard.E5.Flex', size: 3 }],
  kubernetes: { applicationNamespaces: NAMESPACES, ocirRegionKey: 'fra' },
};

function emitted(props: HardenedClusterProps = PROPS): { policies: Json[]; cluster: HardenedCluster } {
  const cluster = new HardenedCluster(newStack(), 'prod', props);
  const k8s = JSON.parse(Testing.synth(cluster.configStack));
  const policies = Object.values(k8s.resource.kubernetes_manifest as Record<string, Json>).map((m) => m.manifest).filter((o) => o.kind === 'NetworkPolicy');
  return { policies, cluster };
}

const { policies, cluster } = emitted();
const apiSubnet = cluster.network.subnetCidrs.apiEndpoint!;
/** The private endpoint's address: some address of the API endpoint subnet (OKE picks it). */
const API_ENDPOINT_IP = apiSubnet.replace(/\d+\/\d+$/, (m) => String(Number(m.split('/')[0]) + 5));
const WORKER_IP = cluster.network.subnetCidrs.workers!.replace(/\d+\/\d+$/, (m) => String(Number(m.split('/')[0]) + 7));
const KUBE_DNS = { namespace: 'kube-system', podLabels: { 'k8s-app': 'kube-dns' } };

interface Promise {
  readonly readme: string;
  readonly namespace: string;
  readonly connection: Connection;
  /** What the README says: the connection works (true) or is closed (false). */
  readonly works: boolean;
}

/** The promises, one row each (the owner of this list is this file; README sections are named per row). */
const PROMISES: Promise[] = [
  ...NAMESPACES.flatMap((ns): Promise[] => [
    { readme: 'The Kubernetes layer: DNS egress to kube-dns', namespace: ns.name, works: true, connection: { direction: 'egress', peer: KUBE_DNS, protocol: 'UDP', port: 53 } },
    { readme: 'The Kubernetes layer: DNS egress to kube-dns', namespace: ns.name, works: true, connection: { direction: 'egress', peer: KUBE_DNS, protocol: 'TCP', port: 53 } },
    { readme: 'Network flows: pods never reach the instance metadata service', namespace: ns.name, works: false, connection: { direction: 'egress', peer: { ip: '169.254.169.254' }, protocol: 'TCP', port: 80 } },
    { readme: 'Network flows: no egress to the VCN unless a flow names it', namespace: ns.name, works: false, connection: { direction: 'egress', peer: { ip: '10.0.64.10' }, protocol: 'TCP', port: 443 } },
    { readme: 'Network flows: default-deny ingress', namespace: ns.name, works: false, connection: { direction: 'ingress', peer: { namespace: 'other', podLabels: {} }, protocol: 'TCP', port: 8080 } },
  ]),
  ...['payments', 'reports'].flatMap((ns): Promise[] => [
    { readme: 'Workload identity: token exchange at the kubernetes Service (KUBERNETES_SERVICE_HOST:12250)', namespace: ns, works: true, connection: { direction: 'egress', peer: { ip: '10.96.0.1' }, protocol: 'TCP', port: 12250 } },
    { readme: 'Workload identity: token exchange reaches the private API endpoint on 12250', namespace: ns, works: true, connection: { direction: 'egress', peer: { ip: API_ENDPOINT_IP }, protocol: 'TCP', port: 12250 } },
    { readme: 'Workload identity: the OCI call (Object Storage) over HTTPS', namespace: ns, works: true, connection: { direction: 'egress', peer: { ip: OCI_SERVICE_IP }, protocol: 'TCP', port: 443 } },
    { readme: 'Workload identity: only the token exchange port, not the Kubernetes API', namespace: ns, works: false, connection: { direction: 'egress', peer: { ip: API_ENDPOINT_IP }, protocol: 'TCP', port: 6443 } },
    { readme: 'Workload identity: 12250 only to the control plane, not to nodes', namespace: ns, works: false, connection: { direction: 'egress', peer: { ip: WORKER_IP }, protocol: 'TCP', port: 12250 } },
  ]),
  { readme: 'Workload identity: without workloadIdentity no control-plane egress', namespace: 'plain', works: false, connection: { direction: 'egress', peer: { ip: '10.96.0.1' }, protocol: 'TCP', port: 12250 } },
  { readme: 'Workload identity: without workloadIdentity no OCI egress', namespace: 'plain', works: false, connection: { direction: 'egress', peer: { ip: OCI_SERVICE_IP }, protocol: 'TCP', port: 443 } },
  { readme: 'Workload identity: ociServiceCidrs names the only public blocks', namespace: 'reports', works: false, connection: { direction: 'egress', peer: { ip: '8.8.8.8' }, protocol: 'TCP', port: 443 } },
  { readme: 'Workload identity: the waived rule keeps private ranges closed', namespace: 'payments', works: false, connection: { direction: 'egress', peer: { ip: '192.168.1.1' }, protocol: 'TCP', port: 443 } },
  { readme: 'Network flows: a declared ingress flow works', namespace: 'shop', works: true, connection: { direction: 'ingress', podLabels: { app: 'web' }, peer: { namespace: 'plain', podLabels: { app: 'gateway' } }, protocol: 'TCP', port: 8080 } },
  { readme: 'Network flows: only the pods the flow names', namespace: 'shop', works: false, connection: { direction: 'ingress', podLabels: { app: 'db' }, peer: { namespace: 'plain', podLabels: { app: 'gateway' } }, protocol: 'TCP', port: 8080 } },
];

describe('every promise of a library namespace is allowed by its own NetworkPolicies', () => {
  test.each(PROMISES.map((p) => [`${p.namespace}: ${p.readme} (${p.connection.direction} ${p.connection.protocol}/${p.connection.port} ${JSON.stringify(p.connection.peer)})`, p] as const))('%s', (_name, p) => {
    expect(allowed(policies, p.namespace, p.connection)).toBe(p.works);
  });

  test('the evaluator can fail: with the workload-identity policies removed, the token exchange and the OCI call are denied', () => {
    const without = policies.filter((p) => !['allow-oke-workload-identity', 'allow-oci-services-https'].includes(p.metadata.name));
    for (const p of PROMISES.filter((x) => x.works && /^Workload identity/.test(x.readme))) {
      expect({ p: p.readme, allowed: allowed(without, p.namespace, p.connection) }).toEqual({ p: p.readme, allowed: false });
    }
  });

  test('the namespaces the library installs system components into carry no policy that could block them', () => {
    // The Secrets Store CSI provider and the Cluster Autoscaler run in kube-system, cert-manager in its own namespace:
    // the library writes no NetworkPolicy there. Its only other namespace, Cilium's, is default-deny, which binds no
    // hostNetwork pod (Cilium's agent and, by these values, its operator use the host network); so is Tetragon's,
    // whose agent runs on the host network too (chart 1.7.0 values.yaml `hostNetwork: true`).
    const namespaces = new Set(policies.map((p) => p.metadata.namespace));
    expect([...namespaces].sort()).toEqual([CILIUM_RELEASE.namespace, TETRAGON_RELEASE.namespace, ...NAMESPACES.map((n) => n.name)].sort());
    expect(tetragonValues(TETRAGON_RELEASE, 'prod', { names: [], sha256: '' }, [])).not.toHaveProperty('hostNetwork'); // the chart's true stays
    expect((ciliumValues(CILIUM_RELEASE, CniType.OCI_VCN_IP_NATIVE).operator as Json).hostNetwork).toBe(true);
  });

  test('a brought VCN (subnet CIDRs not declared): the token exchange goes to the VCN block on 12250', () => {
    const byo = emitted({
      ...PROPS,
      network: {
        existingVcn: {
          vcnId: 'ocid1.vcn.oc1.eu-frankfurt-1.aaaaaaaatestvcn', vcnCidr: '10.20.0.0/16', bastionSubnetCidr: '10.20.9.0/24',
          subnetIds: {
            apiEndpoint: 'ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaaapi', workers: 'ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaawork',
            pods: 'ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaapods', loadBalancers: 'ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaalb',
            bastion: 'ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaabast',
          },
        },
      },
    });
    expect(allowed(byo.policies, 'payments', { direction: 'egress', peer: { ip: '10.20.0.9' }, protocol: 'TCP', port: 12250 })).toBe(true);
    expect(allowed(byo.policies, 'payments', { direction: 'egress', peer: { ip: '10.20.0.9' }, protocol: 'TCP', port: 6443 })).toBe(false);
  });
});

describe('workload identity without the network it needs is a named synth error', () => {
  const build = (ns: ApplicationNamespace) => () => new HardenedCluster(newStack(), 'prod', { ...PROPS, kubernetes: { applicationNamespaces: [ns], ocirRegionKey: 'fra' } });
  test('neither the OCI service blocks nor the waiver', () => {
    expect(build({ name: 'payments', workloadIdentity: WI })).toThrow(/^kubernetes\.applicationNamespaces\[0\]\.workloadIdentity\.ociServiceCidrs: is required: the pods call OCI services over HTTPS.*Fix: list the public blocks/);
  });
  test('both, a private block, the whole internet, and a short reason', () => {
    expect(build({ name: 'p', workloadIdentity: { ...WI, ociServiceCidrs: ['134.70.0.0/17'], ociServicesAnywhereReason: 'Object Storage via the gateway' } })).toThrow(/ociServicesAnywhereReason: is given together with ociServiceCidrs/);
    expect(build({ name: 'p', workloadIdentity: { ...WI, ociServiceCidrs: ['10.0.0.0/16'] } })).toThrow(/ociServiceCidrs\[0\]: 10\.0\.0\.0\/16 overlaps the non-public range 10\.0\.0\.0\/8/);
    expect(build({ name: 'p', workloadIdentity: { ...WI, ociServiceCidrs: ['0.0.0.0/0'] } })).toThrow(/ociServiceCidrs\[0\]: 0\.0\.0\.0\/0 is wider than any OCI service block/);
    expect(build({ name: 'p', workloadIdentity: { ...WI, ociServicesAnywhereReason: 'ok' } })).toThrow(/ociServicesAnywhereReason: must be a reason of at least 10 characters/);
  });
  test('the standalone baseline refuses workload identity until it knows the control plane', () => {
    expect(() => baseline({ applicationNamespaces: [{ name: 'payments', workloadIdentity: { ...WI, ociServiceCidrs: ['134.70.0.0/17'] } }] }))
      .toThrow(/^applicationNamespaces\[0\]\.workloadIdentity: its pods exchange their service account token at the OKE control plane \(TCP 12250\).*Fix: set controlPlane/);
    const b = baseline({ controlPlane: { apiEndpointCidr: '10.30.0.10/32', servicesCidr: '10.200.0.0/16' }, applicationNamespaces: [{ name: 'payments', workloadIdentity: { ...WI, ociServiceCidrs: ['134.70.0.0/17'] } }] });
    const own = b.manifests().filter((o) => o.kind === 'NetworkPolicy');
    expect(allowed(own, 'payments', { direction: 'egress', peer: { ip: '10.200.0.1' }, protocol: 'TCP', port: 12250 })).toBe(true);
    expect(allowed(own, 'payments', { direction: 'egress', peer: { ip: '10.30.0.10' }, protocol: 'TCP', port: 12250 })).toBe(true);
    expect(allowed(own, 'payments', { direction: 'egress', peer: { ip: '10.96.0.1' }, protocol: 'TCP', port: 12250 })).toBe(false);
  });

  test('the waiver is recorded (NP-04) with its reason', () => {
    const { cluster: c } = emitted();
    const waiver = Waivers.of(c).find((w) => w.controlId === 'NP-04');
    expect(waiver?.reason).toMatch(/^namespace payments: pods may open HTTPS to any public address.*Object Storage through the service gateway only\)$/);
  });
});
