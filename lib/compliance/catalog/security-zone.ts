import { SECURITY_ZONE_POLICIES } from '../../core/security-zone-policies';
import { block, ComplianceModel, isExpression, objectsOf, refsIn, resourcesOf, TfBlock } from '../model';
import { Control, Finding, NSA, fail, na, verdict } from './types';

const hasKey = (v: unknown): boolean => typeof v === 'string' && v.trim().length > 0;

/**
 * What each policy of the library's recipe would deny, judged on the synthesized output for the zone's compartment
 * itself: the zone covers its subcompartments too ("By default, a compartment and any subcompartments are in the same
 * security zone", Overview of Security Zones), but which compartments are below it is not in the output.
 * Policies without an entry (moving resources, database access) have nothing in a plan to judge: the library
 * creates no database and moves nothing. Block volumes and file systems come from the CSI drivers: their
 * StorageClasses are judged (the file system is created "in the same compartment as the cluster", Provisioning
 * PVCs on the File Storage Service; block volumes of PVCs likewise belong to the cluster's compartment).
 */
const JUDGES: Record<string, (m: ComplianceModel, compartment: string) => Finding[]> = {
  'deny public_buckets': (m, c) => resourcesOf(m, 'oci_objectstorage_bucket').filter((b) => b.body.compartment_id === c)
    .map((b) => verdict(b, b.body.access_type === undefined || b.body.access_type === 'NoPublicAccess', `public bucket (access_type = ${b.body.access_type}) in the zone: "deny public_buckets" refuses it`)),
  'deny buckets_without_vault_key': (m, c) => resourcesOf(m, 'oci_objectstorage_bucket').filter((b) => b.body.compartment_id === c)
    .map((b) => verdict(b, hasKey(b.body.kms_key_id), 'bucket without kms_key_id in the zone: "deny buckets_without_vault_key" refuses it')),
  'deny boot_volume_without_vault_key': (m, c) => [
    ...resourcesOf(m, 'oci_containerengine_node_pool').filter((p) => p.body.compartment_id === c)
      .map((p) => verdict(p, hasKey(block(p.body.node_config_details)?.kms_key_id), 'node_config_details.kms_key_id is not set: the nodes\' boot volumes would use Oracle-managed keys, which "deny boot_volume_without_vault_key" refuses')),
    ...resourcesOf(m, 'oci_core_instance').filter((i) => i.body.compartment_id === c)
      .map((i) => verdict(i, hasKey(block(i.body.source_details)?.kms_key_id), 'source_details.kms_key_id is not set: "deny boot_volume_without_vault_key" refuses the boot volume')),
  ],
  'deny block_volume_without_vault_key': (m, c) => [
    ...resourcesOf(m, 'oci_core_volume').filter((v) => v.body.compartment_id === c)
      .map((v) => verdict(v, hasKey(v.body.kms_key_id), 'block volume without kms_key_id: "deny block_volume_without_vault_key" refuses it')),
    ...(clusterIn(m, c) ? objectsOf(m, 'StorageClass').filter((o) => o.object?.provisioner === 'blockvolume.csi.oraclecloud.com')
      .map((o) => verdict(o, hasKey(o.object?.parameters?.['kms-key-id']), `StorageClass ${o.name} has no kms-key-id: its PVCs would be refused by "deny block_volume_without_vault_key"`)) : []),
  ],
  'deny file_system_without_vault_key': (m, c) => [
    ...resourcesOf(m, 'oci_file_storage_file_system').filter((f) => f.body.compartment_id === c)
      .map((f) => verdict(f, hasKey(f.body.kms_key_id), 'file system without kms_key_id: "deny file_system_without_vault_key" refuses it')),
    ...(clusterIn(m, c) ? objectsOf(m, 'StorageClass').filter((o) => o.object?.provisioner === 'fss.csi.oraclecloud.com')
      .map((o) => verdict(o, hasKey(o.object?.parameters?.kmsKeyOcid), `StorageClass ${o.name} has no kmsKeyOcid: its file systems would be refused by "deny file_system_without_vault_key"`)) : []),
  ],
};

function clusterIn(m: ComplianceModel, compartment: string): boolean {
  return resourcesOf(m, 'oci_containerengine_cluster').some((c) => c.body.compartment_id === compartment);
}

/**
 * The Cloud Guard targets of the app on the zone's compartment. "When you create a security zone for a compartment,
 * Cloud Guard ... Deletes any existing Cloud Guard target for the compartment and its subcompartments" (Creating a
 * Security Zone), so such a target is deleted outside Terraform, which then drifts from it. The same literal
 * OCID anywhere in the app, or the same expression in the zone's stack, is the same compartment; targets on its
 * subcompartments are not known at synth.
 * @see https://docs.oracle.com/en-us/iaas/security-zone/using/create-security-zone.htm
 */
function targetsDeletedBy(m: ComplianceModel, zone: TfBlock): TfBlock[] {
  const compartment = zone.body.compartment_id;
  if (typeof compartment !== 'string') return [];
  return resourcesOf(m, 'oci_cloud_guard_target').filter((t) => t.body.target_resource_id === compartment
    && (!isExpression(compartment) || t.stack === zone.stack));
}

/** The library policies a recipe names, read from its security_policies (friendly names in the lookup expression). */
export function recipePolicyNames(recipe: TfBlock): string[] {
  const sp = recipe.body.security_policies;
  const text = typeof sp === 'string' ? sp : JSON.stringify(sp ?? []);
  return SECURITY_ZONE_POLICIES.map((p) => p.friendlyName).filter((n) => text.includes(`"${n}"`));
}

export const SECURITY_ZONE_CONTROLS: Control[] = [
  {
    id: 'DATA-06', group: 'data-protection', severity: 'high',
    title: 'Where a Security Zone covers the cluster compartment, nothing the app creates in that compartment itself (subcompartments are not known at synth) violates its recipe (public or Oracle-key-only buckets, boot volumes, block volumes and file systems without Vault keys), and no Cloud Guard target of the app is on it (creating the zone deletes it)',
    references: { nsaCisa: `${NSA.NET} › Protecting sensitive cloud infrastructure` },
    fix: 'Give the resource a Vault key (kms_key_id; kms-key-id / kmsKeyOcid on CSI StorageClasses) and keep buckets NoPublicAccess, or keep it out of the zone\'s compartment: the zone refuses the API call at apply time. Remove an oci_cloud_guard_target whose target_resource_id is the zone\'s compartment (with HardenedCluster: observability.cloudGuard on that compartment): creating the zone deletes every Cloud Guard target of the compartment and its subcompartments, and the zone brings its own (README "Security Zone").',
    check: (m) => {
      const zones = resourcesOf(m, 'oci_cloud_guard_security_zone');
      // Opt-in: without a zone the control is informational, like the tenancy-wide audit retention (OBS-01).
      if (zones.length === 0) {
        return resourcesOf(m, 'oci_containerengine_cluster').map((c) => na(c, 'no Security Zone in this output (opt-in: HardenedCluster securityZone); README "Security Zone" lists the policies the library satisfies'));
      }
      const recipes = resourcesOf(m, 'oci_cloud_guard_security_recipe');
      return zones.flatMap((z): Finding[] => {
        const compartment = z.body.compartment_id;
        const deleted = targetsDeletedBy(m, z).map((t) => fail(t, `Cloud Guard target on compartment ${compartment}, which security zone ${z.address} is created on: `
          + 'creating the zone deletes every existing Cloud Guard target of the compartment and its subcompartments, so Terraform would lose this one'));
        if (typeof compartment !== 'string' || isExpression(compartment)) return [...deleted, na(z, 'compartment_id is an expression, resolved at plan time')];
        const recipe = recipes.find((r) => refsIn(z.body.security_zone_recipe_id).includes(r.address));
        const names = recipe ? recipePolicyNames(recipe) : [];
        if (names.length === 0) return [...deleted, na(z, 'the recipe is defined elsewhere or names its policies by OCID: its policies are not known here')];
        // Only resources whose compartment_id is the zone's: the zone covers its subcompartments too, whose OCIDs synth does not know.
        const findings = [...deleted, ...names.flatMap((n) => JUDGES[n]?.(m, compartment) ?? [])];
        return findings.length > 0 ? findings : [na(z, `nothing in compartment ${compartment} itself is judged by ${names.join(', ')} (its subcompartments are not known here)`)];
      });
    },
  },
];
