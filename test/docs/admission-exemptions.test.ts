/**
 * README "What is enforced where" lists the namespaces the admission policy bindings never judge (review finding 11:
 * the README once omitted cert-manager). The table is checked against what the code writes into the bindings.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Testing } from 'cdktf';
import { HardenedCluster, HardenedClusterProps } from '../../lib/hardened-cluster';
import { ALWAYS_EXCLUDED_NAMESPACES } from '../../lib/kubernetes/private/admission-policies';
import { CILIUM_RELEASE } from '../../lib/kubernetes/private/cni-release';
import { TETRAGON_RELEASE } from '../../lib/kubernetes/runtime-detection-release';
import { CERT_MANAGER_NAMESPACE } from '../../lib/addons/addon-namespaces';
import { NetworkPolicyEngine } from '../../lib/kubernetes/types';
import { newStack, OCIDS } from '../support';

const README = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');

/** Rows of the table under "The namespaces the admission policy bindings never judge": namespace -> "Not judged" cell. */
function readmeTable(): Map<string, string> {
  const section = README.split('\n## What is enforced where\n')[1]?.split('\n## ')[0] ?? '';
  const table = section.split('never judge')[1] ?? '';
  const rows = table.split('\n').filter((l) => /^\| `[^`]+` \|/.test(l));
  return new Map(rows.map((l) => {
    const [, ns, when] = l.split('|').map((c) => c.trim());
    return [ns.replace(/`/g, ''), when];
  }));
}

const PROPS: HardenedClusterProps = {
  compartmentId: OCIDS.compartment, tenancyId: OCIDS.tenancy, region: 'eu-frankfurt-1', kubernetesVersion: 'v1.33.1',
  bastion: { clientCidrs: ['203.0.113.0/24'] },
  nodePools: [{ name: 'system', shape: 'VM.Standard.E5.Flex', size: 3 }],
};

/** The namespaces the synthesized bindings exclude (from the Kubernetes stack's JSON, not from a property). */
function excluded(props: HardenedClusterProps): string[] {
  const cluster = new HardenedCluster(newStack(), 'prod', props);
  const k8s = JSON.parse(Testing.synth(cluster.configStack));
  const bindings = Object.values<any>(k8s.resource.kubernetes_manifest).map((r) => r.manifest).filter((m) => m.kind === 'ValidatingAdmissionPolicyBinding');
  expect(bindings.length).toBeGreaterThan(0);
  const lists = bindings.map((b) => b.spec.matchResources.namespaceSelector.matchExpressions
    .find((e: any) => e.key === 'kubernetes.io/metadata.name' && e.operator === 'NotIn').values as string[]);
  for (const l of lists) expect(l).toEqual(lists[0]);
  return [...lists[0]].sort();
}

describe('README: the namespaces the admission bindings never judge', () => {
  const table = readmeTable();

  test('with every option that adds one (Cilium, addons.certManager), the table lists exactly the code\'s exclusions', () => {
    expect([...table.keys()].sort()).toEqual(excluded({ ...PROPS, addons: { certManager: {} } }));
  });

  test('the rows marked "always" are the exclusions of the plainest cluster without Cilium', () => {
    const always = [...table].filter(([, when]) => when === 'always').map(([ns]) => ns).sort();
    expect(always).toEqual([...ALWAYS_EXCLUDED_NAMESPACES].sort());
    expect(excluded({
      ...PROPS,
      kubernetes: { networkPolicyEngine: NetworkPolicyEngine.EXTERNAL_CALICO, runtimeDetection: { enabled: false, disabledReason: 'Falco runs in namespace falco' } },
    } as HardenedClusterProps)).toEqual(always);
  });

  test('each conditional row names its condition, and the exclusion comes and goes with it', () => {
    expect(table.get(CILIUM_RELEASE.namespace)).toMatch(/CILIUM_CHAINED/);
    expect(table.get(CERT_MANAGER_NAMESPACE)).toMatch(/addons\.certManager/);
    expect(excluded(PROPS)).toContain(CILIUM_RELEASE.namespace);
    expect(excluded(PROPS)).not.toContain(CERT_MANAGER_NAMESPACE);
    expect(excluded({ ...PROPS, addons: { certManager: {} } })).toContain(CERT_MANAGER_NAMESPACE);
    expect(table.get(TETRAGON_RELEASE.namespace)).toMatch(/kubernetes\.runtimeDetection/);
    expect(excluded(PROPS)).toContain(TETRAGON_RELEASE.namespace);
    expect(excluded({ ...PROPS, kubernetes: { runtimeDetection: { enabled: false, disabledReason: 'Falco runs in namespace falco' } } } as HardenedClusterProps))
      .not.toContain(TETRAGON_RELEASE.namespace);
  });

  test('the README no longer claims a shorter list anywhere', () => {
    expect(README).not.toMatch(/every namespace except kube-system, kube-public, kube-node-lease and the Cilium namespace/);
  });
});
