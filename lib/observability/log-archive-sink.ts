import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedOkeValidationError } from '../core/errors';
import { requireRegion } from '../core/regions';
import { requireOcid } from '../core/ocid';
import { tenancyUniqueName } from '../core/names';
import { libraryTags } from '../core/tags';
import { DataOciObjectstorageNamespace } from '../generated/providers/oci/data-oci-objectstorage-namespace';
import { IdentityPolicy } from '../generated/providers/oci/identity-policy';
import { LoggingLog } from '../generated/providers/oci/logging-log';
import { LoggingLogGroup } from '../generated/providers/oci/logging-log-group';
import { ObjectstorageBucket } from '../generated/providers/oci/objectstorage-bucket';
import { SchServiceConnector } from '../generated/providers/oci/sch-service-connector';
import { connectorReadLogsStatement, connectorWriteBucketStatement, objectStorageKeyStatement } from './private/iam-statements';
import { connectorLogSource } from './private/log-sources';
import { existingBucketConditions } from './private/existing-sink-checks';
import {
  ARCHIVE_RETENTION_MIN_DAYS, LOG_RETENTION_MIN_DAYS, requireArchiveRetention, requireLogRetention, requireResourceName, requireRfc3339,
} from './private/observability-rules';
import { requireClusterName } from '../core/names';

/** A bucket you already own, used as the archive. You state its properties; insecure ones are refused. */
export interface ExistingArchiveBucket {
  /** Bucket name. */
  readonly name: string;
  /**
   * Compartment of the bucket.
   * @default - the sink's compartment
   */
  readonly compartmentId?: string;
  /** You state the bucket is encrypted with a Vault (customer-managed) key. Must be true. */
  readonly encrypted: boolean;
  /** You state the bucket allows public access. Must be false. */
  readonly publicAccess: boolean;
}

/** Options of the Object Storage archive (used alone or through `LogSinks` / `Observability`). */
export interface LogArchiveOptions {
  /**
   * OCID of the Vault key that encrypts the archive bucket. Required unless `existingBucket` is set.
   * @default - none
   */
  readonly kmsKeyId?: string;
  /**
   * Region of the bucket (e.g. `eu-frankfurt-1`), needed to let Object Storage use the key. Required unless
   * `existingBucket` is set or `manageKeyPolicy` is false.
   * @default - none
   */
  readonly region?: string;
  /**
   * Create the policy that lets Object Storage use `kmsKeyId` (bucket creation fails without it).
   * @default true
   */
  readonly manageKeyPolicy?: boolean;
  /**
   * Compartment of the key, for the key policy.
   * @default - the sink's compartment
   */
  readonly keyCompartmentId?: string;
  /**
   * Bucket name (unique in the tenancy's namespace).
   * @default `<clusterName>-log-archive`
   */
  readonly bucketName?: string;
  /**
   * Days every archived object is kept and cannot be deleted or overwritten (retention rule). At least 365.
   * @default 365
   */
  readonly retentionDays?: number;
  /**
   * Lock the retention rule at this RFC 3339 time (at least 14 days after creation). Locking is irreversible:
   * afterwards nobody, not even an administrator, can shorten or delete the rule or the bucket.
   * @default - the rule is not locked (an administrator could still remove it)
   */
  readonly lockRetentionAt?: string;
  /**
   * Retention of the bucket's write log, in days (90 to 180).
   * @default 90
   */
  readonly writeLogRetentionDays?: number;
  /**
   * Use a bucket you already own instead of creating one.
   * @default - a bucket is created
   */
  readonly existingBucket?: ExistingArchiveBucket;
}

export interface LogArchiveSinkProps extends LogArchiveOptions {
  /** Compartment of the connector (and of the bucket it creates). */
  readonly compartmentId: string;
  /** Cluster name; display names derive from it. */
  readonly clusterName: string;
  /** The cluster's log group (the connector also ships the compartment's `_Audit` log). */
  readonly logGroupId: string;
  /**
   * Provider for the IAM policies created here. IAM resources can only be created in the tenancy's home region
   * (Managing Regions): pass a provider of the home region when the stack's provider is another region.
   * @default - the stack's default provider
   */
  readonly identityProvider?: TerraformProvider;
}

/**
 * Ships the audit log and the cluster's logs through Service Connector Hub to an Object Storage archive that is
 * encrypted with a Vault key, private, under a retention rule of at least 365 days, with object events and write
 * logs on, and protected from destroy.
 */
export class LogArchiveSink extends Construct {
  /** The bucket created here (absent when brought). */
  public readonly bucket?: ObjectstorageBucket;
  /** The bucket's Object Storage write log (absent when brought). */
  public readonly writeLog?: LoggingLog;
  /** The log group of the write log, shipped by no connector (absent when the bucket is brought). */
  public readonly writeLogGroup?: LoggingLogGroup;
  public readonly namespaceData: DataOciObjectstorageNamespace;
  /** The Service Connector that moves the logs to the bucket: the construct's main Terraform resource (escape hatch). */
  public readonly resource: SchServiceConnector;
  /** Lets the connector read the logs (and write objects, when the bucket is in the same compartment). */
  public readonly connectorPolicy: IdentityPolicy;
  /**
   * Lets the connector write objects into a bucket of another compartment. A policy can only grant access to its
   * own compartment and those below it, so this one is attached to the bucket's compartment.
   */
  public readonly targetPolicy?: IdentityPolicy;
  /** Lets Object Storage use the archive key (when managed here). */
  public readonly keyPolicy?: IdentityPolicy;
  public readonly bucketName: string;
  /** True when the retention rule gets a lock time. */
  public readonly retentionLocked: boolean;
  /** Retention rule duration, in days (undefined for a brought bucket). */
  public readonly retentionDays?: number;

  constructor(scope: Construct, id: string, props: LogArchiveSinkProps) {
    super(scope, id);
    requireOcid('compartmentId', props.compartmentId, 'compartment');
    requireClusterName('clusterName', props.clusterName);
    requireOcid('logGroupId', props.logGroupId, 'loggroup');
    const existing = props.existingBucket;
    if (existing) {
      requireResourceName('existingBucket.name', existing.name, 256);
      if (existing.compartmentId !== undefined) requireOcid('existingBucket.compartmentId', existing.compartmentId, 'compartment');
      if (existing.publicAccess !== false) {
        throw new HardenedOkeValidationError('existingBucket.publicAccess', 'the bucket allows public access',
          'set the bucket\'s access type to NoPublicAccess, then state publicAccess: false');
      }
      if (existing.encrypted !== true) {
        throw new HardenedOkeValidationError('existingBucket.encrypted', 'the bucket is not encrypted with a Vault key',
          'assign a Vault key to the bucket (kms_key_id), then state encrypted: true; or let the library create the archive');
      }
      for (const p of ['kmsKeyId', 'bucketName', 'lockRetentionAt', 'retentionDays'] as const) {
        if (props[p] !== undefined) {
          throw new HardenedOkeValidationError(p, 'applies only to a bucket the library creates', `remove ${p} or existingBucket`);
        }
      }
    } else {
      requireOcid('kmsKeyId', props.kmsKeyId, 'key');
      if ((props.manageKeyPolicy ?? true) && !props.region) {
        throw new HardenedOkeValidationError('region', 'is required to let Object Storage use the archive key',
          'set region (e.g. eu-frankfurt-1), or manageKeyPolicy: false if a policy already grants objectstorage-<region> use of the key');
      }
      if (props.region !== undefined) requireRegion('region', props.region, { allowUnknown: true });
      if (props.keyCompartmentId !== undefined) requireOcid('keyCompartmentId', props.keyCompartmentId, 'compartment');
      if (props.bucketName !== undefined) requireResourceName('bucketName', props.bucketName, 256);
      requireArchiveRetention('retentionDays', props.retentionDays ?? ARCHIVE_RETENTION_MIN_DAYS);
      if (props.lockRetentionAt !== undefined) requireRfc3339('lockRetentionAt', props.lockRetentionAt);
    }
    const writeLogRetention = props.writeLogRetentionDays ?? LOG_RETENTION_MIN_DAYS;
    requireLogRetention('writeLogRetentionDays', writeLogRetention);

    const name = props.clusterName;
    const tags = libraryTags(name, 'observability');
    this.namespaceData = new DataOciObjectstorageNamespace(this, 'namespace', { compartmentId: props.compartmentId });
    const bucketCompartment = existing?.compartmentId ?? props.compartmentId;

    if (existing) {
      this.bucketName = existing.name;
      this.retentionLocked = false;
    } else {
      // Bucket names are unique per Object Storage namespace (one per tenancy): see lib/core/names.
      this.bucketName = props.bucketName ?? tenancyUniqueName(name, props.compartmentId, 'log-archive');
      this.retentionDays = props.retentionDays ?? ARCHIVE_RETENTION_MIN_DAYS;
      this.retentionLocked = props.lockRetentionAt !== undefined;
      if (props.manageKeyPolicy ?? true) {
        this.keyPolicy = new IdentityPolicy(this, 'key-policy', {
          provider: props.identityProvider,
          compartmentId: props.keyCompartmentId ?? props.compartmentId,
          name: tenancyUniqueName(name, props.compartmentId, 'log-archive-key'),
          description: `Lets Object Storage encrypt the log archive of ${name} with its Vault key`,
          statements: [objectStorageKeyStatement(props.region!, props.keyCompartmentId ?? props.compartmentId, props.kmsKeyId!)],
          freeformTags: tags,
          // Kept with the bucket (README "Teardown"): without this grant Object Storage cannot use the key, so the
          // archive it encrypted could not be read after a destroy.
          lifecycle: { preventDestroy: true },
        });
      }
      this.bucket = new ObjectstorageBucket(this, 'bucket', {
        compartmentId: props.compartmentId,
        name: this.bucketName,
        namespace: this.namespaceData.namespace,
        kmsKeyId: props.kmsKeyId,
        accessType: 'NoPublicAccess',
        storageTier: 'Standard',
        objectEventsEnabled: true,
        // OCI refuses retention rules on versioned buckets; the retention rule is what makes objects immutable.
        versioning: 'Disabled',
        retentionRules: [{
          displayName: `${name}-retain-${this.retentionDays}d`,
          duration: { timeAmount: String(this.retentionDays), timeUnit: 'DAYS' },
          timeRuleLocked: props.lockRetentionAt,
        }],
        freeformTags: tags,
        // The archive is evidence: never destroyed by a plan.
        lifecycle: { preventDestroy: true },
        dependsOn: this.keyPolicy ? [this.keyPolicy] : undefined,
      });
      // A log group of its own, which no connector ships: in the cluster's log group the connector would move each
      // archive write into the archive again (a write log entry per archived object, forever).
      this.writeLogGroup = new LoggingLogGroup(this, 'write-log-group', {
        compartmentId: props.compartmentId,
        displayName: `${name}-log-archive-writes`,
        description: `Object Storage write log of the ${name} log archive (not shipped by the archive connector)`,
        freeformTags: tags,
      });
      this.writeLog = new LoggingLog(this, 'write-log', {
        displayName: `${name}-log-archive-writes`,
        logGroupId: this.writeLogGroup.id,
        logType: 'SERVICE',
        isEnabled: true,
        retentionDuration: writeLogRetention,
        configuration: {
          compartmentId: props.compartmentId,
          source: { sourceType: 'OCISERVICE', service: 'objectstorage', category: 'write', resource: this.bucket.name },
        },
        freeformTags: tags,
      });
    }

    const write = connectorWriteBucketStatement(props.compartmentId, bucketCompartment, this.bucketName);
    const sameCompartment = bucketCompartment === props.compartmentId;
    this.connectorPolicy = new IdentityPolicy(this, 'connector-policy', {
      provider: props.identityProvider,
      compartmentId: props.compartmentId,
      name: tenancyUniqueName(name, props.compartmentId, 'log-archive-connector'),
      description: `Lets the log archive connector of ${name} read logs and write archive objects`,
      statements: sameCompartment ? [connectorReadLogsStatement(props.compartmentId), write] : [connectorReadLogsStatement(props.compartmentId)],
      freeformTags: tags,
    });
    if (!sameCompartment) {
      this.targetPolicy = new IdentityPolicy(this, 'target-policy', {
        provider: props.identityProvider,
        compartmentId: bucketCompartment,
        name: tenancyUniqueName(name, props.compartmentId, 'log-archive-target'),
        description: `Lets the log archive connector of ${name} write archive objects`,
        statements: [write],
        freeformTags: tags,
      });
    }
    this.resource = new SchServiceConnector(this, 'connector', {
      compartmentId: props.compartmentId,
      displayName: `${name}-logs-to-archive`,
      description: `Audit and cluster logs of ${name} to the Object Storage archive`,
      source: connectorLogSource(props.compartmentId, props.logGroupId),
      target: {
        kind: 'objectStorage',
        bucket: this.bucket ? this.bucket.name : this.bucketName,
        namespace: this.namespaceData.namespace,
        objectNamePrefix: name,
      },
      freeformTags: tags,
      dependsOn: this.targetPolicy ? [this.connectorPolicy, this.targetPolicy] : [this.connectorPolicy],
      // What the user states about the brought bucket is checked against what the plan reads.
      lifecycle: existing ? { precondition: existingBucketConditions(this, existing, this.namespaceData.namespace, bucketCompartment) } : undefined,
    });
  }
}
