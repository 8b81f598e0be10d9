import { cidrContains, cidrsOverlap, formatCidr, parseCidr, requireCidr } from '../../core/cidr';
import { HardenedOkeValidationError } from '../../core/errors';
import { DEFAULT_SERVICES_CIDR } from '../../core/limits';
import { INSTANCE_METADATA_CIDR } from '../../core/network-policy';
import { PORTS } from '../../network/rules/nsg-rule-table';
import { ControlPlaneAddresses } from '../types';
import { WorkloadIdentityOptions } from '../workload-identity';

/**
 * The egress an application namespace with OKE workload identity needs on top of default-deny and DNS, so that what
 * the README promises ("pods of the service account get the OCI permissions") also works on the network:
 *
 * 1. Token exchange. The OCI SDKs' OKE workload identity provider POSTs the service account token to
 *    `https://<KUBERNETES_SERVICE_HOST>:12250/resourcePrincipalSessionTokens` (oracle/oci-go-sdk
 *    common/auth/resource_principal_key_provider.go: `KubernetesProxymuxServicePort = "12250"`; oracle/oci-python-sdk
 *    src/oci/auth/signers/oke_workload_identity_resource_principal_signer.py, `proxymux_endpoint`).
 *    KUBERNETES_SERVICE_HOST is the ClusterIP of the `kubernetes` Service (first address of the services CIDR), which
 *    on OKE lists 443/TCP and 12250/TCP; kube-proxy (kept: no kube-proxy replacement) forwards it to the private
 *    API endpoint, whose NSG admits pods on 12250 (network/rules/nsg-rule-table.ts, `pods-control-plane`).
 *    The policy names both ends, the ClusterIP and the endpoint block, so it holds whether the engine judges the
 *    packet before the service translation or after it (Cilium: "Layer 4 policies apply to ports after service
 *    port mapping has been applied", Documentation/security/policy/language.rst; Calico judges after kube-proxy's
 *    DNAT). Cilium selects an API server outside the cluster by ipBlock: only node IPs are excluded from CIDR
 *    selectors (language.rst "Selecting nodes with CIDR / ipBlock"; cilium/cilium#20550), and an IP known only as
 *    the kube-apiserver gets CIDR labels (pkg/ipcache/metadata.go, resolveIdentity). OKE's endpoint is a VNIC of the
 *    API endpoint subnet, not a node, so a plain NetworkPolicy works and no Cilium CRD (absent under Calico, and
 *    only created by the Cilium operator at run time) is needed.
 * 2. The OCI call itself (e.g. Object Storage) on TCP 443 to the service's public address, through the service
 *    gateway. The Oracle Services Network has no fixed CIDR list in NetworkPolicy terms, so the namespace names the
 *    blocks (`ociServiceCidrs`) or waives it (`ociServicesAnywhereReason`: 0.0.0.0/0 except the private ranges).
 *
 * The policies select every pod of the namespace: NetworkPolicy cannot select by service account.
 */

/** NetworkPolicy names (one owner: the baseline writes them, tests and README name them). */
export const WORKLOAD_IDENTITY_POLICY = 'allow-oke-workload-identity';
export const OCI_SERVICES_POLICY = 'allow-oci-services-https';
/** Annotation on `allow-oci-services-https` that carries the waiver's reason (ClusterConfigStack records it as NP-04). */
export const OCI_SERVICES_ANYWHERE_REASON_ANNOTATION = 'cdktf-hardened-oke.dev/oci-services-anywhere-reason';

/** The OKE control-plane port (the NSG rule table owns it). */
export const WORKLOAD_IDENTITY_PORT = PORTS.okeControlPlane;

/**
 * Kept closed by the waived 0.0.0.0/0 rule: RFC 1918 private ranges (the VCN and everything behind a DRG), RFC 6598
 * shared space and the link-local range, which holds the instance metadata service.
 */
export const NON_PUBLIC_RANGES: readonly string[] = ['10.0.0.0/8', '100.64.0.0/10', '169.254.0.0/16', '172.16.0.0/12', '192.168.0.0/16'];

/** The `kubernetes` Service ClusterIP: the first address of the services CIDR. */
export function kubernetesServiceIp(servicesCidr: string): string {
  const c = parseCidr(servicesCidr);
  if (!c) throw new Error(`${servicesCidr} is not an IPv4 CIDR`);
  return formatCidr(c.network + 1, 32).replace(/\/32$/, '');
}

/** True when the namespace has workload-identity service accounts (then it needs the egress above). */
export function usesWorkloadIdentity(wi: WorkloadIdentityOptions | undefined): boolean {
  return (wi?.serviceAccounts ?? []).length > 0;
}

/** Refuses what would leave a workload-identity namespace unable to reach the control plane or the OCI services. */
export function validateWorkloadIdentityEgress(property: string, wi: WorkloadIdentityOptions | undefined, controlPlane: ControlPlaneAddresses | undefined): void {
  if (!usesWorkloadIdentity(wi)) return;
  if (!controlPlane) {
    throw new HardenedOkeValidationError(`${property}.workloadIdentity`,
      'its pods exchange their service account token at the OKE control plane (TCP 12250), which the namespace\'s default-deny egress blocks, and the baseline does not know where the control plane is',
      'set controlPlane: { apiEndpointCidr: \'<API endpoint subnet CIDR>\' } on the baseline (HardenedCluster sets it)');
  }
  const cidrs = wi!.ociServiceCidrs;
  const reason = wi!.ociServicesAnywhereReason;
  if (cidrs !== undefined && reason !== undefined) {
    throw new HardenedOkeValidationError(`${property}.workloadIdentity.ociServicesAnywhereReason`, 'is given together with ociServiceCidrs',
      'give either the OCI service blocks (ociServiceCidrs) or the waiver, not both');
  }
  if (reason !== undefined) {
    if (typeof reason !== 'string' || reason.trim().length < 10) {
      throw new HardenedOkeValidationError(`${property}.workloadIdentity.ociServicesAnywhereReason`, 'must be a reason of at least 10 characters',
        'say why the pods may open HTTPS to any public address (the pods NSG still limits them to the service gateway), or list ociServiceCidrs');
    }
    return;
  }
  if (cidrs === undefined || cidrs.length === 0) {
    throw new HardenedOkeValidationError(`${property}.workloadIdentity.ociServiceCidrs`,
      'is required: the pods call OCI services over HTTPS after the token exchange, and the namespace\'s default-deny egress would block every call',
      'list the public blocks of the OCI services the pods call (Oracle\'s public_ip_ranges.json, e.g. the OBJECT_STORAGE blocks of the cluster\'s region), or set ociServicesAnywhereReason');
  }
  cidrs.forEach((c, i) => {
    const at = `${property}.workloadIdentity.ociServiceCidrs[${i}]`;
    const parsed = requireCidr(at, c);
    if (parsed.prefix < 8) {
      throw new HardenedOkeValidationError(at, `${c} is wider than any OCI service block`, 'name the service\'s published blocks, or set ociServicesAnywhereReason');
    }
    const inside = NON_PUBLIC_RANGES.find((r) => cidrsOverlap(r, c));
    if (inside !== undefined || cidrContains(c, INSTANCE_METADATA_CIDR)) {
      throw new HardenedOkeValidationError(at, `${c} overlaps the non-public range ${inside ?? INSTANCE_METADATA_CIDR}; OCI services are reached at public addresses through the service gateway`,
        'list the public blocks of the OCI services; in-VCN peers are flows (allowedFlows)');
    }
  });
  const api = controlPlane.apiEndpointCidr;
  requireCidr('controlPlane.apiEndpointCidr', api);
  requireCidr('controlPlane.servicesCidr', controlPlane.servicesCidr ?? DEFAULT_SERVICES_CIDR);
}

type Json = Record<string, any>;

/** The NetworkPolicy specs (name, spec, annotations) of a workload-identity namespace; empty without service accounts. */
export function workloadIdentityEgressPolicies(wi: WorkloadIdentityOptions | undefined, controlPlane: ControlPlaneAddresses): Array<{ name: string; spec: Json; annotations?: Record<string, string> }> {
  if (!usesWorkloadIdentity(wi)) return [];
  const clusterIp = kubernetesServiceIp(controlPlane.servicesCidr ?? DEFAULT_SERVICES_CIDR);
  const tokenExchange = {
    name: WORKLOAD_IDENTITY_POLICY,
    spec: {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [{
        to: [{ ipBlock: { cidr: `${clusterIp}/32` } }, { ipBlock: { cidr: controlPlane.apiEndpointCidr } }],
        ports: [{ protocol: 'TCP', port: WORKLOAD_IDENTITY_PORT }],
      }],
    },
  };
  const reason = wi!.ociServicesAnywhereReason;
  const peers = reason !== undefined
    ? [{ ipBlock: { cidr: '0.0.0.0/0', except: [...NON_PUBLIC_RANGES] } }]
    : (wi!.ociServiceCidrs ?? []).map((cidr) => ({ ipBlock: { cidr } }));
  const services = {
    name: OCI_SERVICES_POLICY,
    spec: { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: peers, ports: [{ protocol: 'TCP', port: PORTS.https }] }] },
    ...(reason !== undefined ? { annotations: { [OCI_SERVICES_ANYWHERE_REASON_ANNOTATION]: reason } } : {}),
  };
  return [tokenExchange, services];
}
