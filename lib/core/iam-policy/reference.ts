/**
 * Reference table of the OCI policy language: verbs, resource types and families, the condition variables each
 * service documents, and the valid values of `request.principal.type`. One owner for these facts: the constructs
 * that write statements and the compliance catalog that judges them (ours and hand-written ones) both read it.
 *
 * Only entries read on Oracle's pages are listed; the page title is next to each entry. A variable we could not
 * find documented is left out on purpose (a statement using it fails the IAM-12 check until someone adds it here
 * with its source). All names are lower case: the policy language is case-insensitive.
 */

/** The four verbs, cumulative (Oracle "Policy Syntax" / "Verbs"). */
export const POLICY_VERBS: readonly string[] = ['inspect', 'read', 'use', 'manage'];

/**
 * Variables valid in a condition of any statement, whatever the resource type.
 * Oracle "General Variables for All Requests": request.user.id, request.user.name, request.user.mfaTotpVerified,
 * request.groups.id, request.permission, request.operation, request.networkSource.name, request.utc-timestamp (and
 * its month-of-year, day-of-month, day-of-week, time-of-day parts), request.region, request.ad,
 * target.compartment.id, target.compartment.name.
 * The request.principal.* variables of resource principals are documented by the services that issue them:
 * type/id/compartment.id in Kubernetes Engine's "Encrypting Kubernetes Secrets at Rest in Etcd" and "Policy
 * Configuration for Cluster Creation and Deployment" and in Connector Hub's "Access to ..." policies; for the cluster
 * principal, request.principal.id = '<cluster-ocid>' and request.principal.compartment.id are both shown on
 * "Configuring Load Balancers and Network Load Balancers" (Specifying Network Security Groups; reserved public IPs);
 * namespace/service_account/cluster_id in Kubernetes Engine's "Granting Workloads Access to OCI Resources".
 */
export const GENERAL_VARIABLES: readonly string[] = [
  'request.user.id', 'request.user.name', 'request.user.mfatotpverified', 'request.groups.id',
  'request.permission', 'request.operation', 'request.networksource.name',
  'request.utc-timestamp', 'request.utc-timestamp.month-of-year', 'request.utc-timestamp.day-of-month',
  'request.utc-timestamp.day-of-week', 'request.utc-timestamp.time-of-day',
  'request.region', 'request.ad',
  'target.compartment.id', 'target.compartment.name',
  'request.principal.type', 'request.principal.id', 'request.principal.compartment.id',
  'request.principal.namespace', 'request.principal.service_account', 'request.principal.cluster_id',
];

/**
 * Tag-based variables, valid everywhere, whose last segments are a tag namespace and key
 * (Oracle "General Variables for All Requests" / "Using Tags to Manage Access").
 */
export const GENERAL_VARIABLE_PREFIXES: readonly string[] = [
  'target.resource.tag.', 'target.resource.compartment.tag.', 'request.principal.group.tag.', 'request.principal.compartment.tag.',
];

/**
 * Values of `request.principal.type` we found documented, with the page. Resource principals of other services
 * exist; add them here with their page when a statement needs one.
 */
export const PRINCIPAL_TYPES: Readonly<Record<string, string>> = {
  cluster: 'Kubernetes Engine: "Encrypting Kubernetes Secrets at Rest in Etcd"; "Specifying Security Rule Management Options for Load Balancers and Network Load Balancers"',
  nodepool: 'Kubernetes Engine: "Policy Configuration for Cluster Creation and Deployment" (user-managed encryption)',
  workload: 'Kubernetes Engine: "Granting Workloads Access to OCI Resources"',
  serviceconnector: 'Connector Hub: "Access to the Logging / Object Storage / Streaming services" policies',
};

/**
 * Service principals (`Allow service <name> to ...`) we found documented, as patterns, with the page. The policy
 * language accepts any word there and IAM refuses an unknown service only at apply, so a near miss of one of these
 * (a typo such as `blockstorge`, or the regionless `objectstorage`) is refused at synth; other names pass.
 */
export const SERVICE_PRINCIPALS: readonly { readonly pattern: RegExp; readonly example: string; readonly page: string }[] = [
  { pattern: /^blockstorage$/i, example: 'blockstorage', page: 'Kubernetes Engine "Encrypting Data At Rest and Data In Transit with the Block Volume Service"; Block Volume "Required IAM Policy" for Vault keys' },
  { pattern: /^objectstorage-[a-z]+-[a-z]+-\d+$/i, example: 'objectstorage-eu-frankfurt-1', page: 'Object Storage "Using Your Own Keys in Vault for Server-Side Encryption" (objectstorage-<region_identifier>)' },
  { pattern: /^streaming$/i, example: 'streaming', page: 'Streaming "Managing Stream Pools" (Policies for Encryption Keys)' },
  { pattern: /^vulnerability-scanning-service$/i, example: 'vulnerability-scanning-service', page: 'Vulnerability Scanning "Required IAM Policies"' },
  { pattern: /^fssoc\d+prod$/i, example: 'FssOc1Prod', page: 'File Storage "Using Your Own Keys in Vault" (FssOc<n>Prod per realm)' },
  { pattern: /^cloudguard$/i, example: 'cloudguard', page: 'Cloud Guard "Prerequisites" (Allow service cloudguard to read ...)' },
  { pattern: /^oke$/i, example: 'oke', page: 'Kubernetes Engine "Using Capacity Reservations to Provision Managed Nodes" (Allow service oke to use compute-capacity-reservations ...)' },
];

export interface ResourceTypeInfo {
  /** Oracle page the entry was read on. */
  readonly page: string;
  /** Condition variables the service documents for this type, beyond the general ones. */
  readonly variables: readonly string[];
  /** For an aggregate (family) type: the individual types it covers. */
  readonly members?: readonly string[];
  /** `all-resources`: any variable of any type. */
  readonly anyVariable?: boolean;
}

const CORE = 'Details for the Core Services';
// The Core Services document two service-specific variables for their resource types.
const CORE_VARIABLES = ['target.boot-volume.kms-key.id', 'target.image.id'];
const OKE = 'Details for Kubernetes Engine';
const BASTION = 'Bastion IAM Policies (Details for the Bastion Service)';
const BASTION_VARIABLES = ['target.bastion.ocid', 'target.bastion.name', 'target.bastion-session.username', 'target.resource.ocid'];
// "Details for the Vault Service": Vault supports the general variables plus one list for its resource types
// (target.secret.id / target.secret.name: "control access to specific secrets, secret versions, and secret bundles").
// target.key.id is also the condition of Kubernetes Engine's key policies ("Encrypting Kubernetes Secrets at Rest").
const VAULT = 'Details for the Vault Service';
const VAULT_VARIABLES = ['request.includeplaintextkey', 'request.kms-key.id', 'target.boot-volume.kms-key.id', 'target.key.id', 'target.vault.id', 'target.secret.id', 'target.secret.name'];
const OBJECT = 'Details for Object Storage, Archive Storage, and Data Transfer';
const OBJECT_VARIABLES = ['target.bucket.name'];
const STREAMING = 'Details for the Streaming Service';
const LOGGING = 'Details for Logging';
const VSS = 'Vulnerability Scanning IAM Policies';
const FSS = 'Details for the File Storage Service';
const IAM = 'Details for IAM without Identity Domains';
// "Details for Resource Manager" (https://docs.oracle.com/iaas/Content/Identity/policyreference/resourcemanagerpolicyreference.htm):
// orm-family and its six types; only orm-jobs has service variables (target.job.operation, target.stack.id).
const ORM = 'Details for Resource Manager';
const ORM_TYPES = ['orm-config-source-providers', 'orm-jobs', 'orm-private-endpoints', 'orm-stacks', 'orm-template', 'orm-work-requests'];

function types(page: string, names: readonly string[], variables: readonly string[] = []): Record<string, ResourceTypeInfo> {
  return Object.fromEntries(names.map((n) => [n, { page, variables }]));
}

const NETWORK_TYPES = [
  'vcns', 'subnets', 'route-tables', 'network-security-groups', 'security-lists', 'dhcp-options', 'private-ips',
  'public-ips', 'ipv6s', 'internet-gateways', 'nat-gateways', 'service-gateways', 'local-peering-gateways',
  'remote-peering-connections', 'drgs', 'drg-attachments', 'cpes', 'ipsec-connections', 'cross-connects',
  'cross-connect-groups', 'virtual-circuits', 'vnics', 'vnic-attachments', 'vlans',
];
const INSTANCE_TYPES = ['app-catalog-listing', 'console-histories', 'instances', 'instance-console-connection', 'instance-images', 'volume-attachments'];
const VOLUME_TYPES = ['volumes', 'volume-attachments', 'volume-backups', 'boot-volume-backups', 'backup-policies', 'backup-policy-assignments', 'volume-groups', 'volume-group-backups'];
const OKE_TYPES = ['clusters', 'cluster-node-pools', 'cluster-pod-shapes', 'cluster-virtualnode-pools', 'cluster-work-requests', 'cluster-workload-mappings'];
const VSS_TYPES = [
  'host-scan-recipes', 'host-scan-targets', 'host-agent-scan-results', 'host-port-scan-results', 'host-cis-benchmark-scan-results',
  'host-vulnerabilities', 'container-scan-recipes', 'container-scan-targets', 'container-scan-results', 'vss-vulnerabilities', 'vss-work-requests',
];

/** Individual and aggregate resource types, lower case. */
export const RESOURCE_TYPES: Readonly<Record<string, ResourceTypeInfo>> = {
  ...types(CORE, NETWORK_TYPES, CORE_VARIABLES),
  'virtual-network-family': { page: CORE, variables: CORE_VARIABLES, members: NETWORK_TYPES },
  ...types(CORE, INSTANCE_TYPES, CORE_VARIABLES),
  'instance-family': { page: CORE, variables: CORE_VARIABLES, members: INSTANCE_TYPES },
  'instance-agent-plugins': { page: CORE, variables: CORE_VARIABLES },
  'work-requests': { page: CORE, variables: CORE_VARIABLES },
  // Kubernetes Engine "Using Capacity Reservations to Provision Managed Nodes": Allow service oke to use
  // compute-capacity-reservations in tenancy (Core Services lists the type).
  'compute-capacity-reservations': { page: CORE, variables: CORE_VARIABLES },
  ...types(CORE, VOLUME_TYPES, CORE_VARIABLES),
  'volume-family': { page: CORE, variables: CORE_VARIABLES, members: VOLUME_TYPES },

  'clusters': { page: OKE, variables: ['target.cluster.id'] },
  'cluster-node-pools': { page: OKE, variables: ['target.nodepool.id'] },
  'cluster-virtualnode-pools': { page: OKE, variables: ['target.virtualnodepool.id', 'target.cluster.id'] },
  'cluster-workload-mappings': { page: OKE, variables: ['target.clusterworkloadmapping.id', 'target.mapping.cluster_id'] },
  'cluster-pod-shapes': { page: OKE, variables: [] },
  'cluster-work-requests': { page: OKE, variables: [] },
  'cluster-family': { page: OKE, variables: [], members: OKE_TYPES },

  'bastion': { page: BASTION, variables: BASTION_VARIABLES },
  'bastion-session': { page: BASTION, variables: BASTION_VARIABLES },
  'bastion-family': { page: BASTION, variables: BASTION_VARIABLES, members: ['bastion', 'bastion-session'] },

  ...types(VAULT, ['vaults', 'keys', 'hsm-cluster', 'secrets', 'secret-versions', 'secret-bundles'], VAULT_VARIABLES),
  'key-delegate': { page: VAULT, variables: VAULT_VARIABLES },
  // Plural form used by Kubernetes Engine's own policies ("Policy Configuration for Cluster Creation and
  // Deployment": use key-delegates ... where ALL {request.principal.type = 'nodepool', target.key.id = ...}).
  'key-delegates': { page: `${VAULT}; ${OKE} "Policy Configuration for Cluster Creation and Deployment"`, variables: VAULT_VARIABLES },
  'secret-family': { page: VAULT, variables: VAULT_VARIABLES, members: ['secrets', 'secret-versions', 'secret-bundles'] },
  'key-family': { page: VAULT, variables: VAULT_VARIABLES, members: ['vaults', 'keys', 'key-delegate'] },

  ...types(OBJECT, ['objectstorage-namespaces', 'buckets', 'objects'], OBJECT_VARIABLES),
  'object-family': { page: OBJECT, variables: OBJECT_VARIABLES, members: ['objectstorage-namespaces', 'buckets', 'objects'] },

  'streams': { page: STREAMING, variables: ['target.stream.id'] },
  // Oracle's Connector Hub policy for a Streaming target conditions `use stream-push` on target.stream.id.
  'stream-push': { page: `${STREAMING}; Connector Hub "Access to Streaming"`, variables: ['target.stream.id'] },
  'stream-pull': { page: STREAMING, variables: ['target.stream.id'] },
  'connect-harness': { page: STREAMING, variables: ['target.connectharness.id'] },
  'stream-pools': { page: STREAMING, variables: ['target.streampool.id'] },
  'stream-family': { page: STREAMING, variables: ['target.stream.id', 'target.connectharness.id', 'target.streampool.id'], members: ['streams', 'stream-push', 'stream-pull', 'connect-harness', 'stream-pools'] },

  ...types(LOGGING, ['log-groups', 'log-content', 'unified-configuration']),
  'logging-family': { page: LOGGING, variables: [], members: ['log-groups', 'log-content', 'unified-configuration'] },

  'load-balancers': { page: 'Details for Load Balancing (only the general variables)', variables: [] },
  'network-load-balancers': { page: 'Details for Network Load Balancer', variables: [] },
  'serviceconnectors': { page: 'Details for Connector Hub', variables: ['target.serviceconnector.id'] },
  // "Details for Container Registry": `repos` covers repositories, images and image signatures; target.repo.name
  // controls access to specific repositories. https://docs.oracle.com/en-us/iaas/Content/Identity/Reference/registrypolicyreference.htm
  'repos': { page: 'Details for Container Registry', variables: ['target.repo.name'] },
  ...types(VSS, VSS_TYPES),
  'vss-family': { page: VSS, variables: [], members: VSS_TYPES },
  ...types(FSS, ['file-systems', 'mount-targets', 'export-sets']),
  'file-family': { page: FSS, variables: [], members: ['file-systems', 'mount-targets', 'export-sets'] },
  'ons-topics': { page: 'Details for Notifications', variables: [] },
  'ons-subscriptions': { page: 'Details for Notifications', variables: [] },
  'ons-family': { page: 'Details for Notifications', variables: [], members: ['ons-topics', 'ons-subscriptions'] },
  'alarms': { page: 'Details for Monitoring', variables: [] },
  'metrics': { page: 'Details for Monitoring', variables: [] },
  'cloudevents-rules': { page: 'Details for Events', variables: [] },
  ...types(IAM, ['compartments', 'users', 'groups', 'dynamic-groups', 'policies', 'tag-namespaces', 'tag-defaults', 'network-sources']),
  ...types(ORM, ORM_TYPES),
  'orm-jobs': { page: ORM, variables: ['target.job.operation', 'target.stack.id'] },
  'orm-family': { page: ORM, variables: [], members: ORM_TYPES },
  'all-resources': { page: 'Policy Syntax (resource-type all-resources)', variables: [], anyVariable: true },
};

/** The table entry of a resource type or family (any case). */
export function resourceType(name: string): ResourceTypeInfo | undefined {
  return RESOURCE_TYPES[name.toLowerCase()];
}

/** Variables a statement on `type` may use: the general ones, the type's own and, for a family, its members'. */
export function variablesOf(type: string): Set<string> {
  const info = resourceType(type);
  const out = new Set<string>(GENERAL_VARIABLES);
  if (!info) return out;
  if (info.anyVariable) {
    for (const t of Object.values(RESOURCE_TYPES)) t.variables.forEach((v) => out.add(v));
    return out;
  }
  info.variables.forEach((v) => out.add(v));
  for (const m of info.members ?? []) resourceType(m)?.variables.forEach((v) => out.add(v));
  return out;
}

/** Whether `variable` (any case) may be used in a condition of a statement on `type`. */
export function isVariableOf(type: string, variable: string): boolean {
  const v = variable.toLowerCase();
  if (GENERAL_VARIABLE_PREFIXES.some((p) => v.startsWith(p) && v.length > p.length)) return true;
  if (/^target\.bucket\.tag\.[^.]+\.[^.]+$/.test(v)) return variablesOf(type).has('target.bucket.name');
  return variablesOf(type).has(v);
}
