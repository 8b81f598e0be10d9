import { Token } from 'cdktf';
import { HardenedOkeValidationError } from '../../core/errors';

/**
 * RSA key lengths (bytes) that OCI Vault accepts for RSA keys: 2048, 3072 and 4096 bits.
 * Source: OCI KMS CreateKey API, KeyShape.length ("RSA: 256, 384, 512").
 */
export const RSA_KEY_LENGTHS_BYTES: readonly number[] = [256, 384, 512];

/** Algorithms OCI image signature verification accepts: the signing key must be RSA. */
export const IMAGE_SIGNING_ALGORITHM = 'RSA';

// OCI Registry repository names: lower-case path segments of [a-z0-9] separated by . _ - and /.
const REPOSITORY_NAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/;
const MAX_REPOSITORY_NAME = 255;

/** Throws unless `names` are valid, unique OCI Registry repository names. */
export function requireRepositoryNames(property: string, names: readonly string[]): void {
  const seen = new Set<string>();
  names.forEach((name, i) => {
    const p = `${property}[${i}]`;
    if (Token.isUnresolved(name)) {
      throw new HardenedOkeValidationError(p, 'must be a literal string', 'write the repository name in the app, not a reference');
    }
    if (!REPOSITORY_NAME.test(name) || name.length > MAX_REPOSITORY_NAME) {
      throw new HardenedOkeValidationError(p, `"${name}" is not a valid repository name`,
        'use lower-case letters, digits and . _ - separators, with / between path segments (e.g. "team/app")');
    }
    if (seen.has(name)) {
      throw new HardenedOkeValidationError(p, `"${name}" is listed twice`, 'list each repository once');
    }
    seen.add(name);
  });
}

/** Repository path that carries the cluster name, so two clusters in a compartment never collide. */
export function repositoryDisplayName(clusterName: string, name: string): string {
  return `${clusterName}/${name}`;
}

/** Throws unless `lengthBytes` is an RSA key length OCI Vault supports. */
export function requireRsaKeyLength(property: string, lengthBytes: number): void {
  if (!RSA_KEY_LENGTHS_BYTES.includes(lengthBytes)) {
    throw new HardenedOkeValidationError(property, `${lengthBytes} is not an RSA key length OCI Vault supports`,
      `use one of ${RSA_KEY_LENGTHS_BYTES.join(', ')} bytes (2048, 3072 or 4096 bits)`);
  }
}

/**
 * IAM statements OKE needs to verify image signatures. Oracle "Enforcing the Use of Signed Images from Registry" ›
 * "Required IAM Policies for Enforcing the Use of Signed Images": `use keys` and `read repos ... in tenancy` for the
 * cluster; its example conditions on request.user.id = <cluster OCID> and points to "Encrypting Kubernetes Secrets at
 * Rest in Etcd" for granular forms (request.principal.type = 'cluster' with target.key.id, in the compartment
 * containing the key). The cluster's own OCID cannot be used: the cluster is created after (and waits for) this
 * policy. So every cluster principal of the cluster's compartment is granted, narrowed to exactly these keys.
 * - Keys: one statement per key, in the keys' compartment, with `target.key.id` ("Details for the Vault Service").
 * - Repositories: `in tenancy`, as Oracle's page writes it. The library's admission policy admits any repository
 *   under <registry>/<tenancy namespace>/, repositories may live in any compartment (names are unique across the
 *   tenancy), and "Create repository on first push" puts new ones in the root compartment
 *   (Registry "Creating a Repository"); a narrower grant would make verification fail for admitted images.
 * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contengenforcingsignedimagesfromocir.htm
 * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contengencryptingdata.htm
 * @see https://docs.oracle.com/en-us/iaas/Content/Registry/Tasks/registrycreatingarepository.htm
 * @see https://docs.oracle.com/en-us/iaas/Content/Identity/Reference/keypolicyreference.htm
 */
export function imageVerificationStatements(clusterCompartmentId: string, keysCompartmentId: string, keyIds: readonly string[]): string[] {
  const who = `request.principal.type = 'cluster', request.principal.compartment.id = '${clusterCompartmentId}'`;
  return [
    ...keyIds.map((k) => `Allow any-user to use keys in compartment id ${keysCompartmentId} where all {${who}, target.key.id = '${k}'}`),
    `Allow any-user to read repos in tenancy where all {${who}}`,
  ];
}

/**
 * The service policy a container scan target needs: the Vulnerability Scanning service reads the repositories and
 * the compartment of the target registry. Oracle "Vulnerability Scanning IAM Policies" (Policy Examples: let the
 * service scan images in Container Registry): `allow service vulnerability-scanning-service to read repos in
 * compartment <c>` and `... to read compartments in compartment <c>`. Scoped to the registry's compartment.
 */
export function vulnerabilityScanningServiceStatements(compartmentId: string): string[] {
  return [
    `Allow service vulnerability-scanning-service to read repos in compartment id ${compartmentId}`,
    `Allow service vulnerability-scanning-service to read compartments in compartment id ${compartmentId}`,
  ];
}
