import { Token } from 'cdktf';
import { HardenedOkeValidationError } from '../core/errors';
import { requireOcid } from '../core/ocid';
import { requireClusterName } from '../core/names';
import { requireRegion } from '../core/regions';
import { requireKnown } from '../core/tokens';
import { requireHttpsUrl } from '../core/urls';
import { requireSupportedKubernetesVersion } from '../core/kubernetes-version';
import { cidrsOverlap, requireAllowList } from '../core/cidr';
import { DEFAULT_PODS_CIDR, DEFAULT_SERVICES_CIDR, DEFAULT_VCN_CIDR } from '../core/limits';
import { validateCertManagerOptions } from '../addons/cert-manager-addon';
import { validateClusterAutoscalerOptions } from '../addons/cluster-autoscaler-addon';
import { CniType, DEFAULT_CNI_TYPE } from '../network/cni-type';
import { NetworkPolicyEngine, DEFAULT_NETWORK_POLICY_ENGINE } from '../kubernetes/types';
import { HardenedClusterProps } from './hardened-cluster-props';

/** Synth-time checks of HardenedClusterProps, each failing with the property's name and a fix. */
export function validateProps(clusterName: string, props: HardenedClusterProps): void {
  requireClusterName('name', clusterName);
  requireOcid('compartmentId', props.compartmentId, 'compartment');
  requireOcid('tenancyId', props.tenancyId, 'tenancy');
  requireRegion('region', props.region, { allowUnknown: props.allowUnknownRegion });
  requireSupportedKubernetesVersion('kubernetesVersion', props.kubernetesVersion);
  const regionKey = props.kubernetes?.ocirRegionKey;
  if (regionKey !== undefined && !Token.isUnresolved(regionKey) && !/^[a-zA-Z]{3}$/.test(regionKey)) {
    throw new HardenedOkeValidationError('kubernetes.ocirRegionKey', `"${regionKey}" is not a region key`,
      `use the three-letter key of ${props.region} as Oracle's "Regions and Availability Domains" lists it, e.g. fra for eu-frankfurt-1`);
  }
  // Values validated at synth cannot be Terraform tokens (a number token would surface as -1.8e+289 in a range error).
  requireKnown('bastion.maxSessionTtlSeconds', props.bastion?.maxSessionTtlSeconds);
  requireKnown('observability.logRetentionDays', props.observability?.logRetentionDays);
  requireKnown('encryption.rotationIntervalDays', props.encryption?.rotationIntervalDays);
  if (!props.bastion) {
    throw new HardenedOkeValidationError('bastion', 'is required', 'set bastion.clientCidrs to the CIDR blocks your administrators connect from');
  }
  if (!props.nodePools || props.nodePools.length === 0) {
    throw new HardenedOkeValidationError('nodePools', 'has no node pool', 'add at least one, e.g. { name: "system", shape: "VM.Standard.E5.Flex", ocpus: 2, memoryGbs: 16, size: 3 }');
  }
  // Each pool's own rules (shape, sizes, version skew, ...) are NodePool's, checked when it is built (under
  // `nodePools[i].`); here only the rules that span pools.
  const seen = new Set<string>();
  props.nodePools.forEach((pool, i) => {
    if (seen.has(pool.name)) {
      throw new HardenedOkeValidationError(`nodePools[${i}].name`, `"${pool.name}" is used by another node pool`, 'give every node pool a unique name');
    }
    seen.add(pool.name);
  });
  const autoscaled = props.nodePools.filter((p) => p.minSize !== undefined || p.maxSize !== undefined);
  if (autoscaled.length > 0 && autoscaled.length === props.nodePools.length) {
    // "Working with the Cluster Autoscaler as a Cluster Add-on": always keep one pool the autoscaler does not manage.
    throw new HardenedOkeValidationError(`nodePools[${props.nodePools.length - 1}].minSize`, 'every node pool is autoscaled; Oracle recommends always keeping at least one pool the cluster autoscaler does not manage (the autoscaler itself runs there)',
      'give one pool (e.g. "system") a fixed size');
  }
  if (props.addons?.clusterAutoscaler) {
    if (autoscaled.length === 0) {
      throw new HardenedOkeValidationError('addons.clusterAutoscaler', 'is set, but no node pool is autoscaled', 'set minSize and maxSize on the pools to scale, or remove addons.clusterAutoscaler');
    }
    validateClusterAutoscalerOptions(props.addons.clusterAutoscaler, 'addons.clusterAutoscaler.', props.kubernetesVersion);
  }
  if (props.addons?.certManager) validateCertManagerOptions(props.addons.certManager, 'addons.certManager.', props.kubernetesVersion);
  const vcnCidr = props.network?.existingVcn?.vcnCidr ?? props.network?.vcnCidr ?? DEFAULT_VCN_CIDR;
  const clusterCidrs = (props.network?.cni ?? DEFAULT_CNI_TYPE) === CniType.FLANNEL_OVERLAY
    ? [['pods', DEFAULT_PODS_CIDR], ['services', DEFAULT_SERVICES_CIDR]] : [['services', DEFAULT_SERVICES_CIDR]];
  for (const [role, cidr] of clusterCidrs) {
    if (cidrsOverlap(vcnCidr, cidr)) {
      throw new HardenedOkeValidationError(props.network?.existingVcn ? 'network.existingVcn.vcnCidr' : 'network.vcnCidr',
        `${vcnCidr} overlaps the cluster's ${role} CIDR ${cidr}, so routing inside the cluster would break`, `choose a VCN CIDR outside ${DEFAULT_SERVICES_CIDR} and ${DEFAULT_PODS_CIDR}`);
    }
  }
  const fss = props.kubernetes?.fileStorage;
  if (fss?.kmsKeyManagementEndpoint !== undefined) {
    if (fss.kmsKeyId === undefined) {
      throw new HardenedOkeValidationError('kubernetes.fileStorage.kmsKeyManagementEndpoint', 'is only used with kubernetes.fileStorage.kmsKeyId (the library reads its own volumes key through its vault)',
        'remove it, or give the kmsKeyId it is the vault endpoint of');
    }
    requireHttpsUrl('kubernetes.fileStorage.kmsKeyManagementEndpoint', fss.kmsKeyManagementEndpoint, 'OCI KMS management endpoints are https://<id>-management.kms.<region>.oraclecloud.com');
  }
  if (props.publicEndpoint) requireAllowList('publicEndpoint.allowedCidrs', props.publicEndpoint.allowedCidrs ?? []);
  if (props.publicEndpoint && !props.network?.existingVcn) {
    throw new HardenedOkeValidationError('publicEndpoint', 'needs a public API endpoint subnet, which the library never creates',
      'keep the endpoint private and use the bastion, or bring your own VCN (network.existingVcn) with a public API endpoint subnet');
  }
  if (props.bastion.clientCidrs !== undefined) requireAllowList('bastion.clientCidrs', props.bastion.clientCidrs);
  if (props.oidc) {
    // kube-apiserver must reach the issuer's discovery and JWKS endpoints; the network opens 443 to these only.
    if (props.oidc.issuerCidrs === undefined && props.oidc.issuerAnywhereReason === undefined) {
      throw new HardenedOkeValidationError('oidc.issuerCidrs', 'is required with OIDC: the API server must reach the issuer\'s discovery and JWKS endpoints, and the API endpoint NSG opens TCP 443 to these blocks only',
        'list the CIDR blocks of your identity provider\'s endpoints, e.g. ["198.51.100.0/24"]; only if it publishes none, set oidc.issuerAnywhereReason (recorded as a waiver)');
    }
    requireAllowList('oidc.issuerCidrs', props.oidc.issuerCidrs ?? [], { allowEmpty: props.oidc.issuerAnywhereReason !== undefined });
  }
  if (props.securityZone && props.observability?.cloudGuard) {
    // A security zone comes with a Cloud Guard target of its own for the compartment: creating it "Deletes any
    // existing Cloud Guard target for the compartment and its subcompartments" and "Creates a security zone target
    // for the compartment" (Oracle, Creating a Security Zone; control DATA-06 catches the same across stacks).
    // https://docs.oracle.com/en-us/iaas/security-zone/using/create-security-zone.htm
    throw new HardenedOkeValidationError('securityZone', 'cannot be combined with observability.cloudGuard: the security zone brings its own Cloud Guard target for the compartment, which replaces the library\'s',
      'keep one: securityZone (its target uses the Oracle-managed detector recipes), or observability.cloudGuard with your detector recipes');
  }
  const scanOptOut = props.nodeScanning?.optOutReason;
  if (scanOptOut !== undefined && (typeof scanOptOut !== 'string' || scanOptOut.trim().length < 10)) {
    throw new HardenedOkeValidationError('nodeScanning.optOutReason', 'must be a reason of at least 10 characters (it is recorded as the waiver of NODE-08)',
      'say why the worker nodes are not scanned by this stack and who accepted it, e.g. "host scan target of this compartment managed by the security team (SEC-42)", or remove nodeScanning to keep the scan');
  }
  const publicLbSubnet = props.network?.existingVcn ? props.network.existingVcn.subnetIds?.publicLoadBalancers !== undefined : props.network?.publicLoadBalancerSubnet === true;
  (props.kubernetes?.applicationNamespaces ?? []).forEach((ns, i) => {
    if (ns?.allowPublicLoadBalancers === true && !publicLbSubnet) {
      throw new HardenedOkeValidationError(`kubernetes.applicationNamespaces[${i}].allowPublicLoadBalancers`, 'allows public load balancers, but the cluster has no public load balancer subnet, so a public Service could not get an address',
        props.network?.existingVcn ? 'bring the public subnet as network.existingVcn.subnetIds.publicLoadBalancers, or remove allowPublicLoadBalancers' : 'set network.publicLoadBalancerSubnet: true, or remove allowPublicLoadBalancers');
    }
  });
  if (props.network?.allowInternetEgress === false && workerInternetEgress({ ...props, network: undefined })) {
    throw new HardenedOkeValidationError('network.allowInternetEgress', 'is false, but the Cilium images the library installs come from quay.io, so nodes could not pull them',
      'mirror the Cilium images into OCIR by digest and set kubernetes.imageRegistryMirror (worker internet egress then goes away on its own), or remove network.allowInternetEgress');
  }
}

/**
 * Worker nodes keep TCP 443 to the internet only while a component the library installs pulls images from outside
 * OCIR: Cilium from quay.io, unless `kubernetes.imageRegistryMirror` names an OCIR mirror. An explicit
 * `network.allowInternetEgress` wins.
 */
export function workerInternetEgress(props: HardenedClusterProps): boolean {
  if (props.network?.allowInternetEgress !== undefined) return props.network.allowInternetEgress;
  const engine = props.kubernetes?.networkPolicyEngine ?? DEFAULT_NETWORK_POLICY_ENGINE;
  return engine === NetworkPolicyEngine.CILIUM_CHAINED && props.kubernetes?.imageRegistryMirror === undefined;
}
