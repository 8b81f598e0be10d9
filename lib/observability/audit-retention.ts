import { Construct } from 'constructs';
import { requireOcid } from '../core/ocid';
import { AuditConfiguration } from '../generated/providers/oci/audit-configuration';
import { AUDIT_RETENTION_DAYS } from './private/observability-rules';

export interface AuditRetentionProps {
  /** OCID of the tenancy (audit retention is a tenancy-wide setting). */
  readonly tenancyId: string;
}

/**
 * Keeps OCI Audit events 365 days (the maximum; CIS OCI 3.1). Tenancy-wide: create it once per tenancy, from the
 * stack that owns tenancy settings.
 */
export class AuditRetention extends Construct {
  /** The tenancy's Audit configuration: the construct's main Terraform resource (escape hatch). */
  public readonly resource: AuditConfiguration;
  public readonly retentionDays: number = AUDIT_RETENTION_DAYS;

  constructor(scope: Construct, id: string, props: AuditRetentionProps) {
    super(scope, id);
    requireOcid('tenancyId', props.tenancyId, 'tenancy');
    this.resource = new AuditConfiguration(this, 'configuration', {
      compartmentId: props.tenancyId,
      retentionPeriodDays: AUDIT_RETENTION_DAYS,
    });
  }
}
