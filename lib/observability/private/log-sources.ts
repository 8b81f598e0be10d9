import { SchServiceConnectorSource } from '../../generated/providers/oci/sch-service-connector';

/** The logs every sink receives: the compartment's audit log (`_Audit`) and the cluster's log group. */
export function connectorLogSource(compartmentId: string, logGroupId: string): SchServiceConnectorSource {
  return {
    kind: 'logging',
    logSources: [
      { compartmentId, logGroupId: '_Audit' },
      { compartmentId, logGroupId },
    ],
  };
}

/**
 * OKE control plane service logs (kube-apiserver, scheduler, controller managers): service `oke-k8s-cp-prod`,
 * category `all-service-logs` (Oracle: "Details for Kubernetes Engine" / "Viewing Kubernetes Engine (OKE) Service Logs").
 */
export const OKE_LOG_SERVICE = 'oke-k8s-cp-prod';
export const OKE_LOG_CATEGORY = 'all-service-logs';
/** VCN flow logs for every existing and future VNIC of a subnet (Oracle: "Details for VCN Flow Logs", category `all`). */
export const FLOW_LOG_SERVICE = 'flowlogs';
export const FLOW_LOG_CATEGORY = 'all';
/** Where containerd writes container stdout/stderr on OKE worker nodes (CRI log format). */
export const CONTAINER_LOG_PATHS = ['/var/log/containers/*.log'];
/** Node system and authentication logs (Oracle Linux worker images). */
export const NODE_SYSLOG_PATHS = ['/var/log/messages', '/var/log/secure'];
/** Linux audit subsystem log on worker nodes. */
export const NODE_AUDIT_LOG_PATHS = ['/var/log/audit/audit.log'];

