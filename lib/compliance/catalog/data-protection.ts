import { ComplianceModel, blocks, blocksOf, dig, isTrue, num, refsIn, resourcesOf, TfBlock } from '../model';
import { Control, NSA, verdict } from './types';
import { SECURITY_ZONE_CONTROLS } from './security-zone';

const BUCKET = 'oci_objectstorage_bucket';

function preventDestroy(r: TfBlock): boolean {
  return isTrue(r.body.lifecycle?.prevent_destroy);
}

/** Buckets that keep evidence: service connector targets, or buckets with retention rules. */
export function archiveBuckets(m: ComplianceModel): TfBlock[] {
  const targets = new Set(resourcesOf(m, 'oci_sch_service_connector').flatMap((s) => refsIn(dig(s.body, 'target', 'bucket'))));
  return resourcesOf(m, BUCKET).filter((b) => targets.has(b.address) || blocksOf(b.body, 'retention_rules').length > 0);
}

const DAYS_PER_UNIT: Record<string, number> = { DAYS: 1, YEARS: 365 };

export const DATA_PROTECTION_CONTROLS: Control[] = [
  {
    id: 'DATA-01', group: 'data-protection', severity: 'high',
    title: 'Vaults and keys cannot be destroyed by a plan (prevent_destroy)',
    references: { nsaCisa: `${NSA.NET} › Encryption` },
    fix: 'Set lifecycle { prevent_destroy = true } on oci_kms_vault and oci_kms_key: losing the key loses the cluster secrets and volumes.',
    check: (m) => resourcesOf(m, 'oci_kms_vault', 'oci_kms_key').map((r) => verdict(r, preventDestroy(r), 'lifecycle.prevent_destroy is not true')),
  },
  {
    id: 'DATA-02', group: 'data-protection', severity: 'medium',
    title: 'Log archive buckets cannot be destroyed by a plan (prevent_destroy)',
    references: { nsaCisa: `${NSA.LOG} › Fault tolerance` },
    fix: 'Set lifecycle { prevent_destroy = true } on the archive bucket.',
    check: (m) => archiveBuckets(m).map((b) => verdict(b, preventDestroy(b), 'lifecycle.prevent_destroy is not true')),
  },
  {
    id: 'DATA-03', group: 'data-protection', severity: 'critical',
    title: 'No bucket is public',
    references: { nsaCisa: `${NSA.NET} › Protecting sensitive cloud infrastructure`, checkov: ['CKV_OCI_10'] },
    fix: 'Set access_type = "NoPublicAccess".',
    check: (m) => resourcesOf(m, BUCKET).map((b) => verdict(b, b.body.access_type === undefined || b.body.access_type === 'NoPublicAccess', `access_type = ${b.body.access_type}`)),
  },
  {
    id: 'DATA-04', group: 'data-protection', severity: 'medium',
    title: 'Log archive buckets have a retention rule of at least 365 days',
    references: { nsaCisa: `${NSA.LOG} › Fault tolerance` },
    fix: 'Add retention_rules { duration { time_amount = "365", time_unit = "DAYS" } } (lock it with time_rule_locked once verified).',
    check: (m) => archiveBuckets(m).map((b) => {
      const longest = Math.max(0, ...blocksOf(b.body, 'retention_rules').map((r) => {
        const d = blocks(r.duration)[0];
        return (num(d?.time_amount) ?? 0) * (DAYS_PER_UNIT[String(d?.time_unit ?? '').toUpperCase()] ?? 0);
      }));
      return verdict(b, longest >= 365, longest ? `longest retention rule is ${longest} days` : 'no retention rule');
    }),
  },
  {
    id: 'DATA-05', group: 'data-protection', severity: 'low',
    title: 'Log archive buckets emit object events',
    references: { nsaCisa: `${NSA.LOG} › Threat detection`, checkov: ['CKV_OCI_7'] },
    fix: 'Set object_events_enabled = true on the archive bucket.',
    check: (m) => archiveBuckets(m).map((b) => verdict(b, isTrue(b.body.object_events_enabled), 'object_events_enabled is not true')),
  },
  ...SECURITY_ZONE_CONTROLS,
];
