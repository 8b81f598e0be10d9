/**
 * The ORM private endpoint in the cluster's VCN: Resource Manager jobs of the kubernetes stack reach the private API
 * endpoint through it. "You can reach any private resource with a private IP, using a private endpoint in Resource
 * Manager. For example, connect to a Kubernetes cluster." (Managing Private Endpoints,
 * https://docs.oracle.com/iaas/Content/ResourceManager/Tasks/private-endpoints.htm). The endpoint gets an NSG of its
 * own that may only open TCP 6443 to the API endpoint NSG, and the API endpoint NSG admits exactly that NSG on 6443:
 * unlike Oracle's oci-hpc-oke sample (which puts the endpoint in the control-plane NSG), nothing else is opened.
 */
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { CoreNetworkSecurityGroup } from '../generated/providers/oci/core-network-security-group';
import { CoreNetworkSecurityGroupSecurityRule } from '../generated/providers/oci/core-network-security-group-security-rule';
import { ResourcemanagerPrivateEndpoint } from '../generated/providers/oci/resourcemanager-private-endpoint';
import { requireOcid } from '../core/ocid';
import { libraryTags } from '../core/tags';
import { ResourceManagerBackend } from './resource-manager-backend';
import { markResourceManagerStack } from './resource-manager-marker';
import { enforceTerraform15 } from './terraform15-synth';

const KUBERNETES_API_PORT = 6443;

export interface ResourceManagerEndpointProps {
  readonly compartmentId: string;
  readonly clusterName: string;
  readonly region: string;
  readonly vcnId: string;
  /** Subnet of the private endpoint (the API endpoint subnet unless given). */
  readonly subnetId: string;
  /** NSG of the cluster's API endpoint. */
  readonly apiEndpointNsgId: string;
  /** Compartment of the ORM stacks. @default compartmentId */
  readonly stackCompartmentId?: string;
}

/** ORM private endpoint, its NSG and the 6443 rules, and the ORM shape (no backend, Terraform 1.5 lint) of the stack. */
export class ResourceManagerEndpoint extends Construct {
  public readonly privateEndpoint: ResourcemanagerPrivateEndpoint;
  public readonly networkSecurityGroup: CoreNetworkSecurityGroup;
  public readonly securityRules: CoreNetworkSecurityGroupSecurityRule[];
  /** OCID of the private endpoint (an output read by the kubernetes stack). */
  public readonly privateEndpointId: string;

  constructor(scope: Construct, id: string, props: ResourceManagerEndpointProps) {
    super(scope, id);
    // HardenedCluster builds this under the `resourceManager.` property prefix, so names are relative to it.
    if (props.stackCompartmentId !== undefined) requireOcid('stackCompartmentId', props.stackCompartmentId, 'compartment');
    const tags = libraryTags(props.clusterName, 'resource-manager');
    this.networkSecurityGroup = new CoreNetworkSecurityGroup(this, 'nsg', {
      compartmentId: props.compartmentId, vcnId: props.vcnId, displayName: `${props.clusterName}-orm-private-endpoint`, freeformTags: tags,
    });
    const port = { destinationPortRange: { min: KUBERNETES_API_PORT, max: KUBERNETES_API_PORT } };
    this.securityRules = [
      new CoreNetworkSecurityGroupSecurityRule(this, 'egress-api', {
        networkSecurityGroupId: this.networkSecurityGroup.id, direction: 'EGRESS', protocol: '6', stateless: false,
        destination: props.apiEndpointNsgId, destinationType: 'NETWORK_SECURITY_GROUP', tcpOptions: port,
        description: 'Resource Manager jobs to the Kubernetes API endpoint',
      }),
      new CoreNetworkSecurityGroupSecurityRule(this, 'api-ingress', {
        networkSecurityGroupId: props.apiEndpointNsgId, direction: 'INGRESS', protocol: '6', stateless: false,
        source: this.networkSecurityGroup.id, sourceType: 'NETWORK_SECURITY_GROUP', tcpOptions: port,
        description: 'Kubernetes API from the Resource Manager private endpoint',
      }),
    ];
    this.privateEndpoint = new ResourcemanagerPrivateEndpoint(this, 'private-endpoint', {
      compartmentId: props.stackCompartmentId ?? props.compartmentId,
      displayName: `${props.clusterName}-orm`,
      description: `Resource Manager jobs of ${props.clusterName} to its private Kubernetes API endpoint`,
      vcnId: props.vcnId, subnetId: props.subnetId, nsgIdList: [this.networkSecurityGroup.id], freeformTags: tags,
    });
    this.privateEndpointId = this.privateEndpoint.id;

    const stack = TerraformStack.of(this);
    ResourceManagerBackend.of(stack);
    markResourceManagerStack(stack, {
      cluster: props.clusterName, role: 'infrastructure', region: props.region, compartmentId: props.stackCompartmentId ?? props.compartmentId,
    });
    enforceTerraform15(stack);
  }
}
