/**
 * Plan-time checks of a brought log stream or archive bucket: the user states their properties (publicAccess,
 * encrypted, customerManagedKey) and synth refuses insecure statements; the plan reads the resource and fails when
 * a statement is not true. The conditions are preconditions of the Service Connector that would ship logs there.
 */
import { Precondition } from 'cdktf';
import { Construct } from 'constructs';
import { hclOperand, planCondition } from '../../core/plan-checks';
import { DataOciObjectstorageBucket } from '../../generated/providers/oci/data-oci-objectstorage-bucket';
import { DataOciStreamingStream } from '../../generated/providers/oci/data-oci-streaming-stream';
import { DataOciStreamingStreamPool } from '../../generated/providers/oci/data-oci-streaming-stream-pool';
import type { ExistingArchiveBucket } from '../log-archive-sink';
import type { ExistingLogStream } from '../log-stream-sink';

/**
 * The brought stream and its pool. A stream is ACTIVE when it accepts messages; a pool with a private endpoint
 * (`is_private`) is reachable only from its subnet; a customer-managed key is the pool's `custom_encryption_key`.
 * @see https://docs.oracle.com/en-us/iaas/Content/Streaming/Tasks/managingstreampools.htm
 * @see https://docs.oracle.com/en-us/iaas/api/#/en/streaming/20180418/Stream/
 * @see https://registry.terraform.io/providers/oracle/oci/latest/docs/data-sources/streaming_stream_pool
 */
export function existingStreamConditions(scope: Construct, stream: ExistingLogStream, compartmentId: string): Precondition[] {
  const s = new DataOciStreamingStream(scope, 'existing-stream', { streamId: stream.streamId }).fqn;
  const pool = new DataOciStreamingStreamPool(scope, 'existing-stream-pool', { streamPoolId: `\${${s}.stream_pool_id}` }).fqn;
  return [
    planCondition(`${s}.state == "ACTIVE"`, 'existingStream.streamId', 'the stream is not ACTIVE', 'give an active stream'),
    planCondition(`${s}.compartment_id == ${hclOperand(compartmentId)}`, 'existingStream.compartmentId',
      `the stream is not in compartment ${compartmentId} (the connector's push policy is written for it)`, 'give the stream\'s compartment as existingStream.compartmentId'),
    planCondition(`${pool}.is_private`, 'existingStream.publicAccess', 'is stated false, but the stream\'s pool has a public endpoint',
      'move the stream to a stream pool with a private endpoint'),
    ...(stream.customerManagedKey ? [planCondition(`length(${pool}.custom_encryption_key) > 0 && try(${pool}.custom_encryption_key[0].kms_key_id, "") != ""`,
      'existingStream.customerManagedKey', 'is stated true, but the stream\'s pool is encrypted with an Oracle-managed key',
      'set customerManagedKey to false, or give a stream in a pool with a Vault key')] : []),
  ];
}

/**
 * The brought archive bucket. `access_type` NoPublicAccess is the private setting; `kms_key_id` is the Vault key
 * that encrypts it (empty with Oracle-managed keys).
 * @see https://docs.oracle.com/en-us/iaas/Content/Object/Tasks/managingbuckets.htm
 * @see https://docs.oracle.com/en-us/iaas/Content/Object/Tasks/encryption.htm
 */
export function existingBucketConditions(scope: Construct, bucket: ExistingArchiveBucket, namespace: string, compartmentId: string): Precondition[] {
  const b = new DataOciObjectstorageBucket(scope, 'existing-bucket', { name: bucket.name, namespace }).fqn;
  return [
    planCondition(`${b}.access_type == "NoPublicAccess"`, 'existingBucket.publicAccess', 'is stated false, but the bucket allows public access',
      'set the bucket\'s visibility to private (access_type NoPublicAccess)'),
    planCondition(`${b}.kms_key_id != null && ${b}.kms_key_id != ""`, 'existingBucket.encrypted',
      'is stated true, but the bucket is encrypted with an Oracle-managed key', 'assign a Vault key to the bucket (`oci os bucket update --kms-key-id`)'),
    planCondition(`${b}.compartment_id == ${hclOperand(compartmentId)}`, 'existingBucket.compartmentId',
      `the bucket is not in compartment ${compartmentId} (the connector's write policy is written for it)`, 'give the bucket\'s compartment as existingBucket.compartmentId'),
  ];
}
