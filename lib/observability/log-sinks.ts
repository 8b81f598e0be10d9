import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedOkeValidationError, withPropertyPrefix } from '../core/errors';
import { LogArchiveOptions, LogArchiveSink } from './log-archive-sink';
import { LogStreamOptions, LogStreamSink } from './log-stream-sink';

/** Where the audit and cluster logs go: an Object Storage archive, a stream for a SIEM, or both. */
export interface LogSinksOptions {
  /**
   * Object Storage archive (encrypted, private, retention rule).
   * @default - no archive
   */
  readonly archive?: LogArchiveOptions;
  /**
   * Stream for a SIEM.
   * @default - no stream
   */
  readonly stream?: LogStreamOptions;
}

export interface LogSinksProps extends LogSinksOptions {
  /** Compartment of the connectors (its `_Audit` log is shipped). */
  readonly compartmentId: string;
  /** Cluster name; display names derive from it. */
  readonly clusterName: string;
  /** The cluster's log group. */
  readonly logGroupId: string;
  /**
   * Provider for the IAM policies created here. IAM resources can only be created in the tenancy's home region
   * (Managing Regions): pass a provider of the home region when the stack's provider is another region.
   * @default - the stack's default provider
   */
  readonly identityProvider?: TerraformProvider;
}

/** One Service Connector Hub connector per target (a connector has exactly one target). At least one is required. */
export class LogSinks extends Construct {
  public readonly archive?: LogArchiveSink;
  public readonly stream?: LogStreamSink;

  constructor(scope: Construct, id: string, props: LogSinksProps) {
    super(scope, id);
    if (!props.archive && !props.stream) {
      throw new HardenedOkeValidationError('archive', 'no log sink is configured',
        'configure archive (Object Storage), stream (SIEM) or both, so logs outlive their retention in OCI Logging');
    }
    const base = { compartmentId: props.compartmentId, clusterName: props.clusterName, logGroupId: props.logGroupId, identityProvider: props.identityProvider };
    if (props.archive) {
      this.archive = withPropertyPrefix('archive.', () => new LogArchiveSink(this, 'archive', { ...base, ...props.archive }));
    }
    if (props.stream) {
      this.stream = withPropertyPrefix('stream.', () => new LogStreamSink(this, 'stream', { ...base, ...props.stream }));
    }
  }
}
