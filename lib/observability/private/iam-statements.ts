/** IAM policy statements, scoped to one compartment and conditioned on principal type (Service Connector Hub docs). */

function connectorPrincipal(connectorCompartmentId: string): string {
  return `request.principal.type = 'serviceconnector', request.principal.compartment.id = '${connectorCompartmentId}'`;
}

/** Lets the cluster's connectors read the logs of the compartment (audit and cluster log group). */
export function connectorReadLogsStatement(compartmentId: string): string {
  return `Allow any-user to read log-content in compartment id ${compartmentId} where all {${connectorPrincipal(compartmentId)}}`;
}

export function connectorWriteBucketStatement(connectorCompartmentId: string, bucketCompartmentId: string, bucketName: string): string {
  return `Allow any-user to manage objects in compartment id ${bucketCompartmentId} where all {${connectorPrincipal(connectorCompartmentId)}, target.bucket.name = '${bucketName}'}`;
}

export function connectorPushStreamStatement(connectorCompartmentId: string, streamCompartmentId: string, streamId: string): string {
  return `Allow any-user to use stream-push in compartment id ${streamCompartmentId} where all {${connectorPrincipal(connectorCompartmentId)}, target.stream.id = '${streamId}'}`;
}

/** Object Storage encrypts the archive with the Vault key only if the service may use that key. */
export function objectStorageKeyStatement(region: string, keyCompartmentId: string, keyId: string): string {
  return `Allow service objectstorage-${region} to use keys in compartment id ${keyCompartmentId} where target.key.id = '${keyId}'`;
}

/**
 * Streaming encrypts a pool's streams with the Vault key only if the service may use that key. Form from Oracle's
 * "Managing Stream Pools" / "Updating the Master Encryption Key Assigned to a Stream Pool" (Policies for Encryption
 * Keys): `allow service streaming to use keys in compartment <c> where target.key.id = '<key_OCID>'`.
 */
export function streamingKeyStatement(keyCompartmentId: string, keyId: string): string {
  return `Allow service streaming to use keys in compartment id ${keyCompartmentId} where target.key.id = '${keyId}'`;
}

/**
 * Lets the Oracle unified monitoring agent on worker nodes push custom logs. The subject names the dynamic group by
 * OCID, a form IAM accepts (Oracle "Policy Syntax", subject: `dynamic-group id <dynamic-group_ocid>`), so the name is
 * not needed and a rename cannot break the grant.
 */
export function agentLogStatement(dynamicGroupId: string, compartmentId: string): string {
  return `Allow dynamic-group id ${dynamicGroupId} to use log-content in compartment id ${compartmentId}`;
}

/**
 * Lets the cluster's connectors publish to a notification topic. `use ons-topics` is the verb that covers
 * PublishMessage (Oracle "Details for Notifications": use = ONS_TOPIC_PUBLISH); Notifications supports only the
 * general variables, so the grant cannot name the topic and is scoped to the topic's compartment and the
 * connectors of the cluster's compartment (Connector Hub's default policy form for a Notifications target).
 * https://docs.oracle.com/iaas/Content/Identity/Reference/notificationpolicyreference.htm
 */
export function connectorPublishTopicStatement(connectorCompartmentId: string, topicCompartmentId: string): string {
  return `Allow any-user to use ons-topics in compartment id ${topicCompartmentId} where all {${connectorPrincipal(connectorCompartmentId)}}`;
}
