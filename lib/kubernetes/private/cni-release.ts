import { CniType } from '../../network/cni-type';

/**
 * The network-policy engine the baseline installs, as ONE table that is easy to update.
 *
 * OKE's own CNIs (flannel and the OCI VCN-Native Pod Networking plugin) do not enforce NetworkPolicy. The baseline
 * installs Cilium in generic-veth CNI chaining mode: the OKE CNI keeps assigning addresses and routing pods,
 * Cilium only enforces policy. kube-proxy stays (no kube-proxy replacement).
 *
 * Supported combinations (OKE cni_type -> engine):
 * - OCI_VCN_IP_NATIVE -> Cilium chained after the OCI CNI. Values and CNI chain follow Oracle's validated sample
 *   oracle-devrel/oke-cilium-chaining-sample (2026; modules/cilium-helm/main.tf,
 *   envs/oke-vcn-native-cilium-chaining.tfvars.example, scripts/apply-oci-cilium-chaining-config.sh), which
 *   validates NetworkPolicy enforcement with Cilium 1.18.11 on OKE enhanced clusters.
 * - FLANNEL_OVERLAY   -> refused (HardenedOkeValidationError on networkPolicyEngine). Nobody we can cite has proven
 *   Cilium generic-veth chaining behind OKE's flannel: Oracle's terraform-oci-oke (modules/extensions/cilium.tf)
 *   carries "TODO Support Flannel w/ generic-veth & tunnel disabled" and never applies its flannel chain ConfigMap,
 *   and without an IPAM choice Cilium allocates its router and health addresses from the cluster-pool default
 *   10.0.0.0/8, which overlaps the usual VCN ranges. Flannel clusters use EXTERNAL_CALICO.
 * - Either CNI        -> Calico policy-only installed out of band (Oracle's "Example: Installing Calico and Setting Up
 *   Network Policies"), chosen with NetworkPolicyEngine.EXTERNAL_CALICO; the library installs nothing then.
 * Not supported: virtual node pools (no DaemonSets), Cilium as the primary CNI (needs the flannel add-on disabled).
 *
 * Image digests: multi-arch manifest digests from the "Docker Manifests" section of the Cilium v1.18.11 release
 * notes (https://github.com/cilium/cilium/releases/tag/v1.18.11, 2026-06-16). Chart value keys from
 * cilium/cilium install/kubernetes/cilium/values.yaml. To update: bump version, tags and both digests together.
 */
export interface PinnedImage {
  readonly repository: string;
  readonly tag: string;
  /** Multi-arch manifest digest (sha256:...); works on x86 and Ampere (arm64) nodes. */
  readonly digest: string;
}

export interface CniRelease {
  readonly name: string;
  readonly chart: string;
  readonly repository: string;
  /** Exact chart version (never a range). */
  readonly version: string;
  readonly namespace: string;
  readonly images: { readonly agent: PinnedImage; readonly operator: PinnedImage };
}

export const CILIUM_RELEASE: CniRelease = {
  name: 'cilium',
  chart: 'cilium',
  repository: 'https://helm.cilium.io',
  version: '1.18.11',
  namespace: 'cilium-system',
  images: {
    agent: {
      repository: 'quay.io/cilium/cilium',
      tag: 'v1.18.11',
      digest: 'sha256:e6945db60ad6d3b384e06ed678dbcee65f57f2f9fdcc64e976e7319f3db2b485',
    },
    // The chart appends "-generic" to operator.image.repository: this is quay.io/cilium/operator-generic.
    operator: {
      repository: 'quay.io/cilium/operator',
      tag: 'v1.18.11',
      digest: 'sha256:00d6032de7b3e6ff8a1a990d29beaef5f9d01e40e87dc49b6c9b6c1fe080a327',
    },
  },
};

/**
 * A registry mirror in OCIR: `<region-key>.ocir.io/<tenancy-namespace>[/path]` (e.g. `fra.ocir.io/axaxnpcrorw5/mirror`)
 * or the OCIR domain form `ocir.<region>.oci.oraclecloud.com/<tenancy-namespace>[/path]`. Nodes reach OCIR through
 * the service gateway, so with a mirror no library-installed image needs the internet.
 */
export const OCIR_MIRROR_PATTERN = /^(?:[a-z0-9-]+\.ocir\.io|ocir\.[a-z0-9-]+\.oci\.oraclecloud\.com)\/[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)*$/;

/**
 * The release with every image repository moved under `mirror` (`quay.io/cilium/cilium` ->
 * `<mirror>/cilium/cilium`), same tags and digests: a copy by digest (`oras cp`, `skopeo copy --all`,
 * `crane copy`) keeps the multi-arch manifest digest, so the pins stay valid.
 */
export function mirroredRelease(release: CniRelease, mirror: string | undefined): CniRelease {
  if (mirror === undefined) return release;
  const move = (image: PinnedImage): PinnedImage => ({ ...image, repository: `${mirror}/${image.repository.replace(/^[^/]+\//, '')}` });
  return { ...release, images: { agent: move(release.images.agent), operator: move(release.images.operator) } };
}

/** Requests and limits for the engine's pods (raise the agent's memory limit for large clusters). */
export const CILIUM_RESOURCES = {
  agent: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '1Gi' } },
  operator: { requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' } },
};

/**
 * Tolerations of the Cilium agent DaemonSet: every taint, so every node of every pool (the user's tainted pools, and
 * Cilium's own startup taint) runs an agent. The chart's default (cilium/cilium Documentation/helm-values.rst:
 * `tolerations`, default [{"operator":"Exists"}]), written explicitly so a chart bump cannot drop it silently.
 */
export const CILIUM_AGENT_TOLERATIONS = [{ operator: 'Exists' as const }];

/** ConfigMap (in the CNI namespace) that holds the chained CNI configuration Cilium installs on every node. */
export const CHAINING_CONFIGMAP = 'cilium-chaining-config';
export const CHAINING_CONFIGMAP_KEY = 'cni-config';

/** Why the CNI namespace is exempt from `restricted` Pod Security (written on the namespace). */
export const CNI_EXEMPTION_REASON =
  'Cilium agents program the node network (eBPF, iptables, CNI config on the host): they need hostNetwork, '
  + 'privileged capabilities and hostPath mounts, which the restricted profile forbids. Only the pinned Cilium '
  + 'release runs here.';

const CILIUM_CNI = { 'type': 'cilium-cni', 'chaining-mode': 'generic-veth', 'enable-debug': false, 'log-file': '/var/run/cilium/cilium-cni.log' };

function requireVcnNative(cni: CniType): void {
  if (cni !== CniType.OCI_VCN_IP_NATIVE) throw new Error(`Cilium chaining is only configured for OCI_VCN_IP_NATIVE, not ${cni}`);
}

/** The CNI chain Cilium writes on every node: the OCI VCN-native plugins first, cilium-cni last. */
export function chainedCniConfig(cni: CniType): string {
  requireVcnNative(cni);
  const conf = {
    name: 'oci',
    cniVersion: '0.3.1',
    plugins: [
      { cniVersion: '0.3.1', type: 'oci-ipvlan', mode: 'l2', ipam: { type: 'oci-ipam' } },
      { cniVersion: '0.3.1', type: 'oci-ptp', containerInterface: 'ptp-veth0', mtu: 9000 },
      CILIUM_CNI,
    ],
  };
  return JSON.stringify(conf, undefined, 2);
}

/** Helm values for Cilium as a policy-only engine chained after the OKE CNI, every image pinned by digest. */
export function ciliumValues(release: CniRelease, cni: CniType): Record<string, unknown> {
  requireVcnNative(cni);
  const agent = release.images.agent;
  const operator = release.images.operator;
  const common: Record<string, unknown> = {
    routingMode: 'native',
    kubeProxyReplacement: false,
    enableIPv4Masquerade: false,
    enableIPv6Masquerade: false,
    bpf: { masquerade: false },
    socketLB: { enabled: false },
    k8sNetworkPolicy: { enabled: true },
    policyEnforcementMode: 'default',
    // No L7 proxy: generic-veth chaining limits L7 policy anyway, and it keeps the Envoy image out.
    l7Proxy: false,
    envoy: { enabled: false },
    hubble: { enabled: false, relay: { enabled: false }, ui: { enabled: false } },
    image: { repository: agent.repository, tag: agent.tag, digest: agent.digest, useDigest: true, pullPolicy: 'IfNotPresent' },
    resources: CILIUM_RESOURCES.agent,
    tolerations: CILIUM_AGENT_TOLERATIONS.map((t) => ({ ...t })),
    operator: {
      replicas: 2,
      hostNetwork: true,
      resources: CILIUM_RESOURCES.operator,
      image: { repository: operator.repository, tag: operator.tag, genericDigest: operator.digest, useDigest: true, pullPolicy: 'IfNotPresent' },
    },
  };
  const cniValues = { chainingMode: 'generic-veth', customConf: true, configMap: CHAINING_CONFIGMAP, configMapKey: CHAINING_CONFIGMAP_KEY, exclusive: false };
  // Delegated IPAM: the OCI CNI assigns VCN addresses; Cilium's own router address is link-local, so nothing
  // Cilium allocates can overlap the VCN.
  return {
    ...common,
    ipam: { mode: 'delegated-plugin' },
    cni: { ...cniValues, externalRouting: true },
    endpointRoutes: { enabled: true },
    extraConfig: { 'local-router-ipv4': '169.254.23.1' },
  };
}
