import { TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedOkeValidationError } from '../core/errors';
import { requireOcid } from '../core/ocid';
import { tenancyUniqueName } from '../core/names';
import { libraryTags } from '../core/tags';
import { IdentityPolicy } from '../generated/providers/oci/identity-policy';
import { SchServiceConnector } from '../generated/providers/oci/sch-service-connector';
import { StreamingStream } from '../generated/providers/oci/streaming-stream';
import { StreamingStreamPool } from '../generated/providers/oci/streaming-stream-pool';
import { connectorPushStreamStatement, connectorReadLogsStatement, streamingKeyStatement } from './private/iam-statements';
import { connectorLogSource } from './private/log-sources';
import { existingStreamConditions } from './private/existing-sink-checks';
import { STREAM_RETENTION_MAX_HOURS, requireResourceName, requireStreamRetention } from './private/observability-rules';
import { requireClusterName } from '../core/names';

/** A stream you already own (e.g. read by your SIEM). You state its properties; insecure ones are refused. */
export interface ExistingLogStream {
  /** OCID of the stream. */
  readonly streamId: string;
  /**
   * Compartment of the stream.
   * @default - the sink's compartment
   */
  readonly compartmentId?: string;
  /** You state the stream is encrypted at rest. Must be true. */
  readonly encrypted: boolean;
  /** You state the stream's pool has a public endpoint. Must be false. */
  readonly publicAccess: boolean;
  /**
   * You state the stream's pool uses a Vault (customer-managed) key.
   * @default false
   */
  readonly customerManagedKey?: boolean;
}

/** Options of the SIEM stream (used alone or through `LogSinks` / `Observability`). */
export interface LogStreamOptions {
  /**
   * Stream name.
   * @default `<clusterName>-log-stream`
   */
  readonly streamName?: string;
  /**
   * Partitions of the stream.
   * @default 1
   */
  readonly partitions?: number;
  /**
   * Hours messages stay in the stream (24 to 168), so a SIEM outage loses nothing.
   * @default 168
   */
  readonly retentionHours?: number;
  /**
   * OCID of a private stream pool encrypted with your Vault key. OCI encrypts streams with a customer-managed
   * key only through the pool (`oci_streaming_stream_pool.custom_encryption_key`).
   * @default - the default stream pool (Oracle-managed encryption at rest)
   */
  readonly streamPoolId?: string;
  /**
   * OCID of a Vault key: the library creates a dedicated stream pool (`<clusterName>-log-stream-pool`) whose
   * streams are encrypted with it, and puts the stream in that pool. Not together with `streamPoolId`.
   * @default - no pool is created: the stream goes into `streamPoolId`, or else the compartment's default pool
   * (Oracle-managed key)
   */
  readonly kmsKeyId?: string;
  /**
   * Compartment of `kmsKeyId`. The policy letting Streaming use the key is attached there: a policy only grants
   * access in its own compartment and those below it.
   * @default - the sink's compartment
   */
  readonly keyCompartmentId?: string;
  /**
   * Create the policy that lets the Streaming service use `kmsKeyId` (creating the pool fails without it). Set false
   * when your security team already grants `service streaming` use of the key.
   * @default true
   */
  readonly manageKeyPolicy?: boolean;
  /**
   * Use a stream you already own instead of creating one.
   * @default - a stream is created
   */
  readonly existingStream?: ExistingLogStream;
}

export interface LogStreamSinkProps extends LogStreamOptions {
  /** Compartment of the connector (and of the stream it creates). */
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

/** Ships the audit log and the cluster's logs through Service Connector Hub to an OCI Stream for a SIEM. */
export class LogStreamSink extends Construct {
  /** The stream created here (absent when brought). */
  public readonly stream?: StreamingStream;
  /** The stream pool encrypted with `kmsKeyId` (present only when `kmsKeyId` is set). */
  public readonly streamPool?: StreamingStreamPool;
  /** Lets the Streaming service use `kmsKeyId` (when a pool is created and `manageKeyPolicy` is not false). */
  public readonly keyPolicy?: IdentityPolicy;
  /** The Service Connector that moves the logs to the stream: the construct's main Terraform resource (escape hatch). */
  public readonly resource: SchServiceConnector;
  /** Lets the connector read the logs (and push to the stream, when it is in the same compartment). */
  public readonly connectorPolicy: IdentityPolicy;
  /** Lets the connector push to a stream of another compartment (attached to that compartment). */
  public readonly targetPolicy?: IdentityPolicy;
  public readonly streamId: string;
  /**
   * True when the stream is encrypted with a customer-managed Vault key through its pool: a pool created here with
   * `kmsKeyId`, a `streamPoolId` you give (documented as key-encrypted), or a brought stream you state so.
   */
  public readonly customerManagedKey: boolean;

  constructor(scope: Construct, id: string, props: LogStreamSinkProps) {
    super(scope, id);
    requireOcid('compartmentId', props.compartmentId, 'compartment');
    requireClusterName('clusterName', props.clusterName);
    requireOcid('logGroupId', props.logGroupId, 'loggroup');
    const existing = props.existingStream;
    if (existing) {
      requireOcid('existingStream.streamId', existing.streamId, 'stream');
      if (existing.compartmentId !== undefined) requireOcid('existingStream.compartmentId', existing.compartmentId, 'compartment');
      if (existing.publicAccess !== false) {
        throw new HardenedOkeValidationError('existingStream.publicAccess', 'the stream is reachable on a public endpoint',
          'move the stream to a private stream pool, then state publicAccess: false');
      }
      if (existing.encrypted !== true) {
        throw new HardenedOkeValidationError('existingStream.encrypted', 'the stream is not encrypted',
          'use a stream whose pool encrypts at rest (every OCI pool does; prefer a Vault key), then state encrypted: true');
      }
      for (const p of ['streamName', 'partitions', 'retentionHours', 'streamPoolId', 'kmsKeyId', 'keyCompartmentId', 'manageKeyPolicy'] as const) {
        if (props[p] !== undefined) {
          throw new HardenedOkeValidationError(p, 'applies only to a stream the library creates', `remove ${p} or existingStream`);
        }
      }
    } else {
      if (props.streamName !== undefined) requireResourceName('streamName', props.streamName, 255);
      const partitions = props.partitions ?? 1;
      if (!Number.isInteger(partitions) || partitions < 1 || partitions > 50) {
        throw new HardenedOkeValidationError('partitions', `${partitions} is out of range`, 'use a whole number from 1 to 50');
      }
      requireStreamRetention('retentionHours', props.retentionHours ?? STREAM_RETENTION_MAX_HOURS);
      if (props.streamPoolId !== undefined && !Token.isUnresolved(props.streamPoolId) && !/^ocid1\.streampool\./.test(props.streamPoolId)) {
        throw new HardenedOkeValidationError('streamPoolId', `"${props.streamPoolId}" is not a stream pool OCID`,
          'use an OCID of the form ocid1.streampool.oc1.<region>.<unique id>');
      }
      if (props.kmsKeyId !== undefined) {
        requireOcid('kmsKeyId', props.kmsKeyId, 'key');
        if (props.streamPoolId !== undefined) {
          throw new HardenedOkeValidationError('kmsKeyId', 'is set together with streamPoolId',
            'a pool\'s key is set on the pool: either give kmsKeyId (a pool encrypted with it is created) or streamPoolId (your own pool), not both');
        }
        if (props.keyCompartmentId !== undefined) requireOcid('keyCompartmentId', props.keyCompartmentId, 'compartment');
      } else {
        for (const p of ['keyCompartmentId', 'manageKeyPolicy'] as const) {
          if (props[p] !== undefined) {
            throw new HardenedOkeValidationError(p, 'applies only with kmsKeyId', `set kmsKeyId or remove ${p}`);
          }
        }
      }
    }

    const name = props.clusterName;
    const tags = libraryTags(name, 'observability');
    let streamCompartment = props.compartmentId;
    if (existing) {
      this.streamId = existing.streamId;
      streamCompartment = existing.compartmentId ?? props.compartmentId;
      this.customerManagedKey = existing.customerManagedKey ?? false;
    } else {
      let poolId = props.streamPoolId;
      if (props.kmsKeyId !== undefined) {
        const keyCompartment = props.keyCompartmentId ?? props.compartmentId;
        if (props.manageKeyPolicy ?? true) {
          // Oracle also requires the principal that creates the pool to hold `use key-delegate` on the key
          // (companion policy in "Managing Stream Pools"); that is the deployer's grant, not managed here.
          this.keyPolicy = new IdentityPolicy(this, 'key-policy', {
            provider: props.identityProvider,
            compartmentId: keyCompartment,
            name: tenancyUniqueName(name, props.compartmentId, 'log-stream-key'),
            description: `Lets Streaming encrypt the log stream pool of ${name} with its Vault key`,
            statements: [streamingKeyStatement(keyCompartment, props.kmsKeyId)],
            freeformTags: tags,
          });
        }
        // OCI encrypts streams with a customer-managed key only at the pool level.
        this.streamPool = new StreamingStreamPool(this, 'stream-pool', {
          compartmentId: props.compartmentId,
          name: `${name}-log-stream-pool`,
          customEncryptionKey: { kmsKeyId: props.kmsKeyId },
          freeformTags: tags,
          dependsOn: this.keyPolicy ? [this.keyPolicy] : undefined,
        });
        poolId = this.streamPool.id;
      }
      this.stream = new StreamingStream(this, 'stream', {
        name: props.streamName ?? `${name}-log-stream`,
        partitions: props.partitions ?? 1,
        retentionInHours: props.retentionHours ?? STREAM_RETENTION_MAX_HOURS,
        // A stream lives either in the compartment's default pool or in the given pool, never both.
        compartmentId: poolId ? undefined : props.compartmentId,
        streamPoolId: poolId,
        freeformTags: tags,
      });
      this.streamId = this.stream.id;
      this.customerManagedKey = poolId !== undefined;
    }

    const push = connectorPushStreamStatement(props.compartmentId, streamCompartment, this.streamId);
    const sameCompartment = streamCompartment === props.compartmentId;
    this.connectorPolicy = new IdentityPolicy(this, 'connector-policy', {
      provider: props.identityProvider,
      compartmentId: props.compartmentId,
      name: tenancyUniqueName(name, props.compartmentId, 'log-stream-connector'),
      description: `Lets the log stream connector of ${name} read logs and push them to the stream`,
      statements: sameCompartment ? [connectorReadLogsStatement(props.compartmentId), push] : [connectorReadLogsStatement(props.compartmentId)],
      freeformTags: tags,
    });
    if (!sameCompartment) {
      this.targetPolicy = new IdentityPolicy(this, 'target-policy', {
        provider: props.identityProvider,
        compartmentId: streamCompartment,
        name: tenancyUniqueName(name, props.compartmentId, 'log-stream-target'),
        description: `Lets the log stream connector of ${name} push logs to the stream`,
        statements: [push],
        freeformTags: tags,
      });
    }
    this.resource = new SchServiceConnector(this, 'connector', {
      compartmentId: props.compartmentId,
      displayName: `${name}-logs-to-stream`,
      description: `Audit and cluster logs of ${name} to the SIEM stream`,
      source: connectorLogSource(props.compartmentId, props.logGroupId),
      target: { kind: 'streaming', streamId: this.streamId },
      freeformTags: tags,
      dependsOn: this.targetPolicy ? [this.connectorPolicy, this.targetPolicy] : [this.connectorPolicy],
      // What the user states about the brought stream is checked against what the plan reads.
      lifecycle: existing ? { precondition: existingStreamConditions(this, existing, streamCompartment) } : undefined,
    });
  }
}
