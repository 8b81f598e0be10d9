import * as fs from 'fs';
import * as path from 'path';
import { App as Cdk8sApp, ApiObject, Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-34';
import { TerraformVariable, Testing } from 'cdktf';
import * as YAML from 'yaml';
import { HardenedCluster } from '../../lib/hardened-cluster';
import { buildCluster, resourcesOf } from '../support';

const IMAGE = 'fra.ocir.io/axaxnpcrorw5/shop/api@sha256:' + 'a'.repeat(64);
const NAMESPACES = { kubernetes: { applicationNamespaces: [{ name: 'shop' }], ocirRegionKey: 'fra' } };

/** A cdk8s-plus-34 Deployment with the settings README "cdk8s charts" documents. */
function hardenedChart(namespace = 'shop', container: Partial<kplus.ContainerProps> = {}): Chart {
  const chart = new Chart(new Cdk8sApp(), 'shop', { namespace });
  new kplus.Deployment(chart, 'api', {
    replicas: 2,
    containers: [{
      image: IMAGE, portNumber: 8080,
      securityContext: {
        user: 10001, ensureNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false,
        capabilities: { drop: [kplus.Capability.ALL] },
        seccompProfile: { type: kplus.SeccompProfileType.RUNTIME_DEFAULT },
      },
      ...container,
    }],
  });
  return chart;
}

function report(outdir: string): any {
  const file = fs.readdirSync(outdir).find((f) => /hardening-report.*\.json$/.test(f));
  return JSON.parse(fs.readFileSync(path.join(outdir, file!), 'utf8'));
}

function build(): { cluster: HardenedCluster; app: any } {
  const { stack, cluster } = buildCluster(NAMESPACES);
  return { cluster, app: stack.node.root };
}

describe('HardenedCluster.addCdk8sChart', () => {
  test('a cdk8s-plus-34 Deployment with the documented settings lands in the Kubernetes stack after its namespace baseline and in the GitOps folder, and passes every workload control', () => {
    const { cluster, app } = build();
    const created = cluster.addCdk8sChart('shop', hardenedChart());
    expect(created).toHaveLength(1);
    const json = JSON.parse(Testing.synth(cluster.configStack));
    const manifests = resourcesOf(json, 'kubernetes_manifest');
    const [name, api] = Object.entries(manifests).find(([, m]: [string, any]) => m.manifest.kind === 'Deployment')! as [string, any];
    expect(api.manifest.metadata.namespace).toBe('shop');
    expect(api.manifest.spec.template.spec.containers[0].image).toBe(IMAGE);
    // After the namespace and its baseline (quota, LimitRange, default-deny), so the API server admits the pods.
    const deps = api.depends_on.join(' ');
    for (const m of [/namespace-cluster-shop/, /resourcequota-shop-/, /limitrange-shop-/, /networkpolicy-shop-default-deny-all/]) expect(deps).toMatch(m);
    expect(name).toMatch(/^deployment-shop-shop-api-/);

    app.synth();
    const dir = path.join(app.outdir, 'manifests', 'prod');
    const file = fs.readdirSync(dir).find((f) => /deployment-shop-shop-api-.*\.yaml$/.test(f));
    expect(file).toBeDefined();
    expect(YAML.parse(fs.readFileSync(path.join(dir, file!), 'utf8')).spec.template.spec.containers[0].securityContext.capabilities).toEqual({ drop: ['ALL'] });

    const controls = report(app.outdir).controls as any[];
    const judged = controls.filter((c) => /^WKL-(0[3-9]|1[01])$/.test(c.id)).map((c) => ({
      id: c.id, statuses: c.findings.filter((f: any) => /shop-api/i.test(`${f.address} ${f.message}`)).map((f: any) => f.status),
    }));
    expect(judged).toHaveLength(9);
    for (const c of judged) {
      expect(c.statuses.length).toBeGreaterThan(0);
      expect(c).toEqual({ id: c.id, statuses: c.statuses.map(() => 'pass') });
    }
  });

  test('cdk8s-plus defaults alone miss dropping capabilities and RuntimeDefault seccomp: synth fails naming WKL-06 and WKL-07', () => {
    const { cluster, app } = build();
    const chart = new Chart(new Cdk8sApp(), 'shop', { namespace: 'shop' });
    new kplus.Deployment(chart, 'api', { containers: [{ image: IMAGE, portNumber: 8080, securityContext: { user: 10001 } }] });
    cluster.addCdk8sChart('shop', chart);
    expect(() => app.synth()).toThrow(/WKL-06[\s\S]*WKL-07|WKL-07[\s\S]*WKL-06/);
  });

  test('a chart with a privileged container fails synth naming WKL-11', () => {
    const { cluster, app } = build();
    const chart = hardenedChart();
    ApiObject.of(chart.node.findAll().find((c) => c instanceof kplus.Deployment)!).addJsonPatch(
      // cdk8s-plus refuses privileged: true in its props; a raw patch is what a chart author could still write.
      require('cdk8s').JsonPatch.replace('/spec/template/spec/containers/0/securityContext/privileged', true));
    cluster.addCdk8sChart('shop', chart);
    expect(() => app.synth()).toThrow(/WKL-11/);
  });

  test('CRDs of a chart come before its custom resources', () => {
    const { cluster } = build();
    const chart = new Chart(new Cdk8sApp(), 'ops', { namespace: 'shop' });
    new ApiObject(chart, 'widget', { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } });
    new ApiObject(chart, 'crd', {
      apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'widgets.example.com', namespace: undefined },
      spec: { group: 'example.com', names: { kind: 'Widget', plural: 'widgets' }, scope: 'Namespaced', versions: [{ name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: { type: 'object' } } }] },
    });
    const created = cluster.addCdk8sChart('ops', chart);
    const json = JSON.parse(Testing.synth(cluster.configStack));
    const manifests = resourcesOf(json, 'kubernetes_manifest');
    expect(created).toHaveLength(2);
    const widget = Object.values(manifests).find((m: any) => m.manifest.kind === 'Widget') as any;
    expect(widget.depends_on.join(' ')).toMatch(/customresourcedefinition-/);
    // cdk8s gives every object the Chart's namespace; the API server refuses one on a cluster-scoped CRD.
    const crd = Object.values(manifests).find((m: any) => m.manifest.kind === 'CustomResourceDefinition') as any;
    expect(crd.manifest.metadata.namespace).toBeUndefined();
    expect(widget.manifest.metadata.namespace).toBe('shop');
  });

  test('namespaces: outside the application namespaces, none at all, or a Namespace object is a named error', () => {
    expect(() => build().cluster.addCdk8sChart('x', hardenedChart('default'))).toThrow(/addCdk8sChart\(x\)\[0\]\.metadata\.namespace: "default" is not an application namespace of this cluster/);
    const noNs = new Chart(new Cdk8sApp(), 'x');
    new kplus.ConfigMap(noNs, 'cm', { data: { a: 'b' } });
    expect(() => build().cluster.addCdk8sChart('x', noNs)).toThrow(/has no namespace, so it would land in "default"/);
    const withNs = new Chart(new Cdk8sApp(), 'x');
    new kplus.Namespace(withNs, 'ns', { metadata: { name: 'shop2' } });
    expect(() => build().cluster.addCdk8sChart('x', withNs)).toThrow(/namespaces are declared on the cluster.*Fix: declare it with kubernetes\.applicationNamespaces or addApplicationNamespace/s);
  });

  test('a Terraform reference in a chart is refused with a named error (the GitOps YAML cannot carry it)', () => {
    const { stack, cluster } = buildCluster(NAMESPACES);
    const v = new TerraformVariable(stack, 'greeting', { type: 'string' });
    const chart = new Chart(new Cdk8sApp(), 'x', { namespace: 'shop' });
    new kplus.ConfigMap(chart, 'cm', { data: { greeting: v.stringValue } });
    expect(() => cluster.addCdk8sChart('x', chart)).toThrow(/addCdk8sChart\(x\)\[0\]\.data\.greeting: ConfigMap shop\/.* holds a Terraform reference/);
  });

  test('anything without toJson() is not a chart', () => {
    expect(() => build().cluster.addCdk8sChart('x', {} as any)).toThrow(/addCdk8sChart\(x\): is not a cdk8s Chart/);
  });
});

describe('addManifest namespaces and tokens', () => {
  const cm = (namespace?: string, data: any = { a: 'b' }) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', ...(namespace ? { namespace } : {}) }, data });

  test('refuses a namespace that is not an application namespace of the cluster, as addHelmChart does', () => {
    expect(() => build().cluster.addManifest('c', cm('kube-system'))).toThrow(/addManifest\(c\)\[0\]\.metadata\.namespace: "kube-system" is not an application namespace/);
    expect(() => build().cluster.addManifest('c', cm())).toThrow(/would land in "default"/);
    build().cluster.addManifest('c', cm('shop'));
  });

  test('refuses a Terraform reference instead of writing ${TfToken[...]} into the GitOps YAML', () => {
    const { stack, cluster } = buildCluster(NAMESPACES);
    const v = new TerraformVariable(stack, 'v', { type: 'string' });
    expect(() => cluster.addManifest('c', cm('shop', { a: v.stringValue }))).toThrow(/addManifest\(c\)\[0\]\.data\.a: .* holds a Terraform reference/);
  });
});
