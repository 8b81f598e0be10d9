import { CATALOG } from '../../lib/compliance/catalog/catalog';
import { GROUP_ORDER } from '../../lib/compliance/catalog/types';
import { evaluate } from '../../lib/compliance/engine';
import { buildModel } from '../../lib/compliance/model';
import { SECURITY_ZONE_POLICY_NAMES } from '../../lib/core/security-zone-policies';
import { COMPARTMENT, FixtureStacks, INFRA, K8S, secureStacks } from '../fixtures/compliance/secure-app';

type Mutation = (s: FixtureStacks) => void;

const R = (s: FixtureStacks, type: string, name: string): any => s.infra.resource[type][name];
const add = (s: FixtureStacks, type: string, name: string, body: any) => {
  s.infra.resource[type] = { ...(s.infra.resource[type] ?? {}), [name]: body };
};
/** The kubernetes_manifest body holding the object `kind/name`. */
const K = (s: FixtureStacks, kind: string, name: string): any => {
  const hit = Object.values<any>(s.k8s.resource.kubernetes_manifest).find((r) => r.manifest.kind === kind && r.manifest.metadata.name === name);
  if (!hit) throw new Error(`no ${kind}/${name}`);
  return hit.manifest;
};
const addK = (s: FixtureStacks, name: string, object: any) => {
  s.k8s.resource.kubernetes_manifest[name] = { manifest: object };
};
const web = (s: FixtureStacks) => K(s, 'Deployment', 'web').spec.template.spec;
const webC = (s: FixtureStacks) => web(s).containers[0];
const rule = (over: any) => ({ network_security_group_id: '${oci_core_network_security_group.workers.id}', direction: 'INGRESS', protocol: '6', source_type: 'CIDR_BLOCK', source: '0.0.0.0/0', tcp_options: { destination_port_range: { min: 22, max: 22 } }, ...over });

/** One mutation per control: the secure app with exactly that control broken. */
const FAIL: Record<string, { mutate: Mutation; address: string }> = {
  'NET-01': { mutate: (s) => { R(s, 'oci_core_subnet', 'lb').prohibit_public_ip_on_vnic = false; }, address: 'oci_core_subnet.lb' },
  'NET-02': { mutate: (s) => add(s, 'oci_core_network_security_group_security_rule', 'ssh_world', rule({})), address: 'oci_core_network_security_group_security_rule.ssh_world' },
  'NET-03': { mutate: (s) => add(s, 'oci_core_security_list', 'open', { compartment_id: 'c', vcn_id: '${oci_core_vcn.vcn.id}', ingress_security_rules: [{ protocol: '6', source: '0.0.0.0/0', tcp_options: { min: 3389, max: 3389 } }] }), address: 'oci_core_security_list.open' },
  'NET-04': { mutate: (s) => add(s, 'oci_core_network_security_group_security_rule', 'app_world', rule({ tcp_options: { destination_port_range: { min: 8080, max: 8080 } } })), address: 'oci_core_network_security_group_security_rule.app_world' },
  'NET-05': { mutate: (s) => { add(s, 'oci_core_internet_gateway', 'igw', { compartment_id: 'c', vcn_id: '${oci_core_vcn.vcn.id}', enabled: false }); R(s, 'oci_core_route_table', 'private').route_rules[0].network_entity_id = '${oci_core_internet_gateway.igw.id}'; }, address: 'oci_core_route_table.private' },
  'NET-06': { mutate: (s) => add(s, 'oci_core_internet_gateway', 'igw', { compartment_id: 'c', vcn_id: '${oci_core_vcn.vcn.id}' }), address: 'oci_core_internet_gateway.igw' },
  'NET-07': { mutate: (s) => { R(s, 'oci_core_default_security_list', 'default_sl').ingress_security_rules = [{ protocol: '1', source: '10.0.0.0/16' }]; }, address: 'oci_core_default_security_list.default_sl' },
  'NET-10': { mutate: (s) => add(s, 'oci_core_network_security_group_security_rule', 'pods_world', rule({ network_security_group_id: '${oci_core_network_security_group.pods.id}', direction: 'EGRESS', destination_type: 'CIDR_BLOCK', destination: '0.0.0.0/1', source: undefined, source_type: undefined, tcp_options: { destination_port_range: { min: 443, max: 443 } } })), address: 'oci_core_network_security_group_security_rule.pods_world' },
  'NET-08': { mutate: (s) => { delete R(s, 'oci_containerengine_node_pool', 'system').node_config_details.nsg_ids; }, address: 'oci_containerengine_node_pool.system' },
  'NET-09': { mutate: (s) => { delete s.infra.resource.oci_core_service_gateway; }, address: 'oci_core_vcn.vcn' },
  'API-01': { mutate: (s) => { R(s, 'oci_containerengine_cluster', 'cluster').endpoint_config.is_public_ip_enabled = true; }, address: 'oci_containerengine_cluster.cluster' },
  'API-02': { mutate: (s) => { R(s, 'oci_core_subnet', 'api').prohibit_public_ip_on_vnic = false; }, address: 'oci_containerengine_cluster.cluster' },
  'API-03': { mutate: (s) => { R(s, 'oci_bastion_bastion', 'bastion').client_cidr_block_allow_list = ['203.0.113.0/24', '0.0.0.0/0']; }, address: 'oci_bastion_bastion.bastion' },
  'API-04': { mutate: (s) => { R(s, 'oci_bastion_bastion', 'bastion').max_session_ttl_in_seconds = 10801; }, address: 'oci_bastion_bastion.bastion' },
  'API-05': { mutate: (s) => { R(s, 'oci_containerengine_cluster', 'cluster').options.add_ons.is_kubernetes_dashboard_enabled = true; }, address: 'oci_containerengine_cluster.cluster' },
  'API-06': { mutate: (s) => { R(s, 'oci_containerengine_cluster', 'cluster').options.add_ons.is_tiller_enabled = true; }, address: 'oci_containerengine_cluster.cluster' },
  'API-07': { mutate: (s) => { R(s, 'oci_containerengine_cluster', 'cluster').options.open_id_connect_token_authentication_config.issuer_url = 'http://idp.example.com'; }, address: 'oci_containerengine_cluster.cluster' },
  'API-08': { mutate: (s) => { R(s, 'oci_containerengine_cluster', 'cluster').type = 'BASIC_CLUSTER'; }, address: 'oci_containerengine_cluster.cluster' },
  // The stack's provider moves out of the declared home region; the policies stay on it.
  'IAM-14': { mutate: (s) => { s.infra.provider.oci[0].region = 'us-ashburn-1'; }, address: 'oci_identity_policy.cluster_keys' },
  'IAM-15': { mutate: (s) => add(s, 'oci_identity_dynamic_group', 'other_cluster_workers', { ...R(s, 'oci_identity_dynamic_group', 'workers'), name: 'staging-workers' }), address: 'oci_identity_dynamic_group.workers' },
  'IAM-01': { mutate: (s) => { R(s, 'oci_identity_policy', 'cluster_keys').statements.push('Allow group Admins to manage all-resources in compartment id x'); }, address: 'oci_identity_policy.cluster_keys' },
  'IAM-02': { mutate: (s) => { R(s, 'oci_identity_policy', 'cluster_keys').statements.push('Allow group Ops to use virtual-network-family in tenancy'); }, address: 'oci_identity_policy.cluster_keys' },
  'IAM-03': { mutate: (s) => { R(s, 'oci_identity_policy', 'cluster_keys').statements.push('Allow any-user to read buckets in compartment id x'); }, address: 'oci_identity_policy.cluster_keys' },
  'IAM-04': { mutate: (s) => { R(s, 'oci_identity_dynamic_group', 'workers').matching_rule = "ALL {instance.type = 'x'}"; }, address: 'oci_identity_dynamic_group.workers' },
  'IAM-05': { mutate: (s) => { Object.assign(s.infra.provider.oci[0], { user_ocid: 'ocid1.user.oc1..u', fingerprint: 'aa:bb', private_key: '-----BEGIN PRIVATE KEY-----' }); }, address: 'provider.oci' },
  'IAM-06': { mutate: (s) => { K(s, 'ClusterRole', 'prod-namespace-viewer').rules[0].verbs = ['*']; }, address: 'kubernetes_manifest.clusterrole_cluster_prod_namespace_viewer' },
  'IAM-07': { mutate: (s) => addK(s, 'extra_admin', { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', metadata: { name: 'ci-admin' }, roleRef: { kind: 'ClusterRole', name: 'cluster-admin' }, subjects: [{ kind: 'ServiceAccount', name: 'ci', namespace: 'app' }] }), address: 'kubernetes_manifest.extra_admin' },
  'IAM-08': { mutate: (s) => { K(s, 'RoleBinding', 'app-viewers').subjects.push({ kind: 'Group', name: 'system:authenticated' }); }, address: 'kubernetes_manifest.rolebinding_app_app_viewers' },
  'IAM-09': { mutate: (s) => { K(s, 'ClusterRole', 'prod-namespace-viewer').rules[0].resources.push('secrets'); }, address: 'kubernetes_manifest.clusterrole_cluster_prod_namespace_viewer' },
  'IAM-10': { mutate: (s) => { K(s, 'ClusterRole', 'prod-namespace-viewer').rules.push({ apiGroups: [''], resources: ['users'], verbs: ['impersonate'] }); }, address: 'kubernetes_manifest.clusterrole_cluster_prod_namespace_viewer' },
  'IAM-12': { mutate: (s) => { R(s, 'oci_identity_policy', 'cluster_keys').statements.push("Allow group id ocid1.group.oc1..g to read bastion in compartment id x where target.bastion.id = 'b'"); }, address: 'oci_identity_policy.cluster_keys' },
  'IAM-13': { mutate: (s) => { R(s, 'oci_identity_policy', 'cluster_keys').statements.push('Allow group Developers to manage cluster-family in compartment id x'); }, address: 'oci_identity_policy.cluster_keys' },
  'IAM-11': { mutate: (s) => { delete K(s, 'ServiceAccount', 'default').automountServiceAccountToken; }, address: 'kubernetes_manifest.serviceaccount_app_default' },
  'ENC-01': { mutate: (s) => { delete R(s, 'oci_containerengine_cluster', 'cluster').kms_key_id; }, address: 'oci_containerengine_cluster.cluster' },
  'ENC-02': { mutate: (s) => { delete R(s, 'oci_containerengine_node_pool', 'system').node_config_details.kms_key_id; }, address: 'oci_containerengine_node_pool.system' },
  'ENC-03': { mutate: (s) => { R(s, 'oci_containerengine_node_pool', 'system').node_config_details.is_pv_encryption_in_transit_enabled = false; }, address: 'oci_containerengine_node_pool.system' },
  'ENC-04': { mutate: (s) => { K(s, 'StorageClass', 'oci-bv-encrypted').parameters['attachment-type'] = 'iscsi'; }, address: 'kubernetes_manifest.storageclass_cluster_oci_bv_encrypted' },
  'ENC-05': { mutate: (s) => { R(s, 'oci_kms_key', 'etcd').auto_key_rotation_details.rotation_interval_in_days = 400; }, address: 'oci_kms_key.etcd' },
  'ENC-06': { mutate: (s) => { R(s, 'oci_kms_key', 'etcd').protection_mode = 'SOFTWARE'; }, address: 'oci_kms_key.etcd' },
  'ENC-07': { mutate: (s) => { R(s, 'oci_kms_key', 'etcd').key_shape.length = 16; }, address: 'oci_kms_key.etcd' },
  'ENC-08': { mutate: (s) => { delete R(s, 'oci_objectstorage_bucket', 'archive').kms_key_id; }, address: 'oci_objectstorage_bucket.archive' },
  'NODE-01': { mutate: (s) => { R(s, 'oci_containerengine_cluster', 'cluster').kubernetes_version = 'v1.29.1'; }, address: 'oci_containerengine_cluster.cluster' },
  'NODE-02': { mutate: (s) => { R(s, 'oci_containerengine_node_pool', 'system').kubernetes_version = 'v1.34.1'; }, address: 'oci_containerengine_node_pool.system' },
  'NODE-03': { mutate: (s) => { R(s, 'oci_containerengine_node_pool', 'system').node_pool_cycling_details.maximum_unavailable = '1'; }, address: 'oci_containerengine_node_pool.system' },
  'NODE-04': { mutate: (s) => { R(s, 'oci_containerengine_node_pool', 'system').node_metadata = {}; }, address: 'oci_containerengine_node_pool.system' },
  'NODE-05': { mutate: (s) => { R(s, 'oci_containerengine_node_pool', 'system').ssh_public_key = 'ssh-ed25519 AAAA'; }, address: 'oci_containerengine_node_pool.system' },
  'NODE-06': { mutate: (s) => { delete R(s, 'oci_containerengine_node_pool', 'system').node_eviction_node_pool_settings; }, address: 'oci_containerengine_node_pool.system' },
  'NODE-07': { mutate: (s) => { s.k8s.resource.helm_release = { cilium: { name: 'cilium', chart: 'cilium', repository: 'https://helm.cilium.io', version: '1.18.11', namespace: 'cilium-system' } }; }, address: 'oci_containerengine_node_pool.system' },
  'NODE-08': { mutate: (s) => { R(s, 'oci_vulnerability_scanning_host_scan_recipe', 'nodes').agent_settings.scan_level = 'NONE'; }, address: 'oci_containerengine_node_pool.system' },
  'SUP-01': { mutate: (s) => { R(s, 'oci_containerengine_cluster', 'cluster').image_policy_config.key_details = []; }, address: 'oci_containerengine_cluster.cluster' },
  'SUP-02': { mutate: (s) => { R(s, 'oci_artifacts_container_repository', 'app').is_public = true; }, address: 'oci_artifacts_container_repository.app' },
  'SUP-03': { mutate: (s) => { R(s, 'oci_artifacts_container_repository', 'app').is_immutable = false; }, address: 'oci_artifacts_container_repository.app' },
  'SUP-04': { mutate: (s) => { delete s.infra.resource.oci_vulnerability_scanning_container_scan_target; }, address: 'oci_artifacts_container_repository.app' },
  'SUP-05': { mutate: (s) => { R(s, 'oci_vulnerability_scanning_container_scan_recipe', 'recipe').scan_settings.scan_level = 'NONE'; }, address: 'oci_vulnerability_scanning_container_scan_recipe.recipe' },
  'SUP-06': { mutate: (s) => { webC(s).image = 'nginx:latest'; }, address: 'kubernetes_manifest.deployment_app_web' },
  'WKL-01': { mutate: (s) => { K(s, 'Namespace', 'app').metadata.labels['pod-security.kubernetes.io/warn'] = 'baseline'; }, address: 'kubernetes_manifest.namespace_cluster_app' },
  'WKL-02': { mutate: (s) => { delete K(s, 'Namespace', 'tigera-operator').metadata.annotations; }, address: 'kubernetes_manifest.namespace_cluster_tigera_operator' },
  'WKL-03': { mutate: (s) => { delete web(s).securityContext.runAsNonRoot; }, address: 'kubernetes_manifest.deployment_app_web' },
  'WKL-04': { mutate: (s) => { webC(s).securityContext.readOnlyRootFilesystem = false; }, address: 'kubernetes_manifest.deployment_app_web' },
  'WKL-05': { mutate: (s) => { delete webC(s).securityContext.allowPrivilegeEscalation; }, address: 'kubernetes_manifest.deployment_app_web' },
  'WKL-06': { mutate: (s) => { webC(s).securityContext.capabilities = { drop: ['NET_RAW'] }; }, address: 'kubernetes_manifest.deployment_app_web' },
  'WKL-07': { mutate: (s) => { delete web(s).securityContext.seccompProfile; }, address: 'kubernetes_manifest.deployment_app_web' },
  'WKL-08': { mutate: (s) => { delete webC(s).resources.limits; }, address: 'kubernetes_manifest.deployment_app_web' },
  'WKL-09': { mutate: (s) => { web(s).hostNetwork = true; }, address: 'kubernetes_manifest.deployment_app_web' },
  'WKL-13': { mutate: (s) => { delete s.infra.resource.oci_sch_service_connector.detections; }, address: 'oci_containerengine_cluster.cluster' },
  'WKL-12': { mutate: (s) => { K(s, 'ValidatingAdmissionPolicyBinding', 'hardened-oke-no-image-verification-break-glass').spec.validationActions = ['Warn']; }, address: 'oci_containerengine_cluster.cluster' },
  'WKL-10': { mutate: (s) => { web(s).volumes = [{ name: 'host', hostPath: { path: '/' } }]; }, address: 'kubernetes_manifest.deployment_app_web' },
  'WKL-11': { mutate: (s) => { webC(s).securityContext.privileged = true; }, address: 'kubernetes_manifest.deployment_app_web' },
  'NP-01': { mutate: (s) => { delete s.k8s.resource.helm_release; }, address: 'oci_containerengine_cluster.cluster' },
  'NP-02': { mutate: (s) => { K(s, 'NetworkPolicy', 'default-deny').spec.policyTypes = ['Ingress']; }, address: 'kubernetes_manifest.namespace_cluster_app' },
  'NP-03': { mutate: (s) => { K(s, 'NetworkPolicy', 'allow-dns').spec.egress[0].ports = [{ port: 53, protocol: 'UDP' }]; }, address: 'kubernetes_manifest.namespace_cluster_app' },
  'NP-04': { mutate: (s) => { K(s, 'NetworkPolicy', 'allow-dns').spec.egress[0] = {}; }, address: 'kubernetes_manifest.networkpolicy_app_allow_dns' },
  'NP-05': { mutate: (s) => { K(s, 'NetworkPolicy', 'allow-egress-internet').spec.egress[0].to[0].ipBlock.except = ['10.0.0.0/8']; }, address: 'kubernetes_manifest.networkpolicy_app_allow_egress_internet' },
  'OBS-01': { mutate: (s) => { R(s, 'oci_audit_configuration', 'audit').retention_period_days = 90; }, address: 'oci_audit_configuration.audit' },
  'OBS-02': { mutate: (s) => { delete R(s, 'oci_logging_log', 'control_plane').configuration; }, address: 'oci_containerengine_cluster.cluster' },
  'OBS-03': { mutate: (s) => { delete R(s, 'oci_logging_log', 'flow_pods').configuration; }, address: 'oci_core_subnet.pods' },
  'OBS-04': { mutate: (s) => { R(s, 'oci_logging_unified_agent_configuration', 'containers').service_configuration.sources[0].paths = ['/var/log/messages']; }, address: 'oci_containerengine_cluster.cluster' },
  'OBS-05': { mutate: (s) => { delete s.infra.resource.oci_sch_service_connector; }, address: 'oci_containerengine_cluster.cluster' },
  'OBS-06': { mutate: (s) => { R(s, 'oci_monitoring_alarm', 'nodes').destinations = []; }, address: 'oci_containerengine_cluster.cluster' },
  'OBS-07': { mutate: (s) => { delete R(s, 'oci_logging_log', 'containers').retention_duration; }, address: 'oci_logging_log.containers' },
  'OBS-08': { mutate: (s) => { R(s, 'oci_events_rule', 'changes').condition = '{"eventType":["com.oraclecloud.virtualnetwork.updatesecuritylist"]}'; }, address: 'oci_containerengine_cluster.cluster' },
  'OBS-09': { mutate: (s) => { R(s, 'oci_monitoring_alarm', 'nodes').query = 'NodeState[1m]{clusterId = "x", nodeCondition = "ACTIVE"}.grouping().sum() < 3'; }, address: 'oci_monitoring_alarm.nodes' },
  'OBS-10': { mutate: (s) => { R(s, 'oci_events_rule', 'identity').compartment_id = 'ocid1.compartment.oc1..c'; }, address: 'oci_events_rule.identity' },
  'DATA-01': { mutate: (s) => { delete R(s, 'oci_kms_vault', 'vault').lifecycle; }, address: 'oci_kms_vault.vault' },
  'DATA-02': { mutate: (s) => { delete R(s, 'oci_objectstorage_bucket', 'archive').lifecycle; }, address: 'oci_objectstorage_bucket.archive' },
  'DATA-03': { mutate: (s) => { R(s, 'oci_objectstorage_bucket', 'archive').access_type = 'ObjectRead'; }, address: 'oci_objectstorage_bucket.archive' },
  'DATA-04': { mutate: (s) => { R(s, 'oci_objectstorage_bucket', 'archive').retention_rules[0].duration.time_amount = '30'; }, address: 'oci_objectstorage_bucket.archive' },
  'DATA-06': { mutate: (s) => { securityZone(s); delete R(s, 'oci_containerengine_node_pool', 'system').node_config_details.kms_key_id; }, address: 'oci_containerengine_node_pool.system' },
  'DATA-05': { mutate: (s) => { R(s, 'oci_objectstorage_bucket', 'archive').object_events_enabled = false; }, address: 'oci_objectstorage_bucket.archive' },
};

/** A security zone on the fixture's compartment with the library's recipe (friendly names looked up at plan time). */
const securityZone: Mutation = (s) => {
  add(s, 'oci_cloud_guard_security_recipe', 'sz', {
    compartment_id: COMPARTMENT, display_name: 'prod-security-zone-recipe',
    security_policies: `\${[for n in [${SECURITY_ZONE_POLICY_NAMES.map((n) => JSON.stringify(n)).join(', ')}] : one([for p in data.oci_cloud_guard_security_policies.all.security_policy_collection[0].items : p.id if p.friendly_name == n])]}`,
  });
  add(s, 'oci_cloud_guard_security_zone', 'sz', { compartment_id: COMPARTMENT, display_name: 'prod-security-zone', security_zone_recipe_id: '${oci_cloud_guard_security_recipe.sz.id}' });
};

/** Controls whose secure fixture needs a resource the baseline does not have (secure = absent). */
const PASS_EXTRA: Record<string, Mutation> = {
  'DATA-06': securityZone,
  'NET-06': (s) => add(s, 'oci_core_internet_gateway', 'igw_off', { compartment_id: 'c', vcn_id: '${oci_core_vcn.vcn.id}', enabled: false }),
  'NODE-07': (s) => {
    s.k8s.resource.helm_release = { cilium: { name: 'cilium', chart: 'cilium', repository: 'https://helm.cilium.io', version: '1.18.11', namespace: 'cilium-system' } };
    const script = 'curl --fail -H "Authorization: Bearer Oracle" -L0 http://169.254.169.254/opc/v2/instance/metadata/oke_init_script | base64 --decode >/var/run/oke-init.sh\n'
      + 'bash /var/run/oke-init.sh --kubelet-extra-args "--register-with-taints=node.cilium.io/agent-not-ready=true:NoExecute"\n';
    R(s, 'oci_containerengine_node_pool', 'system').node_metadata.user_data = Buffer.from(script).toString('base64');
  },
};

function run(mutate?: Mutation) {
  const s = secureStacks();
  mutate?.(s);
  return evaluate(buildModel([{ name: INFRA, json: s.infra }, { name: K8S, json: s.k8s }]), [], new Date('2027-01-01T00:00:00Z'));
}

describe('control catalog', () => {
  test('keeps its 84 controls (none dropped silently) with unique ids, a known group, a fix and at least one reference', () => {
    expect(CATALOG.length).toBeGreaterThanOrEqual(84);
    expect(new Set(CATALOG.map((c) => c.id)).size).toBe(CATALOG.length);
    for (const c of CATALOG) {
      expect(c.id).toMatch(/^(NET|API|IAM|ENC|NODE|SUP|WKL|NP|OBS|DATA)-\d{2}$/);
      expect(GROUP_ORDER).toContain(c.group);
      expect(c.fix.length).toBeGreaterThan(10);
      expect(c.references.nsaCisa ?? c.references.cisOke ?? c.references.checkov?.[0] ?? c.references.kubescape?.[0]).toBeTruthy();
      for (const id of c.references.checkov ?? []) expect(id).toMatch(/^CKV_(OCI|K8S)_\d+$/);
      for (const id of c.references.kubescape ?? []) expect(id).toMatch(/^C-\d{4}$/);
    }
  });

  test('every control has a failing fixture', () => {
    expect(Object.keys(FAIL).sort()).toEqual(CATALOG.map((c) => c.id).sort());
  });

  test('the secure app fails no control', () => {
    const e = run();
    expect(e.results.filter((r) => r.status === 'fail').map((r) => r.control.id)).toEqual([]);
  });

  describe.each(CATALOG.map((c) => [c.id]))('%s', (id) => {
    test('passes on its secure fixture, judging at least one resource', () => {
      const r = run(PASS_EXTRA[id]).results.find((x) => x.control.id === id)!;
      expect(r.status).toBe('pass');
      expect(r.findings.some((f) => f.result === 'pass')).toBe(true);
    });
    test('fails on its failing fixture, naming the resource', () => {
      const e = run(FAIL[id].mutate);
      const r = e.results.find((x) => x.control.id === id)!;
      expect(r.status).toBe('fail');
      const failed = r.findings.filter((f) => f.result === 'fail');
      expect(failed.map((f) => f.address)).toContain(FAIL[id].address);
      expect(failed.every((f) => (f.message ?? '').length > 0)).toBe(true);
    });
  });
});

describe('network controls treat broad blocks as the internet', () => {
  const failing = (id: string, mutate: Mutation) => run(mutate).results.find((x) => x.control.id === id)!.findings.filter((f) => f.result === 'fail').map((f) => f.address);

  test.each(['0.0.0.0/1', '128.0.0.0/1', '64.0.0.0/2', '0.0.0.0/7', '::/0', '2000::/3'])('NET-02: a hand-written NSG rule from %s to port 22 fails', (source) => {
    expect(failing('NET-02', (s) => add(s, 'oci_core_network_security_group_security_rule', 'ssh_half', rule({ source })))).toEqual(['oci_core_network_security_group_security_rule.ssh_half']);
  });

  test('NET-02: a rule from a /8 (the shortest allow-list block) to port 22 is not the internet', () => {
    expect(failing('NET-02', (s) => add(s, 'oci_core_network_security_group_security_rule', 'ssh_8', rule({ source: '100.0.0.0/8' })))).toEqual([]);
  });

  test('NET-03: a hand-written security list admitting 128.0.0.0/1 to 6443 fails', () => {
    expect(failing('NET-03', (s) => add(s, 'oci_core_security_list', 'half', { compartment_id: 'c', vcn_id: '${oci_core_vcn.vcn.id}', ingress_security_rules: [{ protocol: '6', source: '128.0.0.0/1', tcp_options: { min: 6443, max: 6443 } }] })))
      .toEqual(['oci_core_security_list.half']);
  });

  test('API-03: a bastion allow-list holding 0.0.0.0/1 fails', () => {
    expect(failing('API-03', (s) => { R(s, 'oci_bastion_bastion', 'bastion').client_cidr_block_allow_list = ['0.0.0.0/1', '128.0.0.0/1']; })).toEqual(['oci_bastion_bastion.bastion']);
  });

  test('NET-10: API endpoint egress to the internet fails; to a /24 (an OIDC issuer) passes', () => {
    const egress = (destination: string) => (s: FixtureStacks) => add(s, 'oci_core_network_security_group_security_rule', 'api_out', rule({
      network_security_group_id: '${oci_core_network_security_group.api.id}', direction: 'EGRESS', source: undefined, source_type: undefined,
      destination_type: 'CIDR_BLOCK', destination, tcp_options: { destination_port_range: { min: 443, max: 443 } },
    }));
    expect(failing('NET-10', egress('0.0.0.0/0'))).toEqual(['oci_core_network_security_group_security_rule.api_out']);
    expect(failing('NET-10', egress('198.51.100.0/24'))).toEqual([]);
  });

  test('NET-10: worker egress to the internet is not judged by it (pods and API endpoint only)', () => {
    expect(failing('NET-10', () => undefined)).toEqual([]);
  });

  test('NET-07: two subnets sharing one security list both fail; a subnet without security lists fails', () => {
    expect(failing('NET-07', (s) => { R(s, 'oci_core_subnet', 'lb').security_list_ids = ['${oci_core_security_list.workers.id}']; }).sort())
      .toEqual(['oci_core_subnet.lb', 'oci_core_subnet.workers']);
    expect(failing('NET-07', (s) => { delete R(s, 'oci_core_subnet', 'pods').security_list_ids; })).toEqual(['oci_core_subnet.pods']);
  });
});

describe('OBS-10 judges where identity rules are written and which topic they notify', () => {
  const obs10 = (mutate: Mutation) => run(mutate).results.find((x) => x.control.id === 'OBS-10')!.findings;
  const otherRegion = (s: FixtureStacks) => {
    s.infra.provider.oci.push({ alias: 'ash', region: 'us-ashburn-1' });
  };

  test('a rule through a provider of another region than the home region fails', () => {
    const f = obs10((s) => { otherRegion(s); R(s, 'oci_events_rule', 'identity').provider = 'oci.ash'; });
    expect(f).toEqual([expect.objectContaining({ address: 'oci_events_rule.identity', result: 'fail', message: expect.stringMatching(/home region eu-frankfurt-1/) })]);
  });

  test('a home-region rule notifying a topic of another region fails', () => {
    const f = obs10((s) => { otherRegion(s); R(s, 'oci_ons_notification_topic', 'alerts').provider = 'oci.ash'; });
    expect(f).toEqual([expect.objectContaining({ address: 'oci_events_rule.identity', result: 'fail', message: expect.stringMatching(/another region/) })]);
  });

  test('a rule whose compartment is a token is not judged (not applicable), and rules without IAM events are ignored', () => {
    const f = obs10((s) => { R(s, 'oci_events_rule', 'identity').compartment_id = '${var.tenancy}'; });
    expect(f.map((x) => [x.address, x.result])).toEqual([['oci_events_rule.identity', 'not-applicable']]);
  });
});
