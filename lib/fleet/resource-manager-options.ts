/**
 * Options of the Resource Manager (ORM) mode of HardenedCluster: its two stacks are ORM stacks.
 * @see https://docs.oracle.com/iaas/Content/ResourceManager/Concepts/resourcemanager.htm
 */
export interface ResourceManagerOptions {
  /**
   * Subnet of the ORM private endpoint through which the kubernetes stack's jobs reach the private API endpoint. "The
   * private endpoint connection is at the VCN level" and the subnet needs free IPs and a route to the resource
   * (Creating a Private Endpoint).
   * @default - the cluster's API endpoint subnet
   * @see https://docs.oracle.com/iaas/Content/ResourceManager/Tasks/create-private-endpoints.htm
   */
  readonly privateEndpointSubnetId?: string;
  /**
   * Compartment of the two ORM stacks (the fleet command creates them there) and of the private endpoint.
   * @default - the cluster's compartmentId
   */
  readonly stackCompartmentId?: string;
}
