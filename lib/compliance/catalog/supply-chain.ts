import { block, blocks, dig, isTrue, refsIn, resourcesOf } from '../model';
import { containersOf, workloads } from './workload-specs';
import { Control, Finding, NSA, verdict } from './types';

const REPO = 'oci_artifacts_container_repository';

export const SUPPLY_CHAIN_CONTROLS: Control[] = [
  {
    id: 'SUP-01', group: 'supply-chain', severity: 'high',
    title: 'Only signed images run: the image verification policy is on with at least one key',
    references: { cisOke: '5.1.4', nsaCisa: `${NSA.POD} › Building secure container images`, kubescape: ['C-0078'] },
    fix: 'Set image_policy_config { is_policy_enabled = true, key_details { kms_key_id = <RSA signing key> } } on the cluster.',
    check: (m) => resourcesOf(m, 'oci_containerengine_cluster').map((c) => {
      const policy = block(c.body.image_policy_config);
      const keys = blocks(policy?.key_details).filter((k) => !!k.kms_key_id);
      return verdict(c, isTrue(policy?.is_policy_enabled) && keys.length > 0,
        !policy ? 'no image_policy_config' : !isTrue(policy.is_policy_enabled) ? 'image_policy_config.is_policy_enabled is not true' : 'no signing key in key_details');
    }),
  },
  {
    id: 'SUP-02', group: 'supply-chain', severity: 'high',
    title: 'Container repositories are private',
    references: { nsaCisa: `${NSA.POD} › Building secure container images` },
    fix: 'Set is_public = false on the container repository.',
    check: (m) => resourcesOf(m, REPO).map((r) => verdict(r, !isTrue(r.body.is_public), 'is_public = true')),
  },
  {
    id: 'SUP-03', group: 'supply-chain', severity: 'medium',
    title: 'Container repositories are immutable (tags cannot be overwritten)',
    references: { nsaCisa: `${NSA.POD} › Building secure container images` },
    fix: 'Set is_immutable = true on the container repository.',
    check: (m) => resourcesOf(m, REPO).map((r) => verdict(r, isTrue(r.body.is_immutable), 'is_immutable is not true')),
  },
  {
    id: 'SUP-04', group: 'supply-chain', severity: 'medium',
    title: 'Container repositories are covered by a vulnerability scan target with a scan recipe',
    references: { cisOke: '5.1.1', nsaCisa: `${NSA.UPG}` },
    fix: 'Add an oci_vulnerability_scanning_container_scan_recipe (scan_level STANDARD) and a container_scan_target on the repositories\' compartment that references it.',
    check: (m) => {
      const recipes = resourcesOf(m, 'oci_vulnerability_scanning_container_scan_recipe');
      const targets = resourcesOf(m, 'oci_vulnerability_scanning_container_scan_target');
      return resourcesOf(m, REPO).map((r): Finding => {
        const name = r.body.display_name;
        const covering = targets.filter((t) => {
          const reg = block(t.body.target_registry);
          const repos: unknown[] = Array.isArray(reg?.repositories) ? reg.repositories : [];
          const recipeOk = refsIn(t.body.container_scan_recipe_id).some((a) => recipes.some((x) => x.address === a)) || String(t.body.container_scan_recipe_id ?? '').startsWith('ocid1.');
          return recipeOk && (repos.length === 0 || repos.some((x) => x === name || refsIn(x).includes(r.address)));
        });
        return verdict(r, covering.length > 0, 'no container scan target (with a scan recipe) covers this repository');
      });
    },
  },
  {
    id: 'SUP-05', group: 'supply-chain', severity: 'medium',
    title: 'Scan recipes scan at the STANDARD level',
    references: { cisOke: '5.1.1', nsaCisa: `${NSA.UPG}` },
    fix: 'Set scan_settings { scan_level = "STANDARD" }.',
    check: (m) => resourcesOf(m, 'oci_vulnerability_scanning_container_scan_recipe').map((r) =>
      verdict(r, dig(r.body, 'scan_settings', 'scan_level') === 'STANDARD', `scan_level = ${dig(r.body, 'scan_settings', 'scan_level') ?? 'unset'}`)),
  },
  {
    id: 'SUP-06', group: 'supply-chain', severity: 'medium',
    title: 'Workload images are pinned by digest',
    references: { nsaCisa: `${NSA.POD} › Building secure container images` },
    fix: 'Reference images as registry/repo@sha256:<digest> so what runs is what was scanned and signed.',
    check: (m) => workloads(m).map((w) => {
      const unpinned = containersOf(w.spec).filter((c) => typeof c.image !== 'string' || !c.image.includes('@sha256:')).map((c) => c.name);
      return verdict(w.object, unpinned.length === 0, `image not pinned by digest in container(s) ${unpinned.join(', ')}`);
    }),
  },
];
