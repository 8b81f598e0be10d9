import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { IOkeCluster } from '../cluster/cluster-ref';
import { requireReference } from '../core/references';
import { CoreNetworkSecurityGroup } from '../generated/providers/oci/core-network-security-group';
import { CoreNetworkSecurityGroupSecurityRule, CoreNetworkSecurityGroupSecurityRuleConfig } from '../generated/providers/oci/core-network-security-group-security-rule';
import { IdentityPolicy } from '../generated/providers/oci/identity-policy';
import { requireOcid } from '../core/ocid';
import { tenancyUniqueName } from '../core/names';
import { libraryTags } from '../core/tags';
import { fileStorageCsiStatements, fileStorageDriverStatements, fileStorageKeyStatements } from './private/iam-statements';
import { MountTargetRule, mountTargetRules } from './mount-target-rules';

export interface FileStorageAccessProps {
  /**
   * The cluster: an OkeCluster or HardenedCluster of this app, or OkeCluster.fromClusterAttributes for one created
   * elsewhere. Its OCID conditions the statements; its compartment and name place and name the resources.
   */
  readonly cluster: IOkeCluster;
  /** VCN of the cluster (the mount-target NSG lives in it). */
  readonly vcnId: string;
  /** NSG of the worker nodes (NFS clients: the kubelet mounts on the node). */
  readonly workersNsgId: string;
  /** Vault key that encrypts the file systems. */
  readonly kmsKeyId: string;
  /**
   * Compartment of `kmsKeyId`. When it is not the cluster's, the key statements go to a policy of their own attached
   * to it (a policy grants only in its compartment and below: Oracle "How Policies Work").
   * @default - the cluster's compartment
   * @see https://docs.oracle.com/en-us/iaas/Content/Identity/Concepts/policies.htm
   */
  readonly kmsKeyCompartmentId?: string;
  /**
   * Service principal of File Storage in the tenancy's realm.
   * @default 'FssOc1Prod' (the commercial realm, OC1)
   */
  readonly fssServicePrincipal?: string;
  /**
   * Provider for the IAM policy. IAM resources can only be created in the tenancy's home region (Managing Regions):
   * pass a provider of the home region when the stack's provider is another region.
   * @default - the stack's default provider
   */
  readonly identityProvider?: TerraformProvider;
}

const PROTOCOL = { TCP: '6', UDP: '17' } as const;

/**
 * What a File Storage class needs outside the cluster: an NSG for mount targets with Oracle's NFS and TLS rules
 * towards the worker NSG (and the matching worker egress rules), and an IAM policy that lets this cluster's CSI
 * driver create file systems, exports and mount targets and use the Vault key. Attach the NSG to the mount target
 * (`nsg_ids` of oci_file_storage_mount_target, or `oci fs mount-target update --nsg-ids`).
 */
export class FileStorageAccess extends Construct {
  /** NSG to attach to the File Storage mount target. */
  public readonly mountTargetNsg: CoreNetworkSecurityGroup;
  public readonly mountTargetNsgId: string;
  public readonly securityRules: CoreNetworkSecurityGroupSecurityRule[];
  /** IAM policy for the cluster's File Storage CSI driver and the File Storage service's key use. */
  public readonly policy: IdentityPolicy;
  /** The key statements' own policy, attached to the key's compartment, when that is not the cluster's. */
  public readonly keyPolicy?: IdentityPolicy;

  constructor(scope: Construct, id: string, props: FileStorageAccessProps) {
    super(scope, id);
    const { compartmentId, clusterName, clusterId } = requireReference('cluster', props.cluster);
    requireOcid('cluster.compartmentId', compartmentId, 'compartment');
    requireOcid('cluster.clusterId', clusterId, 'cluster');
    requireOcid('vcnId', props.vcnId, 'vcn');
    requireOcid('workersNsgId', props.workersNsgId, 'nsg');
    requireOcid('kmsKeyId', props.kmsKeyId, 'key');
    if (props.kmsKeyCompartmentId !== undefined) requireOcid('kmsKeyCompartmentId', props.kmsKeyCompartmentId, 'compartment');
    const keyCompartmentId = props.kmsKeyCompartmentId ?? compartmentId;
    const keyElsewhere = keyCompartmentId !== compartmentId;
    const tags = libraryTags(clusterName, 'storage');
    this.mountTargetNsg = new CoreNetworkSecurityGroup(this, 'mount-target-nsg', {
      compartmentId: compartmentId, vcnId: props.vcnId, displayName: `${clusterName}-fss-mount-targets`, freeformTags: tags,
    });
    this.mountTargetNsgId = this.mountTargetNsg.id;
    const nsgOf = { mountTarget: this.mountTargetNsgId, workers: props.workersNsgId };
    this.securityRules = mountTargetRules().map((rule) => new CoreNetworkSecurityGroupSecurityRule(this, `${rule.side === 'workers' ? 'workers' : 'mount-target'}-${rule.direction.toLowerCase()}-${rule.key}`, {
      networkSecurityGroupId: nsgOf[rule.side],
      ...renderMountTargetRule(rule, nsgOf[rule.side === 'workers' ? 'mountTarget' : 'workers']),
    }));
    this.policy = new IdentityPolicy(this, 'csi-policy', {
      provider: props.identityProvider,
      compartmentId,
      name: tenancyUniqueName(clusterName, compartmentId, 'file-storage-csi'),
      description: `Lets the ${clusterName} cluster's File Storage CSI driver create encrypted file systems and mount targets`,
      statements: keyElsewhere
        ? fileStorageDriverStatements(compartmentId, clusterId)
        : fileStorageCsiStatements(compartmentId, clusterId, props.kmsKeyId, props.fssServicePrincipal),
      freeformTags: tags,
    });
    if (keyElsewhere) {
      this.keyPolicy = new IdentityPolicy(this, 'key-policy', {
        provider: props.identityProvider,
        compartmentId: keyCompartmentId,
        name: tenancyUniqueName(clusterName, compartmentId, 'file-storage-key'),
        description: `Lets File Storage and the ${clusterName} cluster use the file systems' Vault key`,
        statements: fileStorageKeyStatements(keyCompartmentId, props.kmsKeyId, props.fssServicePrincipal),
        freeformTags: tags,
      });
    }
  }
}

/** Terraform attributes of one rule; the peer is always the other NSG. */
export function renderMountTargetRule(rule: MountTargetRule, peerNsgId: string): Omit<CoreNetworkSecurityGroupSecurityRuleConfig, 'networkSecurityGroupId'> {
  const range = { min: rule.ports.min, max: rule.ports.max };
  const portOptions = rule.portEnd === 'destination' ? { destinationPortRange: range } : { sourcePortRange: range };
  const ends = rule.direction === 'INGRESS'
    ? { source: peerNsgId, sourceType: 'NETWORK_SECURITY_GROUP' }
    : { destination: peerNsgId, destinationType: 'NETWORK_SECURITY_GROUP' };
  return {
    direction: rule.direction,
    protocol: PROTOCOL[rule.protocol],
    description: rule.description,
    stateless: false,
    ...ends,
    ...(rule.protocol === 'TCP' ? { tcpOptions: portOptions } : { udpOptions: portOptions }),
  };
}
