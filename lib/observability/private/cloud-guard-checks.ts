import { Precondition, TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import { propertyPath } from '../../core/errors';
import { planCondition } from '../../core/plan-checks';
import { providerRegionOf } from '../../core/region-providers';
import { DataOciCloudGuardCloudGuardConfiguration } from '../../generated/providers/oci/data-oci-cloud-guard-cloud-guard-configuration';

/** What a Cloud Guard resource (a target, a security zone) needs to know to check the tenancy's Cloud Guard at plan time. */
export interface CloudGuardReadiness {
  /** Tenancy OCID: Cloud Guard's configuration is read with `compartment_id` = tenancy. */
  readonly tenancyId: string;
  /** The provider the resource is written through (undefined: the stack's default provider). */
  readonly provider?: TerraformProvider;
  /** The region that provider writes to, when known: compared with the reporting region; unknown, not compared. */
  readonly region?: string;
  /** What needs Cloud Guard, for the messages, e.g. "the security zone and its recipe". */
  readonly what: string;
}

/**
 * The region a Cloud Guard construct writes to, when the library can read it: the `region` of the given reporting
 * region provider (else the stated reporting region); without that provider the reporting region (the construct
 * writes through a provider of it) or the region of the stack's default provider.
 */
export function cloudGuardWriteRegion(scope: Construct, o: { readonly reportingRegion?: string; readonly reportingRegionProvider?: TerraformProvider }): string | undefined {
  return o.reportingRegionProvider
    ? providerRegionOf(scope, o.reportingRegionProvider) ?? o.reportingRegion
    : o.reportingRegion ?? providerRegionOf(scope, undefined);
}

/**
 * Cloud Guard's configuration of the tenancy, read at plan time (`oci_cloud_guard_cloud_guard_configuration`, as
 * Oracle's landing-zone security-zones module reads it), and the preconditions of a Cloud Guard resource on it:
 * - `status` is ENABLED: "You must enable Cloud Guard in your tenancy before creating a security zone" (Managing
 *   Security Zones); a target likewise exists only in a tenancy where Cloud Guard is enabled.
 * - `reporting_region` is the region the resource is written from: Cloud Guard's "Create, Update, and Delete
 *   operations" work "only from the reporting region" (OCI CLI reference, cloud-guard). Not compared when the
 *   region is not known (a provider whose region the library cannot read), nor while Cloud Guard is not enabled
 *   (the status condition says so).
 * Messages name `tenancyId` and `reportingRegion` under the current property prefix.
 * @see https://docs.oracle.com/en-us/iaas/security-zone/using/managing-security-zones.htm
 * @see https://docs.oracle.com/iaas/tools/oci-cli/latest/oci_cli_docs/cmdref/cloud-guard.html
 */
export function cloudGuardReadiness(scope: Construct, r: CloudGuardReadiness): { configuration: DataOciCloudGuardCloudGuardConfiguration; preconditions: Precondition[] } {
  const configuration = new DataOciCloudGuardCloudGuardConfiguration(scope, 'cloud-guard-configuration', {
    provider: r.provider,
    compartmentId: r.tenancyId,
  });
  const c = configuration.fqn;
  const preconditions: Precondition[] = [planCondition(`${c}.status == "ENABLED"`, 'tenancyId',
    `Cloud Guard is not enabled for tenancy ${r.tenancyId} (its configuration's status is not ENABLED), and ${r.what} can only be created where it is`,
    'enable Cloud Guard for the tenancy first (Cloud Guard console, "Enable Cloud Guard", which sets the reporting region, or an oci_cloud_guard_cloud_guard_configuration with status ENABLED applied before this stack), then plan again')];
  if (r.region !== undefined) {
    const region = Token.isUnresolved(r.region) ? r.region : JSON.stringify(r.region);
    const from = Token.isUnresolved(r.region) ? 'its provider\'s region' : r.region;
    preconditions.push(planCondition(`${c}.status != "ENABLED" || ${c}.reporting_region == ${region}`, 'reportingRegion',
      `${r.what} would be written from ${from}, which is not the tenancy's Cloud Guard reporting region: Cloud Guard resources are created, updated and deleted only from the reporting region`,
      `set ${propertyPath('reportingRegion')} to the reporting region (\`oci cloud-guard configuration get --compartment-id <tenancy OCID>\`, reporting-region), or pass a provider of that region as ${propertyPath('reportingRegionProvider')}`));
  }
  return { configuration, preconditions };
}
