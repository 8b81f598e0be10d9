import { IConstruct } from 'constructs';

/**
 * An OKE cluster, created by this app (OkeCluster) or elsewhere (OkeCluster.fromClusterAttributes): what node
 * pools, application namespaces and workload-identity policies need to know about it (aws-cdk's `ICluster` pattern).
 */
export interface IOkeCluster extends IConstruct {
  /** OCID of the cluster (may be a token). */
  readonly clusterId: string;
  /** Cluster name (the library's one cluster-name rule); display names and tags of added resources derive from it. */
  readonly clusterName: string;
  /** Compartment of the cluster: added node pools and IAM policies go there. */
  readonly compartmentId: string;
  /** Kubernetes version of the control plane, e.g. `v1.33.1`: added pools follow OKE's skew rule against it. */
  readonly kubernetesVersion: string;
  /**
   * Private API endpoint `ip:port`. A cluster imported without it throws a named error when this is read (jsii lets
   * no implementing class make an optional property required, so the interface declares it required).
   */
  readonly privateEndpoint: string;
}

/** What the library needs to know about a cluster created elsewhere (another stack, Terraform, the console). */
export interface OkeClusterAttributes {
  /** OCID of the cluster. It must be an enhanced cluster for workload identity. */
  readonly clusterId: string;
  /** Cluster name, used for display names, tags and the GitOps folder (1 to 30 lowercase letters, digits, dashes). */
  readonly clusterName: string;
  /** Compartment OCID of the cluster. */
  readonly compartmentId: string;
  /** Kubernetes version of the control plane, e.g. `v1.33.1`. */
  readonly kubernetesVersion: string;
  /**
   * Private API endpoint `ip:port`.
   * @default - unknown
   */
  readonly privateEndpoint?: string;
}
