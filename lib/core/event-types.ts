/**
 * Prefix of every event type OCI IAM emits ("Identity" in the Events console), e.g.
 * com.oraclecloud.identitycontrolplane.createpolicy. The library's identity rules (lib/observability) and the
 * compliance check on where such rules live (OBS-10) recognise identity rules by it.
 * @see https://docs.oracle.com/en-us/iaas/Content/Events/Reference/eventsproducers.htm
 */
export const IAM_EVENT_TYPE_PREFIX = 'com.oraclecloud.identitycontrolplane.';
