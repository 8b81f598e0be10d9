import * as fs from 'fs';
import * as path from 'path';
import { OkeCluster } from '../../lib/cluster/oke-cluster';
import { NodePool } from '../../lib/compute/node-pool';
import { ClusterNetwork } from '../../lib/network/cluster-network';
import { HardeningCompliance, Waivers } from '../../lib/compliance';
import { OCIDS, TerraformStack, Testing, importedCluster, importedKeys, importedNetwork } from '../support';
import { OciProvider } from '../../lib/generated/providers/oci/provider';
import { ClusterConfigStack } from '../../lib/kubernetes/cluster-config-stack';
import { NetworkPolicyEngine } from '../../lib/kubernetes/types';
import { BASE_PROPS } from '../kubernetes/fixtures';

const SSH = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP3jR6NPKFZZcuc6NH/mspHo/jSvG+Dl9kgP5rfchIjK admin@example';

const NOT_OWNED = ['NP-01', 'OBS-02', 'OBS-03', 'OBS-04', 'OBS-05', 'OBS-06', 'OBS-08', 'SUP-01', 'WKL-12', 'WKL-13'];

/** A checked app with one stack, built by `build`; returns the control's waivers and status from the report. */
function synthChecked(build: (stack: TerraformStack) => void, controlIds: string[]) {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'infra');
  new OciProvider(stack, 'oci', { region: 'eu-frankfurt-1' });
  build(stack);
  // Controls a lone construct cannot meet (flow logs, Cloud Guard, a policy engine...) come from other constructs.
  for (const controlId of NOT_OWNED) Waivers.record(app, { controlId, reason: 'met by other constructs; not under test', scope: '*' });
  HardeningCompliance.enable(stack);
  app.synth();
  const report = JSON.parse(fs.readFileSync(path.join(app.outdir, 'hardening-report.json'), 'utf8'));
  return {
    waivers: Waivers.of(stack).filter((w) => controlIds.includes(w.controlId)),
    statuses: Object.fromEntries(controlIds.map((id) => [id, report.controls.find((c: any) => c.id === id)?.status])),
  };
}

// Each construct records the waivers of the risky props it owns, so it is correct without HardenedCluster.
describe('standalone constructs record their own waivers', () => {
  test('OkeCluster with a public endpoint synthesizes with its API-01 waiver in the report', () => {
    const { waivers, statuses } = synthChecked((stack) => new OkeCluster(stack, 'c', {
      compartmentId: OCIDS.compartment, name: 'prod', kubernetesVersion: 'v1.33.1', network: importedNetwork(stack), keys: importedKeys(stack),
      publicEndpoint: { allowedCidrs: ['203.0.113.0/24'], reason: 'CI runners outside OCI' },
    }), ['API-01']);
    expect(statuses['API-01']).toBe('waived');
    expect(waivers).toEqual([expect.objectContaining({ controlId: 'API-01', scope: 'infra/c/cluster', reason: 'publicEndpoint (allow-list 203.0.113.0/24): CI runners outside OCI' })]);
  });

  test('NodePool with an SSH key synthesizes with its NODE-05 waiver', () => {
    const { waivers, statuses } = synthChecked((stack) => new NodePool(stack, 'pool', {
      name: 'system', shape: 'VM.Standard.E5.Flex', cluster: importedCluster(stack), network: importedNetwork(stack), keys: importedKeys(stack),
      sshPublicKey: SSH,
    }), ['NODE-05']);
    expect(statuses['NODE-05']).toBe('waived');
    expect(waivers).toEqual([expect.objectContaining({ controlId: 'NODE-05', scope: 'infra/pool/node-pool', reason: 'sshPublicKey: SSH access to the nodes of pool system (cluster prod) was requested' })]);
  });

  test('ClusterNetwork with a public load balancer subnet records NET-01, NET-05 and NET-06 on the resources it opens', () => {
    const { waivers, statuses } = synthChecked((stack) => new ClusterNetwork(stack, 'net', {
      compartmentId: OCIDS.compartment, clusterName: 'prod', publicLoadBalancerSubnet: true,
    }), ['NET-01', 'NET-05', 'NET-06']);
    expect(statuses).toEqual({ 'NET-01': 'waived', 'NET-05': 'waived', 'NET-06': 'waived' });
    expect(waivers.map((w) => [w.controlId, w.scope])).toEqual([
      ['NET-01', 'infra/net/subnet-publicLoadBalancers'], ['NET-05', 'infra/net/route-table-internet'], ['NET-06', 'infra/net/internet-gateway'],
    ]);
    for (const w of waivers) expect(w.reason).toMatch(/^publicLoadBalancerSubnet: internet-facing load balancers were requested for prod; only the load balancer subnet/);
  });

  test('ClusterConfigStack with an external policy engine records NP-01 for the app\'s clusters; with Cilium it records none', () => {
    const waiversOf = (engine: NetworkPolicyEngine) => {
      const stack = new ClusterConfigStack(Testing.app(), 'prod-k8s', {
        baseline: { ...BASE_PROPS, networkPolicyEngine: engine },
        connection: { host: 'https://10.0.0.10:6443', clusterCaCertificate: 'CA', clusterId: 'ocid1.cluster.oc1.eu-frankfurt-1.aaaaaaaatestcluster', region: 'eu-frankfurt-1' },
      });
      return Waivers.of(stack).filter((w) => w.controlId === 'NP-01');
    };
    expect(waiversOf(NetworkPolicyEngine.EXTERNAL_CALICO)).toEqual([expect.objectContaining({
      scope: 'oci_containerengine_cluster.*', source: 'prod-k8s',
      reason: `networkPolicyEngine: EXTERNAL_CALICO, the policy engine of cluster ${BASE_PROPS.clusterName} is installed outside this library`,
    })]);
    expect(waiversOf(NetworkPolicyEngine.CILIUM_CHAINED)).toEqual([]);
  });

  test('without the risky props no construct records a waiver', () => {
    const { waivers } = synthChecked((stack) => new ClusterNetwork(stack, 'net', {
      compartmentId: OCIDS.compartment, clusterName: 'prod',
    }), ['NET-01', 'NET-05', 'NET-06', 'NET-10']);
    expect(waivers).toEqual([]);
  });
});
