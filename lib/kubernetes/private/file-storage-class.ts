import { Token } from 'cdktf';
import { isAnywhere, requireCidr } from '../../core/cidr';
import { HardenedOkeValidationError } from '../../core/errors';
import { requireOcid } from '../../core/ocid';
import { FileStorageClassOptions } from '../types';

/**
 * StorageClass parameters of the File Storage CSI driver (fss.csi.oraclecloud.com), per Oracle's "Provisioning PVCs
 * on the File Storage Service", section "Provisioning a PVC on a New File System Using the CSI Volume Plugin":
 * - availabilityDomain (required): AD of the new file system (and of a mount target the driver creates);
 * - mountTargetOcid | mountTargetSubnetOcid (one required; mountTargetOcid wins when both are set);
 * - kmsKeyOcid: Vault master key for data at rest (Oracle-managed keys without it);
 * - exportOptions: JSON list of NFS export options; Oracle's default admits 0.0.0.0/0 read-write, so the class
 *   narrows the source to the worker subnet;
 * - encryptInTransit: "true" for TLS 1.2 between node and mount target (needs the NSG rules for TCP 2051 and the
 *   oci-fss-utils package on every node; Oracle Linux 7/8 worker nodes only).
 * compartmentOcid is left out: it defaults to the cluster's compartment. exportPath is left out: a fixed path would
 * let the class create only one file system.
 */
export function fileStorageParameters(o: FileStorageClassOptions): Record<string, string> {
  const target: Record<string, string> = o.mountTargetId
    ? { mountTargetOcid: o.mountTargetId }
    : { mountTargetSubnetOcid: o.mountTargetSubnetId! };
  return {
    availabilityDomain: o.availabilityDomain,
    ...target,
    kmsKeyOcid: o.kmsKeyId,
    // identitySquash NONE as in Oracle's default: pods run as non-root (restricted Pod Security) and own their files.
    exportOptions: JSON.stringify([{ source: o.exportSourceCidr, requirePrivilegedSourcePort: false, access: 'READ_WRITE', identitySquash: 'NONE' }]),
    encryptInTransit: 'true',
  };
}

// Availability domain names look like `Uocm:EU-FRANKFURT-1-AD-1` (tenancy prefix, region, AD number).
const AD_NAME = /^([A-Za-z0-9]+:)?[A-Z]+-[A-Z]+-\d+-AD-\d$/;

export function validateFileStorage(property: string, o: FileStorageClassOptions): void {
  if (!o.availabilityDomain || (!Token.isUnresolved(o.availabilityDomain) && !AD_NAME.test(o.availabilityDomain))) {
    throw new HardenedOkeValidationError(`${property}.availabilityDomain`, `"${o.availabilityDomain}" is not an availability domain name`,
      'use the name `oci iam availability-domain list` prints, e.g. Uocm:EU-FRANKFURT-1-AD-1');
  }
  if ((o.mountTargetId === undefined) === (o.mountTargetSubnetId === undefined)) {
    throw new HardenedOkeValidationError(`${property}.mountTargetId`, 'give exactly one of mountTargetId and mountTargetSubnetId',
      'name an active mount target (recommended: it can carry the mount-target NSG), or a subnet the CSI driver creates one in');
  }
  if (o.mountTargetId !== undefined) requireOcid(`${property}.mountTargetId`, o.mountTargetId, 'mountTarget');
  if (o.mountTargetSubnetId !== undefined) requireOcid(`${property}.mountTargetSubnetId`, o.mountTargetSubnetId, 'subnet');
  requireOcid(`${property}.kmsKeyId`, o.kmsKeyId, 'key');
  if (!o.exportSourceCidr) {
    throw new HardenedOkeValidationError(`${property}.exportSourceCidr`, 'is required', 'give the worker nodes\' subnet CIDR, e.g. 10.0.16.0/20');
  }
  if (!Token.isUnresolved(o.exportSourceCidr)) {
    const parsed = requireCidr(`${property}.exportSourceCidr`, o.exportSourceCidr);
    if (isAnywhere(o.exportSourceCidr) || parsed.prefix < 8) {
      throw new HardenedOkeValidationError(`${property}.exportSourceCidr`, `${o.exportSourceCidr} exports the file systems to a large share of all addresses`, 'give the worker nodes\' subnet CIDR');
    }
  }
}
