import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedOkeValidationError } from '../core/errors';
import { requireOcid } from '../core/ocid';
import { libraryTags } from '../core/tags';
import { CloudGuardTarget } from '../generated/providers/oci/cloud-guard-target';
import { requireClusterName } from '../core/names';

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
}

export interface CompartmentCloudGuardTargetProps extends CloudGuardOptions {
  /** Compartment that Cloud Guard monitors (the target lives in it too). */
  readonly compartmentId: string;
  /** Cluster name; the display name derives from it. */
  readonly clusterName: string;
}

/** A Cloud Guard target on the compartment, with the given detector (and responder) recipes. */
export class CompartmentCloudGuardTarget extends Construct {
  public readonly target: CloudGuardTarget;

  constructor(scope: Construct, id: string, props: CompartmentCloudGuardTargetProps) {
    super(scope, id);
    requireOcid('compartmentId', props.compartmentId, 'compartment');
    requireClusterName('clusterName', props.clusterName);
    if (!props.detectorRecipeIds || props.detectorRecipeIds.length === 0) {
      throw new HardenedOkeValidationError('detectorRecipeIds', 'is empty',
        'list at least one Cloud Guard detector recipe OCID (e.g. the Oracle-managed configuration detector recipe)');
    }
    const recipeOcid = /^ocid1\.cloudguarddetectorrecipe\./;
    props.detectorRecipeIds.forEach((r, i) => {
      if (!Token.isUnresolved(r) && !recipeOcid.test(r)) {
        throw new HardenedOkeValidationError(`detectorRecipeIds[${i}]`, `"${r}" is not a detector recipe OCID`,
          'use an OCID of the form ocid1.cloudguarddetectorrecipe.oc1..<unique id>');
      }
    });
    this.target = new CloudGuardTarget(this, 'target', {
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
    });
  }
}
