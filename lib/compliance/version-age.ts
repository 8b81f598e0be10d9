import { kubernetesVersionAge } from '../core/kubernetes-version';
import { ReportWarning } from './alert-delivery';
import { ComplianceModel, isExpression, resourcesOf } from './model';

/**
 * One line per cluster in the output: its Kubernetes version's age from the dated table (as of the table's reading
 * date, so synth output stays deterministic) and how its nodes follow. Node images are the newest OKE image for the
 * pool's version, Oracle Linux version and architecture, chosen by image name (lib/compute/private/node-image.ts);
 * OKE cycles nodes (surge, none unavailable) when the image or version changes, i.e. on the first apply after Oracle
 * publishes an image or after a version raise (README "How node images and Kubernetes versions roll").
 */
export function versionAgeLines(model: ComplianceModel): string[] {
  return resourcesOf(model, 'oci_containerengine_cluster').flatMap((c) => {
    const v = c.body.kubernetes_version;
    if (typeof v !== 'string' || isExpression(v)) return [];
    const a = kubernetesVersionAge(v);
    const d = (x?: string) => x ?? 'not in the table';
    return [`cdktf-hardened-oke: ${c.stack}:${c.address}: Kubernetes ${v} (minor ${a.minor}, ${a.minorsBehind} behind the newest OKE minor as of ${a.asOf}; `
      + `upstream release ${d(a.upstreamRelease)}, upstream end of life ${d(a.upstreamEndOfLife)}, OKE release ${d(a.okeRelease)}, OKE end of support ${d(a.supportEnded ?? a.okeEndOfSupport)}); `
      + 'node images: newest OKE image (by name: Oracle Linux version, architecture, exact Kubernetes version) unless a pool pins imageId, nodes cycled with surge when the image or version changes'];
  });
}

/** Warnings for clusters a quarterly patch cadence has left behind (no control fails for them: NODE-01 does once OKE drops the version). */
export function versionCadenceWarnings(model: ComplianceModel): ReportWarning[] {
  return resourcesOf(model, 'oci_containerengine_cluster').flatMap((c) => {
    const v = c.body.kubernetes_version;
    if (typeof v !== 'string' || isExpression(v)) return [];
    const a = kubernetesVersionAge(v);
    if (!a.behindCadence || !a.supported) return [];
    return [{
      stack: c.stack, address: c.address,
      message: `Kubernetes ${v} is ${a.minorsBehind} minors behind the newest OKE minor (as of ${a.asOf}): it is the next to lose OKE support, 30 days after OKE releases a new minor; upgrade this quarter (README "Patching every quarter")`,
    }];
  });
}
