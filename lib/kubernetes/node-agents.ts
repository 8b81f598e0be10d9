import { CILIUM_AGENT_NOT_READY_TAINT } from '../core/policy-engine-taint';
import { Taint, Toleration, describeTaint, untoleratedTaints } from '../core/tolerations';
import { CILIUM_AGENT_TOLERATIONS, CILIUM_RELEASE } from './private/cni-release';
import { SECRETS_STORE_DRIVER_TOLERATIONS, SECRETS_STORE_RELEASE } from './secrets-store-release';
import { TETRAGON_AGENT_TOLERATIONS, TETRAGON_RELEASE } from './runtime-detection-release';

/**
 * Every DaemonSet (node agent) the library installs, as ONE table: a node agent must run on every node of every pool,
 * including pools with the user's taints (a node without the Secrets Store driver cannot mount Vault secrets, one
 * without Cilium enforces no policy). Add a component as one row; test/node-agents.test.ts checks each row against
 * every pool taint of every example, and ClusterConfigStack refuses, at synth, a pool taint an installed agent does
 * not tolerate.
 */
export interface NodeAgent {
  /** DaemonSet name (chart default). */
  readonly daemonSet: string;
  /** The HelmReleaseSpec name of the release that installs it. */
  readonly release: string;
  /**
   * Path of its tolerations in the release's values, as the library writes them.
   * Undefined: the chart has no such value, and `tolerations` are what its template always renders.
   */
  readonly valuesPath?: readonly string[];
  /** The tolerations the DaemonSet's pods run with. */
  readonly tolerations: readonly Toleration[];
  /**
   * It is installed after the CNI release, so it waits for the CNI's startup taint to go instead of tolerating it.
   */
  readonly waitsForCni: boolean;
  /** The prop that installs it, named in the synth error. */
  readonly property: string;
  /** Where the values key (or its absence) is documented. */
  readonly source: string;
}

export const NODE_AGENTS: readonly NodeAgent[] = [
  {
    daemonSet: 'cilium',
    release: CILIUM_RELEASE.name,
    valuesPath: ['tolerations'],
    tolerations: CILIUM_AGENT_TOLERATIONS,
    waitsForCni: false,
    property: 'networkPolicyEngine',
    source: 'cilium/cilium Documentation/helm-values.rst: `tolerations`, "Node tolerations for agent scheduling to nodes with taints", default [{"operator":"Exists"}]',
  },
  {
    daemonSet: 'tetragon',
    release: TETRAGON_RELEASE.name,
    valuesPath: ['tolerations'],
    tolerations: TETRAGON_AGENT_TOLERATIONS,
    waitsForCni: true,
    property: 'runtimeDetection',
    source: 'cilium/tetragon v1.7.0 install/kubernetes/tetragon/values.yaml: `tolerations`, default [{"operator":"Exists"}], rendered on the agent DaemonSet (templates/daemonset.yaml)',
  },
  {
    daemonSet: 'secrets-store-csi-driver',
    release: SECRETS_STORE_RELEASE.name,
    valuesPath: ['secrets-store-csi-driver', 'linux', 'tolerations'],
    tolerations: SECRETS_STORE_DRIVER_TOLERATIONS,
    waitsForCni: true,
    property: 'secretsStore',
    source: 'kubernetes-sigs/secrets-store-csi-driver charts/secrets-store-csi-driver templates/secrets-store-csi-driver.yaml: `tolerations` from .Values.linux.tolerations (the subchart packaged in the provider chart 0.4.1 defaults it to [])',
  },
  {
    daemonSet: 'oci-secrets-store-csi-driver-provider',
    release: SECRETS_STORE_RELEASE.name,
    tolerations: [],
    waitsForCni: true,
    property: 'secretsStore',
    source: 'oracle/oci-secrets-store-csi-driver-provider chart 0.4.1 templates/provider.daemonset.yaml renders no tolerations and values.schema.json allows no other key (additionalProperties: false); open issue oracle/oci-secrets-store-csi-driver-provider#38 "Allow tolerations Configuration in Helm Chart"',
  },
];

/** A node pool as the check sees it: a name for the message and every taint its nodes register with. */
export interface PoolTaints {
  readonly name: string;
  readonly taints: readonly Taint[];
}

/** One agent that cannot run on a pool, and the taint that keeps it off. */
export interface UntoleratedTaint {
  readonly agent: NodeAgent;
  readonly pool: string;
  readonly taint: Taint;
}

/**
 * The taints of the pools that an installed agent (a row whose release is in `releases`) does not tolerate. The CNI's
 * startup taint does not count for agents that wait for the CNI: the CNI removes it before they are installed.
 */
export function untoleratedPoolTaints(releases: readonly string[], pools: readonly PoolTaints[], agents: readonly NodeAgent[] = NODE_AGENTS): UntoleratedTaint[] {
  return agents.filter((a) => releases.includes(a.release)).flatMap((agent) => pools.flatMap((pool) => {
    const taints = pool.taints.filter((t) => !(agent.waitsForCni && t.key === CILIUM_AGENT_NOT_READY_TAINT.key));
    return untoleratedTaints(agent.tolerations, taints).map((taint) => ({ agent, pool: pool.name, taint }));
  }));
}

/** The message of an untolerated taint. */
export function describeUntolerated(u: UntoleratedTaint): string {
  return `node pool ${u.pool} has taint ${describeTaint(u.taint)}, which DaemonSet ${u.agent.daemonSet} (release ${u.agent.release}) does not tolerate: its nodes get no ${u.agent.daemonSet} pod (${u.agent.source})`;
}
