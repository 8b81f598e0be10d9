import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import { OciProvider } from '../../lib/generated/providers/oci/provider';
import { HardenedCluster, HardenedClusterProps } from '../../lib/hardened-cluster';
import { TaintEffect } from '../../lib/compute/node-taint';
import { NetworkPolicyEngine } from '../../lib/kubernetes/types';
import { HardenedOkeValidationError } from '../../lib/core/errors';
import { CLUSTER_PROPS, newStack, synthValid, resourcesOf, OCIDS, SYSTEM_POOL } from '../support';

// The shared cluster (test/support) on 1.34, with an autoscaled, tainted pool next to the system pool.
const BASE: HardenedClusterProps = {
  ...CLUSTER_PROPS,
  kubernetesVersion: 'v1.34.1',
  nodePools: [SYSTEM_POOL, { name: 'apps', shape: 'VM.Standard.E5.Flex', minSize: 2, maxSize: 6, taints: [{ key: 'dedicated', value: 'apps', effect: TaintEffect.NO_SCHEDULE }] }],
};

function synth(overrides: Partial<HardenedClusterProps> = {}) {
  const stack = newStack();
  const cluster = new HardenedCluster(stack, 'prod', { ...BASE, ...overrides });
  return { json: synthValid(stack), cluster, k8s: JSON.parse(Testing.synth(cluster.configStack)) };
}

const script = (pool: any) => Buffer.from(pool.node_metadata.user_data ?? '', 'base64').toString('utf8');
const poolNamed = (json: any, name: string) => Object.values(resourcesOf(json, 'oci_containerengine_node_pool')).find((p: any) => p.name === `prod-${name}`) as any;

describe('HardenedCluster node pools and add-ons', () => {
  const { json, cluster, k8s } = synth();

  test('with the default Cilium engine, every pool registers with the agent-not-ready taint', () => {
    for (const name of ['system', 'apps']) {
      expect(script(poolNamed(json, name))).toContain('--register-with-taints=node.cilium.io/agent-not-ready=true:NoExecute');
    }
    expect(script(poolNamed(json, 'apps'))).toContain('--register-with-taints=node.cilium.io/agent-not-ready=true:NoExecute,dedicated=apps:NoSchedule"');
  });

  test('with EXTERNAL_CALICO no pool registers the Cilium taint', () => {
    const calico = synth({ kubernetes: { networkPolicyEngine: NetworkPolicyEngine.EXTERNAL_CALICO } }).json;
    expect(script(poolNamed(calico, 'system'))).toBe('');
    expect(script(poolNamed(calico, 'apps'))).not.toContain('cilium');
  });

  test('the autoscaled pool is handed to the ClusterAutoscaler add-on and Terraform leaves its size alone', () => {
    const apps = poolNamed(json, 'apps');
    expect(apps.lifecycle.ignore_changes).toEqual(['node_config_details[0].size']);
    expect(apps.node_config_details.size).toBe(2);
    expect(poolNamed(json, 'system').lifecycle.ignore_changes).toBeUndefined();
    // The add-on lives in the Kubernetes stack, after Cilium (README "Apply order").
    expect(resourcesOf(json, 'oci_containerengine_addon')).toEqual({});
    const addons = Object.values(resourcesOf(k8s, 'oci_containerengine_addon')) as any[];
    expect(addons).toHaveLength(1);
    const nodes = addons[0].configurations.find((c: any) => c.key === 'nodes').value;
    const appsKey = Object.entries(resourcesOf(json, 'oci_containerengine_node_pool')).find(([, p]: any) => p.name === 'prod-apps')![0];
    expect(nodes).toBe(`2:6:\${oci_containerengine_node_pool.${appsKey}.id}`);
    expect(addons[0].configurations.find((c: any) => c.key === 'authType').value).toBe('workload');
    expect(cluster.clusterAutoscaler).toBeDefined();
    const policy = Object.values(resourcesOf(json, 'oci_identity_policy')).find((p: any) => /^prod-[0-9a-f]{6}-cluster-autoscaler$/.test(p.name)) as any;
    expect(policy.statements).toHaveLength(6);
    for (const statement of policy.statements) {
      expect(statement).toMatch(new RegExp(`^Allow any-user to [a-z -]+ in compartment id ${OCIDS.compartment.replace(/\./g, '\\.')} where ALL \\{request\\.principal\\.type = 'workload', request\\.principal\\.namespace = 'kube-system', request\\.principal\\.service_account = 'cluster-autoscaler', request\\.principal\\.cluster_id = '\\$\\{oci_containerengine_cluster\\.[^.]+\\.id\\}'\\}$`));
    }
  });

  test('without autoscaled pools there is no autoscaler add-on; certManager adds the CertManager add-on after Cilium', () => {
    const { json: fixed, k8s: fixedK8s } = synth({ nodePools: [SYSTEM_POOL], addons: { certManager: { version: 'v1.16.2' } } });
    expect(resourcesOf(fixed, 'oci_containerengine_addon')).toEqual({});
    const addons = Object.values(resourcesOf(fixedK8s, 'oci_containerengine_addon')) as any[];
    expect(addons.map((a) => a.addon_name)).toEqual(['CertManager']);
    expect(addons[0].version).toBe('v1.16.2');
    // The Kubernetes stack is applied after the pools (stack order); inside it the add-on waits for Cilium.
    expect(addons[0].depends_on).toEqual(['helm_release.helm-cilium']);
  });

  test('a pool behind the cluster keeps its own version (staged upgrade)', () => {
    const { json: staged } = synth({ nodePools: [{ ...SYSTEM_POOL, kubernetesVersion: 'v1.33.1' }] });
    expect(poolNamed(staged, 'system').kubernetes_version).toBe('v1.33.1');
  });

  test.each([
    [{ nodePools: [{ ...SYSTEM_POOL, kubernetesVersion: 'v1.34.2' }] }, 'nodePools[0].kubernetesVersion'],
    [{ nodePools: [{ ...SYSTEM_POOL, size: undefined, minSize: 1, maxSize: 3 }] }, 'nodePools[0].minSize'],
    [{ nodePools: [SYSTEM_POOL], addons: { clusterAutoscaler: {} } }, 'addons.clusterAutoscaler'],
    [{ addons: { clusterAutoscaler: { replicas: 9 } } }, 'addons.clusterAutoscaler.replicas'],
    [{ addons: { clusterAutoscaler: { version: 'newest' } } }, 'addons.clusterAutoscaler.version'],
    [{ addons: { certManager: { replicas: 0 } } }, 'addons.certManager.replicas'],
    [{ addons: { certManager: { version: 'v1' } } }, 'addons.certManager.version'],
    [{ nodePools: [SYSTEM_POOL, { ...SYSTEM_POOL, name: 'b', taints: [{ key: 'x', effect: 'Never' as TaintEffect }] }] }, 'nodePools[1].taints[0].effect'],
    [{ nodePools: [SYSTEM_POOL, { ...SYSTEM_POOL, name: 'b', size: 2, minSize: 1, maxSize: 3 }] }, 'nodePools[1].size'],
    [{ nodePools: [SYSTEM_POOL, { ...SYSTEM_POOL, name: 'b', userData: { kubeletExtraArgs: ['--register-with-taints=a:NoSchedule'] } }] }, 'nodePools[1].userData.kubeletExtraArgs[0]'],
  ])('refuses %j naming %s', (overrides, property) => {
    let error: unknown;
    try { synth(overrides as Partial<HardenedClusterProps>); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(HardenedOkeValidationError);
    expect((error as HardenedOkeValidationError).property).toBe(property);
  });
});

describe('HardenedCluster node pools through the compliance layer', () => {
  test('a staged upgrade with an autoscaled, tainted pool and add-ons synthesizes with every control passing', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'oke-pools-'));
    const app = new App({ outdir });
    const stack = new TerraformStack(app, 'prod');
    new OciProvider(stack, 'oci', { region: 'eu-frankfurt-1' });
    new HardenedCluster(stack, 'prod', {
      ...BASE,
      nodePools: [{ ...SYSTEM_POOL, kubernetesVersion: 'v1.33.1' }, BASE.nodePools[1]],
      addons: { certManager: {} },
    });
    app.synth();
    const report = JSON.parse(fs.readFileSync(path.join(outdir, 'hardening-report.json'), 'utf8'));
    expect(report.summary.fail).toBe(0);
    expect(report.summary.waived).toBe(0);
  });
});
