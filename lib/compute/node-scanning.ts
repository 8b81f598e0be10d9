import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { requireOcid } from '../core/ocid';
import { requireClusterName, tenancyUniqueName } from '../core/names';
import { libraryTags } from '../core/tags';
import { IdentityPolicy } from '../generated/providers/oci/identity-policy';
import { VulnerabilityScanningHostScanRecipe } from '../generated/providers/oci/vulnerability-scanning-host-scan-recipe';
import { VulnerabilityScanningHostScanTarget } from '../generated/providers/oci/vulnerability-scanning-host-scan-target';
import { HOST_SCAN_DEFAULTS, hostScanningServiceStatements } from './private/host-scanning-rules';

/**
 * Vulnerability Scanning of the worker nodes, as a HardenedCluster option. Scanning is on by default; the only
 * setting is the opt-out, which needs a reason.
 */
export interface NodeScanningOptions {
  /**
   * Do not create the host scan recipe, target and service policy, and say why (at least 10 characters), e.g.
   * "the compartment's host scan target is managed by the security team's stack (SEC-42)". Oracle allows one host
   * scan target per compartment, so a compartment that already has one cannot get the library's. Recorded as a
   * waiver of NODE-08 with this reason, shown in the hardening report.
   * @default - the worker nodes are scanned (no opt-out)
   * @see https://docs.oracle.com/en-us/iaas/scanning/using/create-host-target.htm
   */
  readonly optOutReason?: string;
}

export interface NodeScanningProps {
  /** Compartment of the worker nodes; the recipe, the target and the scan results live there too. */
  readonly compartmentId: string;
  /** Cluster name; display names derive from it. */
  readonly clusterName: string;
  /**
   * Provider for the service policy. IAM resources can only be created in the tenancy's home region (Managing
   * Regions): pass a provider of the home region when the stack's provider is another region.
   * @default - the stack's default provider
   */
  readonly identityProvider?: TerraformProvider;
}

/**
 * Vulnerability Scanning of the worker nodes (compute hosts) through the Oracle Cloud Agent: OS packages (CVEs),
 * CIS benchmark checks and public-IP port scans, daily.
 *
 * The target names the node compartment, not instance OCIDs: OKE replaces nodes on every cycle, upgrade and
 * autoscaling step, so instance OCIDs are not known at plan time and a list would go stale; Oracle "Creating a Compute
 * Target": "All compute instances in the selected target compartment and its subcompartments" (CLI: omit
 * --instance-ids). Oracle allows one target per compartment ("You can't create a target with a compartment or an
 * instance that's already specified in another target"), so a compartment that already has one fails at apply.
 * @see https://docs.oracle.com/en-us/iaas/scanning/using/create-host-target.htm
 * @see https://docs.oracle.com/en-us/iaas/scanning/using/create-host-recipe-oci-agent.htm
 */
export class NodeScanning extends Construct {
  /** The host scan recipe: the construct's main Terraform resource (escape hatch). */
  public readonly resource: VulnerabilityScanningHostScanRecipe;
  public readonly recipe: VulnerabilityScanningHostScanRecipe;
  public readonly target: VulnerabilityScanningHostScanTarget;
  /** The service policy that lets Vulnerability Scanning deploy the agent plugin and read the nodes' VNICs. */
  public readonly servicePolicy: IdentityPolicy;

  constructor(scope: Construct, id: string, props: NodeScanningProps) {
    super(scope, id);
    requireOcid('compartmentId', props.compartmentId, 'compartment');
    requireClusterName('clusterName', props.clusterName);
    const tags = libraryTags(props.clusterName, 'compute');
    this.resource = this.recipe = new VulnerabilityScanningHostScanRecipe(this, 'recipe', {
      compartmentId: props.compartmentId,
      displayName: `${props.clusterName}-node-scan`,
      portSettings: { scanLevel: HOST_SCAN_DEFAULTS.portScanLevel },
      agentSettings: {
        scanLevel: HOST_SCAN_DEFAULTS.agentScanLevel,
        agentConfiguration: {
          vendor: HOST_SCAN_DEFAULTS.agentVendor,
          cisBenchmarkSettings: { scanLevel: HOST_SCAN_DEFAULTS.cisBenchmarkLevel },
        },
      },
      schedule: { type: HOST_SCAN_DEFAULTS.schedule },
      freeformTags: tags,
    });
    this.servicePolicy = new IdentityPolicy(this, 'service-policy', {
      provider: props.identityProvider,
      compartmentId: props.compartmentId,
      name: tenancyUniqueName(props.clusterName, props.compartmentId, 'node-scanning'),
      description: `Lets the Vulnerability Scanning service deploy its agent plugin to the worker nodes of ${props.clusterName}`,
      statements: hostScanningServiceStatements(props.compartmentId),
      freeformTags: tags,
    });
    this.target = new VulnerabilityScanningHostScanTarget(this, 'target', {
      compartmentId: props.compartmentId,
      hostScanRecipeId: this.recipe.id,
      targetCompartmentId: props.compartmentId,
      displayName: `${props.clusterName}-node-scan`,
      description: `Scans the worker nodes of cluster ${props.clusterName} (every instance of the compartment)`,
      freeformTags: tags,
      // Oracle "Creating a Compute Target": for agent-based recipes the permission must exist before the target.
      dependsOn: [this.servicePolicy],
    });
  }
}
