import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import * as YAML from 'yaml';
import { HardenedCluster, HardenedClusterProps } from '../lib/hardened-cluster';
import { IamVerb } from '../lib/kubernetes/workload-identity';
import { HardenedOkeValidationError } from '../lib/core/errors';
import { validatePolicyStatement } from '../lib/core/iam-policy/validate';
import { newStack, resourcesOf, OCIDS, tempDir } from './support';
import { OciProvider } from '../lib/generated/providers/oci/provider';

const BASE: HardenedClusterProps = {
  compartmentId: OCIDS.compartment,
  tenancyId: OCIDS.tenancy,
  region: 'eu-frankfurt-1',
  kubernetesVersion: 'v1.34.1',
  bastion: { clientCidrs: ['203.0.113.0/24'] },
  nodePools: [{ name: 'system', shape: 'VM.Standard.E5.Flex', size: 3 }],
  kubernetes: { applicationNamespaces: [{ name: 'shop' }], ocirRegionKey: 'fra' },
};

const IMAGE = 'fra.ocir.io/axaxnpcrorw5/shop/api@sha256:' + 'a'.repeat(64);

function deployment(overrides: { securityContext?: any; podSecurityContext?: any } = {}): any {
  return {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { name: 'api', namespace: 'shop' },
    spec: {
      replicas: 2, selector: { matchLabels: { app: 'api' } },
      template: {
        metadata: { labels: { app: 'api' } },
        spec: {
          serviceAccountName: 'api',
          securityContext: { runAsNonRoot: true, runAsUser: 10001, seccompProfile: { type: 'RuntimeDefault' }, ...overrides.podSecurityContext },
          containers: [{
            name: 'api', image: IMAGE,
            securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] }, ...overrides.securityContext },
            resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
            volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
          }],
          volumes: [{ name: 'tmp', emptyDir: {} }],
        },
      },
    },
  };
}

function build(props: Partial<HardenedClusterProps> = {}) {
  const stack = newStack();
  const cluster = new HardenedCluster(stack, 'prod', { ...BASE, ...props });
  return { stack, cluster, app: stack.node.root as any };
}

function k8sJson(cluster: HardenedCluster): any {
  return JSON.parse(Testing.synth(cluster.configStack));
}

function report(outdir: string): any {
  const file = fs.readdirSync(outdir).find((f) => /hardening-report.*\.json$/.test(f));
  return JSON.parse(fs.readFileSync(path.join(outdir, file!), 'utf8'));
}

describe('HardenedCluster.addManifest', () => {
  test('a hardened Deployment added after construction lands in the Kubernetes stack and the GitOps folder and passes every workload control', () => {
    const { cluster, app } = build();
    cluster.addManifest('api', deployment());
    const json = k8sJson(cluster);
    const manifests = Object.values(resourcesOf(json, 'kubernetes_manifest')) as any[];
    const api = manifests.find((m) => m.manifest.kind === 'Deployment' && m.manifest.metadata.name === 'api');
    expect(api.manifest.spec.template.spec.containers[0].image).toBe(IMAGE);
    // After its namespace.
    expect(api.depends_on.join(' ')).toMatch(/namespace-cluster-shop/);

    app.synth();
    const dir = path.join(app.outdir, 'manifests', 'prod');
    const file = fs.readdirSync(dir).find((f) => /deployment-shop-api\.yaml$/.test(f));
    expect(file).toBeDefined();
    expect(YAML.parse(fs.readFileSync(path.join(dir, file!), 'utf8')).spec.template.spec.containers[0].image).toBe(IMAGE);

    // Every per-workload control (WKL-03 .. WKL-11) judged the Deployment, and it passed each of them.
    const controls = report(app.outdir).controls as any[];
    const judged = controls.filter((c) => /^WKL-(0[3-9]|1[01])$/.test(c.id)).map((c) => ({
      id: c.id, statuses: c.findings.filter((f: any) => /Deployment\/shop\/api|deployment-shop-api/i.test(`${f.address} ${f.message}`)).map((f: any) => f.status),
    }));
    expect(judged).toHaveLength(9);
    for (const c of judged) {
      expect(c.statuses.length).toBeGreaterThan(0);
      expect(c).toEqual({ id: c.id, statuses: c.statuses.map(() => 'pass') });
    }
  });

  test('a privileged pod added through addManifest fails synth naming WKL-11', () => {
    const { cluster, app } = build();
    cluster.addManifest('debug', { ...deployment({ securityContext: { privileged: true } }), kind: 'Pod', metadata: { name: 'debug', namespace: 'shop' },
      spec: deployment({ securityContext: { privileged: true } }).spec.template.spec });
    expect(() => app.synth()).toThrow(/WKL-11/);
  });

  test('a root container fails synth naming WKL-03', () => {
    const { cluster, app } = build();
    cluster.addManifest('api', deployment({ securityContext: { runAsNonRoot: false } }));
    expect(() => app.synth()).toThrow(/WKL-03/);
  });

  test('objects without kind or a duplicate name get a named error', () => {
    const { cluster } = build();
    expect(() => cluster.addManifest('bad', { apiVersion: 'v1', metadata: { name: 'x' } })).toThrow(/addManifest\(bad\)\[0\]\.kind: is missing/);
    cluster.addManifest('api', deployment());
    expect(() => cluster.addManifest('again', deployment())).toThrow(HardenedOkeValidationError);
  });
});

describe('HardenedCluster.addHelmChart', () => {
  const chart = { chart: 'podinfo', repository: 'https://stefanprodan.github.io/podinfo', version: '6.7.1', releaseNamespace: 'shop', values: { replicaCount: 2 } };

  test('installs a pinned release into an application namespace, after it, and writes helm/<name>/ at synth', () => {
    const { cluster, app } = build();
    cluster.addHelmChart('podinfo', chart);
    const json = k8sJson(cluster);
    const release = resourcesOf(json, 'helm_release')['helm-podinfo'];
    expect(release).toMatchObject({ chart: 'podinfo', version: '6.7.1', namespace: 'shop', create_namespace: false, atomic: true });
    expect(release.values[0]).toContain('replicaCount: 2');
    expect(release.depends_on.join(' ')).toMatch(/namespace-cluster-shop/);
    app.synth();
    const pin = JSON.parse(fs.readFileSync(path.join(app.outdir, 'manifests', 'prod', 'helm', 'podinfo', 'release.json'), 'utf8'));
    expect(pin).toMatchObject({ version: '6.7.1', releaseNamespace: 'shop' });
  });

  test.each([['^6.7.0'], ['6.7'], ['latest'], ['~6.7.1']])('refuses the version range %s', (version) => {
    const { cluster } = build();
    expect(() => cluster.addHelmChart('podinfo', { ...chart, version })).toThrow(/addHelmChart\(podinfo\)\.version: .* is not an exact chart version/);
  });

  test('refuses a namespace that is not an application namespace, and plain http repositories', () => {
    const { cluster } = build();
    expect(() => cluster.addHelmChart('podinfo', { ...chart, releaseNamespace: 'default' })).toThrow(/releaseNamespace: "default" is not an application namespace/);
    expect(() => cluster.addHelmChart('podinfo', { ...chart, repository: 'http://charts.example.com' })).toThrow(/repository/);
  });
});

describe('HardenedCluster.addApplicationNamespace and workload identity', () => {
  test('a namespace added after construction gets restricted Pod Security, default-deny and its workload identity policy', () => {
    const { cluster, stack, app } = build();
    cluster.addApplicationNamespace({
      name: 'billing',
      workloadIdentity: {
        serviceAccounts: [{ name: 'api', allow: [{ verb: IamVerb.READ, resourceType: 'objects', conditions: ["target.bucket.name = 'invoices'"] }] }],
        ociServiceCidrs: ['134.70.0.0/17'],
      },
    });
    const k8s = Object.values(resourcesOf(k8sJson(cluster), 'kubernetes_manifest')).map((m: any) => m.manifest);
    const ns = k8s.find((o) => o.kind === 'Namespace' && o.metadata.name === 'billing');
    expect(ns.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
    expect(k8s.find((o) => o.kind === 'NetworkPolicy' && o.metadata.namespace === 'billing' && o.metadata.name === 'default-deny-all')).toBeDefined();
    const sa = k8s.find((o) => o.kind === 'ServiceAccount' && o.metadata.namespace === 'billing' && o.metadata.name === 'api');
    expect(sa.automountServiceAccountToken).toBe(true);
    // The token exchange (kubernetes Service ClusterIP and the API endpoint subnet on 12250) and the OCI call (443).
    const wi = k8s.find((o) => o.kind === 'NetworkPolicy' && o.metadata.namespace === 'billing' && o.metadata.name === 'allow-oke-workload-identity');
    expect(wi.spec.egress).toEqual([{ to: [{ ipBlock: { cidr: '10.96.0.1/32' } }, { ipBlock: { cidr: cluster.network.subnetCidrs.apiEndpoint } }], ports: [{ protocol: 'TCP', port: 12250 }] }]);
    const https = k8s.find((o) => o.kind === 'NetworkPolicy' && o.metadata.namespace === 'billing' && o.metadata.name === 'allow-oci-services-https');
    expect(https.spec.egress).toEqual([{ to: [{ ipBlock: { cidr: '134.70.0.0/17' } }], ports: [{ protocol: 'TCP', port: 443 }] }]);

    const infra = JSON.parse(Testing.synth(stack));
    const policy = Object.values(resourcesOf(infra, 'oci_identity_policy')).find((p: any) => /billing-workload-identity$/.test(p.name)) as any;
    expect(policy.statements).toHaveLength(1);
    const statement: string = policy.statements[0];
    expect(statement).toMatch(/^Allow any-user to read objects in compartment id ocid1\.compartment\.oc1\.\.aaaaaaaatestcompartment where all \{request\.principal\.type = 'workload', request\.principal\.namespace = 'billing', request\.principal\.service_account = 'api', request\.principal\.cluster_id = '\$\{.*\}', target\.bucket\.name = 'invoices'\}$/);
    expect(statement).not.toMatch(/dynamic-group|instance/);
    expect(validatePolicyStatement(statement.replace(/\$\{[^}]*\}/g, 'ocid1.cluster.oc1.eu-frankfurt-1.aaaa'))).toEqual([]);
    app.synth();
    expect(fs.readdirSync(path.join(app.outdir, 'manifests', 'prod')).some((f) => /namespace-billing\.yaml$/.test(f))).toBe(true);
  });

  test('verbs, resource types and condition variables are checked against the reference table at synth', () => {
    expect(() => build({ kubernetes: { applicationNamespaces: [{ name: 'shop', workloadIdentity: { serviceAccounts: [{ name: 'api', allow: [{ verb: IamVerb.READ, resourceType: 'bucketz' }] }] } }] } }))
      .toThrow(/applicationNamespaces\[0\]\.workloadIdentity\.serviceAccounts\[0\]\.allow\[0\]: "bucketz" is not a resource type/);
    expect(() => build({ kubernetes: { applicationNamespaces: [{ name: 'shop', workloadIdentity: { serviceAccounts: [{ name: 'api', allow: [{ verb: 'own' as IamVerb, resourceType: 'objects' }] }] } }] } }))
      .toThrow(/allow\[0\]\.verb: .*"own"/);
    expect(() => build({ kubernetes: { applicationNamespaces: [{ name: 'shop', workloadIdentity: { serviceAccounts: [{ name: 'api', allow: [{ verb: IamVerb.READ, resourceType: 'objects', conditions: ["target.cluster.id = 'x'"] }] }] } }] } }))
      .toThrow(/target\.cluster\.id" is not documented for objects/);
    expect(() => build({ kubernetes: { applicationNamespaces: [{ name: 'shop', workloadIdentity: { serviceAccounts: [{ name: 'default', allow: [{ verb: IamVerb.READ, resourceType: 'objects' }] }] } }] } }))
      .toThrow(/serviceAccounts\[0\]\.name: the default service account never gets OCI permissions/);
  });

  test('plain JavaScript callers: a misspelt key of a namespace added later gets a named error', () => {
    const { cluster } = build();
    expect(() => cluster.addApplicationNamespace({ name: 'billing', workloadIdentiy: {} } as any)).toThrow(/^addApplicationNamespace\.workloadIdentiy: is not a property of ApplicationNamespace \(did you mean workloadIdentity\?\)/);
  });
});

describe('HardenedCluster.addNodePool', () => {
  test('an autoscaled pool added later is hardened like constructor pools and joins the autoscaler add-on', () => {
    const { cluster, stack } = build();
    expect(cluster.clusterAutoscaler).toBeUndefined();
    const pool = cluster.addNodePool({ name: 'batch', shape: 'VM.Standard.E5.Flex', minSize: 1, maxSize: 5 });
    expect(pool.taints[0].key).toBe('node.cilium.io/agent-not-ready');
    const json = JSON.parse(Testing.synth(stack));
    const batch = Object.values(resourcesOf(json, 'oci_containerengine_node_pool')).find((p: any) => p.name === 'prod-batch') as any;
    expect(batch.node_config_details.nsg_ids).toHaveLength(1);
    expect(batch.node_config_details.kms_key_id).toBeDefined();
    expect(batch.node_config_details.node_pool_pod_network_option_details.pod_nsg_ids).toHaveLength(1);
    expect(batch.lifecycle.ignore_changes).toEqual(['node_config_details[0].size']);
    const addon = Object.values(resourcesOf(k8sJson(cluster), 'oci_containerengine_addon'))[0] as any;
    expect(JSON.stringify(addon.configurations)).toMatch(/1:5:\$\{oci_containerengine_node_pool\.prod_pool-batch/);
  });

  test('a second autoscaled pool is added to the same add-on configuration', () => {
    const { cluster, stack } = build({ nodePools: [{ name: 'system', shape: 'VM.Standard.E5.Flex', size: 3 }, { name: 'apps', shape: 'VM.Standard.E5.Flex', minSize: 2, maxSize: 4 }] });
    cluster.addNodePool({ name: 'batch', shape: 'VM.Standard.E5.Flex', minSize: 1, maxSize: 5 });
    expect(resourcesOf(JSON.parse(Testing.synth(stack)), 'oci_containerengine_addon')).toEqual({});
    const addons = Object.values(resourcesOf(k8sJson(cluster), 'oci_containerengine_addon')) as any[];
    expect(addons).toHaveLength(1);
    const nodes = JSON.stringify(addons[0].configurations);
    expect(nodes).toMatch(/2:4:.*pool-apps.*,1:5:.*pool-batch/);
  });

  test('duplicate names, bad sizes and a pool ahead of the cluster get named errors', () => {
    const { cluster } = build();
    expect(() => cluster.addNodePool({ name: 'system', shape: 'VM.Standard.E5.Flex', size: 3 })).toThrow(/addNodePool\.name: "system" is used by another node pool/);
    expect(() => cluster.addNodePool({ name: 'big', shape: 'VM.Standard.E5.Flex', kubernetesVersion: 'v1.99.0' })).toThrow(/^addNodePool\.kubernetesVersion/);
    expect(() => cluster.addNodePool({ name: 'mixed', shape: 'VM.Standard.E5.Flex', size: 2, minSize: 1, maxSize: 3 })).toThrow(/^addNodePool\.size: /);
  });
});

describe('HardenedCluster.grantClusterAdmin', () => {
  test('writes an administrator IAM policy and a cluster-admin binding for the group', () => {
    const { cluster, stack, app } = build();
    cluster.grantClusterAdmin(OCIDS.group('ops'));
    const infra = JSON.parse(Testing.synth(stack));
    const admin = Object.values(resourcesOf(infra, 'oci_identity_policy')).find((p: any) => /administrators-1$/.test(p.name)) as any;
    expect(admin.freeform_tags['iam-role']).toBe('cluster-administrators');
    expect(admin.statements[0]).toMatch(new RegExp(`^Allow group id ${OCIDS.group('ops').replace(/\./g, '\\.')} to use clusters in compartment id`));
    const k8s = Object.values(resourcesOf(k8sJson(cluster), 'kubernetes_manifest')).map((m: any) => m.manifest);
    const binding = k8s.find((o) => o.kind === 'ClusterRoleBinding' && o.metadata.name === 'prod-cluster-admins');
    expect(binding.roleRef.name).toBe('cluster-admin');
    expect(binding.subjects).toEqual(expect.arrayContaining([{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: OCIDS.group('ops') }]));
    expect(() => app.synth()).not.toThrow();
    expect(() => cluster.grantClusterAdmin(OCIDS.group('ops'))).toThrow(/already an administrator/);
    expect(() => cluster.grantClusterAdmin('ops')).toThrow(/grantClusterAdmin\.groupId/);
  });

  test('with adminGroupIds and several grants: still one cluster-admin binding (IAM-07), holding every group, in Terraform and GitOps', () => {
    const outdir = tempDir('oke-admins-');
    const app = new App({ outdir });
    const stack = new TerraformStack(app, 'prod');
    new OciProvider(stack, 'oci', { region: 'eu-frankfurt-1' });
    const cluster = new HardenedCluster(stack, 'prod', { ...BASE, adminGroupIds: [OCIDS.group('admins')] });
    cluster.grantClusterAdmin(OCIDS.group('ops'));
    cluster.grantClusterAdmin(OCIDS.group('sre'));
    app.synth(); // IAM-07 would fail synth with a second binding
    const k8s = Object.values(resourcesOf(k8sJson(cluster), 'kubernetes_manifest')).map((m: any) => m.manifest);
    const admins = k8s.filter((o) => o.kind === 'ClusterRoleBinding' && o.roleRef?.name === 'cluster-admin');
    expect(admins).toHaveLength(1);
    expect(admins[0].subjects.map((x: any) => x.name)).toEqual([OCIDS.group('admins'), OCIDS.group('ops'), OCIDS.group('sre')]);
    const dir = path.join(outdir, 'manifests', 'prod');
    const yamlFile = fs.readdirSync(dir).find((f) => /clusterrolebinding.*cluster-admins\.yaml$/.test(f))!;
    const text = fs.readFileSync(path.join(dir, yamlFile), 'utf8');
    for (const g of ['admins', 'ops', 'sre']) expect(text).toContain(OCIDS.group(g));
  });
});
