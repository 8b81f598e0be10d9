import { TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedOkeValidationError } from '../core/errors';
import { requireClusterName } from '../core/names';
import { requireOcid } from '../core/ocid';
import { planCondition } from '../core/plan-checks';
import { CLOUD_GUARD_PROVIDER_ALIAS, providerForRegion } from '../core/region-providers';
import { requireRegion } from '../core/regions';
import { SECURITY_ZONE_POLICY_NAMES } from '../core/security-zone-policies';
import { libraryTags } from '../core/tags';
import { CloudGuardSecurityRecipe } from '../generated/providers/oci/cloud-guard-security-recipe';
import { CloudGuardSecurityZone } from '../generated/providers/oci/cloud-guard-security-zone';
import { DataOciCloudGuardCloudGuardConfiguration } from '../generated/providers/oci/data-oci-cloud-guard-cloud-guard-configuration';
import { DataOciCloudGuardSecurityPolicies } from '../generated/providers/oci/data-oci-cloud-guard-security-policies';
import { DataOciCloudGuardSecurityZones } from '../generated/providers/oci/data-oci-cloud-guard-security-zones';
import { cloudGuardReadiness, cloudGuardWriteRegion } from './private/cloud-guard-checks';

/**
 * An OCI Security Zone on the cluster's compartment (opt-in). Cloud Guard must already be enabled for the tenancy
 * ("You must enable Oracle Cloud Guard before you create Security Zones", Overview of Security Zones).
 * @see https://docs.oracle.com/en-us/iaas/security-zone/using/security-zones.htm
 */
export interface SecurityZoneOptions {
  /**
   * The tenancy's Cloud Guard reporting region. Security zones and recipes are Cloud Guard resources (OCI CLI
   * `oci cloud-guard security-zone`), which can be created, updated and deleted only from the reporting region.
   * @default - the cluster's region (HardenedCluster), or the stack's default provider (standalone)
   * @see https://docs.oracle.com/iaas/tools/oci-cli/latest/oci_cli_docs/cmdref/cloud-guard/security-zone.html
   */
  readonly reportingRegion?: string;
  /**
   * Your provider of the reporting region; takes precedence over `reportingRegion`.
   * @default - derived from `reportingRegion`
   */
  readonly reportingRegionProvider?: TerraformProvider;
  /**
   * OCIDs of further Oracle-managed security zone policies to enable (e.g. `deny public_subnets` read from
   * `oci cloud-guard security-policy-collection list-security-policies`), added after the library's list. Only add
   * policies the cluster satisfies: the zone refuses every API call that violates one, OKE's own calls included.
   * @default - only the policies of README "Security Zone"
   */
  readonly additionalPolicyIds?: string[];
}

export interface CompartmentSecurityZoneProps extends SecurityZoneOptions {
  /** The compartment the zone covers (with its subcompartments); the recipe and the zone live in it too. */
  readonly compartmentId: string;
  /** Tenancy OCID: the Oracle-managed policies are listed from the tenancy. */
  readonly tenancyId: string;
  /** Cluster name; display names derive from it. */
  readonly clusterName: string;
  /**
   * Region of the provider the zone and recipe are written through, compared at plan time with the tenancy's Cloud
   * Guard reporting region. Give it when the library cannot read it: a `reportingRegionProvider`, or a default
   * provider, without `region` (taken from ~/.oci/config or the environment).
   * @default - the `region` of `reportingRegionProvider` (else `reportingRegion`); without that provider, `reportingRegion`, else the `region` of the stack's default `oci` provider. When none is known the region is not compared (Cloud Guard's status still is)
   */
  readonly providerRegion?: string;
}

/**
 * A custom security zone recipe with exactly the policies the library's resources satisfy
 * (lib/core/security-zone-policies.ts; README "Security Zone"), and a security zone for the compartment. Not the
 * Maximum Security Recipe: it also requires platform images for every instance ("All compute instances in a
 * security zone must be created using platform images", Compute "Security Zones"), and OKE node images are "built on
 * top of platform images", which Oracle does not say count as platform images.
 *
 * Policy OCIDs differ per realm and are not published, so they are read at plan time from
 * `oci_cloud_guard_security_policies` by friendly name (as Oracle's landing-zone module does); a name the tenancy
 * does not list fails the plan, naming it. The zone brings a Cloud Guard target of its own for the compartment.
 *
 * The recipe's preconditions also stop the plan, before anything is created, when Cloud Guard is not enabled for the
 * tenancy, when the zone would be written from another region than Cloud Guard's reporting region, or when another
 * ACTIVE security zone already has the compartment ("A compartment can't be in multiple security zones", Managing
 * Security Zones). Zones are listed from the tenancy with `is_required_security_zones_in_subtree`; the zone's own
 * display name is left out, so the plans after the first apply pass.
 * @see https://docs.oracle.com/en-us/iaas/security-zone/using/security-zone-policies.htm
 * @see https://docs.oracle.com/en-us/iaas/security-zone/using/managing-security-zones.htm
 * @see https://docs.oracle.com/en-us/iaas/Content/Compute/Tasks/instances.htm
 * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Reference/contengimagesshapes.htm
 */
export class CompartmentSecurityZone extends Construct {
  /** The security zone: the construct's main Terraform resource (escape hatch). */
  public readonly resource: CloudGuardSecurityZone;
  public readonly recipe: CloudGuardSecurityRecipe;
  /** The Oracle-managed policies of the tenancy, read at plan time. */
  public readonly policies: DataOciCloudGuardSecurityPolicies;
  /** Cloud Guard's configuration of the tenancy (status, reporting region), read at plan time. */
  public readonly cloudGuardConfiguration: DataOciCloudGuardCloudGuardConfiguration;
  /** The ACTIVE security zones of the tenancy (the whole compartment tree), read at plan time. */
  public readonly existingZones: DataOciCloudGuardSecurityZones;
  /** The provider the zone and recipe are written through (undefined: the stack's default provider). */
  public readonly provider?: TerraformProvider;

  constructor(scope: Construct, id: string, props: CompartmentSecurityZoneProps) {
    super(scope, id);
    requireOcid('compartmentId', props.compartmentId, 'compartment');
    requireOcid('tenancyId', props.tenancyId, 'tenancy');
    requireClusterName('clusterName', props.clusterName);
    const extra = props.additionalPolicyIds ?? [];
    extra.forEach((p, i) => {
      if (!Token.isUnresolved(p) && !/^ocid1\.securityzonessecuritypolicy\./.test(p)) {
        throw new HardenedOkeValidationError(`additionalPolicyIds[${i}]`, `"${p}" is not a security zone policy OCID`,
          'use an OCID of the form ocid1.securityzonessecuritypolicy.oc1..<unique id> (oci cloud-guard security-policy-collection list-security-policies)');
      }
    });
    const dup = extra.find((p, i) => extra.indexOf(p) !== i);
    if (dup !== undefined) throw new HardenedOkeValidationError('additionalPolicyIds', `"${dup}" is listed twice`, 'list each policy once');
    if (props.reportingRegion !== undefined) requireRegion('reportingRegion', props.reportingRegion, { allowUnknown: true });
    if (props.providerRegion !== undefined) requireRegion('providerRegion', props.providerRegion, { allowUnknown: true, allowToken: true });
    this.provider = props.reportingRegionProvider ?? (props.reportingRegion !== undefined
      ? providerForRegion(this, props.reportingRegion, CLOUD_GUARD_PROVIDER_ALIAS, 'reportingRegion')
      : undefined);
    const tags = libraryTags(props.clusterName, 'observability');
    const zoneName = `${props.clusterName}-security-zone`;

    const readiness = cloudGuardReadiness(this, {
      tenancyId: props.tenancyId,
      provider: this.provider,
      region: props.providerRegion ?? cloudGuardWriteRegion(this, props),
      what: 'the security zone and its recipe',
    });
    this.cloudGuardConfiguration = readiness.configuration;
    this.existingZones = new DataOciCloudGuardSecurityZones(this, 'existing-zones', {
      provider: this.provider,
      compartmentId: props.tenancyId,
      state: 'ACTIVE',
      isRequiredSecurityZonesInSubtree: true,
    });
    const compartment = Token.isUnresolved(props.compartmentId) ? props.compartmentId : JSON.stringify(props.compartmentId);
    const otherZones = `[for z in flatten([for c in ${this.existingZones.fqn}.security_zone_collection : c.items]) : z.display_name `
      + `if z.compartment_id == ${compartment} && z.state == "ACTIVE" && z.display_name != ${JSON.stringify(zoneName)}]`;

    this.policies = new DataOciCloudGuardSecurityPolicies(this, 'policies', {
      provider: this.provider,
      compartmentId: props.tenancyId,
    });
    const items = `${this.policies.fqn}.security_policy_collection[0].items`;
    const names = `[${SECURITY_ZONE_POLICY_NAMES.map((n) => JSON.stringify(n)).join(', ')}]`;
    const idsOf = (name: string) => `[for p in ${items} : p.id if p.friendly_name == ${name}]`;
    const libraryIds = `[for n in ${names} : one(${idsOf('n')})]`;
    const extraIds = `[${extra.map((p) => Token.isUnresolved(p) ? p : JSON.stringify(p)).join(', ')}]`;
    this.recipe = new CloudGuardSecurityRecipe(this, 'recipe', {
      provider: this.provider,
      compartmentId: props.compartmentId,
      displayName: `${props.clusterName}-security-zone-recipe`,
      description: `Security zone policies the resources of OKE cluster ${props.clusterName} satisfy (cdktf-hardened-oke)`,
      securityPolicies: Token.asList(extra.length > 0 ? `\${concat(${libraryIds}, ${extraIds})}` : `\${${libraryIds}}`),
      freeformTags: tags,
      lifecycle: {
        precondition: [planCondition(
          `alltrue([for n in ${names} : length(${idsOf('n')}) == 1])`,
          'recipe',
          `the tenancy does not list exactly one Oracle-managed security zone policy for each of ${SECURITY_ZONE_POLICY_NAMES.join(', ')}`,
          'compare with `oci cloud-guard security-policy-collection list-security-policies --compartment-id <tenancy>` (friendly-name) and report the difference; Cloud Guard must be enabled',
        ),
        ...readiness.preconditions,
        planCondition(`length(${otherZones}) == 0`, 'compartmentId',
          'the compartment is already in another ACTIVE security zone; a compartment can\'t be in multiple security zones, so creating this one would fail',
          'find it with `oci cloud-guard security-zone list --compartment-id <tenancy OCID> --all` (its compartment-id is this compartment); its recipe already governs the compartment, so drop this zone (HardenedCluster: remove securityZone), or delete that zone first')],
      },
    });
    this.resource = new CloudGuardSecurityZone(this, 'zone', {
      provider: this.provider,
      compartmentId: props.compartmentId,
      displayName: zoneName,
      description: `Security zone of the compartment of OKE cluster ${props.clusterName}`,
      securityZoneRecipeId: this.recipe.id,
      freeformTags: tags,
    });
  }
}
