import {
  compareKubernetesVersions, kubernetesVersionAge, MINIMUM_KUBERNETES_VERSION, OKE_SUPPORTED_MINORS, OKE_VERSIONS_READ_ON, parseKubernetesVersion,
} from '../../core/kubernetes-version';
import { OKE_MAX_NODE_MINOR_SKEW } from '../../core/version-skew';
import { CILIUM_AGENT_NOT_READY_TAINT } from '../../core/policy-engine-taint';
import { block, isExpression, isTrue, refsIn, resourcesOf } from '../model';
import { Control, Finding, NSA, na, pass, verdict } from './types';

const POOL = 'oci_containerengine_node_pool';

function positive(value: unknown): boolean {
  const text = String(value ?? '').trim();
  const m = /^(\d+)%?$/.exec(text);
  return m !== null && Number(m[1]) >= 1;
}

export const NODE_CONTROLS: Control[] = [
  {
    id: 'NODE-01', group: 'nodes', severity: 'high',
    title: `The cluster runs a Kubernetes version OKE supports (>= ${MINIMUM_KUBERNETES_VERSION})`,
    references: { nsaCisa: NSA.UPG },
    fix: `Upgrade kubernetes_version to one of ${OKE_SUPPORTED_MINORS.map((v) => 'v' + v).join(', ')} (the list lives in lib/core/data/oke-kubernetes-versions.json; refresh it with scripts/refresh-oke-versions.js).`,
    check: (m) => resourcesOf(m, 'oci_containerengine_cluster').map((c): Finding => {
      const v = c.body.kubernetes_version;
      if (isExpression(v)) return na(c, 'kubernetes_version is an expression, resolved at plan time');
      const parsed = typeof v === 'string' ? parseKubernetesVersion(v) : undefined;
      const min = parseKubernetesVersion(MINIMUM_KUBERNETES_VERSION)!;
      // Judged against the dated table as of its reading date (deterministic): a version Oracle lists under
      // "Previously Supported Kubernetes Versions" fails with its end-of-support date.
      const age = typeof v === 'string' ? kubernetesVersionAge(v) : undefined;
      const ended = age?.supportEnded ? `, OKE support ended ${age.supportEnded}` : '';
      return verdict(c, parsed !== undefined && compareKubernetesVersions(parsed, min) >= 0 && !age?.supportEnded,
        `kubernetes_version ${v} is one OKE no longer supports (older than ${MINIMUM_KUBERNETES_VERSION}, the oldest it offered on ${OKE_VERSIONS_READ_ON}${ended}) or malformed`,
        age ? `${v}: ${age.minorsBehind} minor(s) behind the newest OKE minor as of ${age.asOf}${age.behindCadence ? ' (the next to lose support: upgrade this quarter)' : ''}` : undefined);
    }),
  },
  {
    id: 'NODE-02', group: 'nodes', severity: 'medium',
    title: `Node pools run the control plane's Kubernetes version, or one at most ${OKE_MAX_NODE_MINOR_SKEW} minors behind it during a staged upgrade (never newer)`,
    references: { nsaCisa: NSA.UPG },
    fix: `Set the node pool kubernetes_version to the cluster kubernetes_version (reference it); during a staged upgrade keep pools at most ${OKE_MAX_NODE_MINOR_SKEW} minors behind and never ahead ("Kubernetes Versions and Kubernetes Engine (OKE)"), then cycle nodes.`,
    check: (m) => {
      const clusters = resourcesOf(m, 'oci_containerengine_cluster');
      return resourcesOf(m, POOL).map((p): Finding => {
        const v = p.body.kubernetes_version;
        const cluster = clusters.find((c) => refsIn(p.body.cluster_id).includes(c.address));
        if (v === undefined) return pass(p, 'kubernetes_version unset: OKE uses the cluster version');
        if (refsIn(v).some((r) => r.startsWith('oci_containerengine_cluster.'))) return pass(p);
        if (!cluster) return na(p, 'cluster is not defined in this output');
        const cv = cluster.body.kubernetes_version;
        if (v === cv) return pass(p);
        const pool = typeof v === 'string' ? parseKubernetesVersion(v) : undefined;
        const plane = typeof cv === 'string' ? parseKubernetesVersion(cv) : undefined;
        if (!pool || !plane) return verdict(p, false, `node pool ${v} != cluster ${cv}`);
        const behind = (plane.major - pool.major) * 1000 + (plane.minor - pool.minor);
        return verdict(p, compareKubernetesVersions(pool, plane) <= 0 && behind <= OKE_MAX_NODE_MINOR_SKEW,
          `node pool ${v} is ${compareKubernetesVersions(pool, plane) > 0 ? 'newer than' : `${behind} minors behind`} cluster ${cv}`);
      });
    },
  },
  {
    id: 'NODE-03', group: 'nodes', severity: 'medium',
    title: 'Node pool cycling is on, replacing nodes with surge and no unavailability',
    references: { nsaCisa: NSA.UPG },
    fix: 'Set node_pool_cycling_details { is_node_cycling_enabled = true, maximum_surge = "1" (or more), maximum_unavailable = "0" }.',
    check: (m) => resourcesOf(m, POOL).map((p) => {
      const c = block(p.body.node_pool_cycling_details);
      const problems: string[] = [];
      if (!c || !isTrue(c.is_node_cycling_enabled)) problems.push('is_node_cycling_enabled is not true');
      if (c && String(c.maximum_unavailable) !== '0' && String(c.maximum_unavailable) !== '0%') problems.push(`maximum_unavailable = ${c.maximum_unavailable ?? 'unset'}`);
      if (c && !positive(c.maximum_surge)) problems.push(`maximum_surge = ${c.maximum_surge ?? 'unset'}`);
      return verdict(p, problems.length === 0, problems.join('; '));
    }),
  },
  {
    id: 'NODE-04', group: 'nodes', severity: 'high',
    title: 'Legacy (IMDSv1) instance metadata endpoints are disabled on nodes',
    references: { nsaCisa: `${NSA.NET} › Protecting sensitive cloud infrastructure`, checkov: ['CKV_OCI_5'] },
    fix: 'Set node_metadata = { areLegacyImdsEndpointsDisabled = "true" } on the node pool.',
    check: (m) => resourcesOf(m, POOL).map((p) =>
      verdict(p, isTrue(p.body.node_metadata?.areLegacyImdsEndpointsDisabled), 'node_metadata.areLegacyImdsEndpointsDisabled is not "true"')),
  },
  {
    id: 'NODE-05', group: 'nodes', severity: 'medium',
    title: 'Nodes have no SSH key',
    references: { nsaCisa: `${NSA.NET} › Worker node segmentation` },
    fix: 'Remove ssh_public_key; use the OCI Bastion managed SSH session or Run Command for node access.',
    check: (m) => resourcesOf(m, POOL).map((p) => verdict(p, !p.body.ssh_public_key, 'ssh_public_key is set')),
  },
  {
    id: 'NODE-06', group: 'nodes', severity: 'low',
    title: 'Node pools set eviction settings for graceful node replacement',
    references: { nsaCisa: NSA.UPG },
    fix: 'Set node_eviction_node_pool_settings { eviction_grace_duration = "PT60M", is_force_delete_after_grace_duration = true }.',
    check: (m) => resourcesOf(m, POOL).map((p) =>
      verdict(p, !!block(p.body.node_eviction_node_pool_settings)?.eviction_grace_duration, 'node_eviction_node_pool_settings.eviction_grace_duration is not set')),
  },
  {
    id: 'NODE-07', group: 'nodes', severity: 'high',
    title: 'Where Cilium enforces NetworkPolicy, nodes register with its agent-not-ready taint, so no pod starts before policy is enforced',
    references: { nsaCisa: `${NSA.NET} › Network policies` },
    fix: `Register every node with --register-with-taints=${CILIUM_AGENT_NOT_READY_TAINT.key}=${CILIUM_AGENT_NOT_READY_TAINT.value}:${CILIUM_AGENT_NOT_READY_TAINT.effect} through node_metadata.user_data (bash /var/run/oke-init.sh --kubelet-extra-args "..."); NodePool does this with networkPolicyEngine CILIUM_CHAINED.`,
    check: (m) => {
      const cilium = resourcesOf(m, 'helm_release').some((h) => /cilium/i.test(String(h.body.chart ?? '')) || /cilium/i.test(String(h.body.name ?? '')))
        || m.objects.some((o) => o.kind === 'DaemonSet' && o.name === 'cilium');
      const taint = `${CILIUM_AGENT_NOT_READY_TAINT.key}=${CILIUM_AGENT_NOT_READY_TAINT.value}:${CILIUM_AGENT_NOT_READY_TAINT.effect}`;
      return resourcesOf(m, POOL).map((p): Finding => {
        if (!cilium) return na(p, 'Cilium is not installed by this app');
        const userData = p.body.node_metadata?.user_data;
        if (isExpression(userData)) return na(p, 'node_metadata.user_data is an expression, resolved at plan time');
        const script = typeof userData === 'string' ? Buffer.from(userData, 'base64').toString('utf8') : '';
        const flags = script.split('\n').filter((l) => /oke-init\.sh/.test(l) && /--register-with-taints=/.test(l))
          .map((l) => /--register-with-taints=([^\s"]+)/.exec(l)?.[1] ?? '');
        return verdict(p, flags.some((f) => f.split(',').includes(taint)), `the nodes' cloud-init does not register ${taint}`);
      });
    },
  },
  {
    id: 'NODE-08', group: 'nodes', severity: 'medium',
    title: 'Worker nodes are scanned for vulnerabilities (agent-based host scan target on the node compartment)',
    references: { nsaCisa: `${NSA.UPG}` },
    fix: 'Add an oci_vulnerability_scanning_host_scan_target with target_compartment_id = the node pool compartment and a recipe with agent_settings.scan_level = "STANDARD" (NodeScanning does this), and the service policy of "Required IAM Policy for Compute Scanning Targets" (manage instances, read compartments, vnics, vnic-attachments).',
    check: (m) => {
      const targets = resourcesOf(m, 'oci_vulnerability_scanning_host_scan_target');
      const recipes = resourcesOf(m, 'oci_vulnerability_scanning_host_scan_recipe');
      const statements = resourcesOf(m, 'oci_identity_policy').flatMap((p) => (Array.isArray(p.body.statements) ? p.body.statements : []).map(String));
      const agentOn = (t: typeof targets[number]) => recipes.some((r) => refsIn(t.body.host_scan_recipe_id).some((a) => a === r.address || a.startsWith(`${r.address}.`))
        && String(block(r.body.agent_settings)?.scan_level ?? 'NONE').toUpperCase() !== 'NONE');
      const clusters = resourcesOf(m, 'oci_containerengine_cluster');
      return resourcesOf(m, POOL).map((p): Finding => {
        const compartment = p.body.compartment_id;
        // Oracle allows one host scan target per compartment: a pool added to a cluster defined elsewhere is scanned
        // by the target of the stack that owns the cluster, not by a second target here.
        if (!clusters.some((c) => refsIn(p.body.cluster_id).includes(c.address))) return na(p, 'the cluster is defined elsewhere: its stack scans the node compartment');
        if (isExpression(compartment)) return na(p, 'compartment_id is an expression, resolved at plan time');
        const target = targets.find((t) => t.body.target_compartment_id === compartment
          && (t.body.instance_ids === undefined || (Array.isArray(t.body.instance_ids) && t.body.instance_ids.length === 0)));
        if (!target) return verdict(p, false, `no host scan target covers every instance of compartment ${compartment}`);
        if (!agentOn(target)) return verdict(p, false, `host scan target ${target.address} has no recipe with agent-based scanning`);
        const granted = statements.some((st) => new RegExp(`^allow service vulnerability-scanning-service to manage instances in compartment id ${String(compartment).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i').test(st.trim())
          || /^allow service vulnerability-scanning-service to manage instances in tenancy$/i.test(st.trim()));
        return verdict(p, granted, `the Vulnerability Scanning service may not manage instances in ${compartment} (it cannot deploy its agent plugin)`,
          `scanned by ${target.address}`);
      });
    },
  },
];
