/**
 * Property-based reliability of HardenedCluster (fast-check). Random valid configurations always synthesize,
 * every stack passes provider schema validation and no hardening control fails (see the audit note below);
 * random invalid ones (one field corrupted) always throw HardenedOkeValidationError naming that field, never
 * another exception, and nothing is written.
 *
 * On failure fast-check prints the seed and path of the shrunk counterexample. Replay it with
 *   FC_SEED=<seed> FC_PATH=<path> npx jest test/properties
 * and run more cases with FC_NUM_RUNS=<n>.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, LocalBackend, TerraformStack } from 'cdktf';
import * as fc from 'fast-check';
import { HardenedOkeValidationError } from '../../lib/core/errors';
import { HardenedCluster } from '../../lib/hardened-cluster';
import { CniType } from '../../lib/network/cni-type';
import { OciProvider } from '../../lib/generated/providers/oci/provider';
import { listFiles, synthApp, tempDir, unwaivedFailures } from '../support';
import { ConfigModel, corruptedModel, REGION, toProps, validModel } from './arbitraries';

const settings = (numRuns: number): fc.Parameters<any> => ({
  numRuns: Number(process.env.FC_NUM_RUNS ?? numRuns),
  // Shrinking rebuilds whole clusters: cap it so a failure is reported (with its seed) in reasonable time.
  interruptAfterTimeLimit: 60_000,
  ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED), path: process.env.FC_PATH } : {}),
});

/** The app a user would write: one stack, the OCI provider, one cluster. */
function buildApp(props: any, outdir: string): App {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'infra');
  new LocalBackend(stack, { path: 'terraform.infra.tfstate' });
  new OciProvider(stack, 'oci', { region: REGION });
  new HardenedCluster(stack, 'cluster', props);
  return app;
}

const all = (stacks: { json: any }[], type: string): any[] => stacks.flatMap((s) => Object.values<any>(s.json.resource?.[type] ?? {}));

describe('random valid configurations', () => {
  test('synthesize, pass schema validation and the audit, and keep the security invariants', () => {
    fc.assert(fc.property(validModel, (m: ConfigModel) => {
      const app = synthApp((outdir) => buildApp(toProps(m), outdir));
      try {
        const clusters = all(app.stacks, 'oci_containerengine_cluster');
        expect(clusters).toHaveLength(1);
        const [cluster] = clusters;
        expect(cluster.name).toBe(m.name);
        expect(cluster.kubernetes_version).toBe(m.kubernetesVersion);
        expect(cluster.endpoint_config.is_public_ip_enabled).toBe(false);
        expect(cluster.kms_key_id).toBeTruthy();
        expect(cluster.cluster_pod_network_options).toEqual([{ cni_type: m.cni }]);
        expect(Boolean(cluster.options.open_id_connect_token_authentication_config)).toBe(m.oidc !== undefined);

        const pools = all(app.stacks, 'oci_containerengine_node_pool');
        expect(pools.map((p) => p.name).sort()).toEqual(m.pools.map((p) => `${m.name}-${p.name}`).sort());
        for (const p of pools) {
          expect(p.kubernetes_version).toBe(m.kubernetesVersion);
          expect(p.node_config_details.is_pv_encryption_in_transit_enabled).toBe(true);
          expect(p.node_config_details.kms_key_id).toBeTruthy();
          expect(p.ssh_public_key).toBeUndefined();
        }

        const [bastion] = all(app.stacks, 'oci_bastion_bastion');
        expect(bastion.client_cidr_block_allow_list).toEqual([...m.clientCidrs].sort());
        expect(bastion.max_session_ttl_in_seconds).toBe(m.maxSessionTtlSeconds ?? 3600);

        expect(all(app.stacks, 'oci_core_vcn')).toHaveLength(m.byo ? 0 : 1);
        expect(all(app.stacks, 'oci_core_internet_gateway')).toHaveLength(0);
        for (const subnet of all(app.stacks, 'oci_core_subnet')) expect(subnet.prohibit_public_ip_on_vnic).toBe(true);
        // No security list is shared by two subnets.
        const lists = all(app.stacks, 'oci_core_subnet').flatMap((subnet) => subnet.security_list_ids as string[]);
        expect(new Set(lists).size).toBe(lists.length);
        // Internet egress: pods never; the API endpoint only to the OIDC issuer's blocks; nothing shorter than /8.
        const egress = all(app.stacks, 'oci_core_network_security_group_security_rule').filter((r) => r.direction === 'EGRESS' && r.destination_type === 'CIDR_BLOCK' && r.protocol !== '1');
        const path = (r: any) => String(r['//']?.metadata?.path ?? '');
        expect(egress.filter((r) => /\/nsg-rule-pods-/.test(path(r)))).toEqual([]);
        const apiOut = egress.filter((r) => /\/nsg-rule-apiEndpoint-/.test(path(r))).map((r) => r.destination).sort();
        expect(apiOut).toEqual([...(m.oidc?.issuerCidrs ?? [])].sort());
        if (m.carve) {
          expect(all(app.stacks, 'oci_core_subnet').map((s) => s.cidr_block).sort()).toEqual(Object.values(m.carve).sort());
        }
        if (m.existingKeys) {
          expect(cluster.kms_key_id).toBe(m.existingKeys.secretsKeyId);
          if (m.signingKeyIds) expect(cluster.image_policy_config.key_details).toEqual(m.signingKeyIds.map((k) => ({ kms_key_id: k })));
          expect(all(app.stacks, 'oci_kms_vault')).toHaveLength(0);
        }
        // Pod subnet and NSG exactly with VCN-native pod networking.
        for (const p of pools) {
          const podOptions = p.node_config_details.node_pool_pod_network_option_details;
          expect(podOptions.cni_type).toBe(m.cni);
          expect(Boolean(podOptions.pod_subnet_ids)).toBe(m.cni === CniType.OCI_VCN_IP_NATIVE);
        }
        expect(unwaivedFailures(app.outdir)).toEqual([]);
      } finally {
        app.cleanup();
      }
    }), settings(12));
  });
});

describe('random invalid configurations (one field corrupted)', () => {
  test('throw HardenedOkeValidationError naming the corrupted property, and write nothing', () => {
    fc.assert(fc.property(corruptedModel, ([m, corruption]) => {
      const props = toProps(m);
      corruption.apply(props);
      const outdir = tempDir('oke-invalid-');
      let error: unknown;
      try {
        // What a user's main.ts does: construct, then synth. The error must come from construction.
        buildApp(props, outdir).synth();
      } catch (err) {
        error = err;
      }
      try {
        const context = { corruption: corruption.label, expected: corruption.expected };
        if (!(error instanceof HardenedOkeValidationError)) {
          throw new Error(`${JSON.stringify(context)}: expected HardenedOkeValidationError, got ${error === undefined ? 'no error' : String((error as Error)?.stack ?? error)}`);
        }
        expect({ ...context, property: error.property, named: corruption.expected.includes(error.property) }).toEqual({ ...context, property: error.property, named: true });
        expect(error.message.startsWith(`${error.property}: `)).toBe(true);
        expect(error.message).toContain('. Fix: ');
        expect(listFiles(outdir)).toEqual([]);
      } finally {
        fs.rmSync(outdir, { recursive: true, force: true });
      }
    }), settings(120));
  });
});

test('replay instructions stay true: the seed and path options reach fast-check', () => {
  const s = settings(7);
  expect(s.numRuns).toBe(Number(process.env.FC_NUM_RUNS ?? 7));
  expect(path.basename(__filename)).toMatch(/\.test\.ts$/);
});
