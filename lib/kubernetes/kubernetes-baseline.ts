import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedOkeValidationError } from '../core/errors';
import { minorOf } from '../core/kubernetes-version';
import { HelmReleaseSpec, KubernetesBaselineProps } from './kubernetes-baseline-props';
import { writeManifestFiles } from './manifest-writer';
import { ADMISSION_ENFORCED_LABEL, ADMISSION_ENFORCED_LABEL_VALUE, ALWAYS_EXCLUDED_NAMESPACES, LB_SOURCE_ANYWHERE_LABEL, LB_SOURCE_ANYWHERE_LABEL_VALUE, PUBLIC_LB_LABEL, PUBLIC_LB_LABEL_VALUE, admissionPolicyObjects } from './private/admission-policies';
import { KubeObjectInput, renderObject } from './private/api-object';
import { validateBaselineProps } from './private/baseline-validation';
import { describeObject } from '../core/kubernetes-api-validation';
import { knownApiValidationErrors, requireApiValid } from './private/validation';
import { CHAINING_CONFIGMAP, CHAINING_CONFIGMAP_KEY, CILIUM_RELEASE, CNI_EXEMPTION_REASON, chainedCniConfig, ciliumValues, mirroredRelease } from './private/cni-release';
import { fileStorageParameters } from './private/file-storage-class';
import { flowPolicySpec, isAllowAllRule } from './private/flows';
import { workloadIdentityEgressPolicies } from './private/namespace-egress';
import { K8sObject, manifestId, sortForApply } from './private/manifest-order';
import { NAMESPACE_ADMIN_RULES, NAMESPACE_VIEWER_RULES } from './private/rbac';
import { DEFAULT_VAULT_SECRETS_SERVICE_ACCOUNT, SECRET_PROVIDER_CLASS_NAME, SECRETS_STORE_RELEASE, secretsStoreValues } from './secrets-store-release';
import { yamlDocument } from './private/yaml-document';
import { resolveContainerDefaults } from './private/container-defaults';
import { TETRAGON_EXEMPTION_REASON, TETRAGON_RELEASE, tetragonValues } from './runtime-detection-release';
import { runtimeDetectionPolicies, tracingPolicyConfigMap } from './private/tracing-policies';
import { YamlVariable, describeVariable } from './yaml-variables';
import { ApplicationNamespace, FileStorageClassOptions, NetworkPolicyEngine, PodSecurityExemption, VaultSecretsOptions, DEFAULT_NETWORK_POLICY_ENGINE } from './types';

// The props live in their own file; re-exported so existing imports of this module keep working.
export type { HelmReleaseSpec, KubernetesBaselineProps } from './kubernetes-baseline-props';

const PSA = 'pod-security.kubernetes.io';
const REASON_ANNOTATION = 'cdktf-hardened-oke.dev/pod-security-exemption-reason';
const MANAGED_BY = { 'app.kubernetes.io/managed-by': 'cdktf-hardened-oke' };
const ENCRYPTED_BLOCK_STORAGE_CLASS = 'oci-bv-encrypted';
const ENCRYPTED_FILE_STORAGE_CLASS = 'oci-fss-encrypted';
/** Marks the service accounts the library writes for OKE workload identity (their token stays mounted). */
const WORKLOAD_IDENTITY_ANNOTATION = 'cdktf-hardened-oke.dev/purpose';

/**
 * The cluster's in-cluster baseline as cdk8s charts: the NetworkPolicy engine's namespace, application namespaces
 * (restricted Pod Security, default-deny, DNS-only egress, LimitRange, ResourceQuota, no token automount), RBAC
 * mapped from OCI IAM groups, and encrypted storage classes. Render it as YAML with {@link writeManifests} or as
 * Terraform with ClusterConfigStack.
 */
export class KubernetesBaseline extends Construct {
  /** The block volume StorageClass the baseline makes default (Vault key, paravirtualized attachment). */
  public static readonly ENCRYPTED_BLOCK_STORAGE_CLASS = ENCRYPTED_BLOCK_STORAGE_CLASS;
  /** The File Storage StorageClass (only with `fileStorage`): Vault key at rest, TLS in transit. */
  public static readonly ENCRYPTED_FILE_STORAGE_CLASS = ENCRYPTED_FILE_STORAGE_CLASS;
  /** Annotation that carries the reason of a Pod Security exemption. */
  public static readonly EXEMPTION_REASON_ANNOTATION = REASON_ANNOTATION;

  public readonly clusterName: string;
  /** Namespaces exempt from `restricted` Pod Security, with reasons. */
  public readonly exemptions: PodSecurityExemption[];
  /** Helm releases to install (the NetworkPolicy engine), empty with EXTERNAL_CALICO. */
  public readonly helmReleases: HelmReleaseSpec[];
  public readonly networkPolicyEngine: NetworkPolicyEngine;
  /** Namespaces the admission policy bindings exclude (empty when no admission policies are written). */
  public readonly admissionExcludedNamespaces: string[];
  /**
   * Names of the TracingPolicies the baseline writes (runtime detection, as files of the ConfigMap
   * `tetragon/hardened-oke-tracing-policies`), in README order; empty when off.
   */
  public readonly runtimeDetectionPolicyNames: string[];
  /**
   * Where the admission policies deny: `all-namespaces` (every namespace but the excluded ones),
   * `managed-namespaces` (only those the library manages; Warn and Audit elsewhere), `none` (no admission policies).
   */
  public readonly admissionEnforcement: 'all-namespaces' | 'managed-namespaces' | 'none';
  /** Application namespace names, in props order. */
  public readonly applicationNamespaceNames: string[];
  /**
   * Variables the YAML manifests use in place of values only known at apply time (props given as tokens), e.g.
   * `PV_KMS_KEY_ID`. Objects that carry one are written to the `substitute/` subfolder, never next to the plain
   * manifests, so `kubectl apply -f <dir>` cannot apply a placeholder; Flux fills them (postBuild.substituteFrom).
   */
  public readonly yamlVariables: string[];
  /** Each YAML variable with what it holds and the value (a token) it stands for. */
  public readonly yamlVariableDetails: YamlVariable[];
  /** Every object, in the order the constructor adds them (manifests() sorts them for apply). */
  private readonly objects: K8sObject[] = [];
  private readonly enforceVersion: string;
  private readonly tokenVariables: Map<string, string>;
  private readonly props: KubernetesBaselineProps;
  private readonly addedNamespaces: ApplicationNamespace[] = [];
  /** The props path of the application namespace being rendered, for errors on its objects. */
  private addingFor?: string;

  constructor(scope: Construct, id: string, props: KubernetesBaselineProps) {
    super(scope, id);
    validateBaselineProps(props);
    // At synth, every object once more (the user's included, and whatever changed after it was added): the API
    // server's own validation (lib/core/kubernetes-api-validation), so no apply meets a refusal.
    this.node.addValidation({
      validate: () => sortForApply(this.objects).flatMap((o) => knownApiValidationErrors(o)
        .map((x) => `${describeObject(o)}: ${x.field}: ${x.message} (kubernetes ${x.rule}). Fix: correct the object so kube-apiserver accepts it`)),
    });
    this.props = props;
    this.clusterName = props.clusterName;
    this.enforceVersion = `v${minorOf(props.kubernetesVersion)}`;
    this.networkPolicyEngine = props.networkPolicyEngine ?? DEFAULT_NETWORK_POLICY_ENGINE;
    this.applicationNamespaceNames = (props.applicationNamespaces ?? []).map((n) => n.name);
    this.tokenVariables = tokenVariables(props);
    this.yamlVariables = [...this.tokenVariables.values()];
    this.yamlVariableDetails = [...this.tokenVariables].map(([value, name]) => ({ name, value, description: describeVariable(name) }));

    this.exemptions = [];
    this.helmReleases = [];
    if (this.networkPolicyEngine === NetworkPolicyEngine.CILIUM_CHAINED) {
      this.exemptions.push({ name: CILIUM_RELEASE.namespace, reason: CNI_EXEMPTION_REASON });
      this.add({
        apiVersion: 'v1', kind: 'ConfigMap',
        metadata: { name: CHAINING_CONFIGMAP, namespace: CILIUM_RELEASE.namespace, labels: MANAGED_BY },
        data: { [CHAINING_CONFIGMAP_KEY]: chainedCniConfig(props.cni) },
      });
      // Cilium's agent and operator use the host network, which NetworkPolicy does not cover; default-deny keeps any
      // other pod that lands in this privileged namespace isolated.
      this.add({
        apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy',
        metadata: { name: 'default-deny-all', namespace: CILIUM_RELEASE.namespace, labels: MANAGED_BY },
        spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
      });
      this.helmReleases.push({
        name: CILIUM_RELEASE.name,
        chart: CILIUM_RELEASE.chart,
        repository: CILIUM_RELEASE.repository,
        version: CILIUM_RELEASE.version,
        releaseNamespace: CILIUM_RELEASE.namespace,
        valuesYaml: yamlDocument(ciliumValues(mirroredRelease(CILIUM_RELEASE, props.imageRegistryMirror), props.cni)),
      });
    }
    if (props.secretsStore) {
      // kube-system, as Oracle's guide prefers: a system namespace, so no privileged namespace is added.
      this.helmReleases.push({
        name: SECRETS_STORE_RELEASE.name,
        chart: SECRETS_STORE_RELEASE.chart,
        repository: SECRETS_STORE_RELEASE.repository,
        version: SECRETS_STORE_RELEASE.version,
        releaseNamespace: SECRETS_STORE_RELEASE.namespace,
        valuesYaml: yamlDocument(secretsStoreValues(SECRETS_STORE_RELEASE, props.secretsStore.region)),
      });
    }
    this.runtimeDetectionPolicyNames = [];
    if (props.runtimeDetection) {
      // Its own namespace, exempt with the reason on it; the agents use the host network only, so default-deny keeps
      // any other pod that lands here isolated (as in the CNI namespace).
      this.exemptions.push({ name: TETRAGON_RELEASE.namespace, reason: TETRAGON_EXEMPTION_REASON });
      this.add({
        apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy',
        metadata: { name: 'default-deny-all', namespace: TETRAGON_RELEASE.namespace, labels: MANAGED_BY },
        spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
      });
      // The policies as files of a ConfigMap (core v1: plannable before the chart's CRD exists), in the release's
      // namespace, so the release waits for it; a checksum annotation rolls the agents when a policy changes.
      const policies = runtimeDetectionPolicies(MANAGED_BY);
      const files = tracingPolicyConfigMap(policies, MANAGED_BY);
      this.add(files.object);
      this.runtimeDetectionPolicyNames.push(...policies.map((p) => p.name));
      this.helmReleases.push({
        name: TETRAGON_RELEASE.name,
        chart: TETRAGON_RELEASE.chart,
        repository: TETRAGON_RELEASE.repository,
        version: TETRAGON_RELEASE.version,
        releaseNamespace: TETRAGON_RELEASE.namespace,
        valuesYaml: yamlDocument(tetragonValues(TETRAGON_RELEASE, props.clusterName, { names: this.runtimeDetectionPolicyNames, sha256: files.sha256 },
          ['kube-system', CILIUM_RELEASE.namespace, TETRAGON_RELEASE.namespace], props.imageRegistryMirror)),
      });
    }
    this.admissionExcludedNamespaces = [];
    this.admissionEnforcement = 'none';
    if (props.admission) {
      const a = props.admission;
      const cniNamespaces = [
        ...(this.networkPolicyEngine === NetworkPolicyEngine.CILIUM_CHAINED ? [CILIUM_RELEASE.namespace] : []),
        // Tetragon's image is from quay.io and its agent is privileged (reason on the namespace).
        ...(props.runtimeDetection ? [TETRAGON_RELEASE.namespace] : []),
      ];
      const extra = (a.extraExcludedNamespaces ?? []).map((e) => e.name).filter((n) => !ALWAYS_EXCLUDED_NAMESPACES.includes(n) && !cniNamespaces.includes(n));
      this.admissionExcludedNamespaces.push(...ALWAYS_EXCLUDED_NAMESPACES, ...cniNamespaces, ...extra);
      this.admissionEnforcement = a.enforceAllNamespaces === true ? 'all-namespaces' : 'managed-namespaces';
    }
    this.exemptions.push(...(props.podSecurityExemptions ?? []));
    for (const e of this.exemptions) this.exemptNamespace(e);

    this.storageClasses(props.pvKmsKeyId, props.fileStorage);
    if (props.admission) {
      const a = props.admission;
      for (const obj of admissionPolicyObjects({
        region: a.region,
        regionKey: a.ocirRegionKey !== undefined && !Token.isUnresolved(a.ocirRegionKey) ? a.ocirRegionKey.toLowerCase() : a.ocirRegionKey,
        tenancyNamespace: a.tenancyNamespace,
        loadBalancerNsgId: a.loadBalancerNsgId,
        workerNsgId: a.workerNsgId,
        excludedNamespaces: this.admissionExcludedNamespaces,
        enforceAllNamespaces: this.admissionEnforcement === 'all-namespaces',
        labels: MANAGED_BY,
      })) {
        this.add(obj);
      }
    }
    if ((props.clusterAdminGroupIds ?? []).length > 0) this.add(clusterAdminBinding(props.clusterName, props.clusterAdminGroupIds ?? []));

    (props.applicationNamespaces ?? []).forEach((ns, i) => this.applicationNamespace(ns, `applicationNamespaces[${i}]`));
  }

  /**
   * Adds an application namespace after construction, validated like those of the props (property
   * `applicationNamespaces[<n>]`, counting the added ones). Its objects are written at synth like the others.
   */
  public addApplicationNamespace(ns: ApplicationNamespace): void {
    const all = [...(this.props.applicationNamespaces ?? []), ...this.addedNamespaces, ns];
    validateBaselineProps({ ...this.props, applicationNamespaces: all });
    const index = all.length - 1;
    // The GitOps variables are fixed at construction (HardenedCluster's output): later namespaces take literal OCIDs.
    [...(ns.adminGroupIds ?? []), ...(ns.viewerGroupIds ?? []), ns.vaultSecrets?.vaultId].forEach((v) => {
      if (v !== undefined && Token.isUnresolved(v) && !this.tokenVariables.has(v)) {
        throw new HardenedOkeValidationError(`applicationNamespaces[${index}]`, 'names an OCID that is only known at apply (a token) in a namespace added after construction',
          'pass the OCID as a literal string, or declare the namespace in the props');
      }
    });
    this.addedNamespaces.push(ns);
    this.applicationNamespaceNames.push(ns.name);
    this.applicationNamespace(ns, `applicationNamespaces[${index}]`);
  }

  /**
   * Adds Kubernetes objects (plain JSON, e.g. a Deployment): they are written to the YAML output at synth and judged
   * by the same controls as the baseline. Returns the objects as rendered.
   */
  public addObjects(objects: { [key: string]: any }[]): { [key: string]: any }[] {
    const rendered = objects.map((obj) => renderObject(obj as KubeObjectInput));
    rendered.forEach((obj, i) => {
      requireApiValid(`addObjects[${i}]`, obj);
      if ([...this.objects, ...rendered.slice(0, i)].some((o) => manifestId(o) === manifestId(obj))) {
        throw new HardenedOkeValidationError(`addObjects[${i}].metadata.name`, `${describeObject(obj)} already exists in the baseline`, 'give the object another name');
      }
    });
    this.objects.push(...rendered);
    return rendered;
  }

  /**
   * Makes an IAM group cluster administrator: adds it to the one cluster-admin ClusterRoleBinding (control IAM-07),
   * creating that binding when the cluster has none yet. Returns the binding and whether it was created.
   * @internal
   */
  public _addClusterAdminGroup(groupId: string): { binding: { [key: string]: any }; created: boolean } {
    const name = `${this.clusterName}-cluster-admins`;
    const i = this.objects.findIndex((o) => o.kind === 'ClusterRoleBinding' && o.metadata.name === name);
    if (i < 0) {
      this.add(clusterAdminBinding(this.clusterName, [groupId]), 'grantClusterAdmin');
      return { binding: this.objects[this.objects.length - 1], created: true };
    }
    const current = this.objects[i] as K8sObject & { subjects?: unknown[] };
    const updated = renderObject({ ...current, subjects: [...(current.subjects ?? []), ...groupSubjects([groupId])] } as KubeObjectInput);
    requireApiValid('grantClusterAdmin', updated);
    this.objects[i] = updated;
    return { binding: updated, created: false };
  }

  /**
   * Every object, in apply order (CRDs, namespaces, then the rest; stable within a kind), as plain JSON: `apiVersion`,
   * `kind`, `metadata` (name, namespace, labels, annotations), then the kind's own fields (`spec`, `data`, `rules`, ...).
   */
  public manifests(): { [key: string]: any }[] {
    return sortForApply(this.objects);
  }

  /**
   * Writes `NN-<kind>-[<namespace>-]<name>.yaml` files into `dir` (created); returns the file names in order.
   * Objects that carry a `${VARIABLE}` go to `substitute/NN-....yaml` (returned as `substitute/NN-...`) with
   * `substitute/VARIABLES.md` listing each variable and where its value comes from.
   * Each Helm release (the policy engine) goes to `helm/<release>/values.yaml` and `release.json` (chart, repository,
   * exact version, namespace).
   * Manifest files of an earlier synth are removed first, so GitOps never applies a stale object.
   */
  public writeManifests(dir: string): string[] {
    return writeManifestFiles(dir, {
      clusterName: this.clusterName,
      objects: sortForApply(this.objects),
      tokenVariables: this.tokenVariables,
      yamlVariableDetails: this.yamlVariableDetails,
      helmReleases: this.helmReleases,
    });
  }

  /**
   * Renders an object into the baseline (sorted keys, no empty metadata maps: the form the files and Terraform get),
   * checked against the API server's validation; `property` names the props the object comes from.
   */
  private add(obj: KubeObjectInput, property = this.addingFor ?? 'baseline'): void {
    const rendered = renderObject(obj);
    requireApiValid(property, rendered);
    // Two objects of one kind and name: the second apply is refused (AlreadyExists) or silently replaces the first.
    if (this.objects.some((o) => manifestId(o) === manifestId(rendered))) {
      throw new HardenedOkeValidationError(property, `${describeObject(rendered)} would be written twice`, 'give each object of the namespace its own name (e.g. a service account used for Vault secrets and for workload identity)');
    }
    this.objects.push(rendered);
  }

  private exemptNamespace(e: PodSecurityExemption): void {
    this.add({
      apiVersion: 'v1', kind: 'Namespace',
      metadata: {
        name: e.name,
        labels: { ...MANAGED_BY, [`${PSA}/enforce`]: 'privileged', [`${PSA}/enforce-version`]: this.enforceVersion,
          [`${PSA}/audit`]: 'restricted', [`${PSA}/warn`]: 'restricted', ...this.admissionLabel(e.name) },
        annotations: { [REASON_ANNOTATION]: e.reason },
      },
    });
  }

  /** The label that puts a namespace the library manages under the Deny bindings (none when it is excluded). */
  private admissionLabel(namespace: string): Record<string, string> {
    if (this.admissionEnforcement === 'none' || this.admissionExcludedNamespaces.includes(namespace)) return {};
    return { [ADMISSION_ENFORCED_LABEL]: ADMISSION_ENFORCED_LABEL_VALUE };
  }

  private storageClasses(kmsKeyId: string, fileStorage?: FileStorageClassOptions): void {
    this.add({
      apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass',
      metadata: {
        name: ENCRYPTED_BLOCK_STORAGE_CLASS,
        labels: MANAGED_BY,
        annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' },
      },
      provisioner: 'blockvolume.csi.oraclecloud.com',
      // paravirtualized attachment is what enables in-transit encryption for block volumes on OKE.
      parameters: { 'kms-key-id': kmsKeyId, 'attachment-type': 'paravirtualized' },
      reclaimPolicy: 'Delete',
      volumeBindingMode: 'WaitForFirstConsumer',
      allowVolumeExpansion: true,
    });
    // Only with its inputs: a File Storage class without an availability domain and a mount target fails every claim.
    if (!fileStorage) return;
    this.add({
      apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass',
      metadata: { name: ENCRYPTED_FILE_STORAGE_CLASS, labels: MANAGED_BY },
      provisioner: 'fss.csi.oraclecloud.com',
      parameters: fileStorageParameters(fileStorage),
      reclaimPolicy: 'Delete',
      volumeBindingMode: 'Immediate',
    });
  }

  private applicationNamespace(ns: ApplicationNamespace, property: string): void {
    this.addingFor = property;
    try {
      this.renderApplicationNamespace(ns, property);
    } finally {
      this.addingFor = undefined;
    }
  }

  private renderApplicationNamespace(ns: ApplicationNamespace, property: string): void {
    const namespace = ns.name;
    this.add({
      apiVersion: 'v1', kind: 'Namespace',
      metadata: {
        name: namespace,
        labels: {
          ...MANAGED_BY,
          ...this.admissionLabel(namespace),
          [`${PSA}/enforce`]: 'restricted', [`${PSA}/enforce-version`]: this.enforceVersion,
          [`${PSA}/audit`]: 'restricted', [`${PSA}/audit-version`]: this.enforceVersion,
          [`${PSA}/warn`]: 'restricted', [`${PSA}/warn-version`]: this.enforceVersion,
          ...(ns.allowPublicLoadBalancers === true ? { [PUBLIC_LB_LABEL]: PUBLIC_LB_LABEL_VALUE } : {}),
          ...(ns.loadBalancerSourceAnywhereReason !== undefined ? { [LB_SOURCE_ANYWHERE_LABEL]: LB_SOURCE_ANYWHERE_LABEL_VALUE } : {}),
        },
        ...(ns.loadBalancerSourceAnywhereReason !== undefined ? { annotations: { [`${LB_SOURCE_ANYWHERE_LABEL}-reason`]: ns.loadBalancerSourceAnywhereReason } } : {}),
      },
    });
    this.add({
      apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy',
      metadata: { name: 'default-deny-all', namespace, labels: MANAGED_BY },
      spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
    });
    this.add({
      apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy',
      metadata: { name: 'allow-dns-egress', namespace, labels: MANAGED_BY },
      spec: {
        podSelector: {},
        policyTypes: ['Egress'],
        egress: [{
          to: [{
            namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
            podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
          }],
          ports: [{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }],
        }],
      },
    });
    // What workload identity promises needs the network too: the token exchange at the control plane (12250) and
    // the OCI call over HTTPS (private/namespace-egress.ts). Validated with the props, so controlPlane is set here.
    if (this.props.controlPlane) {
      for (const p of workloadIdentityEgressPolicies(ns.workloadIdentity, this.props.controlPlane)) {
        this.add({
          apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy',
          metadata: { name: p.name, namespace, labels: MANAGED_BY, ...(p.annotations ? { annotations: p.annotations } : {}) },
          spec: p.spec,
        });
      }
    }
    (ns.allowedFlows ?? []).forEach((flow, i) => {
      const spec = flowPolicySpec(`${property}.allowedFlows[${i}]`, flow) as any;
      for (const dir of ['ingress', 'egress'] as const) {
        for (const rule of spec[dir] ?? []) {
          if (isAllowAllRule(rule, dir)) {
            throw new HardenedOkeValidationError(`${property}.allowedFlows[${i}]`, 'the flow would allow all traffic', 'name a peer namespace, pods or a CIDR with exceptions');
          }
        }
      }
      this.add({
        apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy',
        metadata: { name: `allow-flow-${i}`, namespace, labels: MANAGED_BY },
        spec,
      });
    });
    const limits = resolveContainerDefaults(ns.limits);
    this.add({
      apiVersion: 'v1', kind: 'LimitRange',
      metadata: { name: 'container-defaults', namespace, labels: MANAGED_BY },
      spec: {
        limits: [{
          type: 'Container',
          default: { cpu: q(limits.defaultCpu), memory: q(limits.defaultMemory) },
          defaultRequest: { cpu: q(limits.defaultRequestCpu), memory: q(limits.defaultRequestMemory) },
        }],
      },
    });
    const quota = ns.quota ?? {};
    this.add({
      apiVersion: 'v1', kind: 'ResourceQuota',
      metadata: { name: 'namespace-quota', namespace, labels: MANAGED_BY },
      spec: {
        hard: {
          'requests.cpu': q(quota.requestsCpu ?? '4'),
          'requests.memory': q(quota.requestsMemory ?? '8Gi'),
          'limits.cpu': q(quota.limitsCpu ?? '8'),
          'limits.memory': q(quota.limitsMemory ?? '16Gi'),
          'pods': q(String(quota.pods ?? 50)),
          'persistentvolumeclaims': q(String(quota.persistentVolumeClaims ?? 10)),
          'services.loadbalancers': q(String(quota.loadBalancers ?? 0)),
        },
      },
    });
    this.add({
      apiVersion: 'v1', kind: 'ServiceAccount',
      metadata: { name: 'default', namespace, labels: MANAGED_BY },
      automountServiceAccountToken: false,
    });
    if (ns.vaultSecrets) this.vaultSecrets(namespace, ns.vaultSecrets);
    for (const account of ns.workloadIdentity?.serviceAccounts ?? []) {
      // OKE workload identity: the OCI SDK's OKE workload identity provider reads the pod's service account token
      // (Oracle "Granting Workloads Access to OCI Resources"), so pods running as this account keep the token.
      this.add({
        apiVersion: 'v1', kind: 'ServiceAccount',
        metadata: { name: account.name, namespace, labels: MANAGED_BY, annotations: { [WORKLOAD_IDENTITY_ANNOTATION]: 'oci-workload-identity' } },
        automountServiceAccountToken: true,
      });
    }
    this.namespaceRole(namespace, 'admin', NAMESPACE_ADMIN_RULES, ns.adminGroupIds ?? []);
    this.namespaceRole(namespace, 'viewer', NAMESPACE_VIEWER_RULES, ns.viewerGroupIds ?? []);
  }

  /** A service account and a SecretProviderClass listing the namespace's Vault secrets (workload identity). */
  private vaultSecrets(namespace: string, v: VaultSecretsOptions): void {
    // The provider requests a token for this account itself (TokenRequest API): pods need no automounted token.
    this.add({
      apiVersion: 'v1', kind: 'ServiceAccount',
      metadata: { name: v.serviceAccountName ?? DEFAULT_VAULT_SECRETS_SERVICE_ACCOUNT, namespace, labels: MANAGED_BY },
      automountServiceAccountToken: false,
    });
    this.add({
      apiVersion: 'secrets-store.csi.x-k8s.io/v1', kind: 'SecretProviderClass',
      metadata: { name: SECRET_PROVIDER_CLASS_NAME, namespace, labels: MANAGED_BY },
      spec: {
        provider: SECRETS_STORE_RELEASE.providerName,
        parameters: {
          // The provider's parameter format (GettingStarted.md "SecretProviderClass"): a YAML list of name/fileName.
          secrets: yamlDocument(v.secrets.map((s) => (s.fileName ? { name: s.name, fileName: s.fileName } : { name: s.name }))),
          vaultId: v.vaultId,
          authType: 'workload',
        },
      },
    });
  }

  private namespaceRole(namespace: string, role: string, rules: readonly { apiGroups: string[]; resources: string[]; verbs: string[] }[], groups: string[]): void {
    const name = `${this.clusterName}-namespace-${role}`;
    this.add({
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role',
      metadata: { name, namespace, labels: MANAGED_BY },
      rules: rules.map((r) => ({ apiGroups: [...r.apiGroups], resources: [...r.resources], verbs: [...r.verbs] })),
    });
    if (groups.length === 0) return;
    this.add({
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding',
      metadata: { name, namespace, labels: MANAGED_BY },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
      subjects: groupSubjects(groups),
    });
  }
}

/** Kubernetes quantities are strings in JSON (validated with the props). */
function q(value: string): string {
  return value;
}

/** OKE authenticates IAM users and puts their IAM group OCIDs in the Kubernetes groups claim. */
/** The one cluster-admin ClusterRoleBinding, to the administrator groups (IAM-07). */
function clusterAdminBinding(clusterName: string, groupIds: readonly string[]): KubeObjectInput {
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding',
    metadata: { name: `${clusterName}-cluster-admins`, labels: MANAGED_BY },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
    subjects: groupSubjects(groupIds),
  } as KubeObjectInput;
}

function groupSubjects(groupIds: readonly string[]): Array<{ apiGroup: string; kind: string; name: string }> {
  return [...groupIds].map((id) => ({ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: id }));
}

/** Props that may be tokens (references to resources of the same app), mapped to YAML variable names. */
function tokenVariables(props: KubernetesBaselineProps): Map<string, string> {
  const out = new Map<string, string>();
  const add = (value: string | undefined, variable: string) => {
    if (value !== undefined && Token.isUnresolved(value) && !out.has(value)) out.set(value, variable);
  };
  add(props.pvKmsKeyId, 'PV_KMS_KEY_ID');
  add(props.admission?.tenancyNamespace, 'OCIR_TENANCY_NAMESPACE');
  add(props.admission?.ocirRegionKey, 'OCIR_REGION_KEY');
  add(props.admission?.loadBalancerNsgId, 'LOAD_BALANCER_NSG_ID');
  add(props.admission?.workerNsgId, 'WORKER_NSG_ID');
  add(props.admission?.region, 'OCI_REGION');
  add(props.fileStorage?.availabilityDomain, 'FSS_AVAILABILITY_DOMAIN');
  add(props.fileStorage?.mountTargetId, 'FSS_MOUNT_TARGET_ID');
  add(props.fileStorage?.mountTargetSubnetId, 'FSS_MOUNT_TARGET_SUBNET_ID');
  add(props.fileStorage?.kmsKeyId, 'FSS_KMS_KEY_ID');
  add(props.fileStorage?.exportSourceCidr, 'FSS_EXPORT_SOURCE_CIDR');
  (props.clusterAdminGroupIds ?? []).forEach((g, i) => add(g, `CLUSTER_ADMIN_GROUP_ID_${i}`));
  (props.applicationNamespaces ?? []).forEach((ns) => {
    const prefix = ns.name.toUpperCase().replace(/-/g, '_');
    (ns.adminGroupIds ?? []).forEach((g, i) => add(g, `${prefix}_ADMIN_GROUP_ID_${i}`));
    (ns.viewerGroupIds ?? []).forEach((g, i) => add(g, `${prefix}_VIEWER_GROUP_ID_${i}`));
    add(ns.vaultSecrets?.vaultId, `${prefix}_VAULT_ID`);
  });
  return out;
}
