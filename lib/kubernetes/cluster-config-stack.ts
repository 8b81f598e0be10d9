import * as path from 'path';
import { Release } from '@cdktf/provider-helm/lib/release';
import { HelmProvider } from '@cdktf/provider-helm/lib/provider';
import { Annotations } from '@cdktf/provider-kubernetes/lib/annotations';
import { DefaultServiceAccountV1 } from '@cdktf/provider-kubernetes/lib/default-service-account-v1';
import { Manifest } from '@cdktf/provider-kubernetes/lib/manifest';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { DataResource, dependable, Fn, IStackSynthesizer, ISynthesisSession, LocalBackend, TerraformBackend, TerraformResource, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { Waivers } from '../compliance/waivers';
import { HardenedOkeValidationError } from '../core/errors';
import { requireSameFramework } from '../core/framework';
import { requireRegion } from '../core/regions';
import { requireOcid } from '../core/ocid';
import { HelmReleaseSpec, KubernetesBaseline, KubernetesBaselineProps } from './kubernetes-baseline';
import { K8sObject, manifestId, sortForApply } from './private/manifest-order';
import { refuseTokens } from './private/user-objects';
import { isNamespacedKind } from '../core/kubernetes-api-validation';
import { immutableFieldsOf } from '../core/kubernetes-immutable-fields';
import { canonicalizeQuantities } from '../core/kubernetes-quantity';
import { SECRETS_STORE_RELEASE } from './secrets-store-release';
import { CILIUM_RELEASE } from './private/cni-release';
import { TETRAGON_RELEASE } from './runtime-detection-release';
import { ADMISSION_ENFORCED_LABEL, ADMISSION_ENFORCED_LABEL_VALUE, LB_SOURCE_ANYWHERE_LABEL } from './private/admission-policies';
import { OCI_SERVICES_ANYWHERE_REASON_ANNOTATION } from './private/namespace-egress';
import { OciProvider, OciProviderConfig } from '../generated/providers/oci/provider';
import { escapeForTerraform } from './private/terraform-escape';
import { requireApiValid } from './private/validation';
import { HelmChartOptions, helmReleaseSpec } from './helm-chart';
import { DataOciResourcemanagerPrivateEndpointReachableIp } from '../generated/providers/oci/data-oci-resourcemanager-private-endpoint-reachable-ip';
import { ResourceManagerBackend } from '../fleet/resource-manager-backend';
import { markResourceManagerStack } from '../fleet/resource-manager-marker';
import { enforceTerraform15 } from '../fleet/terraform15-synth';
import { ApplicationNamespace, NetworkPolicyEngine } from './types';
import { NodePool } from '../compute/node-pool';
import { describeTaint } from '../core/tolerations';
import { describeUntolerated, untoleratedPoolTaints } from './node-agents';

/** How the kubernetes and helm providers reach the cluster. */
export interface ClusterConnection {
  /**
   * API server URL, normally `https://` + the cluster's private endpoint (`endpoints[0].private_endpoint` of
   * oci_containerengine_cluster). A token from the infrastructure stack becomes a cross-stack reference.
   */
  readonly host: string;
  /** Cluster OCID (or token), passed to `oci ce cluster generate-token`. */
  readonly clusterId: string;
  /** OCI region of the cluster, e.g. `eu-frankfurt-1`. */
  readonly region: string;
  /**
   * PEM CA certificate of the API server. Give this or `kubeconfigContent`.
   * @default - extracted from kubeconfigContent
   */
  readonly clusterCaCertificate?: string;
  /**
   * The `content` of data.oci_containerengine_cluster_kube_config; the CA is decoded from it at plan time
   * (`base64decode(yamldecode(content).clusters[0].cluster["certificate-authority-data"])`).
   * @default - clusterCaCertificate must be given
   */
  readonly kubeconfigContent?: string;
  /**
   * Proxy URL for a tunnel through the OCI Bastion (e.g. `socks5://127.0.0.1:1080` of an SSH dynamic port forward).
   * @default - direct connection (the machine running Terraform can reach the private endpoint)
   */
  readonly proxyUrl?: string;
  /**
   * OCI CLI profile used by the exec plugin.
   * @default - the CLI's default profile
   */
  readonly ociProfile?: string;
  /**
   * Resource Manager mode: the stack is an ORM stack (no backend block, an `oci` provider with `region` only) and
   * reaches the API endpoint through this ORM private endpoint: `host` becomes the endpoint's reachable IP (data
   * oci_resourcemanager_private_endpoint_reachable_ip, a Class E address absent from the API server certificate), and
   * `tls_server_name` the API endpoint's private IP, so the CA check stays on (as in Oracle's oci-hpc-oke sample).
   * @default - not an ORM stack
   * @see https://docs.oracle.com/iaas/Content/ResourceManager/Tasks/private-endpoints.htm
   */
  readonly resourceManager?: ResourceManagerConnection;
}

/** How an ORM stack reaches the private API endpoint. */
export interface ResourceManagerConnection {
  /** OCID of the ORM private endpoint in the cluster's VCN (oci_resourcemanager_private_endpoint). */
  readonly privateEndpointId: string;
  /** Private IP of the cluster's API endpoint (without the port). */
  readonly apiPrivateIp: string;
  /** Compartment of the ORM stack, recorded for the fleet command. */
  readonly stackCompartmentId: string;
}

export interface ClusterConfigStackProps {
  /** The in-cluster baseline. */
  readonly baseline: KubernetesBaselineProps;
  /** How Terraform reaches the cluster. */
  readonly connection: ClusterConnection;
  /**
   * Also write the baseline as YAML at synth, into `<outdir>/manifests/<clusterName>/`.
   * @default true
   */
  readonly writeManifests?: boolean;
  /**
   * Demote OKE's own default StorageClass `oci-bv` (kubernetes_annotations), so the encrypted class is the only default.
   * @default true
   */
  readonly demoteOkeDefaultStorageClass?: boolean;
}

const EXEC_API_VERSION = 'client.authentication.k8s.io/v1beta1';

/**
 * A second Terraform stack per cluster that applies the {@link KubernetesBaseline}: one kubernetes_manifest per
 * object (namespaces and CRDs first via depends_on), the NetworkPolicy engine as a pinned helm_release, and the
 * providers wired to the cluster by cross-stack references. Keep it separate from the stack that creates the
 * cluster: kubernetes_manifest needs a reachable API server at plan time.
 */
export class ClusterConfigStack extends TerraformStack {
  public readonly baseline: KubernetesBaseline;
  public readonly kubernetesProvider: KubernetesProvider;
  /** Present once a Helm release is installed (the NetworkPolicy engine, or a chart added with addHelmChart). */
  public readonly helmProvider?: HelmProvider;
  /** One resource per baseline object, keyed by `<kind>-<namespace|cluster>-<name>`. */
  public readonly manifestResources: Record<string, TerraformResource>;
  public readonly helmReleases: Release[];
  /**
   * The CNI's NetworkPolicy engine release (Cilium), when the library installs it. Nodes carry Cilium's
   * `node.cilium.io/agent-not-ready` taint until its agent runs, so everything that needs a pod waits for it.
   */
  public readonly cniRelease?: Release;
  /**
   * The runtime detection release (Tetragon), when the baseline installs it: a system component (after Cilium,
   * before the admission bindings), after the ConfigMap of its policy files.
   */
  public readonly runtimeDetectionRelease?: Release;
  /** Present once an OKE managed add-on is created here (OCI provider of the cluster's region). */
  public ociProvider?: OciProvider;
  private readonly systemComponents: TerraformResource[] = [];
  private readonly admissionBindings: TerraformResource[] = [];
  /** Folder (relative to the synth outdir) the YAML manifests are written to. */
  public readonly manifestsDir: string;
  /** Whether this stack writes the YAML manifests at synth. */
  public readonly writesManifests: boolean;
  private readonly connection: ClusterConnection;
  private readonly namespaceResources: Record<string, TerraformResource> = {};
  private readonly crdResources: TerraformResource[] = [];
  private readonly namespaceOf = new Map<TerraformResource, string>();
  private readonly baselineResources = new Set<TerraformResource>();
  private readonly caCertificate: string;
  private readonly exec: { apiVersion: string; command: string; args: string[] };
  private readonly endpoint: { host: string; tlsServerName?: string };

  constructor(scope: Construct, id: string, props: ClusterConfigStackProps) {
    requireSameFramework(scope, 'ClusterConfigStack(scope)');
    super(scope, id);
    const c = props.connection;
    validateConnection(c);
    this.connection = c;
    // The backend is the user's: `new OciBackend(stack.configStack, …)` (or any cdktf backend) added after
    // construction wins; without one, ensureBackendExists adds a local backend with a relative path.
    // Resource Manager owns the state of its stacks: an empty backend marker (no other backend may be added).
    if (c.resourceManager) ResourceManagerBackend.of(this);
    this.baseline = new KubernetesBaseline(this, 'baseline', props.baseline);
    if (this.baseline.admissionEnforcement === 'managed-namespaces') {
      // A cluster created elsewhere: Deny only where the library manages the namespace, Warn and Audit elsewhere,
      // until the user opts in. Recorded like NP-01 above (this stack cannot name the cluster resource).
      Waivers.record(this, {
        controlId: 'WKL-12', scope: 'oci_containerengine_cluster.*',
        reason: `admission.enforceAllNamespaces is off: on cluster ${this.baseline.clusterName} the admission policies deny only in the namespaces the library manages (label ${ADMISSION_ENFORCED_LABEL}=${ADMISSION_ENFORCED_LABEL_VALUE}); every other namespace gets Warn and Audit, so workloads that ran before keep starting. Set admission.enforceAllNamespaces once the audit log shows no warnings`,
      });
    }
    // Every node agent the baseline installs runs on every node pool of this cluster, the user's tainted pools too
    // (lib/kubernetes/node-agents.ts); at synth, so pools added later (addNodePool, other stacks) count.
    this.node.addValidation({
      validate: () => {
        const pools = this.node.root.node.findAll()
          .filter((x): x is NodePool => x instanceof NodePool && x.resource.clusterIdInput === c.clusterId)
          .map((pool) => ({ name: String(pool.resource.nameInput ?? pool.node.id), taints: pool.taints }));
        return untoleratedPoolTaints(this.baseline.helmReleases.map((r) => r.name), pools).map((u) => new HardenedOkeValidationError(
          `baseline.${u.agent.property}`, describeUntolerated(u),
          `remove the taint ${describeTaint(u.taint)} from node pool ${u.pool}, or run what needs ${u.agent.daemonSet} elsewhere and turn ${u.agent.property} off`).message);
      },
    });
    if (this.baseline.networkPolicyEngine === NetworkPolicyEngine.EXTERNAL_CALICO) {
      // NP-01 judges the cluster resources of the app against NetworkPolicy engines found anywhere in the app, and
      // this stack cannot name the cluster resource of another stack, so the waiver covers the app's clusters.
      Waivers.record(this, {
        controlId: 'NP-01', scope: 'oci_containerengine_cluster.*',
        reason: `networkPolicyEngine: EXTERNAL_CALICO, the policy engine of cluster ${this.baseline.clusterName} is installed outside this library`,
      });
    }

    const ca = this.caCertificate = c.clusterCaCertificate
      ?? Fn.base64decode(Fn.lookupNested(Fn.yamldecode(c.kubeconfigContent!), ['clusters', 0, 'cluster', 'certificate-authority-data']));
    const args = ['ce', 'cluster', 'generate-token', '--cluster-id', c.clusterId, '--region', c.region];
    if (c.ociProfile) args.push('--profile', c.ociProfile);
    const exec = this.exec = { apiVersion: EXEC_API_VERSION, command: 'oci', args };
    this.endpoint = c.resourceManager ? this.resourceManagerEndpoint(c, c.resourceManager, props.baseline.clusterName) : { host: c.host };
    this.kubernetesProvider = new KubernetesProvider(this, 'kubernetes', {
      ...this.endpoint, clusterCaCertificate: ca, proxyUrl: c.proxyUrl, exec: [exec],
    });

    this.manifestResources = {};
    const objects = this.baseline.manifests() as K8sObject[];
    this.addManifestResources(objects);

    this.helmReleases = [];
    for (const r of this.baseline.helmReleases) this.addHelmReleaseResource(r);

    // Apply order (README "Apply order"): the CNI first; then what runs pods (Secrets Store CSI, managed add-ons);
    // then the Deny-bound admission policies that could refuse them; then application objects.
    (this as { cniRelease?: Release }).cniRelease = this.helmReleases[this.baseline.helmReleases.findIndex((r) => r.name === CILIUM_RELEASE.name)];
    for (const release of this.helmReleases) if (release !== this.cniRelease) this.addSystemComponent(release);
    else this.systemComponents.push(release);
    for (const obj of objects.filter((o) => o.kind === 'ValidatingAdmissionPolicyBinding')) {
      const binding = this.manifestResources[manifestId(obj)];
      const policy = this.manifestResources[manifestId({ ...obj, kind: 'ValidatingAdmissionPolicy' })];
      binding.dependsOn = [...(binding.dependsOn ?? []), ...(policy ? [dependable(policy)] : []), ...this.systemComponents.map((c) => dependable(c))];
      this.admissionBindings.push(binding);
    }

    // SecretProviderClass is a CRD of the Secrets Store CSI driver's chart: its objects come after that release.
    const secretsStore = this.helmReleases[this.baseline.helmReleases.findIndex((r) => r.name === SECRETS_STORE_RELEASE.name)];
    if (secretsStore) {
      for (const obj of objects.filter((o) => o.kind === 'SecretProviderClass')) {
        const resource = this.manifestResources[manifestId(obj)];
        resource.dependsOn = [...(resource.dependsOn ?? []), dependable(secretsStore)];
      }
    }

    // The Tetragon release waits for its namespace and the policy ConfigMap in it (addHelmReleaseResource); no
    // TracingPolicy object is planned here, since its CRD only exists once this release is applied.
    (this as { runtimeDetectionRelease?: Release }).runtimeDetectionRelease =
      this.helmReleases[this.baseline.helmReleases.findIndex((r) => r.name === TETRAGON_RELEASE.name)];

    if (props.demoteOkeDefaultStorageClass ?? true) {
      const ours = this.manifestResources[`storageclass-cluster-${KubernetesBaseline.ENCRYPTED_BLOCK_STORAGE_CLASS}`];
      const demote = new Annotations(this, 'demote-oke-default-storage-class', {
        apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'oci-bv' },
        annotations: { 'storageclass.kubernetes.io/is-default-class': 'false' }, force: true,
      });
      // Demote only once the encrypted class exists, so the cluster always has exactly one default.
      if (ours) demote.dependsOn = [dependable(ours)];
    }

    this.manifestsDir = path.join('manifests', props.baseline.clusterName);
    this.writesManifests = props.writeManifests ?? true;
    if (this.writesManifests) {
      // Two stacks writing one folder would silently overwrite each other's manifests at synth.
      const other = scope.node.root.node.findAll()
        .find((c): c is ClusterConfigStack => c instanceof ClusterConfigStack && c !== this && c.writesManifests && c.manifestsDir === this.manifestsDir);
      if (other) {
        throw new HardenedOkeValidationError('baseline.clusterName', `stack ${other.node.id} already writes its manifests to ${this.manifestsDir.split(path.sep).join('/')}/`,
          'give every cluster of an app its own name, or set writeManifests: false on one of the stacks');
      }
      const inner = this.synthesizer;
      const baseline = this.baseline;
      const dir = this.manifestsDir;
      const wrapped: IStackSynthesizer = {
        synthesize(session: ISynthesisSession): void {
          inner.synthesize(session);
          baseline.writeManifests(path.join(session.outdir, dir));
        },
      };
      this.synthesizer = wrapped;
    }
  }
  /**
   * Registers a system component that runs pods in the cluster (an OKE managed add-on, a CSI driver): it waits for
   * the CNI release (nodes are tainted until Cilium runs), and the admission policy bindings wait for it, so the
   * policies never judge a half-installed system component.
   */
  public addSystemComponent(resource: TerraformResource): void {
    if (this.cniRelease && resource !== this.cniRelease) resource.dependsOn = [...(resource.dependsOn ?? []), dependable(this.cniRelease)];
    this.systemComponents.push(resource);
    for (const binding of this.admissionBindings) binding.dependsOn = [...(binding.dependsOn ?? []), dependable(resource)];
  }

  /**
   * The `oci` provider of this stack, for OKE managed add-ons created here (created on first use, in the cluster's
   * region, authenticating with `settings`, e.g. those of the infrastructure stack's provider).
   */
  public useOciProvider(settings?: OciProviderConfig): OciProvider {
    if (!this.ociProvider) {
      this.ociProvider = new OciProvider(this, 'oci', {
        // Resource Manager authenticates its jobs itself: its stacks' provider takes the region only.
        ...(this.connection.resourceManager ? {} : settings), alias: undefined, region: this.connection.region,
        ...(this.connection.ociProfile !== undefined ? { configFileProfile: this.connection.ociProfile } : {}),
      });
    }
    return this.ociProvider;
  }

  /**
   * The backend of this stack: the one added to it (`new OciBackend(configStack, …)`, `new S3Backend(…)`, …), else
   * a local backend with the relative path `terraform.<stack>.tfstate` (cdktf's default records an absolute path,
   * which would make the output differ between machines).
   */
  public ensureBackendExists(): TerraformBackend {
    const own = this.node.findAll().find((c): c is TerraformBackend => TerraformBackend.isBackend(c) && TerraformStack.of(c) === this);
    return own ?? new LocalBackend(this, { path: `terraform.${this.node.id}.tfstate` });
  }

  /** The stack's Terraform JSON; the default backend is added first if none was (cdktf's Testing.synth skips prepareStack). */
  public toTerraform(): any {
    this.ensureBackendExists();
    return super.toTerraform();
  }

  /**
   * Adds Kubernetes objects after construction: one kubernetes_manifest each (after their namespace and its
   * baseline) and the same objects in the GitOps folder at synth, judged by the same compliance controls. Objects are
   * plain JSON with apiVersion, kind and metadata.name, in application namespaces of this cluster (or cluster-scoped);
   * Namespace objects and Terraform references (cdktf tokens, which the GitOps YAML cannot carry) are refused.
   */
  public addManifest(id: string, ...objects: Record<string, any>[]): TerraformResource[] {
    return this.addUserObjects('addManifest', id, objects);
  }

  /**
   * Adds every object of a cdk8s Chart (recognized by its `toJson()`, so any cdk8s 2.x version works): one
   * kubernetes_manifest each, in apply order (CRDs first, then each object after its namespace and that namespace's
   * baseline: quota, LimitRange, network policies), and a YAML file each in the GitOps folder, judged at synth by the
   * same controls as the baseline. Objects go into application namespaces of this cluster only (set `namespace` on the
   * Chart); Namespace objects are refused (declare the namespace with addApplicationNamespace). Terraform references
   * (cdktf tokens) in a chart are refused: the GitOps YAML could not carry them.
   * @returns the resources created, in apply order
   * @see https://cdk8s.io/docs/latest/reference/cdk8s/typescript/#tojson
   */
  public addCdk8sChart(id: string, chart: Construct): TerraformResource[] {
    const where = `addCdk8sChart(${id})`;
    const toJson = (chart as unknown as { toJson?: unknown } | undefined)?.toJson;
    if (typeof toJson !== 'function') {
      throw new HardenedOkeValidationError(where, 'is not a cdk8s Chart (it has no toJson())', 'pass a cdk8s Chart, or plain Kubernetes objects to addManifest');
    }
    const objects = toJson.call(chart) as unknown;
    if (!Array.isArray(objects) || objects.length === 0) {
      throw new HardenedOkeValidationError(where, 'renders no Kubernetes object', 'add at least one ApiObject (e.g. a cdk8s-plus Deployment) to the chart');
    }
    // cdk8s puts the Chart's namespace on every object, cluster-scoped ones too (a CRD, a ClusterRole); the API server
    // refuses a namespace on those (apiserver rest.BeforeCreate: EnsureObjectNamespaceMatchesRequestNamespace), so the
    // Chart's namespace applies to namespaced objects only.
    const scoped = (objects as K8sObject[]).map((o) => isNamespacedKind(o?.kind) === false && o.metadata?.namespace !== undefined
      ? { ...o, metadata: Object.fromEntries(Object.entries(o.metadata).filter(([k]) => k !== 'namespace')) } as K8sObject : o);
    return this.addUserObjects('addCdk8sChart', id, sortForApply(scoped));
  }

  private addUserObjects(method: string, id: string, objects: Record<string, any>[]): TerraformResource[] {
    if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(id)) {
      throw new HardenedOkeValidationError(`${method}.id`, `"${id}" is not a lowercase id`, 'use lowercase letters, digits and dashes, e.g. "api"');
    }
    if (objects.length === 0) throw new HardenedOkeValidationError(`${method}(${id})`, 'has no object', 'pass at least one Kubernetes object');
    const namespaces = this.baseline.applicationNamespaceNames;
    objects.forEach((o, i) => {
      const where = `${method}(${id})[${i}]`;
      if (!o || typeof o !== 'object' || Array.isArray(o)) throw new HardenedOkeValidationError(where, 'is not a Kubernetes object', 'pass an object with apiVersion, kind and metadata.name');
      for (const key of ['apiVersion', 'kind']) {
        if (typeof o[key] !== 'string' || !o[key]) throw new HardenedOkeValidationError(`${where}.${key}`, 'is missing', `give the object its ${key}`);
      }
      if (typeof o.metadata?.name !== 'string' || !o.metadata.name) throw new HardenedOkeValidationError(`${where}.metadata.name`, 'is missing', 'name the object');
      const what = `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;
      refuseTokens(`${where}`, o, what);
      if (o.kind === 'Namespace' && o.apiVersion === 'v1') {
        throw new HardenedOkeValidationError(`${where}`, `${what}: namespaces are declared on the cluster, not added as objects`,
          'declare it with kubernetes.applicationNamespaces or addApplicationNamespace (restricted Pod Security, default-deny network policies, quota)');
      }
      const ns = o.metadata.namespace;
      if (ns !== undefined && !namespaces.includes(ns)) {
        throw new HardenedOkeValidationError(`${where}.metadata.namespace`, `"${ns}" is not an application namespace of this cluster`,
          `use one of ${namespaces.length ? namespaces.join(', ') : '(none yet)'}, or add the namespace first with addApplicationNamespace`);
      }
      if (ns === undefined && isNamespacedKind(o.kind) === true) {
        throw new HardenedOkeValidationError(`${where}.metadata.namespace`, `${what} has no namespace, so it would land in "default"`,
          `set metadata.namespace (for a cdk8s Chart: new Chart(app, id, { namespace: '${namespaces[0] ?? 'shop'}' })) to an application namespace of this cluster`);
      }
      const rid = manifestId(o as K8sObject);
      if (this.manifestResources[rid]) {
        throw new HardenedOkeValidationError(`${where}.metadata.name`, `${what} already exists in the cluster's configuration`, 'give the object another name');
      }
      // What kube-apiserver would refuse at apply (names, labels, ipBlocks, ports, selectors, RBAC refs, ...).
      requireApiValid(where, canonicalizeQuantities(o)); // quantities are written canonical (renderObject)
    });
    const added = this.baseline.addObjects(objects) as K8sObject[];
    const resources = this.addManifestResources(added, true);
    // Application objects come last: after the CNI, the system components and the admission policies that judge them.
    for (const r of resources) this.afterSystem(r);
    return resources;
  }

  /**
   * Adds an IAM group to the cluster's one cluster-admin ClusterRoleBinding (created with the first group), in the
   * manifest and the GitOps file alike; returns its kubernetes_manifest resource.
   */
  public addClusterAdminGroup(groupId: string): TerraformResource {
    const { binding, created } = this.baseline._addClusterAdminGroup(groupId);
    if (created) return this.addManifestResources([binding as K8sObject])[0];
    const resource = this.manifestResources[manifestId(binding as K8sObject)] as Manifest;
    resource.manifest = escapeForTerraform(binding) as Record<string, any>;
    return resource;
  }

  /**
   * Adds an application namespace (restricted Pod Security, default-deny, quota, RBAC) after construction; returns
   * its kubernetes_manifest resources (the Namespace first).
   */
  public addApplicationNamespace(ns: ApplicationNamespace): TerraformResource[] {
    const before = new Set((this.baseline.manifests() as K8sObject[]).map((o) => manifestId(o)));
    this.baseline.addApplicationNamespace(ns);
    return this.addManifestResources((this.baseline.manifests() as K8sObject[]).filter((o) => !before.has(manifestId(o))));
  }

  /**
   * Adds a Helm release with a pinned chart version into an application namespace of this cluster: a helm_release
   * here and `helm/<name>/` (values.yaml, release.json) in the GitOps folder.
   */
  public addHelmChart(id: string, options: HelmChartOptions): Release {
    const spec = helmReleaseSpec(id, options, [...this.baseline.applicationNamespaceNames]);
    if (this.baseline.helmReleases.some((r) => r.name === spec.name)) {
      throw new HardenedOkeValidationError(`addHelmChart(${id}).releaseName`, `a release named "${spec.name}" already exists`, 'give the release another name');
    }
    this.baseline.helmReleases.push(spec);
    const release = this.addHelmReleaseResource(spec);
    this.afterSystem(release);
    return release;
  }

  /** Makes an application resource wait for the CNI and the admission policy bindings. */
  private afterSystem(resource: TerraformResource): void {
    const deps = [...(this.cniRelease ? [this.cniRelease] : []), ...this.admissionBindings];
    if (deps.length > 0) resource.dependsOn = [...(resource.dependsOn ?? []), ...deps.map((d) => dependable(d))];
  }

  private addHelmReleaseResource(r: HelmReleaseSpec): Release {
    if (!this.helmProvider) {
      const c = this.connection;
      (this as { helmProvider?: HelmProvider }).helmProvider = new HelmProvider(this, 'helm', {
        kubernetes: { ...this.endpoint, clusterCaCertificate: this.caCertificate, proxyUrl: c.proxyUrl, exec: this.exec },
      });
    }
    const release = new Release(this, `helm-${r.name}`, {
      name: r.name, chart: r.chart, repository: r.repository, version: r.version, namespace: r.releaseNamespace,
      createNamespace: false, atomic: true, cleanupOnFail: true, values: [escapeForTerraform(r.valuesYaml) as string],
    });
    // After the namespace and everything in it the baseline writes (quota, network policies, service accounts).
    const deps = Object.entries(this.manifestResources)
      .filter(([, res]) => res === this.namespaceResources[r.releaseNamespace] || this.namespaceOf.get(res) === r.releaseNamespace)
      .map(([, res]) => res);
    release.dependsOn = deps.map((d) => dependable(d));
    this.helmReleases.push(release);
    return release;
  }

  /** ORM mode: the stack's oci provider (region only), the reachable IP of the API endpoint, and the lint. */
  private resourceManagerEndpoint(c: ClusterConnection, rm: ResourceManagerConnection, clusterName: string): { host: string; tlsServerName: string } {
    this.useOciProvider();
    const reachable = new DataOciResourcemanagerPrivateEndpointReachableIp(this, 'orm-reachable-ip', {
      privateEndpointId: rm.privateEndpointId, privateIp: rm.apiPrivateIp,
    });
    markResourceManagerStack(this, { cluster: clusterName, role: 'kubernetes', region: c.region, compartmentId: rm.stackCompartmentId });
    enforceTerraform15(this);
    return { host: `https://${reachable.ipAddress}:6443`, tlsServerName: rm.apiPrivateIp };
  }

  /**
   * One resource per object, namespaces and CRDs first via depends_on. Objects a user adds also come after the
   * baseline of their namespace (its quota, LimitRange, network policies and service accounts).
   */
  private addManifestResources(objects: readonly K8sObject[], userAdded = false): TerraformResource[] {
    return objects.map((obj) => {
      const rid = manifestId(obj);
      let resource: TerraformResource;
      if (obj.kind === 'ServiceAccount' && obj.metadata.name === 'default') {
        // The default ServiceAccount already exists: kubernetes_manifest would fail to create it.
        resource = new DefaultServiceAccountV1(this, rid, {
          metadata: { namespace: obj.metadata.namespace, labels: obj.metadata.labels as Record<string, string> | undefined },
          automountServiceAccountToken: (obj as any).automountServiceAccountToken,
        });
      } else {
        resource = new Manifest(this, rid, { manifest: escapeForTerraform(obj) as Record<string, any> });
        // A change to a field the API server refuses to update replaces the object instead of failing the apply.
        const immutable = immutableFieldsOf(obj);
        if (Object.keys(immutable).length > 0) {
          const fields = new DataResource(this, `${rid}-immutable-fields`, { triggersReplace: escapeForTerraform(immutable) as Record<string, any> });
          // A bare address: Terraform's JSON syntax takes replace_triggered_by references without ${} (cdktf writes them with).
          resource.lifecycle = { ...resource.lifecycle, replaceTriggeredBy: [`${DataResource.tfResourceType}.${fields.friendlyUniqueId}`] };
        }
      }
      if (obj.kind === 'CustomResourceDefinition') this.crdResources.push(resource);
      if (obj.kind === 'Namespace') {
        this.namespaceResources[obj.metadata.name] = resource;
        const reason = (obj.metadata.annotations as Record<string, string> | undefined)?.[`${LB_SOURCE_ANYWHERE_LABEL}-reason`];
        if (reason !== undefined) {
          Waivers.record(resource, { controlId: 'WKL-12', reason: `namespace ${obj.metadata.name}: LoadBalancer Services may admit 0.0.0.0/0 (loadBalancerSourceAnywhereReason: ${reason})` });
        }
      }
      if (obj.kind === 'NetworkPolicy') {
        const reason = (obj.metadata.annotations as Record<string, string> | undefined)?.[OCI_SERVICES_ANYWHERE_REASON_ANNOTATION];
        if (reason !== undefined) {
          Waivers.record(resource, { controlId: 'NP-04', reason: `namespace ${obj.metadata.namespace}: pods may open HTTPS to any public address, the Oracle Services Network having no fixed CIDR list (ociServicesAnywhereReason: ${reason})` });
        }
      }
      if (obj.kind !== 'CustomResourceDefinition' && obj.kind !== 'Namespace') {
        const deps = [...this.crdResources];
        const ns = obj.metadata.namespace;
        if (ns && this.namespaceResources[ns]) deps.push(this.namespaceResources[ns]);
        if (userAdded && ns) deps.push(...[...this.namespaceOf].filter(([r, n]) => n === ns && this.baselineResources.has(r)).map(([r]) => r));
        if (deps.length > 0) resource.dependsOn = deps.map((d) => dependable(d));
      }
      if (!userAdded) this.baselineResources.add(resource);
      if (obj.metadata.namespace) this.namespaceOf.set(resource, obj.metadata.namespace);
      this.manifestResources[rid] = resource;
      return resource;
    });
  }
}

function validateConnection(c: ClusterConnection): void {
  if (!c.host) throw new HardenedOkeValidationError('connection.host', 'is required', 'pass https:// + the cluster\'s private endpoint');
  if (!Token.isUnresolved(c.host) && !/^https:\/\/[^\s/]+(:\d+)?\/?$/.test(c.host)) {
    throw new HardenedOkeValidationError('connection.host', `"${c.host}" is not an https URL`, 'use https://<private endpoint ip>:6443');
  }
  requireOcid('connection.clusterId', c.clusterId, 'cluster');
  requireRegion('connection.region', c.region, { allowUnknown: true, allowToken: true });
  if ((c.clusterCaCertificate === undefined) === (c.kubeconfigContent === undefined)) {
    throw new HardenedOkeValidationError('connection.clusterCaCertificate', 'give exactly one of clusterCaCertificate and kubeconfigContent',
      'pass the kube config content of data.oci_containerengine_cluster_kube_config, or the decoded CA PEM');
  }
  if (c.resourceManager && (c.proxyUrl !== undefined || c.ociProfile !== undefined)) {
    throw new HardenedOkeValidationError(c.proxyUrl !== undefined ? 'connection.proxyUrl' : 'connection.ociProfile',
      'is not used by Resource Manager jobs: they reach the API through the ORM private endpoint and authenticate as the job',
      'remove it in Resource Manager mode (the bastion stays for people)');
  }
  if (c.proxyUrl !== undefined && !Token.isUnresolved(c.proxyUrl) && !/^(socks5|http|https):\/\/\S+$/.test(c.proxyUrl)) {
    throw new HardenedOkeValidationError('connection.proxyUrl', `"${c.proxyUrl}" is not a proxy URL`, 'use e.g. socks5://127.0.0.1:1080');
  }
}
