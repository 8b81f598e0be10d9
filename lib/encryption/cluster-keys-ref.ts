import { IConstruct } from 'constructs';
import { IdentityPolicy } from '../generated/providers/oci/identity-policy';

/**
 * The Vault keys of an OKE cluster, created by this app (ClusterKeys) or elsewhere (ClusterKeys.fromKeyAttributes):
 * what the cluster (etcd secrets), its node pools (boot volumes) and the log sinks encrypt with (aws-cdk's `IKey`
 * pattern).
 */
export interface IClusterKeys extends IConstruct {
  /** OCID of the AES key wrapping Kubernetes secrets in etcd. */
  readonly secretsKeyId: string;
  /** OCID of the AES key encrypting boot and persistent volumes. */
  readonly volumesKeyId: string;
  /** OCID of the key encrypting log archives and streams. */
  readonly dataKeyId: string;
  /** OCID of the vault the keys live in, when known. */
  readonly vaultId?: string;
  /** Management endpoint of that vault, when known (image signing keys are created there). */
  readonly managementEndpoint?: string;
  /**
   * The IAM policy that lets OKE and Block Storage use the keys, when this app creates it: OKE checks it can use
   * the key when a cluster or node pool is created, so those resources depend on it.
   */
  readonly keyPolicy?: IdentityPolicy;
}

/** Keys created elsewhere (another stack, Terraform, the console), with their key-usage policy in place already. */
export interface ClusterKeysAttributes {
  /**
   * OCID of the AES key wrapping Kubernetes secrets in etcd (needed by an OkeCluster, not by node pools).
   * @default - unknown: reading it throws a named error
   */
  readonly secretsKeyId?: string;
  /** OCID of the AES key encrypting boot and persistent volumes. */
  readonly volumesKeyId: string;
  /**
   * OCID of the key encrypting log archives and streams.
   * @default - the volumes key
   */
  readonly dataKeyId?: string;
  /**
   * OCID of the vault the keys live in.
   * @default - unknown
   */
  readonly vaultId?: string;
  /**
   * Management endpoint of that vault.
   * @default - unknown
   */
  readonly managementEndpoint?: string;
}
