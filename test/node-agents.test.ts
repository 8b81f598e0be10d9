/**
 * Every DaemonSet the library installs runs on every node pool, the user's tainted pools included (issue 17,
 * finding 10). Table-driven: each row of NODE_AGENTS (lib/kubernetes/node-agents.ts) is judged against every pool taint
 * of every example with Kubernetes' own matching rule (k8s.io/api core/v1 toleration.go ToleratesTaint); a new node
 * agent is one more row there.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import * as yaml from 'yaml';
import { NodePool } from '../lib/compute/node-pool';
import { TaintEffect } from '../lib/compute/node-taint';
import { CILIUM_AGENT_NOT_READY_TAINT } from '../lib/core/policy-engine-taint';
import { toleratesTaint, untoleratedTaints } from '../lib/core/tolerations';
import { HardenedCluster, HardenedClusterProps } from '../lib/hardened-cluster';
import { ClusterConfigStack } from '../lib/kubernetes/cluster-config-stack';
import { NODE_AGENTS, untoleratedPoolTaints } from '../lib/kubernetes/node-agents';
import { SECRETS_STORE_RELEASE } from '../lib/kubernetes/secrets-store-release';
import { newStack, ROOT } from './support';

describe('toleration matching follows ToleratesTaint', () => {
  const taint = { key: 'dedicated', value: 'batch', effect: 'NoSchedule' };
  test.each([
    [{ operator: 'Exists' as const }, true],
    [{ key: 'dedicated', operator: 'Exists' as const }, true],
    [{ key: 'dedicated', operator: 'Equal' as const, value: 'batch' }, true],
    [{ key: 'dedicated', value: 'batch' }, true], // empty operator means Equal
    [{ key: 'dedicated', value: 'batch', effect: 'NoSchedule' }, true],
    [{ key: 'dedicated', value: 'batch', effect: 'NoExecute' }, false],
    [{ key: 'dedicated', operator: 'Equal' as const, value: 'web' }, false],
    [{ key: 'other', operator: 'Exists' as const }, false],
    [{ effect: 'NoExecute', operator: 'Exists' as const }, false],
  ])('%j tolerates dedicated=batch:NoSchedule: %s', (t, expected) => {
    expect(toleratesTaint(t, taint)).toBe(expected);
  });
  test('PreferNoSchedule never keeps a DaemonSet pod off a node', () => {
    expect(untoleratedTaints([], [{ key: 'a', effect: 'PreferNoSchedule' }])).toEqual([]);
    expect(untoleratedTaints([], [{ key: 'a', effect: 'NoExecute' }])).toHaveLength(1);
  });
});

const EXAMPLES = fs.readdirSync(path.join(ROOT, 'examples')).filter((n) => fs.existsSync(path.join(ROOT, 'examples', n, 'main.ts'))).sort();

function synthExample(name: string): { app: App; outdir: string } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'oke-agents-'));
  const app = require(path.join(ROOT, 'examples', name, 'main')).buildExampleApp(outdir) as App;
  app.synth();
  return { app, outdir };
}

const at = (obj: any, p: readonly string[]) => p.reduce((o, k) => (o === undefined ? undefined : o[k]), obj);

describe.each(EXAMPLES)('example %s: every installed node agent tolerates every pool taint', (name) => {
  const { app, outdir } = synthExample(name);
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));
  const pools = app.node.findAll().filter((c): c is NodePool => c instanceof NodePool);
  const stacks = app.node.findAll().filter((c): c is ClusterConfigStack => c instanceof ClusterConfigStack);
  const installed = stacks.flatMap((s) => s.baseline.helmReleases.map((r) => ({ release: r, agents: NODE_AGENTS.filter((a) => a.release === r.name) })))
    .flatMap(({ release, agents }) => agents.map((agent) => ({ agent, values: yaml.parse(release.valuesYaml) })));

  test('the example has node pools and installs at least the CNI agent', () => {
    expect(pools.length).toBeGreaterThan(0);
    if (stacks.some((s) => s.cniRelease)) expect(installed.map((i) => i.agent.daemonSet)).toContain('cilium');
  });

  test('each row\'s tolerations are what the release values carry', () => {
    for (const { agent, values } of installed) {
      if (agent.valuesPath) expect({ agent: agent.daemonSet, tolerations: at(values, agent.valuesPath) }).toEqual({ agent: agent.daemonSet, tolerations: agent.tolerations });
    }
  });

  test('for each pool taint, each agent tolerates it (or waits for the CNI to remove its startup taint)', () => {
    const cases = pools.flatMap((pool) => pool.taints.map((taint) => ({ pool: pool.node.id, taint })));
    for (const { agent } of installed) {
      for (const { pool, taint } of cases) {
        if (agent.waitsForCni && taint.key === CILIUM_AGENT_NOT_READY_TAINT.key) continue;
        expect({ agent: agent.daemonSet, pool, taint, tolerated: agent.tolerations.some((t) => toleratesTaint(t, taint)) })
          .toEqual({ agent: agent.daemonSet, pool, taint, tolerated: true });
      }
    }
  });
});

describe('a node agent that cannot run on a tainted pool is refused at synth', () => {
  const PROPS: HardenedClusterProps = {
    compartmentId: 'ocid1.compartment.oc1..aaaaaaaaexample',
    tenancyId: 'ocid1.tenancy.oc1..aaaaaaaaexample',
    region: 'eu-frankfurt-1',
    kubernetesVersion: 'v1.33.1',
    bastion: { clientCidrs: ['203.0.113.0/24'] },
    nodePools: [
      { name: 'system', shape: 'VM.Standard.E5.Flex', size: 3 },
      { name: 'arm', shape: 'VM.Standard.A1.Flex', size: 2, taints: [{ key: 'dedicated', value: 'batch', effect: TaintEffect.NO_SCHEDULE }] },
    ],
    kubernetes: { secretsStore: true },
  };

  test('the OCI Vault provider (its chart sets no tolerations) on a pool with dedicated=batch:NoSchedule', () => {
    const provider = NODE_AGENTS.find((a) => a.daemonSet === 'oci-secrets-store-csi-driver-provider')!;
    expect(provider.valuesPath).toBeUndefined();
    const found = untoleratedPoolTaints([SECRETS_STORE_RELEASE.name], [{ name: 'arm', taints: [{ key: 'dedicated', value: 'batch', effect: 'NoSchedule' }] }]);
    expect(found.map((u) => u.agent.daemonSet)).toEqual(['oci-secrets-store-csi-driver-provider']);

    const stack = newStack();
    new HardenedCluster(stack, 'prod', PROPS);
    expect(() => App.of(stack).synth()).toThrow(/baseline\.secretsStore: node pool .*arm has taint dedicated=batch:NoSchedule, which DaemonSet oci-secrets-store-csi-driver-provider .*Fix: remove the taint/);
  });

  test('the same cluster without the taint, or with only PreferNoSchedule, synthesizes', () => {
    for (const effect of [TaintEffect.PREFER_NO_SCHEDULE]) {
      const stack = newStack();
      new HardenedCluster(stack, 'prod', { ...PROPS, nodePools: [PROPS.nodePools[0], { ...PROPS.nodePools[1], taints: [{ key: 'dedicated', value: 'batch', effect }] }] });
      expect(() => App.of(stack).synth()).not.toThrow();
    }
  });
});
