/**
 * Kubernetes Engine authorizes every request with IAM before Kubernetes RBAC: a principal whose IAM policy grants
 * `manage clusters` (CLUSTER_MANAGE), `manage cluster-family` or `manage all-resources` is treated as a cluster
 * administrator whatever the RBAC bindings say (Oracle "About Access Control and Kubernetes Engine"). These
 * resource types are therefore cluster-admin-equivalent under `manage`.
 */
export const CLUSTER_ADMIN_EQUIVALENT_TYPES: readonly string[] = ['clusters', 'cluster-family', 'all-resources'];

/**
 * The administrators a cluster declares are visible in the synthesized output: the library's administrator
 * policy carries this freeform tag, and the groups its statements name are the declared administrators. The
 * IAM-13 check reads only the output, so a hand-written policy can declare administrators the same way.
 */
export const ADMINISTRATORS_TAG_KEY = 'iam-role';
export const ADMINISTRATORS_TAG_VALUE = 'cluster-administrators';
