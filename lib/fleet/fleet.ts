/**
 * A fleet of hardened clusters for OCI Resource Manager: one infrastructure stack per cluster (named after the
 * cluster, in the cluster's region, with an `oci` provider of `region` only) holding a HardenedCluster in
 * Resource Manager mode, plus that cluster's kubernetes stack. `cdktf-hardened-oke fleet` packages and applies them.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedOkeValidationError } from '../core/errors';
import { OciProvider } from '../generated/providers/oci/provider';
import { HardenedCluster, HardenedClusterProps } from '../hardened-cluster';

export interface FleetProps {
  /**
   * The clusters, each with its `name` (the name of its infrastructure stack), `region`, `homeRegion` and
   * `compartmentId`. `resourceManager` defaults to `{}`: every cluster is in Resource Manager mode.
   */
  readonly clusters: HardenedClusterProps[];
}

/** Builds one Resource Manager stack pair per cluster. */
export class Fleet extends Construct {
  /** The clusters, in the order given. */
  public readonly clusters: HardenedCluster[];
  /** The infrastructure stack of each cluster, in the order given. */
  public readonly stacks: TerraformStack[];

  constructor(scope: App, id: string, props: FleetProps) {
    super(scope, id);
    if (!props || !Array.isArray(props.clusters) || props.clusters.length === 0) {
      throw new HardenedOkeValidationError('clusters', 'is empty', 'give the fleet at least one cluster');
    }
    this.clusters = [];
    this.stacks = [];
    props.clusters.forEach((cluster, i) => {
      if (!cluster?.name) throw new HardenedOkeValidationError(`clusters[${i}].name`, 'is required in a fleet', 'name every cluster: its stacks are named after it');
      // Stacks are children of the App (cdktf requires it); their names are the cluster names.
      const stack = new TerraformStack(scope, cluster.name);
      new OciProvider(stack, 'oci', { region: cluster.region });
      this.stacks.push(stack);
      this.clusters.push(new HardenedCluster(stack, 'cluster', { ...cluster, resourceManager: cluster.resourceManager ?? {} }));
    });
  }
}
