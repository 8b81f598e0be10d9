import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { NodePool } from '../../lib/compute/node-pool';
import { TaintEffect } from '../../lib/compute/node-taint';
import { validatePoolVersionSkew } from '../../lib/compute/validate-node-pool-scheduling';
import { CniType } from '../../lib/network/cni-type';
import { NetworkPolicyEngine } from '../../lib/kubernetes/types';
import { HardenedOkeValidationError } from '../../lib/core/errors';
import { newStack, synthValid, resourcesOf, OCIDS, importedCluster, importedKeys, importedNetwork } from '../support';

const RESERVATION = (n: number) => `ocid1.capacityreservation.oc1.eu-frankfurt-1.aaaaaaaares${n}`;
const CILIUM_TAINT = 'node.cilium.io/agent-not-ready=true:NoExecute';
const FETCH = 'curl --fail -H "Authorization: Bearer Oracle" -L0 http://169.254.169.254/opc/v2/instance/metadata/oke_init_script | base64 --decode >/var/run/oke-init.sh';

type Props = ConstructorParameters<typeof NodePool>[2];

function synthPool({ clusterKubernetesVersion, ...props }: Partial<Props> & { clusterKubernetesVersion?: string } = {}) {
  const stack = newStack();
  const construct = new NodePool(stack, 'pool', {
    name: 'apps', shape: 'VM.Standard.E5.Flex', ocpus: 2, memoryGbs: 16, kubernetesVersion: 'v1.33.1',
    cluster: importedCluster(stack, { kubernetesVersion: clusterKubernetesVersion ?? 'v1.33.1' }),
    network: importedNetwork(stack, { cni: CniType.FLANNEL_OVERLAY }), keys: importedKeys(stack),
    ...props,
  } as Props);
  const json = synthValid(stack);
  const pool = Object.values(resourcesOf(json, 'oci_containerengine_node_pool'))[0];
  const userData: string | undefined = pool.node_metadata.user_data;
  const script = userData === undefined ? undefined : Buffer.from(userData, 'base64').toString('utf8');
  return { json, pool, script, construct };
}

/** The kubelet flags of the bootstrap line (the one line that runs OKE's init script). */
function bootstrapLine(script: string): string {
  const lines = script.split('\n').filter((l) => l.startsWith('bash /var/run/oke-init.sh'));
  expect(lines).toHaveLength(1);
  return lines[0];
}

function bashSyntaxOk(script: string): void {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cloud-init-')), 'user-data.sh');
  fs.writeFileSync(file, script);
  execFileSync('bash', ['-n', file]); // throws on a syntax error
}

describe('NodePool: the NetworkPolicy engine taint', () => {
  test('by default every node registers with Cilium\'s agent-not-ready taint through OKE\'s bootstrap', () => {
    const { script, construct } = synthPool();
    expect(script).toBeDefined();
    expect(script!.startsWith('#!/bin/bash\n')).toBe(true);
    expect(script).toContain(FETCH);
    expect(bootstrapLine(script!)).toBe(`bash /var/run/oke-init.sh --kubelet-extra-args "--register-with-taints=${CILIUM_TAINT}"`);
    expect(construct.taints).toEqual([{ key: 'node.cilium.io/agent-not-ready', value: 'true', effect: TaintEffect.NO_EXECUTE }]);
    bashSyntaxOk(script!);
  });

  test('without Cilium (EXTERNAL_CALICO) and nothing else to pass, OKE\'s default cloud-init is kept', () => {
    const { pool, script } = synthPool({ networkPolicyEngine: NetworkPolicyEngine.EXTERNAL_CALICO });
    expect(script).toBeUndefined();
    expect(pool.node_metadata).toEqual({ areLegacyImdsEndpointsDisabled: 'true' });
  });

  test('the pool\'s own taints follow the engine taint in one --register-with-taints flag', () => {
    const { script } = synthPool({
      taints: [{ key: 'dedicated', value: 'batch', effect: TaintEffect.NO_SCHEDULE }, { key: 'example.com/gpu', effect: TaintEffect.NO_EXECUTE }],
    });
    expect(bootstrapLine(script!)).toBe(`bash /var/run/oke-init.sh --kubelet-extra-args "--register-with-taints=${CILIUM_TAINT},dedicated=batch:NoSchedule,example.com/gpu:NoExecute"`);
  });

  test('EXTERNAL_CALICO pools register only their own taints', () => {
    const { script } = synthPool({ networkPolicyEngine: NetworkPolicyEngine.EXTERNAL_CALICO, taints: [{ key: 'dedicated', value: 'batch', effect: TaintEffect.NO_SCHEDULE }] });
    expect(script).not.toContain('cilium');
    expect(bootstrapLine(script!)).toBe('bash /var/run/oke-init.sh --kubelet-extra-args "--register-with-taints=dedicated=batch:NoSchedule"');
  });

  test('a user hook runs around the bootstrap, and the engine taint survives it', () => {
    const pre = "#!/bin/bash\necho 'proxy=http://proxy:3128' >> /etc/dnf/dnf.conf\ncat <<EOF >/etc/motd\nhello \"quoted\" $HOME\nEOF\nexit 0\n";
    const post = 'systemctl restart chronyd';
    const { script } = synthPool({ userData: { preBootstrapScript: pre, postBootstrapScript: post, kubeletExtraArgs: ['--max-pods=50', '--image-gc-high-threshold=80'] } });
    const lines = script!.split('\n');
    const fetch = lines.indexOf(FETCH);
    const boot = lines.findIndex((l) => l.startsWith('bash /var/run/oke-init.sh'));
    const runPre = lines.indexOf('bash /var/run/hardened-oke-pre-bootstrap.sh');
    const runPost = lines.indexOf('bash /var/run/hardened-oke-post-bootstrap.sh');
    expect(runPre).toBeGreaterThan(0);
    expect(runPre).toBeLessThan(fetch);
    expect(fetch).toBeLessThan(boot);
    expect(runPost).toBeGreaterThan(boot);
    // The hook is a script of its own (its `exit 0` ends only that script), embedded byte for byte.
    const embedded = lines[runPre - 1].match(/^echo '([A-Za-z0-9+/=]+)' \| base64 --decode >\/var\/run\/hardened-oke-pre-bootstrap\.sh$/);
    expect(embedded).not.toBeNull();
    expect(Buffer.from(embedded![1], 'base64').toString('utf8')).toBe(pre);
    expect(bootstrapLine(script!)).toBe(`bash /var/run/oke-init.sh --kubelet-extra-args "--register-with-taints=${CILIUM_TAINT} --max-pods=50 --image-gc-high-threshold=80"`);
    expect(lines).toContain('set -euo pipefail');
    bashSyntaxOk(script!);
  });

  test.each([
    ['a hook that runs OKE\'s bootstrap itself', { preBootstrapScript: 'bash /var/run/oke-init.sh' }, 'userData.preBootstrapScript'],
    ['a hook that fetches the OKE init script', { postBootstrapScript: 'curl http://169.254.169.254/opc/v2/instance/metadata/oke_init_script' }, 'userData.postBootstrapScript'],
    ['a hook that registers taints', { preBootstrapScript: 'echo --register-with-taints=a=b:NoSchedule >> /etc/kubelet' }, 'userData.preBootstrapScript'],
    ['kubelet flags that replace the taints', { kubeletExtraArgs: ['--register-with-taints=a=b:NoSchedule'] }, 'userData.kubeletExtraArgs[0]'],
    ['kubelet flags that break out of the quotes', { kubeletExtraArgs: ['--v=2" ; rm -rf / ; "'] }, 'userData.kubeletExtraArgs[0]'],
    ['an empty hook', { preBootstrapScript: '  ' }, 'userData.preBootstrapScript'],
  ])('refuses %s', (_what, userData, property) => {
    let error: unknown;
    try { synthPool({ userData }); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(HardenedOkeValidationError);
    expect((error as HardenedOkeValidationError).property).toBe(property);
  });
});

describe('NodePool: autoscaling, capacity and versions', () => {
  test('an autoscaled pool starts at minSize and Terraform ignores its size', () => {
    const { pool, construct } = synthPool({ minSize: 2, maxSize: 8 });
    expect(pool.node_config_details.size).toBe(2);
    expect(pool.lifecycle.ignore_changes).toEqual(['node_config_details[0].size']);
    expect(construct.autoscaling).toEqual({ minSize: 2, maxSize: 8 });
  });

  test('a fixed-size pool keeps its size under Terraform', () => {
    const { pool, construct } = synthPool({ size: 4 });
    expect(pool.node_config_details.size).toBe(4);
    expect(pool.lifecycle.ignore_changes).toBeUndefined();
    expect(construct.autoscaling).toBeUndefined();
  });

  test('preemptible pools terminate reclaimed nodes without keeping their boot volumes, in every availability domain', () => {
    const { pool } = synthPool({ preemptible: true });
    const placement = pool.node_config_details.dynamic.placement_configs;
    expect(placement.content.preemptible_node_config).toEqual({ preemption_action: { type: 'TERMINATE', is_preserve_boot_volume: false } });
    expect(placement.content.availability_domain).toBe('${each.value.name}');
  });

  test('on-demand pools have no preemptible config', () => {
    const { pool } = synthPool();
    expect(pool.node_config_details.dynamic.placement_configs.content.preemptible_node_config).toBeUndefined();
  });

  test('capacity reservations place the pool in their availability domains only', () => {
    const { pool } = synthPool({ capacityReservations: [
      { availabilityDomain: 'Uocm:EU-FRANKFURT-1-AD-2', capacityReservationId: RESERVATION(2) },
      { availabilityDomain: 'Uocm:EU-FRANKFURT-1-AD-1', capacityReservationId: RESERVATION(1) },
    ] });
    expect(pool.node_config_details.dynamic).toBeUndefined();
    expect(pool.node_config_details.placement_configs).toEqual([
      { availability_domain: 'Uocm:EU-FRANKFURT-1-AD-1', subnet_id: OCIDS.subnet('workers'), capacity_reservation_id: RESERVATION(1) },
      { availability_domain: 'Uocm:EU-FRANKFURT-1-AD-2', subnet_id: OCIDS.subnet('workers'), capacity_reservation_id: RESERVATION(2) },
    ]);
  });

  test('labels become initial node labels, sorted', () => {
    const { pool } = synthPool({ labels: { 'example.com/team': 'payments', 'role': 'apps' } });
    expect(pool.initial_node_labels).toEqual([{ key: 'example.com/team', value: 'payments' }, { key: 'role', value: 'apps' }]);
  });

  test('a pool may stay behind the cluster for a staged upgrade; its image follows its own version', () => {
    const { pool, json, construct } = synthPool({ kubernetesVersion: 'v1.33.1', clusterKubernetesVersion: 'v1.34.1' });
    expect(pool.kubernetes_version).toBe('v1.33.1');
    expect(construct.kubernetesVersion).toBe('v1.33.1');
    expect(Object.values(json.data.oci_containerengine_node_pool_option)[0]).toMatchObject({ node_pool_k8s_version: 'v1.33.1' });
  });

  test('version skew: never ahead of the control plane, at most three minors behind (pure rule)', () => {
    expect(() => validatePoolVersionSkew('v1.31.1', 'v1.34.1', 'p')).not.toThrow();
    expect(() => validatePoolVersionSkew('v1.34.1', 'v1.34.1', 'p')).not.toThrow();
    const behind = (() => { try { validatePoolVersionSkew('v1.30.1', 'v1.34.1', 'nodePools[0].kubernetesVersion'); } catch (e) { return e; } return undefined; })();
    expect(behind).toBeInstanceOf(HardenedOkeValidationError);
    expect((behind as HardenedOkeValidationError).property).toBe('nodePools[0].kubernetesVersion');
    expect((behind as Error).message).toContain('4 minor versions behind');
    const ahead = (() => { try { validatePoolVersionSkew('v1.34.2', 'v1.34.1', 'p'); } catch (e) { return e; } return undefined; })();
    expect((ahead as Error).message).toContain('upgrade the cluster first');
  });

  test.each([
    [{ size: 3, minSize: 1, maxSize: 4 }, 'size'],
    [{ minSize: 2 }, 'maxSize'],
    [{ maxSize: 2 }, 'minSize'],
    [{ minSize: 0, maxSize: 2 }, 'minSize'],
    [{ minSize: 5, maxSize: 4 }, 'maxSize'],
    [{ minSize: 1, maxSize: 1001 }, 'maxSize'],
    [{ minSize: 1.5, maxSize: 4 }, 'minSize'],
    [{ taints: [{ key: 'bad key', effect: TaintEffect.NO_SCHEDULE }] }, 'taints[0].key'],
    [{ taints: [{ key: 'a', value: 'x y', effect: TaintEffect.NO_SCHEDULE }] }, 'taints[0].value'],
    [{ taints: [{ key: 'a', effect: 'NoWay' }] }, 'taints[0].effect'],
    [{ taints: [{ key: 'node.cilium.io/agent-not-ready', value: 'true', effect: TaintEffect.NO_EXECUTE }] }, 'taints[0].key'],
    [{ taints: [{ key: 'a', effect: TaintEffect.NO_SCHEDULE }, { key: 'a', value: 'b', effect: TaintEffect.NO_SCHEDULE }] }, 'taints[1].key'],
    [{ labels: { 'bad key!': 'x' } }, 'labels'],
    [{ labels: { role: 'x y' } }, 'labels.role'],
    [{ labels: { 'node-role.kubernetes.io/worker': '' } }, 'labels'],
    [{ preemptible: 'yes' }, 'preemptible'],
    [{ capacityReservations: [] }, 'capacityReservations'],
    [{ capacityReservations: [{ availabilityDomain: 'AD-1', capacityReservationId: RESERVATION(1) }] }, 'capacityReservations[0].availabilityDomain'],
    [{ capacityReservations: [{ availabilityDomain: 'Uocm:EU-FRANKFURT-1-AD-1', capacityReservationId: OCIDS.key }] }, 'capacityReservations[0].capacityReservationId'],
    [{ capacityReservations: [{ availabilityDomain: 'Uocm:EU-FRANKFURT-1-AD-1', capacityReservationId: RESERVATION(1) }, { availabilityDomain: 'Uocm:EU-FRANKFURT-1-AD-1', capacityReservationId: RESERVATION(2) }] }, 'capacityReservations[1].availabilityDomain'],
    [{ preemptible: true, capacityReservations: [{ availabilityDomain: 'Uocm:EU-FRANKFURT-1-AD-1', capacityReservationId: RESERVATION(1) }] }, 'capacityReservations'],
    [{ kubernetesVersion: '1.33' }, 'kubernetesVersion'],
    [{ kubernetesVersion: 'v1.34.1', clusterKubernetesVersion: 'v1.33.1' }, 'kubernetesVersion'],
    [{ networkPolicyEngine: 'WEAVE' }, 'networkPolicyEngine'],
  ])('refuses %j naming %s', (props, property) => {
    let error: unknown;
    try { synthPool(props as Partial<Props>); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(HardenedOkeValidationError);
    expect((error as HardenedOkeValidationError).property).toBe(property);
  });
});
