import { TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedOkeValidationError } from '../core/errors';
import { requireOcid } from '../core/ocid';
import { CLOUD_GUARD_PROVIDER_ALIAS, providerForRegion } from '../core/region-providers';
import { requireRegion } from '../core/regions';
import { libraryTags } from '../core/tags';
import { CloudGuardTarget } from '../generated/providers/oci/cloud-guard-target';
import { DataOciCloudGuardCloudGuardConfiguration } from '../generated/providers/oci/data-oci-cloud-guard-cloud-guard-configuration';
import { requireClusterName } from '../core/names';
import { cloudGuardReadiness, cloudGuardWriteRegion } from './private/cloud-guard-checks';

/** Cloud Guard on the cluster's compartment (Cloud Guard itself must already be enabled for the tenancy). */
export interface CloudGuardOptions {
  /**
   * Detector recipes to apply (e.g. the Oracle-managed configuration and activity detector recipes, cloned or not).
   * At least one: a target without detectors detects nothing.
   */
  readonly detectorRecipeIds: string[];
  /**
   * Responder recipes to apply.
   * @default - none (problems are reported, not remediated automatically)
   */
  readonly responderRecipeIds?: string[];
  /**
   * The tenancy's Cloud Guard reporting region (chosen when Cloud Guard was enabled). Cloud Guard resources can be
   * created, updated and deleted only from the reporting region (OCI CLI/API reference, Cloud Guard), so the target
   * is written through an aliased provider of this region when it is not the stack's region.
   * @default - the cluster's region (HardenedCluster), or the stack's default provider (standalone)
   */
  readonly reportingRegion?: string;
  /**
   * Your provider of the reporting region; takes precedence over `reportingRegion`.
   * @default - derived from `reportingRegion`
   */
  readonly reportingRegionProvider?: TerraformProvider;
}

export interface CompartmentCloudGuardTargetProps extends CloudGuardOptions {
  /** Compartment that Cloud Guard monitors (the target lives in it too). */
  readonly compartmentId: string;
  /** Cluster name; the display name derives from it. */
  readonly clusterName: string;
  /**
   * Tenancy OCID. With it, Cloud Guard's configuration is read at plan time
   * (`oci_cloud_guard_cloud_guard_configuration`) and the plan fails, before anything is created, when Cloud Guard is
   * not enabled for the tenancy or the target would be written from another region than its reporting region.
   * @default - no plan-time check of Cloud Guard's configuration (Observability passes its tenancyId)
   */
  readonly tenancyId?: string;
  /**
   * Region of the provider the target is written through, compared at plan time with the tenancy's Cloud Guard
   * reporting region (with `tenancyId`). Give it when the library cannot read it: a `reportingRegionProvider`, or a
   * default provider, without `region` (taken from ~/.oci/config or the environment).
   * @default - the `region` of `reportingRegionProvider` (else `reportingRegion`); without that provider, `reportingRegion`, else the `region` of the stack's default `oci` provider. When none is known the region is not compared (Cloud Guard's status still is)
   */
  readonly providerRegion?: string;
}

/**
 * A Cloud Guard target on the compartment, with the given detector (and responder) recipes. With `tenancyId`, the
 * target's preconditions check at plan time that Cloud Guard is enabled for the tenancy and that the target is
 * written from its reporting region.
 */
export class CompartmentCloudGuardTarget extends Construct {
  /** The Cloud Guard target: the construct's main Terraform resource (escape hatch). */
  public readonly resource: CloudGuardTarget;
  /** The provider the target is written through (undefined: the stack's default provider). */
  public readonly provider?: TerraformProvider;
  /** Cloud Guard's configuration of the tenancy, read at plan time (present with `tenancyId`). */
  public readonly cloudGuardConfiguration?: DataOciCloudGuardCloudGuardConfiguration;

  constructor(scope: Construct, id: string, props: CompartmentCloudGuardTargetProps) {
    super(scope, id);
    requireOcid('compartmentId', props.compartmentId, 'compartment');
    requireClusterName('clusterName', props.clusterName);
    if (!props.detectorRecipeIds || props.detectorRecipeIds.length === 0) {
      throw new HardenedOkeValidationError('detectorRecipeIds', 'is empty',
        'list at least one Cloud Guard detector recipe OCID (e.g. the Oracle-managed configuration detector recipe)');
    }
    (props.responderRecipeIds ?? []).forEach((r, i) => {
      if (!Token.isUnresolved(r) && !/^ocid1\.cloudguardresponderrecipe\./.test(r)) {
        throw new HardenedOkeValidationError(`responderRecipeIds[${i}]`, `"${r}" is not a responder recipe OCID`,
          'use an OCID of the form ocid1.cloudguardresponderrecipe.oc1..<unique id>');
      }
    });
    const recipeOcid = /^ocid1\.cloudguarddetectorrecipe\./;
    props.detectorRecipeIds.forEach((r, i) => {
      if (!Token.isUnresolved(r) && !recipeOcid.test(r)) {
        throw new HardenedOkeValidationError(`detectorRecipeIds[${i}]`, `"${r}" is not a detector recipe OCID`,
          'use an OCID of the form ocid1.cloudguarddetectorrecipe.oc1..<unique id>');
      }
    });
    if (props.tenancyId !== undefined) requireOcid('tenancyId', props.tenancyId, 'tenancy');
    if (props.reportingRegion !== undefined) requireRegion('reportingRegion', props.reportingRegion, { allowUnknown: true });
    if (props.providerRegion !== undefined) requireRegion('providerRegion', props.providerRegion, { allowUnknown: true, allowToken: true });
    this.provider = props.reportingRegionProvider ?? (props.reportingRegion !== undefined
      ? providerForRegion(this, props.reportingRegion, CLOUD_GUARD_PROVIDER_ALIAS, 'reportingRegion')
      : undefined);
    const readiness = props.tenancyId !== undefined ? cloudGuardReadiness(this, {
      tenancyId: props.tenancyId,
      provider: this.provider,
      region: props.providerRegion ?? cloudGuardWriteRegion(this, props),
      what: 'the Cloud Guard target',
    }) : undefined;
    this.cloudGuardConfiguration = readiness?.configuration;
    this.resource = new CloudGuardTarget(this, 'target', {
      provider: this.provider,
      compartmentId: props.compartmentId,
      displayName: `${props.clusterName}-cloud-guard`,
      description: `Cloud Guard target for the compartment of OKE cluster ${props.clusterName}`,
      targetResourceType: 'COMPARTMENT',
      targetResourceId: props.compartmentId,
      targetDetectorRecipes: props.detectorRecipeIds.map((detectorRecipeId) => ({ detectorRecipeId })),
      targetResponderRecipes: props.responderRecipeIds && props.responderRecipeIds.length > 0
        ? props.responderRecipeIds.map((responderRecipeId) => ({ responderRecipeId }))
        : undefined,
      freeformTags: libraryTags(props.clusterName, 'observability'),
      lifecycle: readiness ? { precondition: readiness.preconditions } : undefined,
    });
  }
}
