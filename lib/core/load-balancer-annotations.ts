/**
 * Service annotations of the OCI cloud controller manager (Oracle, "Summary of Annotations for Load Balancers and
 * Network Load Balancers"; oracle/oci-cloud-controller-manager docs/load-balancer-annotations.md).
 */
export const LB_ANNOTATIONS = {
  /** "lb" (default) or "nlb". */
  type: 'oci.oraclecloud.com/load-balancer-type',
  /** "NSG" or "None" never touch security lists; "SL-All"/"SL-Frontend" (and absent: the security-list default) do. */
  securityRuleMode: 'oci.oraclecloud.com/security-rule-management-mode',
  lbNsgs: 'oci.oraclecloud.com/oci-network-security-groups',
  nlbNsgs: 'oci-network-load-balancer.oraclecloud.com/oci-network-security-groups',
  lbInternal: 'service.beta.kubernetes.io/oci-load-balancer-internal',
  nlbInternal: 'oci-network-load-balancer.oraclecloud.com/internal',
  /**
   * Backend NSGs the controller writes the load balancer-to-backend rules into, in NSG mode (one annotation for LB and
   * NLB). oracle/oci-cloud-controller-manager pkg/cloudprovider/providers/oci/load_balancer_spec.go
   * (ServiceAnnotationBackendSecurityRuleManagement); Oracle "Specifying Security Rule Management Options for Load
   * Balancers and Network Load Balancers": "The oci-cloud-controller-manager only adds egress rules to the frontend
   * NSG if you specify a backend NSG". The cluster's `service_lb_config.backend_nsg_ids` is not read for this.
   */
  backendNsgs: 'oci.oraclecloud.com/oci-backend-network-security-group',
} as const;
