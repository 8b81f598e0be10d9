/**
 * Runtime detection (README "Runtime detection"): the pinned Tetragon release, its exempted namespace, the default
 * TracingPolicies, the route of their events to OCI Logging and the security topic, and control WKL-13.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import { parse } from 'yaml';
import { HardenedCluster, HardenedClusterProps } from '../../lib/hardened-cluster';
import { OciProvider } from '../../lib/generated/providers/oci/provider';
import { controlById } from '../../lib/compliance/catalog/catalog';
import { evaluate } from '../../lib/compliance/engine';
import { buildModel } from '../../lib/compliance/model';
import { knownApiValidationErrors } from '../../lib/kubernetes/private/validation';
import { runtimeDetectionPolicies } from '../../lib/kubernetes/private/tracing-policies';
import { apiValidationErrors } from '../../lib/core/kubernetes-api-validation';
import { TETRAGON_EXEMPTION_REASON, TETRAGON_POLICY_FILES, TETRAGON_RELEASE } from '../../lib/kubernetes/runtime-detection-release';
import { CILIUM_RELEASE } from '../../lib/kubernetes/private/cni-release';
import { CLUSTER_PROPS, ROOT } from '../support';

const PROPS: HardenedClusterProps = { ...CLUSTER_PROPS, kubernetes: { applicationNamespaces: [{ name: 'shop' }] } };

function build(props: HardenedClusterProps = PROPS) {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'prod');
  new OciProvider(stack, 'oci', { region: 'eu-frankfurt-1' });
  const cluster = new HardenedCluster(stack, 'prod', props);
  return { cluster, infra: JSON.parse(Testing.synth(stack)), k8s: JSON.parse(Testing.synth(cluster.configStack)) };
}

const manifestsOf = (k8s: any): any[] => Object.values<any>(k8s.resource.kubernetes_manifest ?? {}).map((r) => r.manifest);
const policyConfigMap = (k8s: any): any => manifestsOf(k8s).find((m) => m.kind === 'ConfigMap' && m.metadata.name === TETRAGON_POLICY_FILES.configMap);
/** The TracingPolicy documents the agent reads from its policy directory (one per file). */
const policyFiles = (k8s: any): any[] => Object.values<string>(policyConfigMap(k8s).data).map((text) => parse(text));

describe('runtime detection is on by default', () => {
  const { cluster, infra, k8s } = build();
  const release = k8s.resource.helm_release['helm-tetragon'];
  const values = parse(release.values[0]);

  test('the chart is pinned to an exact version from helm.cilium.io, atomic, in its own namespace', () => {
    expect(release).toMatchObject({ chart: 'tetragon', repository: 'https://helm.cilium.io', version: '1.7.0', namespace: 'tetragon', atomic: true, create_namespace: false });
    expect(release.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('the agent image is pinned by a sha256 digest; no operator and no sidecar images are pulled', () => {
    const agent = TETRAGON_RELEASE.images.agent;
    expect(agent.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(values.tetragon.image.override).toBe(`quay.io/cilium/tetragon:v1.7.0@${agent.digest}`);
    expect(values.tetragonOperator.enabled).toBe(false);
    expect(values.export.mode).toBe('');
    expect(values.crds.installMethod).toBe('helm');
  });

  test('only the library\'s policies are exported, to the file the node agent tails', () => {
    expect(JSON.parse(values.tetragon.exportAllowList)).toEqual({ policy_names: cluster.configStack.baseline.runtimeDetectionPolicyNames });
    expect(`/var/run/cilium/tetragon/${values.tetragon.exportFilename}`).toBe(TETRAGON_RELEASE.exportFile);
    expect(values.exportDirectory).toBeUndefined(); // the chart default /var/run/cilium/tetragon
  });

  test('the system namespaces the library installs into are not exported (Cilium\'s init containers run sh -ec)', () => {
    const lines = values.tetragon.exportDenyList.split('\n').map((l: string) => JSON.parse(l));
    expect(lines[0]).toEqual({ health_check: true });
    const quiet: string[] = lines[1].namespace;
    expect(quiet).toEqual(expect.arrayContaining(['', 'kube-system', CILIUM_RELEASE.namespace, TETRAGON_RELEASE.namespace]));
    // nothing else: application namespaces stay watched
    expect(quiet).toHaveLength(4);
    expect(quiet).not.toContain('shop');
  });

  test('its namespace is exempt from restricted Pod Security with the reason, and has default-deny', () => {
    const ns = manifestsOf(k8s).find((m) => m.kind === 'Namespace' && m.metadata.name === 'tetragon');
    expect(ns.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('privileged');
    expect(ns.metadata.labels['pod-security.kubernetes.io/warn']).toBe('restricted');
    expect(ns.metadata.annotations['cdktf-hardened-oke.dev/pod-security-exemption-reason']).toBe(TETRAGON_EXEMPTION_REASON);
    const np = manifestsOf(k8s).find((m) => m.kind === 'NetworkPolicy' && m.metadata.namespace === 'tetragon');
    expect(np.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
    // restricted stays everywhere else
    const shop = manifestsOf(k8s).find((m) => m.kind === 'Namespace' && m.metadata.name === 'shop');
    expect(shop.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
  });

  test('the admission bindings leave out the tetragon namespace and still judge the application namespace', () => {
    const bindings = manifestsOf(k8s).filter((m) => m.kind === 'ValidatingAdmissionPolicyBinding');
    expect(bindings).toHaveLength(4);
    for (const b of bindings) {
      const excluded = b.spec.matchResources.namespaceSelector.matchExpressions[0].values as string[];
      expect(excluded).toContain('tetragon');
      expect(excluded).not.toContain('shop');
    }
  });

  test('no TracingPolicy object is planned: the policies are files of a ConfigMap in the Tetragon namespace', () => {
    expect(manifestsOf(k8s).filter((m) => m.kind === 'TracingPolicy' || m.kind === 'TracingPolicyNamespaced')).toEqual([]);
    const cm = policyConfigMap(k8s);
    expect(cm).toMatchObject({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { namespace: TETRAGON_RELEASE.namespace } });
    expect(Object.keys(cm.data).sort()).toEqual(cluster.configStack.baseline.runtimeDetectionPolicyNames.map((n) => `${n}.yaml`).sort());
    // kube-apiserver accepts it (keys [-._a-zA-Z0-9]+, not starting with "..", total under 1 MiB)
    expect(apiValidationErrors(cm)).toEqual([]);
  });

  test('the release mounts that ConfigMap read-only in a subdirectory of the agent\'s policy directory', () => {
    const volume = values.extraVolumes.find((v: any) => v.configMap?.name === TETRAGON_POLICY_FILES.configMap);
    expect(volume).toBeDefined();
    expect(values.extraConfigmapMounts).toEqual([{ name: volume.name, mountPath: '/etc/tetragon/tetragon.tp.d/hardened-oke', readOnly: true }]);
    // Not the directory itself: the ConfigMap volume's `..<timestamp>/` directory would be walked and every
    // policy loaded twice (cmd/tetragon/main.go loadTpFromDir, tpMaxDepth 1).
    expect(values.extraConfigmapMounts[0].mountPath).not.toBe('/etc/tetragon/tetragon.tp.d');
  });

  test('the release waits for the policy ConfigMap, which waits for the namespace', () => {
    const cmAddress = Object.entries<any>(k8s.resource.kubernetes_manifest).find(([, r]) => r.manifest.metadata.name === TETRAGON_POLICY_FILES.configMap)![0];
    expect(release.depends_on).toContain(`kubernetes_manifest.${cmAddress}`);
    const nsAddress = Object.entries<any>(k8s.resource.kubernetes_manifest).find(([, r]) => r.manifest.kind === 'Namespace' && r.manifest.metadata.name === 'tetragon')![0];
    expect(k8s.resource.kubernetes_manifest[cmAddress].depends_on).toContain(`kubernetes_manifest.${nsAddress}`);
  });

  test('a policy change rolls the agents: the pod annotation is the sha256 of the files', () => {
    const sha = values.podAnnotations[TETRAGON_POLICY_FILES.checksumAnnotation];
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    const cm = policyConfigMap(k8s);
    expect(sha).toBe(createHash('sha256').update(JSON.stringify(cm.data)).digest('hex'));
  });

  test('three cluster-scoped TracingPolicy files, each accepted by the API validation, only observing', () => {
    const policies = policyFiles(k8s);
    expect(policies.map((p) => p.metadata.name).sort()).toEqual(['hardened-oke-container-shell', 'hardened-oke-privilege-changes', 'hardened-oke-system-path-writes']);
    for (const p of policies) {
      expect(p.apiVersion).toBe('cilium.io/v1alpha1');
      expect(p.kind).toBe('TracingPolicy');
      expect(p.metadata.namespace).toBeUndefined();
      expect(knownApiValidationErrors(p)).toEqual([]);
      expect(JSON.stringify(p.spec)).not.toMatch(/Sigkill|Override|Signal/);
      // every hook is limited to processes in containers
      for (const k of p.spec.kprobes) for (const sel of k.selectors) expect(sel.matchNamespaces).toEqual([{ namespace: 'Pid', operator: 'NotIn', values: ['host_ns'] }]);
    }
    // write(2) fires per call: the write hooks post at most once a minute per thread and file
    const writes = policies.find((p) => p.metadata.name === 'hardened-oke-system-path-writes');
    for (const k of writes.spec.kprobes) expect(k.selectors[0].matchActions).toEqual([{ action: 'Post', rateLimit: '1m' }]);
    // the export filter names exactly the loaded policies (policy_names compares metadata.name)
    expect(JSON.parse(values.tetragon.exportAllowList).policy_names.sort()).toEqual(policies.map((p) => p.metadata.name).sort());
  });

  test('a TracingPolicy in a namespace is refused by the API validation (the CRD is cluster-scoped)', () => {
    const [first] = runtimeDetectionPolicies({});
    const namespaced = { ...first.object, metadata: { ...first.object.metadata, namespace: 'shop' } };
    expect(knownApiValidationErrors(namespaced).map((e) => e.field)).toContain('metadata.namespace');
  });

  test('the README lists exactly the policies the library writes', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.split('\n## Runtime detection\n')[1].split('\n## ')[0];
    const listed = [...section.matchAll(/^\s*\| `(hardened-oke-[a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual(cluster.configStack.baseline.runtimeDetectionPolicyNames);
    expect(section).toContain(TETRAGON_RELEASE.images.agent.digest);
    expect(section).toContain(`**${TETRAGON_RELEASE.version}**`);
  });

  test('the node agent tails the export file into a custom log, bound to the worker dynamic group', () => {
    const agent = infra.resource.oci_logging_unified_agent_configuration;
    const config = Object.values<any>(agent).find((a) => a.display_name === 'prod-runtime-detections');
    const source = config.service_configuration.sources[0];
    expect(source).toMatchObject({ source_type: 'LOG_TAIL', paths: [TETRAGON_RELEASE.exportFile], parser: { parser_type: 'JSON' } });
    expect(config.group_association.group_list[0]).toMatch(/oci_identity_dynamic_group\.[^.]+\.id/);
    const logName = /oci_logging_log\.([^.]+)\.id/.exec(config.service_configuration.destination.log_object_id)![1];
    const log = infra.resource.oci_logging_log[logName];
    expect(log).toMatchObject({ log_type: 'CUSTOM', is_enabled: true, retention_duration: 90 });
    expect(log.log_group_id).toMatch(/oci_logging_log_group\./);
  });

  test('a connector routes the detections log to the security topic, with the policy to do so', () => {
    const connector = Object.values<any>(infra.resource.oci_sch_service_connector).find((c) => c.target.kind === 'notifications');
    expect(connector.display_name).toBe('prod-runtime-detections-to-topic');
    expect(connector.target.topic_id).toMatch(/oci_ons_notification_topic\.[^.]+\.id/);
    expect(connector.source.log_sources[0].log_id).toMatch(/oci_logging_log\.[^.]+\.id/);
    const policy = Object.values<any>(infra.resource.oci_identity_policy).find((p) => /runtime-detection-connector/.test(p.name));
    expect(policy.statements).toEqual([
      `Allow any-user to read log-content in compartment id ${CLUSTER_PROPS.compartmentId} where all {request.principal.type = 'serviceconnector', request.principal.compartment.id = '${CLUSTER_PROPS.compartmentId}'}`,
      `Allow any-user to use ons-topics in compartment id ${CLUSTER_PROPS.compartmentId} where all {request.principal.type = 'serviceconnector', request.principal.compartment.id = '${CLUSTER_PROPS.compartmentId}'}`,
    ]);
    expect(connector.depends_on).toEqual(expect.arrayContaining([expect.stringMatching(/^oci_identity_policy\./)]));
  });

  test('WKL-13 passes on the default output', () => {
    const r = evaluate(buildModel([{ name: 'prod', json: infra }, { name: 'prod-prod-k8s', json: k8s }]), [], new Date('2027-01-01T00:00:00Z'))
      .results.find((x) => x.control.id === 'WKL-13')!;
    expect(r.status).toBe('pass');
  });

  test('WKL-13 fails when any link is missing: release, policies, agent, or the route to a topic', () => {
    const judge = (mutate: (i: any, k: any) => void) => {
      const i = JSON.parse(JSON.stringify(infra));
      const k = JSON.parse(JSON.stringify(k8s));
      mutate(i, k);
      return controlById('WKL-13')!.check(buildModel([{ name: 'prod', json: i }, { name: 'prod-prod-k8s', json: k }]));
    };
    const failing = (f: ReturnType<typeof judge>) => f.filter((x) => x.status === 'fail').map((x) => x.message).join(' ');
    expect(failing(judge(() => undefined))).toBe('');
    expect(failing(judge((_i, k) => { delete k.resource.helm_release['helm-tetragon']; }))).toMatch(/no Tetragon helm_release/);
    expect(failing(judge((_i, k) => {
      for (const [n, r] of Object.entries<any>(k.resource.kubernetes_manifest)) if (r.manifest.metadata.name === TETRAGON_POLICY_FILES.configMap) delete k.resource.kubernetes_manifest[n];
    }))).toMatch(/no TracingPolicy/);
    // the ConfigMap alone is not enough: the release must mount it in the policy directory
    expect(failing(judge((_i, k) => {
      const r = k.resource.helm_release['helm-tetragon'];
      r.values = [r.values[0].replace(/\/etc\/tetragon\/tetragon\.tp\.d\/hardened-oke/g, '/etc/elsewhere')];
    }))).toMatch(/no TracingPolicy/);
    expect(failing(judge((i) => {
      for (const a of Object.values<any>(i.resource.oci_logging_unified_agent_configuration)) a.service_configuration.sources[0].paths = ['/var/log/messages'];
    }))).toMatch(/tails the Tetragon export file/);
    expect(failing(judge((i) => {
      for (const [n, c] of Object.entries<any>(i.resource.oci_sch_service_connector)) if (c.target.kind === 'notifications') delete i.resource.oci_sch_service_connector[n];
    }))).toMatch(/to a notification topic/);
  });
});

describe('turning runtime detection off', () => {
  test('needs a reason: a named error without one', () => {
    expect(() => build({ ...PROPS, kubernetes: { ...PROPS.kubernetes, runtimeDetection: { enabled: false } } }))
      .toThrow(/kubernetes\.runtimeDetection\.disabledReason: runtime detection is turned off without a reason\. Fix: /);
    expect(() => build({ ...PROPS, kubernetes: { ...PROPS.kubernetes, runtimeDetection: { disabledReason: 'we run Falco ourselves' } } }))
      .toThrow(/kubernetes\.runtimeDetection\.disabledReason: is only read with enabled: false/);
  });

  test('with a reason: nothing is installed and WKL-13 is waived in the report (not failed)', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'oke-runtime-'));
    const app = new App({ outdir });
    const stack = new TerraformStack(app, 'prod');
    new OciProvider(stack, 'oci', { region: 'eu-frankfurt-1' });
    const cluster = new HardenedCluster(stack, 'prod', { ...PROPS, kubernetes: { ...PROPS.kubernetes, runtimeDetection: { enabled: false, disabledReason: 'Falco installed by the platform team' } } });
    app.synth();
    expect(cluster.runtimeDetection).toBeUndefined();
    expect(cluster.configStack.runtimeDetectionRelease).toBeUndefined();
    const k8s = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'prod-prod-k8s', 'cdk.tf.json'), 'utf8'));
    expect(k8s.resource.helm_release['helm-tetragon']).toBeUndefined();
    expect(manifestsOf(k8s).filter((m) => m.kind === 'TracingPolicy' || m.metadata.name === 'tetragon' || m.metadata.namespace === 'tetragon')).toEqual([]);
    const report = JSON.parse(fs.readFileSync(path.join(outdir, 'hardening-report.json'), 'utf8'));
    expect(report.summary.fail).toBe(0);
    expect(JSON.stringify(report)).toMatch(/WKL-13[\s\S]*Falco installed by the platform team/);
  });
});

describe('the pin table', () => {
  test('tag and chart version agree, and the digest is the one the source comment cites', () => {
    expect(TETRAGON_RELEASE.images.agent.tag).toBe(`v${TETRAGON_RELEASE.version}`);
    const source = fs.readFileSync(path.join(ROOT, 'lib', 'kubernetes', 'runtime-detection-release.ts'), 'utf8');
    expect(source).toContain('crossbizz/zasp-sec');
    expect(source).toContain(TETRAGON_RELEASE.images.agent.digest);
  });
});
