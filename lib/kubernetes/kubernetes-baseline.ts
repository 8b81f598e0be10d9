import * as fs from 'fs';
import * as path from 'path';
import { ApiObject, App, Chart, Yaml } from 'cdk8s';
import * as k8s from 'cdk8s-plus-34/lib/imports/k8s';
import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedOkeValidationError } from '../core/errors';
import { minorOf, requireSupportedKubernetesVersion } from '../core/kubernetes-version';
import { requireOcid } from '../core/ocid';
import { isRegionShaped } from '../core/regions';
import { CniType } from '../network/cni-type';
import { CHAINING_CONFIGMAP, CHAINING_CONFIGMAP_KEY, CILIUM_RELEASE, CNI_EXEMPTION_REASON, chainedCniConfig, ciliumValues, mirroredRelease, OCIR_MIRROR_PATTERN } from './rules/cni-release';
import { ALWAYS_EXCLUDED_NAMESPACES, PUBLIC_LB_LABEL, PUBLIC_LB_LABEL_VALUE, admissionPolicyObjects } from './rules/admission-policies';
import { flowPolicySpec, isAllowAllRule } from './rules/flows';
import { K8sObject, manifestFileName, sortForApply } from './rules/manifest-order';
import { NAMESPACE_ADMIN_RULES, NAMESPACE_VIEWER_RULES } from './rules/rbac';
import { isReservedNamespace, requireClusterName, requireNamespaceName } from './rules/validation';
import { fileStorageParameters, validateFileStorage } from './rules/file-storage-class';
import { DEFAULT_VAULT_SECRETS_SERVICE_ACCOUNT, SECRET_PROVIDER_CLASS_NAME, SECRETS_STORE_RELEASE, secretsStoreValues } from './rules/secrets-store-release';
import { YamlVariable, describeVariable, isSubstituted, variablesMarkdown } from './rules/yaml-variables';
import { validateWorkloadServiceAccounts } from '../access/rules/workload-identity-statements';
import { AdmissionPolicyOptions, ApplicationNamespace, FileStorageClassOptions, NetworkPolicyEngine, PodSecurityExemption, SecretsStoreOptions, VaultSecretsOptions } from './types';

/** A Helm release the baseline needs (the config stack turns it into a helm_release). */
export interface HelmReleaseSpec {
  /** Release name. */
  readonly name: string;
  /** Chart name. */
  readonly chart: string;
  /** Chart repository URL. */
  readonly repository: string;
  /** Exact chart version. */
  readonly version: string;
  /** Namespace the release installs into (created by the baseline's manifests). */
  readonly releaseNamespace: string;
  /** Values as one YAML document. */
  readonly valuesYaml: string;
}

export interface KubernetesBaselineProps {
  /** Cluster name (RFC 1123 label); names files and labels. */
  readonly clusterName: string;
  /** Cluster Kubernetes version, e.g. `v1.33.1`; its minor becomes the Pod Security enforce-version. */
  readonly kubernetesVersion: string;
  /** The cluster's CNI (OKE cni_type); selects the CNI chain the policy engine joins. */
  readonly cni: CniType;
  /**
   * Engine that enforces NetworkPolicy.
   * @default NetworkPolicyEngine.CILIUM_CHAINED
   */
  readonly networkPolicyEngine?: NetworkPolicyEngine;
  /**
   * Application namespaces, each with restricted Pod Security, default-deny, DNS-only egress, quotas and RBAC.
   * @default []
   */
  readonly applicationNamespaces?: ApplicationNamespace[];
  /**
   * OCI IAM group OCIDs bound to cluster-admin (the only cluster-admin binding the library writes).
   * @default [] - nobody but the cluster creator (OKE's own binding)
   */
  readonly clusterAdminGroupIds?: string[];
  /** Vault key OCID (or a token) that encrypts block-volume persistent volumes. */
  readonly pvKmsKeyId: string;
  /**
   * Registry mirror in OCIR the library-installed images (Cilium) are pulled from instead of quay.io, e.g.
   * `fra.ocir.io/<tenancy-namespace>/mirror`; images keep their digests (copy them by digest, see the README).
   * @default - images from their upstream registries (quay.io), which needs worker internet egress
   */
  readonly imageRegistryMirror?: string;
  /**
   * Extra exempted namespaces (e.g. a log shipper that reads host logs), each with its reason.
   * @default []
   */
  readonly podSecurityExemptions?: PodSecurityExemption[];
  /**
   * ValidatingAdmissionPolicies (bound with Deny everywhere but kube-system, kube-public, kube-node-lease and the CNI
   * namespace): images only from the tenancy's OCIR by digest, no image-verification break-glass annotation,
   * read-only root filesystems and no `:latest`/untagged images, and LoadBalancer Services with the NSG annotations,
   * internal unless the namespace allows public load balancers.
   * @default - no admission policies (compliance control WKL-12 fails)
   */
  readonly admission?: AdmissionPolicyOptions;
  /**
   * The File Storage class `oci-fss-encrypted` (Vault key at rest, TLS in transit) and its inputs.
   * @default - no File Storage class: a class needs an availability domain and a mount target to work
   */
  readonly fileStorage?: FileStorageClassOptions;
  /**
   * Install the Secrets Store CSI driver with the OCI Vault provider (pinned Helm release in kube-system), so
   * application namespaces can mount Vault secrets (`applicationNamespaces[].vaultSecrets`).
   * @default - not installed
   */
  readonly secretsStore?: SecretsStoreOptions;
}

const PSA = 'pod-security.kubernetes.io';
const REASON_ANNOTATION = 'cdktf-hardened-oke.dev/pod-security-exemption-reason';
const MANAGED_BY = { 'app.kubernetes.io/managed-by': 'cdktf-hardened-oke' };
const ENCRYPTED_BLOCK_STORAGE_CLASS = 'oci-bv-encrypted';
const ENCRYPTED_FILE_STORAGE_CLASS = 'oci-fss-encrypted';
/** Marks the service accounts the library writes for OKE workload identity (their token stays mounted). */
const WORKLOAD_IDENTITY_ANNOTATION = 'cdktf-hardened-oke.dev/purpose';

/** Subfolder of the GitOps output for objects that carry `${VARIABLE}` placeholders. */
const SUBSTITUTE_DIR = 'substitute';

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
  private readonly app: App;
  private readonly enforceVersion: string;
  private readonly tokenVariables: Map<string, string>;
  private readonly props: KubernetesBaselineProps;
  private readonly addedNamespaces: ApplicationNamespace[] = [];

  constructor(scope: Construct, id: string, props: KubernetesBaselineProps) {
    super(scope, id);
    validate(props);
    this.props = props;
    this.clusterName = props.clusterName;
    this.enforceVersion = `v${minorOf(props.kubernetesVersion)}`;
    this.networkPolicyEngine = props.networkPolicyEngine ?? NetworkPolicyEngine.CILIUM_CHAINED;
    this.applicationNamespaceNames = (props.applicationNamespaces ?? []).map((n) => n.name);
    this.app = new App({ outdir: 'cdk8s.out' });
    this.tokenVariables = tokenVariables(props);
    this.yamlVariables = [...this.tokenVariables.values()];
    this.yamlVariableDetails = [...this.tokenVariables].map(([value, name]) => ({ name, value, description: describeVariable(name) }));

    const platform = new Chart(this.app, 'platform');
    this.exemptions = [];
    this.helmReleases = [];
    if (this.networkPolicyEngine === NetworkPolicyEngine.CILIUM_CHAINED) {
      this.exemptions.push({ name: CILIUM_RELEASE.namespace, reason: CNI_EXEMPTION_REASON });
      new k8s.KubeConfigMap(platform, 'cilium-cni-config', {
        metadata: { name: CHAINING_CONFIGMAP, namespace: CILIUM_RELEASE.namespace, labels: MANAGED_BY },
        data: { [CHAINING_CONFIGMAP_KEY]: chainedCniConfig(props.cni) },
      });
      // Cilium's agent and operator use the host network, which NetworkPolicy does not cover; default-deny keeps any
      // other pod that lands in this privileged namespace isolated.
      new k8s.KubeNetworkPolicy(platform, 'cilium-default-deny', {
        metadata: { name: 'default-deny-all', namespace: CILIUM_RELEASE.namespace, labels: MANAGED_BY },
        spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
      });
      this.helmReleases.push({
        name: CILIUM_RELEASE.name,
        chart: CILIUM_RELEASE.chart,
        repository: CILIUM_RELEASE.repository,
        version: CILIUM_RELEASE.version,
        releaseNamespace: CILIUM_RELEASE.namespace,
        valuesYaml: Yaml.stringify(ciliumValues(mirroredRelease(CILIUM_RELEASE, props.imageRegistryMirror), props.cni)),
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
        valuesYaml: Yaml.stringify(secretsStoreValues(SECRETS_STORE_RELEASE, props.secretsStore.region)),
      });
    }
    this.exemptions.push(...(props.podSecurityExemptions ?? []));
    for (const e of this.exemptions) this.exemptNamespace(platform, e);

    this.storageClasses(platform, props.pvKmsKeyId, props.fileStorage);
    this.admissionExcludedNamespaces = [];
    if (props.admission) {
      const a = props.admission;
      const cniNamespaces = this.networkPolicyEngine === NetworkPolicyEngine.CILIUM_CHAINED ? [CILIUM_RELEASE.namespace] : [];
      this.admissionExcludedNamespaces.push(...ALWAYS_EXCLUDED_NAMESPACES, ...cniNamespaces);
      for (const obj of admissionPolicyObjects({
        region: a.region,
        regionKey: a.ocirRegionKey !== undefined && !Token.isUnresolved(a.ocirRegionKey) ? a.ocirRegionKey.toLowerCase() : a.ocirRegionKey,
        tenancyNamespace: a.tenancyNamespace,
        loadBalancerNsgId: a.loadBalancerNsgId,
        excludedNamespaces: this.admissionExcludedNamespaces,
        labels: MANAGED_BY,
      })) {
        new ApiObject(platform, `${obj.kind.toLowerCase()}-${obj.metadata.name}`, obj);
      }
    }
    if ((props.clusterAdminGroupIds ?? []).length > 0) {
      new k8s.KubeClusterRoleBinding(platform, 'cluster-admins', {
        metadata: { name: `${props.clusterName}-cluster-admins`, labels: MANAGED_BY },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
        subjects: groupSubjects(props.clusterAdminGroupIds ?? []),
      });
    }

    (props.applicationNamespaces ?? []).forEach((ns, i) => this.applicationNamespace(ns, `applicationNamespaces[${i}]`));
  }

  /**
   * Adds an application namespace after construction, validated like those of the props (property
   * `applicationNamespaces[<n>]`, counting the added ones). Its objects are written at synth like the others.
   */
  public addApplicationNamespace(ns: ApplicationNamespace): void {
    const all = [...(this.props.applicationNamespaces ?? []), ...this.addedNamespaces, ns];
    validate({ ...this.props, applicationNamespaces: all });
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
   * Adds Kubernetes objects (plain JSON, e.g. a Deployment) as a chart of their own: they are written to the YAML
   * output at synth and judged by the same controls as the baseline. Returns the objects as added.
   */
  public addObjects(id: string, objects: K8sObject[]): K8sObject[] {
    const chart = new Chart(this.app, `added-${id}`);
    objects.forEach((obj, i) => new ApiObject(chart, `${i}`, obj));
    return chart.toJson() as K8sObject[];
  }

  /** Every object, in apply order (CRDs, namespaces, then the rest; stable within a kind). Plain JSON. */
  public manifests(): any[] {
    const all = this.app.charts.flatMap((c) => c.toJson()) as K8sObject[];
    return sortForApply(all);
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
    const objects = this.manifests();
    fs.mkdirSync(dir, { recursive: true });
    for (const f of fs.readdirSync(dir)) if (/^\d+-[a-z]+-.+\.yaml$/.test(f)) fs.rmSync(path.join(dir, f));
    fs.rmSync(path.join(dir, SUBSTITUTE_DIR), { recursive: true, force: true });
    const names = objects.map((obj, i) => {
      const rendered = this.substituteTokens(obj);
      const name = manifestFileName(i, objects.length, obj);
      // A placeholder must never be applied as a value: such objects live apart from the plain manifests.
      const relative = isSubstituted(rendered, this.yamlVariables) ? `${SUBSTITUTE_DIR}/${name}` : name;
      fs.mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
      fs.writeFileSync(path.join(dir, relative), Yaml.stringify(rendered));
      return relative;
    });
    if (this.yamlVariableDetails.length > 0) {
      fs.mkdirSync(path.join(dir, SUBSTITUTE_DIR), { recursive: true });
      fs.writeFileSync(path.join(dir, SUBSTITUTE_DIR, 'VARIABLES.md'), variablesMarkdown(this.clusterName, this.yamlVariableDetails));
    }
    // Helm releases go to a subfolder (kubectl apply -f <dir> does not recurse): a GitOps tool installs the chart
    // at the pinned version with these values after the numbered manifests (the CNI namespace comes first).
    fs.rmSync(path.join(dir, 'helm'), { recursive: true, force: true });
    for (const r of this.helmReleases) {
      const releaseDir = path.join(dir, 'helm', r.name);
      fs.mkdirSync(releaseDir, { recursive: true });
      fs.writeFileSync(path.join(releaseDir, 'values.yaml'), r.valuesYaml);
      const { valuesYaml: _, ...pin } = r;
      fs.writeFileSync(path.join(releaseDir, 'release.json'), JSON.stringify(pin, undefined, 2) + '\n');
    }
    return names;
  }

  /** Tokens mean nothing in YAML: replace each with its `${VARIABLE}`. */
  private substituteTokens(value: any): any {
    if (typeof value === 'string') {
      let out = value;
      for (const [token, variable] of this.tokenVariables) out = out.split(token).join('${' + variable + '}');
      return out;
    }
    if (Array.isArray(value)) return value.map((v) => this.substituteTokens(v));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.substituteTokens(v)]));
    }
    return value;
  }

  private exemptNamespace(chart: Chart, e: PodSecurityExemption): void {
    new k8s.KubeNamespace(chart, `ns-${e.name}`, {
      metadata: {
        name: e.name,
        labels: { ...MANAGED_BY, [`${PSA}/enforce`]: 'privileged', [`${PSA}/enforce-version`]: this.enforceVersion,
          [`${PSA}/audit`]: 'restricted', [`${PSA}/warn`]: 'restricted' },
        annotations: { [REASON_ANNOTATION]: e.reason },
      },
    });
  }

  private storageClasses(chart: Chart, kmsKeyId: string, fileStorage?: FileStorageClassOptions): void {
    new k8s.KubeStorageClass(chart, 'block', {
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
    new k8s.KubeStorageClass(chart, 'file', {
      metadata: { name: ENCRYPTED_FILE_STORAGE_CLASS, labels: MANAGED_BY },
      provisioner: 'fss.csi.oraclecloud.com',
      parameters: fileStorageParameters(fileStorage),
      reclaimPolicy: 'Delete',
      volumeBindingMode: 'Immediate',
    });
  }

  private applicationNamespace(ns: ApplicationNamespace, property: string): void {
    const chart = new Chart(this.app, `ns-${ns.name}`);
    const namespace = ns.name;
    new k8s.KubeNamespace(chart, 'namespace', {
      metadata: {
        name: namespace,
        labels: {
          ...MANAGED_BY,
          [`${PSA}/enforce`]: 'restricted', [`${PSA}/enforce-version`]: this.enforceVersion,
          [`${PSA}/audit`]: 'restricted', [`${PSA}/audit-version`]: this.enforceVersion,
          [`${PSA}/warn`]: 'restricted', [`${PSA}/warn-version`]: this.enforceVersion,
          ...(ns.allowPublicLoadBalancers === true ? { [PUBLIC_LB_LABEL]: PUBLIC_LB_LABEL_VALUE } : {}),
        },
      },
    });
    new k8s.KubeNetworkPolicy(chart, 'default-deny', {
      metadata: { name: 'default-deny-all', namespace, labels: MANAGED_BY },
      spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
    });
    new k8s.KubeNetworkPolicy(chart, 'dns', {
      metadata: { name: 'allow-dns-egress', namespace, labels: MANAGED_BY },
      spec: {
        podSelector: {},
        policyTypes: ['Egress'],
        egress: [{
          to: [{
            namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
            podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
          }],
          ports: [{ protocol: 'UDP', port: k8s.IntOrString.fromNumber(53) }, { protocol: 'TCP', port: k8s.IntOrString.fromNumber(53) }],
        }],
      },
    });
    (ns.allowedFlows ?? []).forEach((flow, i) => {
      const spec = flowPolicySpec(`${property}.allowedFlows[${i}]`, flow) as any;
      for (const dir of ['ingress', 'egress'] as const) {
        for (const rule of spec[dir] ?? []) {
          if (isAllowAllRule(rule, dir)) {
            throw new HardenedOkeValidationError(`${property}.allowedFlows[${i}]`, 'the flow would allow all traffic', 'name a peer namespace, pods or a CIDR with exceptions');
          }
        }
      }
      new ApiObject(chart, `flow-${i}`, {
        apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy',
        metadata: { name: `allow-flow-${i}`, namespace, labels: MANAGED_BY },
        spec,
      });
    });
    const limits = ns.limits ?? {};
    new k8s.KubeLimitRange(chart, 'limits', {
      metadata: { name: 'container-defaults', namespace, labels: MANAGED_BY },
      spec: {
        limits: [{
          type: 'Container',
          default: { cpu: q(limits.defaultCpu ?? '500m'), memory: q(limits.defaultMemory ?? '512Mi') },
          defaultRequest: { cpu: q(limits.defaultRequestCpu ?? '100m'), memory: q(limits.defaultRequestMemory ?? '128Mi') },
        }],
      },
    });
    const quota = ns.quota ?? {};
    new k8s.KubeResourceQuota(chart, 'quota', {
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
    new k8s.KubeServiceAccount(chart, 'default-sa', {
      metadata: { name: 'default', namespace, labels: MANAGED_BY },
      automountServiceAccountToken: false,
    });
    if (ns.vaultSecrets) this.vaultSecrets(chart, namespace, ns.vaultSecrets);
    for (const account of ns.workloadIdentity?.serviceAccounts ?? []) {
      // OKE workload identity: the OCI SDK's OKE workload identity provider reads the pod's service account token
      // (Oracle "Granting Workloads Access to OCI Resources"), so pods running as this account keep the token.
      new k8s.KubeServiceAccount(chart, `workload-sa-${account.name}`, {
        metadata: { name: account.name, namespace, labels: MANAGED_BY, annotations: { [WORKLOAD_IDENTITY_ANNOTATION]: 'oci-workload-identity' } },
        automountServiceAccountToken: true,
      });
    }
    this.namespaceRole(chart, namespace, 'admin', NAMESPACE_ADMIN_RULES, ns.adminGroupIds ?? []);
    this.namespaceRole(chart, namespace, 'viewer', NAMESPACE_VIEWER_RULES, ns.viewerGroupIds ?? []);
  }

  /** A service account and a SecretProviderClass listing the namespace's Vault secrets (workload identity). */
  private vaultSecrets(chart: Chart, namespace: string, v: VaultSecretsOptions): void {
    // The provider requests a token for this account itself (TokenRequest API): pods need no automounted token.
    new k8s.KubeServiceAccount(chart, 'vault-secrets-sa', {
      metadata: { name: v.serviceAccountName ?? DEFAULT_VAULT_SECRETS_SERVICE_ACCOUNT, namespace, labels: MANAGED_BY },
      automountServiceAccountToken: false,
    });
    new ApiObject(chart, 'vault-secrets', {
      apiVersion: 'secrets-store.csi.x-k8s.io/v1', kind: 'SecretProviderClass',
      metadata: { name: SECRET_PROVIDER_CLASS_NAME, namespace, labels: MANAGED_BY },
      spec: {
        provider: SECRETS_STORE_RELEASE.providerName,
        parameters: {
          // The provider's parameter format (GettingStarted.md "SecretProviderClass"): a YAML list of name/fileName.
          secrets: Yaml.stringify(v.secrets.map((s) => (s.fileName ? { name: s.name, fileName: s.fileName } : { name: s.name }))),
          vaultId: v.vaultId,
          authType: 'workload',
        },
      },
    });
  }

  private namespaceRole(chart: Chart, namespace: string, role: string, rules: readonly { apiGroups: string[]; resources: string[]; verbs: string[] }[], groups: string[]): void {
    const name = `${this.clusterName}-namespace-${role}`;
    new k8s.KubeRole(chart, `role-${role}`, {
      metadata: { name, namespace, labels: MANAGED_BY },
      rules: rules.map((r) => ({ apiGroups: [...r.apiGroups], resources: [...r.resources], verbs: [...r.verbs] })),
    });
    if (groups.length === 0) return;
    new k8s.KubeRoleBinding(chart, `binding-${role}`, {
      metadata: { name, namespace, labels: MANAGED_BY },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
      subjects: groupSubjects(groups),
    });
  }
}

function q(value: string): k8s.Quantity {
  return k8s.Quantity.fromString(value);
}

/** OKE authenticates IAM users and puts their IAM group OCIDs in the Kubernetes groups claim. */
function groupSubjects(groupIds: readonly string[]): k8s.Subject[] {
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

const QUANTITY = /^[0-9]+(\.[0-9]+)?(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/;

function validate(props: KubernetesBaselineProps): void {
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
  if (props.cni === CniType.FLANNEL_OVERLAY && (engine ?? NetworkPolicyEngine.CILIUM_CHAINED) === NetworkPolicyEngine.CILIUM_CHAINED) {
    // Not proven anywhere we can cite: Oracle's terraform-oci-oke leaves "Flannel w/ generic-veth" as a TODO (its
    // chain ConfigMap is never applied), and Cilium's default cluster-pool IPAM (10.0.0.0/8) overlaps common VCN
    // CIDRs. Oracle DevRel's validated chaining sample covers VCN-native pod networking only.
    throw new HardenedOkeValidationError('networkPolicyEngine',
      'Cilium chained after flannel (FLANNEL_OVERLAY) is not supported: no validated configuration exists, and Cilium\'s default IPAM pool can overlap the VCN',
      'use cni OCI_VCN_IP_NATIVE (Cilium chaining as in Oracle DevRel\'s validated OKE sample), or keep flannel with NetworkPolicyEngine.EXTERNAL_CALICO (Oracle\'s Calico example)');
  }
  if (props.admission) validateAdmission(props.admission);
  const seen = new Set<string>();
  const exemptNames = new Set([CILIUM_RELEASE.namespace, ...(props.podSecurityExemptions ?? []).map((e) => e.name)]);
  (props.podSecurityExemptions ?? []).forEach((e, i) => {
    requireNamespaceName(`podSecurityExemptions[${i}].name`, e.name);
    if (isReservedNamespace(e.name) || e.name === CILIUM_RELEASE.namespace) {
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
    for (const [key, value] of [['quota.pods', ns.quota?.pods], ['quota.persistentVolumeClaims', ns.quota?.persistentVolumeClaims], ['quota.loadBalancers', ns.quota?.loadBalancers]] as const) {
      if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
        throw new HardenedOkeValidationError(`${p}.${key}`, `${value} is not a non-negative integer`, 'use a whole number');
      }
    }
    if (ns.vaultSecrets) validateVaultSecrets(`${p}.vaultSecrets`, ns.vaultSecrets, props.secretsStore !== undefined);
    if (ns.workloadIdentity) validateWorkloadServiceAccounts(`${p}.workloadIdentity.serviceAccounts`, ns.name, ns.workloadIdentity.serviceAccounts ?? []);
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
