import { Token } from 'cdktf';
import { HardenedOkeValidationError } from '../../core/errors';
import { requireSupportedKubernetesVersion } from '../../core/kubernetes-version';
import { requireOcid } from '../../core/ocid';
import { isRegionShaped } from '../../core/regions';
import { CniType } from '../../network/cni-type';
import type { KubernetesBaselineProps } from '../kubernetes-baseline-props';
import { AdmissionPolicyOptions, NetworkPolicyEngine, VaultSecretsOptions, DEFAULT_NETWORK_POLICY_ENGINE } from '../types';
import { CILIUM_RELEASE, OCIR_MIRROR_PATTERN } from './cni-release';
import { DEFAULT_VAULT_SECRETS_SERVICE_ACCOUNT } from '../secrets-store-release';
import { TETRAGON_RELEASE } from '../runtime-detection-release';
import { validateFileStorage } from './file-storage-class';
import { flowPolicySpec } from './flows';
import { validateWorkloadIdentityEgress } from './namespace-egress';
import { validateWorkloadServiceAccounts } from '../../access/workload-identity-statements';
import { isReservedNamespace, requireClusterName, requireNamespaceName } from './validation';
import { quantityValue } from '../../core/kubernetes-api-validation';
import { resolveContainerDefaults } from './container-defaults';
import { requireCidr } from '../../core/cidr';

const QUANTITY = /^[0-9]+(\.[0-9]+)?(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/;

/** Every rule on the baseline props, with the property path of each failure. */
export function validateBaselineProps(props: KubernetesBaselineProps): void {
  requireClusterName('clusterName', props.clusterName);
  requireSupportedKubernetesVersion('kubernetesVersion', props.kubernetesVersion);
  if (!Object.values(CniType).includes(props.cni)) {
    throw new HardenedOkeValidationError('cni', `"${props.cni}" is not an OKE CNI type`, 'use CniType.OCI_VCN_IP_NATIVE or CniType.FLANNEL_OVERLAY');
  }
  if (props.imageRegistryMirror !== undefined && (typeof props.imageRegistryMirror !== 'string' || !OCIR_MIRROR_PATTERN.test(props.imageRegistryMirror))) {
    throw new HardenedOkeValidationError('imageRegistryMirror', `"${props.imageRegistryMirror}" is not an OCIR repository path`,
      'use <region-key>.ocir.io/<tenancy-namespace>[/path], e.g. fra.ocir.io/axaxnpcrorw5/mirror (nodes reach OCIR through the service gateway)');
  }
  const engine = props.networkPolicyEngine;
  if (engine !== undefined && !Object.values(NetworkPolicyEngine).includes(engine)) {
    throw new HardenedOkeValidationError('networkPolicyEngine', `"${engine}" is not a NetworkPolicyEngine`, 'use NetworkPolicyEngine.CILIUM_CHAINED or EXTERNAL_CALICO');
  }
  if (!props.pvKmsKeyId) {
    throw new HardenedOkeValidationError('pvKmsKeyId', 'is required', 'pass the OCID of the Vault key that encrypts persistent volumes');
  }
  if (!Token.isUnresolved(props.pvKmsKeyId)) requireOcid('pvKmsKeyId', props.pvKmsKeyId, 'key');
  if (props.fileStorage) validateFileStorage('fileStorage', props.fileStorage);
  if (props.secretsStore && !isRegionShaped(props.secretsStore.region)) {
    throw new HardenedOkeValidationError('secretsStore.region', `"${props.secretsStore.region}" is not an OCI region`, 'use the cluster\'s region identifier, e.g. eu-frankfurt-1');
  }
  (props.clusterAdminGroupIds ?? []).forEach((g, i) => requireOcid(`clusterAdminGroupIds[${i}]`, g, 'group'));
  if (props.cni === CniType.FLANNEL_OVERLAY && (engine ?? DEFAULT_NETWORK_POLICY_ENGINE) === NetworkPolicyEngine.CILIUM_CHAINED) {
    // Not proven anywhere we can cite: Oracle's terraform-oci-oke leaves "Flannel w/ generic-veth" as a TODO (its
    // chain ConfigMap is never applied), and Cilium's default cluster-pool IPAM (10.0.0.0/8) overlaps common VCN
    // CIDRs. Oracle DevRel's validated chaining sample covers VCN-native pod networking only.
    throw new HardenedOkeValidationError('networkPolicyEngine',
      'Cilium chained after flannel (FLANNEL_OVERLAY) is not supported: no validated configuration exists, and Cilium\'s default IPAM pool can overlap the VCN',
      'use cni OCI_VCN_IP_NATIVE (Cilium chaining as in Oracle DevRel\'s validated OKE sample), or keep flannel with NetworkPolicyEngine.EXTERNAL_CALICO (Oracle\'s Calico example)');
  }
  if (props.admission) validateAdmission(props.admission);
  if (props.controlPlane) {
    requireCidr('controlPlane.apiEndpointCidr', props.controlPlane.apiEndpointCidr);
    if (props.controlPlane.servicesCidr !== undefined) requireCidr('controlPlane.servicesCidr', props.controlPlane.servicesCidr);
  }
  const seen = new Set<string>();
  const exemptNames = new Set([CILIUM_RELEASE.namespace, TETRAGON_RELEASE.namespace, ...(props.podSecurityExemptions ?? []).map((e) => e.name)]);
  (props.podSecurityExemptions ?? []).forEach((e, i) => {
    requireNamespaceName(`podSecurityExemptions[${i}].name`, e.name);
    if (isReservedNamespace(e.name) || e.name === CILIUM_RELEASE.namespace || e.name === TETRAGON_RELEASE.namespace) {
      throw new HardenedOkeValidationError(`podSecurityExemptions[${i}].name`, `"${e.name}" is reserved`, 'use a dedicated namespace for the exempted workload');
    }
    if (!e.reason || e.reason.trim().length < 10) {
      throw new HardenedOkeValidationError(`podSecurityExemptions[${i}].reason`, 'a written reason is required', 'say which privileges the workload needs and why');
    }
  });
  (props.applicationNamespaces ?? []).forEach((ns, i) => {
    const p = `applicationNamespaces[${i}]`;
    requireNamespaceName(`${p}.name`, ns.name);
    if (isReservedNamespace(ns.name)) {
      throw new HardenedOkeValidationError(`${p}.name`, `"${ns.name}" is reserved for the platform`, 'choose an application namespace name other than default and kube-*');
    }
    if (exemptNames.has(ns.name)) {
      throw new HardenedOkeValidationError(`${p}.name`, `"${ns.name}" is an exempted system namespace`, 'choose another name');
    }
    if (seen.has(ns.name)) throw new HardenedOkeValidationError(`${p}.name`, `"${ns.name}" is listed twice`, 'list each namespace once');
    seen.add(ns.name);
    if (ns.loadBalancerSourceAnywhereReason !== undefined && (typeof ns.loadBalancerSourceAnywhereReason !== 'string' || ns.loadBalancerSourceAnywhereReason.trim().length < 10)) {
      throw new HardenedOkeValidationError(`${p}.loadBalancerSourceAnywhereReason`, 'must be a reason of at least 10 characters',
        'say why Services of this namespace must accept every address (e.g. "public storefront behind OCI WAF"), or list the client CIDRs in spec.loadBalancerSourceRanges');
    }
    (ns.adminGroupIds ?? []).forEach((g, j) => requireOcid(`${p}.adminGroupIds[${j}]`, g, 'group'));
    (ns.viewerGroupIds ?? []).forEach((g, j) => requireOcid(`${p}.viewerGroupIds[${j}]`, g, 'group'));
    const quantities: Array<[string, string | undefined]> = [
      ['limits.defaultCpu', ns.limits?.defaultCpu], ['limits.defaultMemory', ns.limits?.defaultMemory],
      ['limits.defaultRequestCpu', ns.limits?.defaultRequestCpu], ['limits.defaultRequestMemory', ns.limits?.defaultRequestMemory],
      ['quota.requestsCpu', ns.quota?.requestsCpu], ['quota.requestsMemory', ns.quota?.requestsMemory],
      ['quota.limitsCpu', ns.quota?.limitsCpu], ['quota.limitsMemory', ns.quota?.limitsMemory],
    ];
    for (const [key, value] of quantities) {
      if (value !== undefined && !QUANTITY.test(value)) {
        throw new HardenedOkeValidationError(`${p}.${key}`, `"${value}" is not a Kubernetes quantity`, 'use e.g. "500m", "2", "512Mi" or "4Gi"');
      }
    }
    // core/validation ValidateLimitRange refuses a defaultRequest above the default limit (with the defaults filled in).
    const resolved = resolveContainerDefaults(ns.limits);
    for (const [resource, l, r, request] of [
      ['Cpu', resolved.defaultCpu, resolved.defaultRequestCpu, ns.limits?.defaultRequestCpu],
      ['Memory', resolved.defaultMemory, resolved.defaultRequestMemory, ns.limits?.defaultRequestMemory],
    ] as const) {
      if (quantityValue(r)! > quantityValue(l)!) {
        throw new HardenedOkeValidationError(`${p}.limits.${request !== undefined ? 'defaultRequest' : 'default'}${resource}`,
          `the default request ${r} is above the default limit ${l}, which the API server refuses (LimitRange: defaultRequest must be <= default)`,
          `lower limits.defaultRequest${resource} or raise limits.default${resource}`);
      }
    }
    for (const [key, value] of [['quota.pods', ns.quota?.pods], ['quota.persistentVolumeClaims', ns.quota?.persistentVolumeClaims], ['quota.loadBalancers', ns.quota?.loadBalancers]] as const) {
      if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
        throw new HardenedOkeValidationError(`${p}.${key}`, `${value} is not a non-negative integer`, 'use a whole number');
      }
    }
    if (ns.vaultSecrets) validateVaultSecrets(`${p}.vaultSecrets`, ns.vaultSecrets, props.secretsStore !== undefined);
    if (ns.workloadIdentity) validateWorkloadServiceAccounts(`${p}.workloadIdentity.serviceAccounts`, ns.name, ns.workloadIdentity.serviceAccounts ?? []);
    const vaultAccount = ns.vaultSecrets ? (ns.vaultSecrets.serviceAccountName ?? DEFAULT_VAULT_SECRETS_SERVICE_ACCOUNT) : undefined;
    (ns.workloadIdentity?.serviceAccounts ?? []).forEach((a, j) => {
      // Both write a ServiceAccount of that name (token mounted for workload identity, not for Vault secrets).
      if (a.name === vaultAccount) {
        throw new HardenedOkeValidationError(`${p}.workloadIdentity.serviceAccounts[${j}].name`, `"${a.name}" is also the Vault secrets service account of the namespace`,
          'give the workload identity service account another name, or set vaultSecrets.serviceAccountName to a different one');
      }
    });
    validateWorkloadIdentityEgress(p, ns.workloadIdentity, props.controlPlane);
    // Flows are validated when rendered (flowPolicySpec) with the same property paths.
    (ns.allowedFlows ?? []).forEach((f, j) => flowPolicySpec(`${p}.allowedFlows[${j}]`, f));
  });
}

function validateAdmission(a: AdmissionPolicyOptions): void {
  if (!isRegionShaped(a.region)) {
    throw new HardenedOkeValidationError('admission.region', `"${a.region}" is not an OCI region identifier`, 'use the region identifier, e.g. eu-frankfurt-1');
  }
  if (!a.tenancyNamespace || (!Token.isUnresolved(a.tenancyNamespace) && !/^[a-z0-9][a-z0-9-]*$/.test(a.tenancyNamespace))) {
    throw new HardenedOkeValidationError('admission.tenancyNamespace', `"${a.tenancyNamespace}" is not an Object Storage namespace`,
      'pass the tenancy\'s Object Storage namespace (data oci_objectstorage_namespace, or `oci os ns get`)');
  }
  if (a.ocirRegionKey !== undefined && !Token.isUnresolved(a.ocirRegionKey) && !/^[a-zA-Z]{3}$/.test(a.ocirRegionKey)) {
    throw new HardenedOkeValidationError('admission.ocirRegionKey', `"${a.ocirRegionKey}" is not a region key`, 'use the three-letter region key of the cluster\'s region, e.g. fra');
  }
  requireOcid('admission.loadBalancerNsgId', a.loadBalancerNsgId, 'nsg');
  if (a.workerNsgId !== undefined) requireOcid('admission.workerNsgId', a.workerNsgId, 'nsg');
}

function validateVaultSecrets(property: string, v: VaultSecretsOptions, installed: boolean): void {
  if (!installed) {
    throw new HardenedOkeValidationError(property, 'Vault secrets need the Secrets Store CSI driver and the OCI Vault provider', 'set secretsStore (HardenedCluster: kubernetes.secretsStore)');
  }
  requireOcid(`${property}.vaultId`, v.vaultId, 'vault');
  if (!v.secrets || v.secrets.length === 0) {
    throw new HardenedOkeValidationError(`${property}.secrets`, 'lists no secret', 'name at least one Vault secret (name and secretId)');
  }
  const names = new Set<string>();
  v.secrets.forEach((s, i) => {
    const p = `${property}.secrets[${i}]`;
    if (!s.name || !/^[A-Za-z0-9._-]{1,255}$/.test(s.name)) {
      throw new HardenedOkeValidationError(`${p}.name`, `"${s.name}" is not a usable Vault secret name`, 'use the secret\'s name in the vault (letters, digits, ".", "_" and "-")');
    }
    const file = s.fileName ?? s.name;
    if (names.has(file)) throw new HardenedOkeValidationError(`${p}.fileName`, `"${file}" is mounted twice`, 'give each secret its own fileName');
    names.add(file);
    if (s.fileName !== undefined && !/^[A-Za-z0-9._-]{1,253}$/.test(s.fileName)) {
      throw new HardenedOkeValidationError(`${p}.fileName`, `"${s.fileName}" is not a plain file name`, 'use letters, digits, ".", "_" and "-" (no slashes)');
    }
    requireOcid(`${p}.secretId`, s.secretId, 'vaultSecret');
  });
  if (v.serviceAccountName !== undefined) requireNamespaceName(`${property}.serviceAccountName`, v.serviceAccountName);
}
