/**
 * Plan-time checks of what `kubernetes.fileStorage` brings, where they meet the network: the exports admit
 * `exportSourceCidr`, which with `network.existingVcn` must be the brought worker subnet's block; a subnet the CSI
 * driver creates mount targets in must be a private subnet of the cluster's VCN; the file systems' availability
 * domain must be one of the region's. Oracle, "Provisioning PVCs on the File Storage Service": the mount target
 * subnet and the worker nodes must be able to reach each other, and `availabilityDomain` names where the CSI driver
 * creates the mount target and file system.
 * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contengcreatingpersistentvolumeclaim_Provisioning_PVCs_on_FSS.htm
 * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Concepts/contengnetworkconfig.htm
 */
import { Precondition } from 'cdktf';
import { Construct } from 'constructs';
import { hclOperand, keyCompartmentCondition, planCondition } from '../../core/plan-checks';
import { DataOciCoreSubnet } from '../../generated/providers/oci/data-oci-core-subnet';
import { DataOciKmsKey } from '../../generated/providers/oci/data-oci-kms-key';
import { DataOciIdentityAvailabilityDomains } from '../../generated/providers/oci/data-oci-identity-availability-domains';
import type { HardenedClusterFileStorageOptions } from '../../storage/file-storage-options';

export function fileStorageConditions(scope: Construct, fss: HardenedClusterFileStorageOptions, ctx: {
  readonly compartmentId: string; readonly vcnId: string; readonly exportSourceCidr: string; readonly broughtWorkers?: DataOciCoreSubnet;
}): Precondition[] {
  const ads = new DataOciIdentityAvailabilityDomains(scope, 'file-storage-availability-domains', { compartmentId: ctx.compartmentId }).fqn;
  const conditions = [planCondition(`contains([for ad in ${ads}.availability_domains : ad.name], ${hclOperand(fss.availabilityDomain)})`, 'availabilityDomain',
    `${fss.availabilityDomain} is not an availability domain of the region`, 'use a name `oci iam availability-domain list` prints')];
  if (ctx.broughtWorkers) {
    conditions.push(planCondition(`${ctx.broughtWorkers.fqn}.cidr_block == ${hclOperand(ctx.exportSourceCidr)}`, 'exportSourceCidr',
      'is not the CIDR block of network.existingVcn.subnetIds.workers, so the exports would refuse the worker nodes', 'copy cidr_block of the worker subnet'));
  }
  if (fss.mountTargetSubnetId !== undefined) {
    const s = new DataOciCoreSubnet(scope, 'file-storage-mount-target-subnet', { subnetId: fss.mountTargetSubnetId }).fqn;
    conditions.push(
      planCondition(`${s}.vcn_id == ${hclOperand(ctx.vcnId)}`, 'mountTargetSubnetId', 'the subnet is not in the cluster\'s VCN', 'give a subnet of the cluster\'s VCN'),
      planCondition(`${s}.prohibit_public_ip_on_vnic`, 'mountTargetSubnetId', 'the subnet is public (prohibit_public_ip_on_vnic is false)', 'give a private subnet'),
    );
  }
  return conditions;
}

/**
 * Reads a brought File Storage key (`kmsKeyId`) when its vault's management endpoint is given (the data source needs
 * it): the key must be ENABLED and in the compartment its key policy is written for and attached to
 * (`kmsKeyCompartmentId`, default the cluster's), since a policy grants only in its own compartment and below.
 * Without the endpoint nothing is read (README, "Not read").
 */
export function checkFileStorageKey(scope: Construct, fss: HardenedClusterFileStorageOptions, clusterCompartmentId: string): DataOciKmsKey | undefined {
  if (fss.kmsKeyId === undefined || fss.kmsKeyManagementEndpoint === undefined) return undefined;
  return new DataOciKmsKey(scope, 'file-storage-key', {
    keyId: fss.kmsKeyId,
    managementEndpoint: fss.kmsKeyManagementEndpoint,
    lifecycle: {
      postcondition: [
        planCondition('self.state == "ENABLED"', 'kmsKeyId', 'the key is not ENABLED', 'enable the key, or bring an enabled one'),
        keyCompartmentCondition('kmsKeyCompartmentId', 'kmsKeyId', fss.kmsKeyCompartmentId ?? clusterCompartmentId),
      ],
    },
  });
}
