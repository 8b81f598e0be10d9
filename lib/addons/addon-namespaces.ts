/**
 * Namespaces of OKE managed add-ons, for the admission policy bindings.
 *
 * - Cluster Autoscaler: kube-system (Oracle, "Working with the Cluster Autoscaler as a Cluster Add-on": the workload
 *   identity statements name `request.principal.namespace = 'kube-system'`, service account `cluster-autoscaler`),
 *   already outside every binding.
 * - CertManager: Oracle's add-on pages ("Introducing Cluster Add-ons", "Cluster Add-on Configuration Arguments": the
 *   cert-manager-controller, -cainjector and -webhook deployments) do not name the namespace nor the registry. The
 *   upstream cert-manager manifests install into `cert-manager`, so that namespace is excluded when the add-on is on
 *   (if OKE uses kube-system instead, that is excluded anyway). Unconfirmed against a running cluster.
 *
 * Oracle builds and hosts the add-on images; they are not in the tenancy's OCIR nor signed with the cluster's keys,
 * so the tenancy-OCIR-by-digest policy would refuse them. OKE's image verification judges only images pulled from
 * OCI Registry ("Enforcing the Use of Signed Images from Registry": "provided images are pulled from Oracle Cloud
 * Infrastructure Registry (rather than from other registries)").
 */
export const CERT_MANAGER_NAMESPACE = 'cert-manager';
export const CERT_MANAGER_EXEMPTION_REASON =
  'OKE managed add-on CertManager: Oracle installs and updates its pods with Oracle-hosted images, which are not in the '
  + 'tenancy\'s OCIR; the admission policies do not judge this namespace. Only the add-on runs here.';
