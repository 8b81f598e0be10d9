import { KEY_ROTATION_DEFAULT_DAYS, KEY_ROTATION_MAX_DAYS, KEY_ROTATION_MIN_DAYS } from '../../core/retention';
import { block, dig, isTrue, num, objectsOf, resourcesOf, TfBlock } from '../model';
import { Control, Finding, NSA, na, verdict } from './types';

const BLOCK_CSI = 'blockvolume.csi.oraclecloud.com';
const FSS_CSI = 'fss.csi.oraclecloud.com';
const LEGACY_FLEX = 'oracle.com/oci';

function algorithm(k: TfBlock): string {
  return String(dig(k.body, 'key_shape', 'algorithm') ?? '').toUpperCase();
}

export const ENCRYPTION_CONTROLS: Control[] = [
  {
    id: 'ENC-01', group: 'encryption', severity: 'high',
    title: 'Kubernetes secrets in etcd are encrypted with a Vault key',
    references: { cisOke: '5.3.1', nsaCisa: `${NSA.NET} › Secrets`, kubescape: ['C-0066'] },
    fix: 'Set kms_key_id on the cluster to an AES-256 Vault key (and the IAM policy that lets the cluster use it).',
    check: (m) => resourcesOf(m, 'oci_containerengine_cluster').map((c) => verdict(c, !!c.body.kms_key_id, 'kms_key_id is not set')),
  },
  {
    id: 'ENC-02', group: 'encryption', severity: 'high',
    title: 'Node boot volumes are encrypted with a Vault key',
    references: { nsaCisa: `${NSA.NET} › Encryption` },
    fix: 'Set node_config_details.kms_key_id on every node pool.',
    check: (m) => resourcesOf(m, 'oci_containerengine_node_pool').map((p) =>
      verdict(p, !!dig(p.body, 'node_config_details', 'kms_key_id'), 'node_config_details.kms_key_id is not set')),
  },
  {
    id: 'ENC-03', group: 'encryption', severity: 'medium',
    title: 'In-transit encryption between nodes and their boot and block volumes is on',
    references: { nsaCisa: `${NSA.NET} › Encryption`, checkov: ['CKV_OCI_4'] },
    fix: 'Set node_config_details.is_pv_encryption_in_transit_enabled = true.',
    check: (m) => resourcesOf(m, 'oci_containerengine_node_pool').map((p) =>
      verdict(p, isTrue(dig(p.body, 'node_config_details', 'is_pv_encryption_in_transit_enabled')), 'is_pv_encryption_in_transit_enabled is not true')),
  },
  {
    id: 'ENC-04', group: 'encryption', severity: 'medium',
    title: 'StorageClasses encrypt volumes with a Vault key and in transit',
    references: { nsaCisa: `${NSA.NET} › Encryption` },
    fix: `Block Volume classes (${BLOCK_CSI}): set parameters kms-key-id and attachment-type: paravirtualized. File Storage classes (${FSS_CSI}): set availabilityDomain, mountTargetOcid (or mountTargetSubnetOcid), kmsKeyOcid and encryptInTransit: "true". Do not use the legacy ${LEGACY_FLEX} provisioner.`,
    check: (m) => objectsOf(m, 'StorageClass').map((o): Finding => {
      const p = o.object.parameters ?? {};
      switch (o.object.provisioner) {
        case BLOCK_CSI: {
          const problems = [];
          if (!p['kms-key-id']) problems.push('parameters.kms-key-id is missing');
          if (p['attachment-type'] !== 'paravirtualized') problems.push('parameters.attachment-type is not paravirtualized');
          return verdict(o, problems.length === 0, problems.join('; '));
        }
        case FSS_CSI: {
          // Parameters per Oracle's "Provisioning PVCs on the File Storage Service": without an availability domain
          // and a mount target (or mount-target subnet) every claim fails; kmsKeyOcid is the Vault key at rest.
          const problems = [];
          if (String(p.encryptInTransit) !== 'true') problems.push('parameters.encryptInTransit is not "true"');
          if (!p.kmsKeyOcid) problems.push('parameters.kmsKeyOcid is missing (Oracle-managed keys)');
          if (!p.availabilityDomain) problems.push('parameters.availabilityDomain is missing (every claim fails)');
          if (!p.mountTargetOcid && !p.mountTargetSubnetOcid) problems.push('neither parameters.mountTargetOcid nor mountTargetSubnetOcid is set (every claim fails)');
          return verdict(o, problems.length === 0, problems.join('; '));
        }
        case LEGACY_FLEX:
          return verdict(o, false, 'the legacy FlexVolume provisioner cannot use Vault keys or in-transit encryption');
        default:
          return na(o, `provisioner ${o.object.provisioner} is not an OCI storage driver`);
      }
    }),
  },
  {
    id: 'ENC-05', group: 'encryption', severity: 'medium',
    title: `Symmetric Vault keys rotate automatically at least every ${KEY_ROTATION_MAX_DAYS} days`,
    references: { nsaCisa: `${NSA.NET} › Encryption` },
    fix: `Set is_auto_rotation_enabled = true and auto_key_rotation_details.rotation_interval_in_days between ${KEY_ROTATION_MIN_DAYS} and ${KEY_ROTATION_MAX_DAYS} (library default ${KEY_ROTATION_DEFAULT_DAYS}).`,
    check: (m) => resourcesOf(m, 'oci_kms_key').map((k): Finding => {
      if (algorithm(k) && algorithm(k) !== 'AES') return na(k, `${algorithm(k)} keys are rotated by re-signing, not automatic rotation`);
      const days = num(dig(k.body, 'auto_key_rotation_details', 'rotation_interval_in_days'));
      if (!isTrue(k.body.is_auto_rotation_enabled)) return verdict(k, false, 'is_auto_rotation_enabled is not true');
      return verdict(k, days !== undefined && days <= KEY_ROTATION_MAX_DAYS, days === undefined ? 'rotation_interval_in_days is not set' : `rotation_interval_in_days = ${days} (> ${KEY_ROTATION_MAX_DAYS})`);
    }),
  },
  {
    id: 'ENC-06', group: 'encryption', severity: 'medium',
    title: 'Vault keys are HSM-protected',
    references: { nsaCisa: `${NSA.NET} › Encryption` },
    fix: 'Set protection_mode = "HSM" (SOFTWARE keys leave the HSM boundary; EXTERNAL keys depend on a third party).',
    check: (m) => resourcesOf(m, 'oci_kms_key').map((k) => {
      const mode = k.body.protection_mode;
      return verdict(k, mode === undefined || mode === 'HSM', `protection_mode = ${mode}`);
    }),
  },
  {
    id: 'ENC-07', group: 'encryption', severity: 'medium',
    title: 'Vault keys are AES-256 (or RSA of at least 2048 bits for signing)',
    references: { nsaCisa: `${NSA.NET} › Encryption` },
    fix: 'Use key_shape { algorithm = "AES", length = 32 } for encryption keys and RSA length >= 256 bytes for signing keys.',
    check: (m) => resourcesOf(m, 'oci_kms_key').map((k) => {
      const shape = block(k.body.key_shape);
      const len = num(shape?.length);
      const alg = algorithm(k);
      const ok = (alg === 'AES' && len === 32) || (alg === 'RSA' && len !== undefined && len >= 256) || (alg === 'ECDSA' && len !== undefined && len >= 32);
      return verdict(k, ok, `key_shape is ${alg || 'unset'}/${len ?? 'unset'}`);
    }),
  },
  {
    id: 'ENC-08', group: 'encryption', severity: 'medium',
    title: 'Object Storage buckets are encrypted with a Vault key',
    references: { nsaCisa: `${NSA.NET} › Encryption`, checkov: ['CKV_OCI_9'] },
    fix: 'Set kms_key_id on the bucket.',
    check: (m) => resourcesOf(m, 'oci_objectstorage_bucket').map((b) => verdict(b, !!b.body.kms_key_id, 'kms_key_id is not set (Oracle-managed key)')),
  },
];
