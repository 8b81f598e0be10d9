/** Pod CIDR of flannel overlay clusters and service CIDR of every cluster (OKE's defaults). */
export const DEFAULT_PODS_CIDR = '10.244.0.0/16';
export const DEFAULT_SERVICES_CIDR = '10.96.0.0/16';
